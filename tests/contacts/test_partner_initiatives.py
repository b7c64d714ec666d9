"""A partner page names the initiatives that list the partner, in the partner's language."""

import pytest
from django.utils.text import slugify

from projects.models import InitiativePage, ProjectIndexPage


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def project_index(home_page, demo):
    index = publish(home_page, ProjectIndexPage(title="Инициативы", slug="iniciativy", locale=demo.ru))
    english = index.copy_for_translation(demo.en)
    english.slug, english.title = "initiatives", "Initiatives"
    english.save_revision().publish()
    return index


def initiative(project_index, demo, title, english_title, partners):
    """A Russian initiative with an English copy; the partner list is shared (the Russian partners)."""
    page = publish(project_index, InitiativePage(title=title, slug=slugify(english_title), summary="…"))
    page.partners.set(partners)
    page.save_revision().publish()
    english = page.copy_for_translation(demo.en)
    english.title = english_title
    english.save_revision().publish()
    return page


def test_partner_page_lists_live_initiatives_of_its_language(client, library, project_index, demo):
    games = initiative(project_index, demo, "Клуб настольных игр", "Board games club", [library])
    initiative(project_index, demo, "Субботник", "Clean-up day", [library])
    initiative(project_index, demo, "Без партнёров", "No partners", [])
    games.get_translation(demo.en).unpublish()

    html = client.get("/partnery/zelenaya-lampa/").content.decode()
    assert "Инициативы, в которых участвует" in html
    assert ">Клуб настольных игр</a>" in html and ">Субботник</a>" in html
    assert "Без партнёров" not in html and "Clean-up day" not in html

    # The English initiatives still point at the Russian partner: the English partner page finds them anyway.
    html = client.get("/en/partners/green-lamp/").content.decode()
    assert "Initiatives they take part in" in html
    assert ">Clean-up day</a>" in html
    assert "Board games club" not in html  # not live in English
    assert "Субботник" not in html and "No partners" not in html


def test_initiatives_cost_one_query_however_many(library, project_index, demo, django_assert_num_queries):
    for n in range(5):
        initiative(project_index, demo, f"Инициатива {n}", f"Initiative {n}", [library])
    english = library.get_translation(demo.en).specific
    with django_assert_num_queries(1):
        titles = [page.title for page in english.initiatives_taking_part()]
    assert titles == [f"Initiative {n}" for n in range(5)]


def test_partner_without_initiatives_shows_no_empty_section(client, library, project_index):
    assert "Инициативы, в которых участвует" not in client.get("/partnery/zelenaya-lampa/").content.decode()

"""Managers edit initiatives, events, forms and directions in the admin."""

import pytest
from django.urls import reverse

from projects.models import Direction
from tests.factories import english_copy, publish


@pytest.mark.parametrize("model", ["initiativepage", "eventpage", "proposalformpage"])
def test_manager_can_open_the_create_form_of_each_page_type(admin_client, project_index, model):
    url = reverse("wagtailadmin_pages:add", args=["projects", model, project_index.pk])
    response = admin_client.get(url)
    assert response.status_code == 200


def test_manager_can_edit_an_initiative_and_an_event(admin_client, make_initiative, make_event, directions):
    initiative = make_initiative("Клуб настольных игр", direction=directions["dosug"], tags=["игры"])
    event = make_event("Собрание жителей", related_initiative=initiative)
    for page in (initiative, event):
        assert admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code == 200


def test_directions_are_a_searchable_snippet_in_both_languages(admin_client, directions):
    listing = admin_client.get(reverse("wagtailsnippets_projects_direction:list"))
    assert listing.status_code == 200
    assert "Досуг" in listing.content.decode()
    english = Direction.objects.get(slug="leisure")
    edit = admin_client.get(reverse("wagtailsnippets_projects_direction:edit", args=[english.pk]))
    assert edit.status_code == 200 and "Leisure" in edit.content.decode()


def partner_directory(home_page, demo):
    """Two partners, each with its English copy."""
    from contacts.models import PartnerIndexPage, PartnerPage

    directory = publish(home_page, PartnerIndexPage(title="Партнёры", slug="partnery", locale=demo.ru))
    english_copy(directory, demo, slug="partners", title="Partners")
    made = []
    for slug, title, en_title in [
        ("biblioteka", "Районная библиотека", "District library"),
        ("sport", "Спортклуб", "Sports club"),
    ]:
        partner = publish(directory, PartnerPage(title=title, slug=slug, locale=demo.ru))
        english_copy(partner, demo, slug=slug, title=en_title)
        made.append(partner)
    return made


def test_initiative_form_offers_partners_in_its_own_language_as_a_searchable_list(
    admin_client, home_page, demo, project_index, make_initiative
):
    library, _club = partner_directory(home_page, demo)
    initiative = make_initiative("Клуб настольных игр")
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[initiative.pk])).content.decode()
    assert "Районная библиотека" in html and "Спортклуб" in html
    assert "District library" not in html and "Sports club" not in html
    assert 'type="checkbox" name="partners"' in html and 'type="search"' in html
    assert "Найти партнёра" in html

    add = reverse("wagtailadmin_pages:add", args=["projects", "initiativepage", project_index.pk])
    html = admin_client.get(add).content.decode()
    assert "Районная библиотека" in html and "District library" not in html


def test_a_draft_with_a_partner_from_the_other_language_still_opens_and_keeps_it(
    admin_client, home_page, demo, make_initiative
):
    library, _club = partner_directory(home_page, demo)
    english_library = library.get_translation(demo.en)
    initiative = make_initiative("Клуб настольных игр")
    initiative.partners.set([english_library])  # chosen from the old mixed list
    initiative.save_revision()
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[initiative.pk])).content.decode()
    assert "District library" in html and "Районная библиотека" in html and "Sports club" not in html

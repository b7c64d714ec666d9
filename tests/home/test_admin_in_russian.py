"""The admin a manager reads is Russian: no English labels left from Wagtail or from our own lists."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Page


@pytest.fixture
def manager(client, db):
    client.force_login(get_user_model().objects.create_superuser("boss", "boss@example.org", "pw"))
    return client


def test_the_page_tree_root_has_a_russian_title(manager, home_page):
    assert Page.get_first_root_node().title == "Все сайты"
    html = manager.get(reverse("wagtailadmin_explore_root")).content.decode()
    assert "Все сайты" in html and ">Root<" not in html and "Root" not in html.split("<main", 1)[1]


def test_snippet_lists_and_forms_have_russian_breadcrumbs_headings_and_languages(manager):
    listing = manager.get("/admin/snippets/materials/topic/").content.decode()
    assert "Главная" in listing and ">Home<" not in listing
    assert 'aria-label="Действия"' in listing and 'aria-label="Actions"' not in listing
    assert "Английский" in listing or "Русский" in listing
    directions = manager.get("/admin/snippets/projects/direction/").content.decode()  # in the «Фрагменты» menu
    assert "Фрагменты" in directions and ">Snippets<" not in directions
    add = manager.get("/admin/snippets/materials/alertbanner/add/").content.decode()
    assert '<h1 class="w-relative w-h1" id="header-title">' in add
    assert "Actions (footer)" not in add and "Действия (внизу страницы)" in add


def test_the_submissions_list_names_its_columns_in_russian(manager, home_page):
    from home.models import ResidentSubmission

    submission = ResidentSubmission.objects.create(
        page=home_page, form_data={"name": "Анна"}, language="ru", reference="ДС-1"
    )
    html = manager.get(reverse("resident_submissions:index")).content.decode()
    assert "Форма" in html and "Ответы" in html
    assert ">\n                Page\n" not in html and "Summary" not in html
    inspect = manager.get(reverse("resident_submissions:inspect", args=[submission.pk])).content.decode()
    assert "Ответы" in inspect and "Form data" not in inspect

"""Managers edit initiatives, events, forms and directions in the admin."""

import pytest
from django.urls import reverse

from projects.models import Direction


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

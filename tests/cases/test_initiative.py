"""A proposal becomes a draft initiative in one action, linked both ways, without the resident's data."""

import pytest
from django.core.exceptions import ValidationError

from cases.initiatives import make_initiative, proposal_idea, title_from
from cases.models import CaseState
from projects.models import InitiativePage, ProjectIndexPage
from projects.models.initiatives import InitiativeStatus
from tests.projects.conftest import publish

from .conftest import store


def test_the_draft_lands_under_the_index_of_the_proposals_language(make_case, project_index, moderator):
    case = make_case()
    initiative = make_initiative(case, moderator)
    initiative.refresh_from_db()
    assert initiative.get_parent().specific == project_index and initiative.locale == project_index.locale
    assert not initiative.live and initiative.status == InitiativeStatus.IDEA
    assert initiative.title == "Поставить стол для домино во дворе"
    assert initiative.summary == "Поставить стол для домино во дворе. Нужны доски."
    assert initiative.slug == "postavit-stol-dlya-domino-vo-dvore"
    assert initiative.get_latest_revision().user == moderator
    case.refresh_from_db()
    assert case.state == CaseState.ACCEPTED and case.initiative == initiative
    assert list(initiative.source_cases.all()) == [case]
    assert case.events.filter(kind="initiative", actor=moderator).exists()


def test_an_english_proposal_goes_under_the_english_index(make_case, en_proposal_form, en_project_index):
    initiative = make_initiative(make_case(en_proposal_form, message="A book swap shelf"))
    assert initiative.get_parent().specific == en_project_index and initiative.title == "A book swap shelf"


def test_a_language_without_an_index_falls_back_to_russian(home_page, en_home_page, demo):
    from home.models import FormPage

    index = publish(home_page, ProjectIndexPage(title="Инициативы", slug="iniciativy", locale=demo.ru))
    english_form = FormPage(title="Survey", slug="survey", locale=demo.en)
    en_home_page.add_child(instance=english_form)
    case = store(english_form, {"name": "Emma", "message": "Swings for the yard"})
    assert make_initiative(case).get_parent().specific == index


def test_the_residents_name_and_contacts_stay_out(make_case):
    case = make_case(message="", help_needed="Нужны доски и краска")
    initiative = make_initiative(case)
    for personal in ("Анна", "+7 900", "Берёзовая"):
        assert personal not in initiative.title + initiative.summary
    assert initiative.summary == "Нужны доски и краска"


def test_two_proposals_of_the_same_idea_get_two_slugs(make_case):
    first, second = make_initiative(make_case()), make_initiative(make_case())
    assert (first.slug, second.slug) == ("postavit-stol-dlya-domino-vo-dvore", "postavit-stol-dlya-domino-vo-dvore-2")


def test_a_case_becomes_an_initiative_only_once(make_case):
    case = make_case()
    make_initiative(case)
    with pytest.raises(ValidationError):
        make_initiative(case)
    assert InitiativePage.objects.count() == 1


def test_a_rejected_case_makes_no_page(make_case):
    case = make_case()
    case.move_to(CaseState.IN_PROGRESS)
    case.move_to(CaseState.REJECTED, reason="Не про двор")
    with pytest.raises(ValidationError):
        make_initiative(case)
    assert not InitiativePage.objects.exists()


@pytest.mark.parametrize(
    "answers, idea",
    [
        ({"name": "Анна", "message": "Скамейки", "help_needed": "Краска и кисти"}, "Скамейки"),
        ({"name": "Анна", "skill": "Чиню велосипеды", "when_free": "Суббота"}, "Чиню велосипеды"),
        ({"name": "Анна", "contact": "anna@example.org"}, ""),
    ],
)
def test_the_idea_is_read_from_the_answers(answers, idea):
    assert proposal_idea(answers) == idea


def test_a_title_is_the_first_sentence_cut_to_length():
    assert title_from("Скамейки во дворе. И урны!") == "Скамейки во дворе"
    assert len(title_from("слово " * 40)) <= 80


def test_moderators_make_it_from_the_case_page_and_find_the_case_from_the_initiative(client, make_case, moderator):
    case = make_case()
    client.force_login(moderator)
    response = client.post(f"/admin/cases/edit/{case.pk}/", {"action": "initiative"}, follow=True)
    assert response.status_code == 200 and "Черновик инициативы" in response.content.decode()
    case.refresh_from_db()
    edit = client.get(f"/admin/pages/{case.initiative.pk}/edit/").content.decode()
    assert f"Исходное обращение {case.reference}" in edit and f"/admin/cases/edit/{case.pk}/" in edit

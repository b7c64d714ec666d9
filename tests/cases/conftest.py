"""Cases: the projects demo's forms, submissions as the forms store them, and the people who handle them."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from home.models import ResidentSubmission

# The initiatives index (both languages), directions and initiatives, as the projects tests make them.
from tests.projects.conftest import directions, en_project_index, make_initiative, project_index  # noqa: F401

ANNA = {
    "name": "Анна",
    "contact": "+7 900 000-00-00",
    "address": "ул. Берёзовая, д. 5",
    "message": "Поставить стол для домино во дворе. Нужны доски.",
    "help_needed": "",
    "ready_to_organise": True,
}


@pytest.fixture(autouse=True)
def _fresh_cache():
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def form_pages(demo, project_index):  # noqa: F811
    """«Предложить инициативу» and «Банк соседских талантов» as the projects demo makes them, in both languages."""
    from projects.demo import load_forms

    return load_forms(demo, project_index)


@pytest.fixture
def proposal_form(form_pages):
    return form_pages[0]


@pytest.fixture
def talent_form(form_pages):
    return form_pages[1]


@pytest.fixture
def en_proposal_form(proposal_form, demo):
    return proposal_form.get_translation(demo.en).specific


def store(page, answers, language=None):
    """A submission stored the way ResidentFormPage.process_form_submission stores it; returns its case."""
    submission = ResidentSubmission.objects.create(
        page=page,
        form_data=answers,
        language=language or page.locale.language_code,
        consent="Я согласен(на) на обработку моих персональных данных",
    )
    submission.reference = ResidentSubmission.format_reference(submission.submit_time, submission.pk)
    submission.save(update_fields=["reference"])
    return submission.case


@pytest.fixture
def make_case(proposal_form):
    def make(page=None, **answers):
        return store(page or proposal_form, {**ANNA, **answers})

    return make


def user_in(group_name, username):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "pw", first_name=username.title())
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def moderator(db):
    return user_in("Модераторы", "marina")


@pytest.fixture
def other_moderator(db):
    return user_in("Модераторы", "oleg")


@pytest.fixture
def editor(db):
    return user_in("Редакторы", "egor")


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("boss", "boss@example.org", "pw")

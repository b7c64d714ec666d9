"""Every submission is a case, and a case moves only along its state machine, each change in its history."""

import pytest
from django.core.exceptions import ValidationError

from cases.models import TRANSITIONS, Case, CaseEventKind, CaseState, TransitionNotAllowed
from home.models import ResidentSubmission
from tests.form_contract import answers_for

from .conftest import ANNA


@pytest.mark.parametrize("language", ["ru", "en"])
def test_a_sent_form_opens_a_new_case_in_the_same_transaction(client, proposal_form, demo, language, settings):
    settings.FORMS_MIN_FILL_SECONDS = 0
    page = proposal_form if language == "ru" else proposal_form.get_translation(demo.en)
    response = client.post(page.url, answers_for(page, **ANNA))
    assert response.status_code == 302
    submission = ResidentSubmission.objects.get(page=page)
    case = submission.case
    assert case.state == CaseState.NEW and case.created_at == submission.submit_time
    assert case.reference == submission.reference and submission.language == language
    assert list(case.events.values_list("kind", "actor")) == [(CaseEventKind.CREATED, None)]


def test_every_form_page_type_opens_cases(home_page, make_case, talent_form):
    from home.models import FormPage

    survey = FormPage(title="Опрос", slug="opros", locale=home_page.locale)
    home_page.add_child(instance=survey)
    make_case(survey)
    make_case(talent_form)
    assert Case.objects.count() == ResidentSubmission.objects.count() == 2


def test_the_happy_path_records_every_step(make_case, moderator):
    case = make_case()
    case.assign(moderator, moderator)
    case.move_to(CaseState.IN_PROGRESS, moderator)
    case.write_answer("Спасибо, поставим стол весной.", moderator)
    case.move_to(CaseState.CLOSED, moderator)
    case.refresh_from_db()
    assert case.state == CaseState.CLOSED and case.closed_at and case.answered_at
    history = [(e.kind, e.from_value, e.to_value) for e in case.events.all()]
    assert history == [
        ("created", "", ""),
        ("assignee", "", "Marina"),
        ("state", "new", "in_progress"),
        ("answer", "", "Спасибо, поставим стол весной."),
        ("state", "in_progress", "answered"),
        ("state", "answered", "closed"),
    ]
    assert set(case.events.exclude(kind="created").values_list("actor", flat=True)) == {moderator.pk}


def test_answering_a_new_case_takes_it_into_work_first(make_case, moderator):
    case = make_case()
    case.write_answer("Ответ", moderator)
    states = list(case.events.filter(kind="state").values_list("from_value", "to_value"))
    assert states == [("new", "in_progress"), ("in_progress", "answered")]


def test_a_rejection_needs_a_reason(make_case, moderator):
    case = make_case()
    case.move_to(CaseState.IN_PROGRESS, moderator)
    with pytest.raises(ValidationError):
        case.move_to(CaseState.REJECTED, moderator, reason="   ")
    case.refresh_from_db()
    assert case.state == CaseState.IN_PROGRESS
    case.move_to(CaseState.REJECTED, moderator, reason="Это решает собрание собственников")
    assert case.rejection_reason == "Это решает собрание собственников"
    assert case.events.filter(kind="rejection_reason", to_value=case.rejection_reason).exists()


@pytest.mark.parametrize(
    "state, target",
    [
        (state, target)
        for state in CaseState
        for target in CaseState
        if target != state and target not in TRANSITIONS[state]
    ],
)
def test_states_outside_the_machine_are_refused(make_case, state, target):
    case = make_case()
    Case.objects.filter(pk=case.pk).update(state=state)
    case.refresh_from_db()
    with pytest.raises(TransitionNotAllowed):
        case.move_to(target, reason="причина")
    case.refresh_from_db()
    assert case.state == state and case.events.filter(kind="state").count() == 0


def test_the_machine_reads_as_the_issue_says():
    assert TRANSITIONS[CaseState.NEW] == (CaseState.IN_PROGRESS, CaseState.CLOSED)
    assert set(TRANSITIONS[CaseState.IN_PROGRESS]) == {
        CaseState.ANSWERED,
        CaseState.ACCEPTED,
        CaseState.REJECTED,
        CaseState.CLOSED,
    }
    for outcome in (CaseState.ANSWERED, CaseState.ACCEPTED, CaseState.REJECTED):
        assert CaseState.CLOSED in TRANSITIONS[outcome]


def test_reopening_a_closed_case_clears_its_closing_date(make_case):
    case = make_case()
    case.move_to(CaseState.CLOSED)
    case.move_to(CaseState.IN_PROGRESS)
    assert case.closed_at is None


def test_the_labels_are_russian_in_the_admin():
    from django.utils import translation

    with translation.override("ru"):
        assert [str(label) for label in CaseState.labels] == [
            "новое",
            "в работе",
            "ответ дан",
            "принято — стало инициативой",
            "отклонено",
            "закрыто",
        ]

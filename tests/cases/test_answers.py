"""The public answer is stored first, then e-mailed when the resident gave an address; a mail failure loses nothing."""

import logging
from urllib.parse import quote

import pytest
from django.core import mail

from cases.answers import resident_email, send_answer
from cases.contact_details import contacts_in, email_address, normalise_contact
from cases.models import CaseState, EmailStatus


@pytest.fixture(autouse=True)
def _locmem(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


def answer(case, text, user=None):
    case.write_answer(text, user)
    return send_answer(case)


def test_the_answer_is_stored_then_mailed_in_the_residents_language(make_case, en_proposal_form, moderator):
    case = make_case(en_proposal_form, contact="Anna.B@Example.org")
    status = answer(case, "Thank you, the table will be there in spring.", moderator)
    case.refresh_from_db()
    assert status == EmailStatus.SENT == case.answer_email_status
    assert case.answer == "Thank you, the table will be there in spring." and case.state == CaseState.ANSWERED
    (message,) = mail.outbox
    assert message.to == ["Anna.B@Example.org"]
    assert message.subject == f"Answer to your message {case.reference}"
    assert "Thank you, the table will be there in spring." in message.body
    assert f"http://testserver/en/status/?reference={quote(case.reference)}" in message.body
    assert case.events.filter(kind="answer_email").exists()
    assert case.answer_mail.submission == case.submission  # the same mail queue as every notification


def test_russian_residents_get_a_russian_letter(make_case):
    case = make_case(contact="anna@example.org")
    answer(case, "Спасибо!")
    assert mail.outbox[0].subject == f"Ответ на ваше обращение {case.reference}"
    assert "http://testserver/status/?reference=" in mail.outbox[0].body


def test_no_address_means_no_letter_and_the_answer_waits_on_the_status_page(make_case):
    case = make_case(contact="+7 900 000-00-00")
    assert answer(case, "Спасибо!") == EmailStatus.NOT_SENT
    case.refresh_from_db()
    assert mail.outbox == [] and case.answer == "Спасибо!" and case.answer_email_status == ""


def test_a_failing_mail_server_records_failed_and_loses_nothing(make_case, settings, caplog):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2  # nothing listens
    case = make_case(contact="anna@example.org")
    with caplog.at_level(logging.ERROR, logger="dobrye_sosedi.mail"):
        status = answer(case, "Спасибо, поставим стол весной.")
    case.refresh_from_db()
    assert status == EmailStatus.FAILED == case.answer_email_status
    assert case.answer == "Спасибо, поставим стол весной." and case.state == CaseState.ANSWERED
    assert "Could not e-mail" in caplog.text and "Connection" in case.answer_mail.last_error


def test_with_the_worker_the_answer_waits_in_the_queue_and_the_case_says_so(make_case, settings):
    settings.TASKS = {**settings.TASKS, "mail": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}  # no worker
    case = make_case(contact="anna@example.org")
    assert answer(case, "Спасибо!") == EmailStatus.PENDING
    case.refresh_from_db()
    assert case.answer_email_status == EmailStatus.PENDING and mail.outbox == []


def test_an_email_question_is_where_the_answer_goes(home_page, demo):
    from home.models import FormPage, FormPageField
    from tests.cases.conftest import store

    page = FormPage(title="Обратная связь", slug="svyaz", locale=demo.ru)
    page.form_fields = [
        FormPageField(label="Имя", field_type="singleline", clean_name="name"),
        FormPageField(label="Почта", field_type="email", clean_name="pochta"),
    ]
    home_page.add_child(instance=page)
    case = store(page, {"name": "me@not-this.example", "pochta": "anna@example.org"})
    assert resident_email(case) == "anna@example.org"


@pytest.mark.parametrize(
    "typed, normal",
    [
        ("+7 (900) 000-00-00", "phone:79000000000"),
        ("8 900 000 00 00", "phone:79000000000"),
        ("9000000000", "phone:79000000000"),
        ("+7-900-000-00-00", "phone:79000000000"),
        ("  Anna@Example.ORG ", "email:anna@example.org"),
        ("Анна", ""),
        ("12", ""),
    ],
)
def test_contacts_compare_however_they_are_typed(typed, normal):
    assert normalise_contact(typed) == normal


def test_contacts_are_read_from_single_line_answers_only():
    answers = {
        "contact": "тел. 8 (900) 000-00-00",
        "message": "Позвоните соседке:\n+7 900 111-11-11 или olga@example.org",
        "ds_initiative": "+7 900 222-22-22",
    }
    assert contacts_in(answers) == {"phone:79000000000"}
    assert email_address(answers) == ""

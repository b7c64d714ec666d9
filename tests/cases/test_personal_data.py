"""152-ФЗ: personal data leaves closed cases after the retention period, and a resident's data is
exported or erased on request, each step written down."""

import datetime
import json

import pytest
from django.core.management import call_command
from django.utils import timezone

from cases.models import Case, CaseState
from cases.open_numbers import count
from cases.personal_data import months_before

NOW = timezone.now()


def close(case, months_ago=0, days_ago=0):
    case.move_to(CaseState.CLOSED)
    closed = NOW - datetime.timedelta(days=months_ago * 31 + days_ago)
    Case.objects.filter(pk=case.pk).update(closed_at=closed)
    case.refresh_from_db()
    return case


def purge(*args):
    from io import StringIO

    out = StringIO()
    call_command("purge_personal_data", *args, stdout=out)
    return out.getvalue()


def test_cases_closed_before_the_retention_period_lose_their_personal_data(make_case, moderator, settings):
    settings.CASES_RETENTION_MONTHS = 24
    old = close(make_case(), months_ago=25)
    old.add_note("Анна просила перезвонить на 8 900 000 00 00 после шести", moderator)
    recent = close(make_case(), months_ago=23)
    open_old = make_case()
    Case.objects.filter(pk=open_old.pk).update(created_at=NOW - datetime.timedelta(days=900))
    figures_before = count(NOW.year, "ru")

    output = purge()

    assert old.reference in output and recent.reference not in output
    old.refresh_from_db()
    submission = old.submission
    submission.refresh_from_db()
    assert submission.form_data == {} and submission.consent == ""
    assert old.state == CaseState.CLOSED and old.personal_data_removed_at
    assert submission.reference == old.reference and submission.page_id and old.created_at and old.closed_at
    assert old.notes.get().text == "[…] просила перезвонить на […] после шести"
    assert old.events.filter(kind="erased", to_value="retention period", actor=None).exists()
    for case in (recent, open_old):
        case.submission.refresh_from_db()
        assert case.submission.form_data["name"] == "Анна"
    assert count(NOW.year, "ru") == figures_before
    assert "0 cases" in purge()


def test_now_can_be_given_to_act_on_another_day(make_case, settings):
    settings.CASES_RETENTION_MONTHS = 24
    case = close(make_case(), months_ago=1)
    in_two_years = (NOW + datetime.timedelta(days=24 * 31)).isoformat()
    assert case.reference in purge("--now", in_two_years, "--dry-run")
    case.submission.refresh_from_db()
    assert case.submission.form_data  # a dry run changes nothing
    purge("--now", in_two_years)
    case.submission.refresh_from_db()
    assert case.submission.form_data == {}


def test_a_bad_now_is_refused(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        purge("--now", "yesterday")


def test_months_are_calendar_months():
    moment = datetime.datetime(2026, 3, 31, 12, tzinfo=datetime.UTC)
    assert months_before(moment, 1) == datetime.datetime(2026, 2, 28, 12, tzinfo=datetime.UTC)
    assert months_before(moment, 24) == datetime.datetime(2024, 3, 31, 12, tzinfo=datetime.UTC)


def test_after_erasure_the_status_page_finds_nothing(client, make_case):
    case = close(make_case(), months_ago=30)
    purge()
    response = client.post("/status/", {"reference": case.reference, "contact": "+7 900 000-00-00"})
    assert response.status_code == 404


# A resident's request


@pytest.fixture
def logged_in(client, moderator):
    client.force_login(moderator)
    return client


def test_a_moderator_finds_every_case_of_a_resident_by_contact(logged_in, make_case, talent_form):
    first = make_case(contact="+7 (900) 000-00-00")
    second = make_case(talent_form, contact="8 900 000 00 00")
    other = make_case(contact="+7 900 111-11-11")
    html = logged_in.post("/admin/cases/resident/", {"contact": "89000000000"}).content.decode()
    assert first.reference in html and second.reference in html and other.reference not in html
    assert "Найдено 2 обращения" in html


def test_the_export_holds_everything_and_is_recorded(logged_in, make_case, moderator):
    case = make_case(contact="anna@example.org")
    case.add_note("Позвонить в УК", moderator)
    response = logged_in.post("/admin/cases/resident/", {"contact": "ANNA@example.org", "action": "export"})
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    (exported,) = data["cases"]
    assert exported["reference"] == case.reference and exported["form"] == "Предложить инициативу"
    assert {"question": "Ваше имя", "answer": "Анна"} in exported["answers"]
    assert exported["consent"] and exported["notes"][0]["text"] == "Позвонить в УК"
    assert case.events.filter(kind="exported", actor=moderator).exists()


def test_erasing_on_request_needs_a_confirmation(logged_in, make_case):
    case = make_case()
    logged_in.post("/admin/cases/resident/", {"contact": "+7 900 000-00-00", "action": "erase"})
    case.submission.refresh_from_db()
    assert case.submission.form_data


def test_erasing_on_request_blanks_closes_and_records_who(logged_in, make_case, moderator):
    open_case = make_case()
    answered = make_case()
    answered.write_answer("Анна, спасибо! Перезвоним на +7 900 000-00-00.", moderator)
    someone_else = make_case(name="Олег", contact="oleg@example.org")
    response = logged_in.post(
        "/admin/cases/resident/", {"contact": "+79000000000", "action": "erase", "confirm": "yes"}, follow=True
    )
    assert "Персональные данные удалены из 2 обращений" in response.content.decode()
    for case in (open_case, answered):
        case.refresh_from_db()
        case.submission.refresh_from_db()
        assert case.submission.form_data == {} and case.state == CaseState.CLOSED
        assert case.events.filter(kind="erased", actor=moderator, to_value="on request").exists()
    assert answered.answer == "[…], спасибо! Перезвоним на […]."
    assert not answered.events.filter(to_value__contains="Анна").exists()
    someone_else.submission.refresh_from_db()
    assert someone_else.submission.form_data["name"] == "Олег"
    assert Case.objects.count() == 3

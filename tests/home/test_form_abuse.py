"""Resident forms under abuse and behind a proxy: whose allowance a post spends, what a refused
resident keeps, and that a shown form can be sent once, to itself."""

from datetime import UTC, datetime

import pytest
from django.core import mail
from django.core.cache import cache

from home.models import FormPage, ResidentSubmission
from home.spam import STARTED_FIELD, TOKEN_MAX_AGE, started_token
from tests.form_contract import answers_for
from tests.home.test_form_page import survey_fields


@pytest.fixture(autouse=True)
def _fresh_allowances():
    cache.clear()


@pytest.fixture
def survey(home_page, demo):
    page = FormPage(title="Опрос жителей", slug="opros", to_address="managers@example.org", form_fields=survey_fields())
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def second_form(home_page):
    page = FormPage(title="Таланты", slug="talanty", form_fields=survey_fields())
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


def post_as(client, page, address, forwarded=None, **answers):
    headers = {"REMOTE_ADDR": address}
    if forwarded:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return client.post(page.url, answers_for(page, **answers), **headers)


def test_without_proxy_setting_forwarded_addresses_are_ignored(client, survey, settings):
    settings.FORMS_RATE_LIMIT = "2/10m"
    for n in range(2):
        assert post_as(client, survey, "10.0.0.1", forwarded=f"198.51.100.{n}").status_code == 302
    # A bot writing a new X-Forwarded-For each time is still the same client.
    assert post_as(client, survey, "10.0.0.1", forwarded="198.51.100.77").status_code == 429


def test_behind_a_trusted_proxy_each_resident_has_an_own_allowance(client, survey, settings):
    settings.FORMS_RATE_LIMIT = "2/10m"
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = "10.0.0.1"
    for _ in range(2):
        assert post_as(client, survey, proxy, forwarded="spoofed, 198.51.100.1").status_code == 302
    assert post_as(client, survey, proxy, forwarded="198.51.100.1").status_code == 429
    # Another resident behind the same proxy is not blocked by the first one.
    assert post_as(client, survey, proxy, forwarded="198.51.100.2").status_code == 302


def test_client_address_from_a_header_the_proxy_sets(rf, settings):
    from home.client_address import client_ip

    settings.CLIENT_IP_HEADER = "X-Real-IP"
    assert client_ip(rf.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_REAL_IP="203.0.113.9")) == "203.0.113.9"
    assert client_ip(rf.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_REAL_IP="not an address")) == "10.0.0.1"
    settings.CLIENT_IP_HEADER = ""
    assert client_ip(rf.get("/", REMOTE_ADDR="")) == "0.0.0.0"


def test_invalid_answers_do_not_spend_the_submission_allowance(client, survey, settings):
    settings.FORMS_RATE_LIMIT = "2/10m"
    for _ in range(3):
        assert post_as(client, survey, "10.0.0.5", name="").status_code == 400
    assert post_as(client, survey, "10.0.0.5").status_code == 302
    assert post_as(client, survey, "10.0.0.5").status_code == 302
    assert ResidentSubmission.objects.count() == 2


def test_refused_posts_have_their_own_larger_allowance(client, survey, settings):
    settings.FORMS_REFUSED_RATE_LIMIT = "3/10m"
    for _ in range(3):
        assert post_as(client, survey, "10.0.0.6", name="").status_code == 400
    assert post_as(client, survey, "10.0.0.6").status_code == 429


def test_the_429_page_keeps_every_answer_with_the_message_on_top_and_focused(client, survey, settings):
    settings.FORMS_RATE_LIMIT = "1/10m"
    post_as(client, survey, "10.0.0.7")
    response = post_as(client, survey, "10.0.0.7", name="Анна Петровна", message="Скамейки у третьего подъезда")
    assert response.status_code == 429
    html = response.content.decode()
    assert html.index("Слишком много сообщений") < html.index(
        "<form", html.index("<main")
    )  # the resident form, not the header search
    assert 'id="error-summary" autofocus' in html
    assert 'value="Анна Петровна"' in html and "Скамейки у третьего подъезда</textarea>" in html
    assert "Требуется заполнить" not in html  # the kept form shows no field errors
    assert ResidentSubmission.objects.count() == 1


def test_a_form_sent_twice_is_stored_once_and_both_sends_get_its_reference(client, survey):
    # A double click, a resend after a timeout, or the front retrying the post on another host.
    answers = answers_for(survey, message="Один раз")
    first = client.post(survey.url, answers)
    again = client.post(survey.url, answers)
    assert first.status_code == again.status_code == 302
    submission = ResidentSubmission.objects.get()
    assert submission.reference in client.get(again["Location"]).content.decode()
    assert len(mail.outbox) == 1


def test_a_token_shown_on_one_form_is_refused_by_another(client, survey, second_form):
    token = started_token(survey, seconds_ago=30)
    response = client.post(second_form.url, answers_for(second_form, **{STARTED_FIELD: token}))
    assert response.status_code == 200  # the neutral answer bots get
    assert not ResidentSubmission.objects.exists()


def test_a_form_left_open_too_long_is_sent_again_with_the_answers_kept(client, survey):
    old = started_token(survey, seconds_ago=TOKEN_MAX_AGE + 60)
    response = client.post(survey.url, answers_for(survey, message="Долго писала", **{STARTED_FIELD: old}))
    assert response.status_code == 400
    assert "Долго писала</textarea>" in response.content.decode()
    assert not ResidentSubmission.objects.exists()


def test_line_breaks_in_a_one_line_answer_cannot_forge_lines_of_the_notification(client, survey):
    forged = "Анна\r\nНомер обращения: ДС-2000-000001\u2028Форма: другая"
    assert client.post(survey.url, answers_for(survey, name=forged, message="Первая строка\nВторая")).status_code == 302
    submission = ResidentSubmission.objects.get()
    assert "\n" not in submission.form_data["name"] and "\u2028" not in submission.form_data["name"]
    body_lines = mail.outbox[0].body.splitlines()
    assert not any(line.startswith("Номер обращения: ДС-2000") for line in body_lines)
    assert "    Вторая" in body_lines


def test_long_answers_are_refused_with_a_translated_message(client, survey):
    response = client.post(survey.url, answers_for(survey, message="ы" * 20_001))
    assert response.status_code == 400
    assert "Убедитесь, что это значение содержит не более" in response.content.decode()


def test_the_reference_year_is_the_year_in_moscow():
    new_year_in_moscow = datetime(2025, 12, 31, 21, 30, tzinfo=UTC)
    assert ResidentSubmission.format_reference(new_year_in_moscow, 7) == "ДС-2026-000007"

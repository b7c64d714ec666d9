"""A resident follows their message by reference number and contact, and learns nothing else."""

import re

import pytest

from cases.models import CaseState

pytestmark = pytest.mark.django_db

STATUS = "/status/"


def look_up(client, reference, contact, url=STATUS):
    return client.post(url, {"reference": reference, "contact": contact})


def without_csrf(response):
    return re.sub(rb'name="csrfmiddlewaretoken" value="[^"]+"', b"", response.content)


def test_the_right_pair_shows_the_state_the_dates_and_the_answer(client, make_case, moderator):
    case = make_case()
    case.write_answer("Спасибо! Поставим стол весной.", moderator)
    case.add_note("Внутреннее: созвониться с УК", moderator)
    response = look_up(client, case.reference, "8 (900) 000 00 00")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Ответ дан" in html and "Спасибо! Поставим стол весной." in html
    assert case.reference in html and "Предложить инициативу" in html
    for personal in ("Анна", "000-00-00", "Берёзовая", "домино", "Внутреннее", "Marina"):
        assert personal not in html
    assert '<meta name="robots" content="noindex">' in html
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize(
    "reference", ["ДС-{year}-{number:06d}", "дс {year} {number}", "DS-{year}-{number:06d}", " {year}-{number} "]
)
def test_the_reference_may_be_typed_loosely(client, make_case, reference):
    case = make_case(contact="Anna@Example.org")
    year, number = case.created_at.year, case.submission.pk
    response = look_up(client, reference.format(year=year, number=number), "anna@example.org")
    assert response.status_code == 200 and "Получено" in response.content.decode()


def test_a_wrong_reference_and_a_wrong_contact_read_the_same(client, make_case):
    case = make_case()
    make_case(contact="+7 900 111-11-11")  # the wrong contact is someone else's
    wrong_reference = look_up(client, f"ДС-{case.created_at.year}-999999", "+7 900 000-00-00")
    wrong_contact = look_up(client, case.reference, "+7 900 111-11-11")
    assert wrong_reference.status_code == wrong_contact.status_code == 404
    assert without_csrf(wrong_reference) == without_csrf(wrong_contact)
    assert "Мы не нашли это обращение" in wrong_contact.content.decode()
    assert case.reference not in wrong_contact.content.decode()


def test_a_name_is_not_a_contact(client, make_case):
    case = make_case()
    assert look_up(client, case.reference, "Анна").status_code == 404


def test_an_empty_form_is_a_400_with_the_errors(client):
    response = look_up(client, "", "")
    assert response.status_code == 400 and "Пожалуйста, исправьте" in response.content.decode()


def test_too_many_lookups_get_a_429_in_the_residents_language(client, settings):
    settings.CASES_STATUS_RATE_LIMIT = "3/m"
    for _ in range(3):
        assert look_up(client, "ДС-2026-000001", "anna@example.org", "/en/status/").status_code == 404
    response = look_up(client, "ДС-2026-000001", "anna@example.org", "/en/status/")
    assert response.status_code == 429
    assert "Too many attempts in a short time" in response.content.decode()


def test_the_english_page_speaks_english(client, make_case, en_proposal_form):
    case = make_case(en_proposal_form)
    response = look_up(client, case.reference, "+79000000000", "/en/status/")
    html = response.content.decode()
    assert response.status_code == 200 and "Received" in html and 'lang="en"' in html


def test_an_accepted_proposal_links_its_initiative_once_it_is_live(client, make_case, moderator):
    from cases.initiatives import make_initiative

    case = make_case()
    initiative = make_initiative(case, moderator)
    html = look_up(client, case.reference, "+7 900 000-00-00").content.decode()
    assert "Принято — стало инициативой" in html and initiative.title not in html
    initiative.save_revision().publish()
    html = look_up(client, case.reference, "+7 900 000-00-00").content.decode()
    assert f'href="{initiative.url}"' in html and initiative.title in html


def test_the_thank_you_page_leads_to_the_status_page(client, proposal_form, settings):
    from tests.cases.conftest import ANNA
    from tests.form_contract import answers_for

    settings.FORMS_MIN_FILL_SECONDS = 0
    response = client.post(proposal_form.url, answers_for(proposal_form, **ANNA), follow=True)
    html = response.content.decode()
    assert 'href="/status/?reference=%D0%94%D0%A1-' in html
    assert "Следить за обращением по номеру" in html


def test_the_reference_from_the_link_is_filled_in(client):
    html = client.get(STATUS + "?reference=ДС-2026-000123").content.decode()
    assert 'value="ДС-2026-000123"' in html


def test_a_closed_case_shows_when_it_was_closed(client, make_case):
    case = make_case()
    case.move_to(CaseState.CLOSED)
    html = look_up(client, case.reference, "+7 900 000-00-00").content.decode()
    assert "Закрыто" in html

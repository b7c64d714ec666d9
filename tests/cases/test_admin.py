"""«Обращения» in the admin: the list with filters, search and bulk actions, the case page, the dashboard."""

import datetime
import re

import pytest
from django.core import mail
from django.utils import timezone

from cases.models import Case, CaseState

from .conftest import store


@pytest.fixture
def logged_in(client, moderator):
    client.force_login(moderator)
    return client


def listed(client, query=""):
    """The references the cases list shows for `query`."""
    html = client.get(f"/admin/cases/{query}").content.decode()
    return set(re.findall(r"ДС-\d{4}-\d{6}", html))


def make_old(case, days):
    Case.objects.filter(pk=case.pk).update(created_at=timezone.now() - datetime.timedelta(days=days))


def test_the_list_shows_each_case_in_russian(logged_in, make_case):
    case = make_case()
    html = logged_in.get("/admin/cases/").content.decode()
    assert case.reference in html and "новое" in html and "Предложить инициативу" in html
    assert "Обращения" in html and f'id="case_{case.pk}_title"' in html
    assert 'href="/admin/cases/resident/"' in html


def test_filters_by_state_form_language_assignee_and_waiting(
    logged_in, make_case, talent_form, en_proposal_form, moderator
):
    fresh = make_case()
    talent = make_case(talent_form)
    english = make_case(en_proposal_form)
    old = make_case()
    make_old(old, 10)
    old.assign(moderator)
    talent.move_to(CaseState.IN_PROGRESS)
    all_ = {c.reference for c in (fresh, talent, english, old)}
    assert listed(logged_in) == all_
    assert listed(logged_in, "?state=in_progress") == {talent.reference}
    assert listed(logged_in, f"?form_page={talent_form.pk}") == {talent.reference}
    assert listed(logged_in, "?language=en") == {english.reference}
    assert listed(logged_in, f"?assignee={moderator.pk}") == {old.reference}
    assert listed(logged_in, "?assignee=null") == all_ - {old.reference}
    assert logged_in.get("/admin/cases/?assignee=null").status_code == 200  # the «nobody» chip names itself
    assert listed(logged_in, "?waiting_days=7") == {old.reference}
    old.move_to(CaseState.CLOSED)
    assert listed(logged_in, "?waiting_days=7") == set()


@pytest.mark.parametrize("query", ["Анна", "анна", "АННА", "anna@example", "ДС-", "900 000"])
def test_search_finds_a_resident_by_name_contact_or_reference(logged_in, make_case, query):
    anna = make_case(name="Анна Берёзова", contact="anna@example.org +7 900 000-00-00")
    other = make_case(name="Олег", contact="oleg@example.org", message="Скамейки")
    found = listed(logged_in, f"?q={query}")
    assert anna.reference in found
    if query != "ДС-":
        assert other.reference not in found


def test_search_by_a_loosely_typed_reference(logged_in, make_case):
    case = make_case()
    other = make_case()
    number = int(case.reference.rsplit("-", 1)[1])
    assert listed(logged_in, f"?q=дс {case.created_at.year} {number}") == {case.reference}
    assert other.reference not in listed(logged_in, f"?q={case.reference}")


def test_bulk_assign_and_close(logged_in, make_case, other_moderator):
    first, second = make_case(), make_case()
    ids = f"id={first.pk}&id={second.pk}"
    confirm = logged_in.get(f"/admin/bulk/cases/case/assign/?{ids}")
    assert confirm.status_code == 200 and first.reference in confirm.content.decode()
    response = logged_in.post(
        f"/admin/bulk/cases/case/assign/?{ids}&next=/admin/cases/", {"assignee": other_moderator.pk}
    )
    assert response.status_code == 302
    assert set(Case.objects.values_list("assignee", flat=True)) == {other_moderator.pk}
    logged_in.post(f"/admin/bulk/cases/case/close/?{ids}&next=/admin/cases/")
    for case in (first, second):
        case.refresh_from_db()
        assert case.state == CaseState.CLOSED and case.closed_at
        assert case.events.filter(kind="state", to_value="closed", actor__username="marina").exists()


def test_the_case_page_shows_the_answers_and_moves_the_case(logged_in, make_case, moderator):
    case = make_case()
    html = logged_in.get(f"/admin/cases/edit/{case.pk}/").content.decode()
    assert "Анна" in html and "Ваша идея" in html and "Поставить стол для домино" in html
    response = logged_in.post(
        f"/admin/cases/edit/{case.pk}/", {"action": "workflow", "state": "in_progress", "assignee": moderator.pk}
    )
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.state == CaseState.IN_PROGRESS and case.assignee == moderator


def test_rejecting_without_a_reason_is_refused_on_the_page(logged_in, make_case):
    case = make_case()
    case.move_to(CaseState.IN_PROGRESS)
    response = logged_in.post(f"/admin/cases/edit/{case.pk}/", {"action": "workflow", "state": "rejected"})
    assert response.status_code == 200 and "Укажите причину отклонения" in response.content.decode()
    case.refresh_from_db()
    assert case.state == CaseState.IN_PROGRESS


def test_a_state_outside_the_machine_is_not_offered(logged_in, make_case):
    case = make_case()
    response = logged_in.post(f"/admin/cases/edit/{case.pk}/", {"action": "workflow", "state": "accepted"})
    assert response.status_code == 200
    case.refresh_from_db()
    assert case.state == CaseState.NEW


def test_notes_and_answers_from_the_page(logged_in, make_case, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    case = make_case(contact="anna@example.org")
    logged_in.post(f"/admin/cases/edit/{case.pk}/", {"action": "note", "text": "Позвонить в УК"})
    response = logged_in.post(f"/admin/cases/edit/{case.pk}/", {"action": "answer", "answer": "Спасибо!"}, follow=True)
    assert "Ответ сохранён и отправлен жителю по почте" in response.content.decode()
    case.refresh_from_db()
    assert case.notes.get().text == "Позвонить в УК" and case.answer == "Спасибо!" and len(mail.outbox) == 1
    html = response.content.decode()
    assert "Позвонить в УК" in html and "История" in html


def test_an_unknown_action_is_a_400(logged_in, make_case):
    assert logged_in.post(f"/admin/cases/edit/{make_case().pk}/", {"action": "nope"}).status_code == 400


def test_the_dashboard_counts_new_waiting_and_mine(logged_in, make_case, moderator):
    make_case()
    waiting = make_case()
    make_old(waiting, 8)
    waiting.assign(moderator)
    html = logged_in.get("/admin/").content.decode()
    assert "2 новых обращения" in html
    assert "1 обращение ждёт дольше 7 дней" in html
    assert "1 открытое обращение на мне" in html
    assert f"/admin/cases/?assignee={moderator.pk}&amp;waiting_days=0" in html


def test_the_list_exports_without_the_residents_answers(logged_in, make_case):
    case = make_case()
    response = logged_in.get("/admin/cases/?export=csv")
    content = b"".join(response.streaming_content).decode()
    assert case.reference in content and "Анна" not in content and "Состояние" in content


def test_cases_of_every_language_and_form_are_in_one_list(logged_in, home_page, demo, en_proposal_form):
    from home.models import FormPage

    survey = FormPage(title="Опрос", slug="opros", locale=demo.ru)
    home_page.add_child(instance=survey)
    cases = [store(survey, {"name": "Анна"}), store(en_proposal_form, {"name": "Emma"})]
    assert listed(logged_in) == {case.reference for case in cases}


def test_the_list_costs_the_same_with_few_and_many_cases(logged_in, make_case, moderator):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert logged_in.get("/admin/cases/").status_code == 200
        return len(captured)

    for _ in range(2):
        make_case().assign(moderator)
    logged_in.get("/admin/cases/")
    few = queries()
    for _ in range(15):
        make_case().assign(moderator)
    assert queries() == few

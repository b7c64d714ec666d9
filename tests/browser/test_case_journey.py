"""Issue 14 end to end in Debian's chromium: a resident's proposal becomes an answer and an initiative.

A resident proposes from a phone and gets a reference; a moderator finds it on the admin's dashboard,
assigns it to themself, answers, makes it an initiative and publishes it; the resident reads the answer
and the initiative's link on the status page; a neighbour joins the initiative and its count rises;
the open numbers agree with the database."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations, has_horizontal_scroll
from tests.browser.test_journeys import PASSWORD, log_in, more_actions

PHONE = {"width": 360, "height": 780}
IDEA = "Повесить во дворе полку для обмена книгами. Соседи приносят прочитанное и берут новое."
TITLE = "Повесить во дворе полку для обмена книгами"
ANSWER = "Спасибо, Анна! Идея хорошая: полку повесим у третьего подъезда, присоединяйтесь к инициативе."


@pytest.fixture
def proposal_site(live_site, settings):
    """Only what the journey needs: the initiatives index with «Предложить инициативу» (both languages)
    and a moderator from setup_site's group. The join form makes itself when the initiative is published."""
    from django.core.cache import cache

    from home.demo_content import DemoContent
    from home.demo_tools import DemoLoader
    from projects import demo as projects_demo

    cache.clear()
    settings.FORMS_MIN_FILL_SECONDS = 0  # the browser fills the form faster than a person
    content = DemoContent(DemoLoader(), projects_demo.CONTENT)
    index = content.page(content.entry("iniciativy"))
    content.page(content.entry("predlozhit-iniciativu"), index)
    moderator = get_user_model().objects.create_user(
        "moderator", "moderator@example.org", PASSWORD, first_name="Мария", last_name="Модерова"
    )
    moderator.groups.add(Group.objects.get(name="Модераторы"))
    return live_site


def public_check(page, what, screenshot):
    assert not has_horizontal_scroll(page), what
    page.screenshot(path=screenshot, full_page=True)
    assert axe_violations(page) == [], what


def expected_open_numbers():
    """What the open numbers must say, counted here from the ORM."""
    from django.db.models import Q
    from django.utils import timezone, translation

    from cases.models import Case
    from projects.models import InitiativePage, JoinFormPage
    from projects.models.initiatives import InitiativeStatus

    this_year = Case.objects.filter(created_at__year=timezone.localdate().year)
    joins = this_year.filter(submission__page__in=JoinFormPage.objects.all())
    talents = this_year.filter(
        Q(submission__page__slug__icontains="bank-talantov") | Q(submission__page__slug__icontains="talent-bank")
    )
    proposals = this_year.exclude(pk__in=joins).exclude(pk__in=talents)
    live = InitiativePage.objects.live()
    with translation.override("ru"):
        by_status = {
            str(label): live.filter(status=value).values("translation_key").distinct().count()
            for value, label in InitiativeStatus.choices
        }
    return {
        "Получено": proposals.count(),
        "Получили ответ": proposals.filter(answered_at__isnull=False).count(),
        "Стали инициативами": proposals.filter(initiative__isnull=False).count(),
        "Присоединились к инициативе": joins.count(),
        "Предложили талант в банк талантов": talents.count(),
        **by_status,
    }


def test_a_proposal_becomes_an_answer_and_an_initiative_a_neighbour_joins(proposal_site, page, browser, screenshot_dir):
    from cases.models import Case, CaseState
    from projects.models import InitiativePage, JoinFormPage

    base = proposal_site.url
    shots = screenshot_dir

    # 1. A resident proposes from a phone and gets a reference number.
    page.set_viewport_size(PHONE)
    assert page.goto(base + "/iniciativy/predlozhit-iniciativu/").status == 200
    public_check(page, "proposal form", str(shots / "case_journey_1_form_360.png"))
    page.get_by_label("Ваше имя").fill("Анна")
    page.get_by_label("Телефон или e-mail").fill("anna@example.org")
    page.get_by_label("Ваша идея").fill(IDEA)
    page.get_by_label("Я согласен(на) на обработку моих персональных данных").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Отправить").click()
    reference = page.locator(".reference__number").inner_text()
    assert re.fullmatch(r"ДС-\d{4}-\d{6}", reference), reference
    public_check(page, "thank-you page", str(shots / "case_journey_2_reference_360.png"))
    case = Case.objects.get(submission__reference=reference)
    assert case.state == CaseState.NEW

    # 2. A moderator sees it on the dashboard of the Russian admin and opens it.
    moderator_page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        admin = moderator_page
        log_in(admin, base, "moderator")
        panel = admin.get_by_role("region", name="Работа с обращениями")
        panel.get_by_role("link", name="1 новое обращение").click()
        admin.get_by_role("link", name=reference).click()
        expect(admin.get_by_role("heading", level=1)).to_contain_text(reference)
        expect(admin.locator("main")).to_contain_text(IDEA)

        # It is assigned to the moderator, in progress.
        admin.locator("#id_state").select_option(label="в работе")
        admin.locator("#id_assignee").select_option(label="Мария Модерова")
        with admin.expect_navigation():
            admin.locator("form:has(input[value=workflow]) button[type=submit]").click()
        expect(admin.locator(".messages")).to_contain_text("сохранено")
        case.refresh_from_db()
        assert (case.state, case.assignee.username) == (CaseState.IN_PROGRESS, "moderator")

        # The moderator answers (the resident gave an e-mail address: the answer is e-mailed too).
        admin.locator("#id_answer").fill(ANSWER)
        with admin.expect_navigation():
            admin.get_by_role("button", name="Сохранить и отправить ответ").click()
        case.refresh_from_db()
        assert case.answer == ANSWER and case.state == CaseState.ANSWERED
        assert any(ANSWER in message.body and message.to == ["anna@example.org"] for message in mail.outbox)

        # … makes it an initiative (a draft) …
        with admin.expect_navigation():
            admin.get_by_role("button", name="Сделать инициативой").click()
        case.refresh_from_db()
        assert case.state == CaseState.ACCEPTED
        initiative = case.initiative
        assert initiative.title == TITLE and not initiative.live
        assert "Анна" not in initiative.summary and "anna@" not in initiative.summary
        admin.screenshot(path=str(shots / "case_journey_3_moderator_case.png"), full_page=True)

        # … and publishes it from the page editor.
        admin.locator(".messages").get_by_role("link", name="Редактировать").click()
        admin.wait_for_url(f"**/admin/pages/{initiative.pk}/edit/")
        more_actions(admin, "^Опубликовать$")
        admin.screenshot(path=str(shots / "case_journey_4_moderator_published.png"), full_page=True)
    finally:
        moderator_page.close()
    initiative = InitiativePage.objects.get(pk=initiative.pk)
    assert initiative.live, "the moderator's «Опубликовать» did not publish the initiative"
    initiative_url = base + initiative.url

    # 3. The resident checks the status by reference and e-mail: the answer and the initiative's link.
    assert page.goto(base + "/status/").status == 200
    public_check(page, "status form", str(shots / "case_journey_5_status_form_360.png"))
    page.get_by_label("Номер обращения").fill(reference)
    page.get_by_label("Телефон или e-mail").fill("Anna@Example.org")
    with page.expect_navigation():
        page.locator("form.case-status__form button[type=submit]").click()
    expect(page.locator(".case-status__answer")).to_contain_text(ANSWER)
    link = page.get_by_role("link", name=f"Инициатива «{TITLE}»")
    assert link.get_attribute("href") in (initiative.url, initiative_url)
    public_check(page, "status with answer", str(shots / "case_journey_6_status_answer_360.png"))
    with page.expect_navigation():
        link.click()
    assert page.url == initiative_url
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)

    # 4. A neighbour on another phone joins the initiative; the count rises by one.
    join_form = JoinFormPage.for_initiative(initiative)
    assert join_form is not None, "publishing the initiative made no join form"
    joined_before = JoinFormPage.joined_count(initiative)
    neighbour_context = browser.new_context(viewport=PHONE)
    try:
        neighbour = neighbour_context.new_page()
        assert neighbour.goto(initiative_url).status == 200
        public_check(neighbour, "initiative", str(shots / "case_journey_7_initiative_360.png"))
        count_before = neighbour.locator(".join__count").all_inner_texts()
        neighbour.get_by_role("link", name="Присоединиться к инициативе").click()
        assert f"?initiative={initiative.pk}" in neighbour.url
        public_check(neighbour, "join form", str(shots / "case_journey_8_join_360.png"))
        neighbour.locator("#id_name").fill("Вера Соседова")
        neighbour.locator("#id_contact").fill("+7 900 000-00-00")
        neighbour.locator("#id_message").fill("Принесу книги и помогу повесить полку")
        neighbour.locator("#id_ds_consent").check()
        with neighbour.expect_navigation():
            neighbour.locator("main form button[type=submit]").click()
        assert re.fullmatch(r"ДС-\d{4}-\d{6}", neighbour.locator(".reference__number").inner_text())
        public_check(neighbour, "join thank-you", str(shots / "case_journey_9_joined_360.png"))
        assert JoinFormPage.joined_count(initiative) == joined_before + 1
        neighbour.goto(initiative_url)
        count_after = neighbour.locator(".join__count").inner_text()
        assert str(joined_before + 1) in count_after and count_after not in count_before
        assert "Вера" not in neighbour.content()  # counted, never named
    finally:
        neighbour_context.close()

    # 5. The open numbers agree with the database.
    expected = expected_open_numbers()
    journey = ("Получено", "Получили ответ", "Стали инициативами", "Присоединились к инициативе")
    assert [expected[label] for label in journey] == [1, 1, 1, 1]  # the journey's own proposal and join
    assert page.goto(base + "/open-numbers/").status == 200
    shown = {}
    for row in page.locator("table.open-numbers__table tbody tr").all():
        label = row.locator("th").all_inner_texts()
        if label:
            shown[label[0].strip()] = int(row.locator("td").inner_text())
    for label, value in expected.items():
        assert shown.get(label) == value, (label, shown)
    public_check(page, "open numbers", str(shots / "case_journey_10_open_numbers_360.png"))

"""The admin a manager works in, in Russian, in Debian's chromium: every screen passes axe-core with no
critical or serious violation, the initiative's partner list is searchable and in the page's language."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from tests.browser.conftest import _axe_running

PASSWORD = "admin-screens-1"
SERIOUS = ("critical", "serious")


def serious_violations(page):
    """axe's critical and serious findings on the current page, as readable lines (minor and moderate ones,
    mostly Wagtail's own, are not this test's bar)."""
    from axe_playwright_python.sync_playwright import Axe

    _axe_running.add(page)  # axe's own inline styles are not the admin's CSP violations
    try:
        results = Axe().run(page)
        page.wait_for_timeout(50)
    finally:
        _axe_running.discard(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} e.g. {v['nodes'][0]['target']} {v['nodes'][0]['html'][:160]}"
        for v in results.response["violations"]
        if v["impact"] in SERIOUS
    ]


@pytest.fixture
def admin_site(live_site):
    """Every section's index in both languages, three partners, the resident forms, one case, a banner and
    a manager who reads the admin in Russian."""
    from django.contrib.auth import get_user_model
    from wagtail.users.models import UserProfile

    from cases.models import Case
    from contacts import demo as contacts_demo
    from home.demo_tools import DemoLoader
    from home.models import HomePage, ResidentSubmission
    from materials.models import AlertBanner, MaterialIndexPage
    from news.models import NewsIndexPage
    from projects.demo import load_forms
    from projects.models import InitiativePage, ProjectIndexPage

    demo = DemoLoader()
    home = HomePage.objects.get(locale=demo.ru)
    contacts_demo.load_partners(demo, contacts_demo.PARTNERS[1:4])
    news = demo.page(home, NewsIndexPage, slug="novosti", ru={"title": "Новости"}, en={"slug": "news", "title": "News"})
    materials = demo.page(
        home,
        MaterialIndexPage,
        slug="materialy",
        ru={"title": "Материалы"},
        en={"slug": "materials", "title": "Materials"},
    )
    projects = demo.page(
        home,
        ProjectIndexPage,
        slug="iniciativy",
        ru={"title": "Инициативы"},
        en={"slug": "initiatives", "title": "Initiatives"},
    )
    proposal, _talents = load_forms(demo, projects)
    initiative = demo.page(
        projects,
        InitiativePage,
        slug="dvor",
        ru={"title": "Двор без машин", "summary": "Соседи освобождают двор."},
        en={"slug": "yard", "title": "A yard without cars", "summary": "Neighbours free the yard."},
    )
    submission = ResidentSubmission.objects.create(
        page=proposal,
        form_data={"name": "Анна", "contact": "+7 900 000-00-00", "message": "Стол для домино."},
        language="ru",
    )
    submission.reference = ResidentSubmission.format_reference(submission.submit_time, submission.pk)
    submission.save(update_fields=["reference"])
    banner = demo.snippet(
        AlertBanner,
        ru={"text": "Отключение воды 12 мая", "is_active": True},
        en={"text": "Water off on 12 May"},
        key="text",
    )
    user = get_user_model().objects.create_superuser("manager", "manager@example.org", PASSWORD)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ru"
    profile.save()
    return {
        "url": live_site.url,
        "home": home,
        "news": news,
        "materials": materials,
        "projects": projects,
        "proposal": proposal,
        "initiative": initiative,
        "case": Case.objects.get(submission=submission),
        "banner": banner,
    }


def log_in(page, base):
    page.goto(base + "/admin/login/")
    page.fill("#id_username", "manager")
    page.fill("#id_password", PASSWORD)
    page.get_by_role("button", name=re.compile("Войти|Sign in")).click()
    page.wait_for_url(base + "/admin/")


def admin_screens(site):
    """(name, path) of every screen a manager uses."""
    from wagtail.models import Page

    def add(app_model, parent):
        app, model = app_model.split(".")
        return reverse("wagtailadmin_pages:add", args=[app, model.lower(), parent.pk])

    def edit(page):
        return reverse("wagtailadmin_pages:edit", args=[page.pk])

    about = Page.objects.get(locale=site["home"].locale, slug="o-proekte")
    screens = [
        ("dashboard", reverse("wagtailadmin_home")),
        ("explorer root", reverse("wagtailadmin_explore_root")),
        ("explorer home", reverse("wagtailadmin_explore", args=[site["home"].pk])),
        ("edit home", edit(site["home"])),
        ("edit standard", edit(about)),
        ("add form page", add("home.FormPage", site["home"])),
        ("add news index", add("news.NewsIndexPage", site["home"])),
        ("add news", add("news.NewsPage", site["news"])),
        ("add initiative", add("projects.InitiativePage", site["projects"])),
        ("edit initiative", edit(site["initiative"])),
        ("add event", add("projects.EventPage", site["projects"])),
        ("edit proposal form", edit(site["proposal"])),
        ("add partner", add("contacts.PartnerPage", Page.objects.get(slug="partnery"))),
        ("add contact page", add("contacts.ContactPage", site["home"])),
        ("add material", add("materials.MaterialPage", site["materials"])),
        ("add guidance", add("materials.GuidancePage", site["materials"])),
        ("banners", reverse("wagtailsnippets_materials_alertbanner:list")),
        ("banner edit", reverse("wagtailsnippets_materials_alertbanner:edit", args=[site["banner"].pk])),
        ("banner add", reverse("wagtailsnippets_materials_alertbanner:add")),
        ("topics", reverse("wagtailsnippets_materials_topic:list")),
        ("topic add", reverse("wagtailsnippets_materials_topic:add")),
        ("directions", reverse("wagtailsnippets_projects_direction:list")),
        ("partner categories", reverse("wagtailsnippets_contacts_partnercategory:list")),
        ("submissions", reverse("resident_submissions:index")),
        ("forms", reverse("wagtailforms:index")),
        ("cases", reverse("cases:index")),
        ("case", reverse("cases:edit", args=[site["case"].pk])),
    ]
    return screens


def test_every_admin_screen_a_manager_uses_passes_axe(admin_site, page, screenshot_dir):
    url = admin_site["url"]
    log_in(page, url)
    page.set_viewport_size({"width": 1280, "height": 900})
    found = {}
    for name, path in admin_screens(admin_site):
        response = page.goto(url + path)
        assert response.status == 200, (name, path, response.status)
        page.wait_for_load_state("networkidle")
        problems = serious_violations(page)
        if problems:
            found[name] = problems
            page.screenshot(path=str(screenshot_dir / f"admin_{name.replace(' ', '_')}.png"), full_page=True)
    assert not found, "\n".join(f"{name}:\n  " + "\n  ".join(lines) for name, lines in found.items())


def column_of(page, heading):
    """The cells of the listing's column headed `heading`, keyed by the text of their row."""
    headings = [" ".join(th.inner_text().split()) for th in page.locator("table.listing thead th").all()]
    index = headings.index(heading)
    cells = {}
    for row in page.locator("table.listing tbody tr").all():
        row_cells = row.locator(":scope > td, :scope > th")
        if row_cells.count() == len(headings):
            cells[" ".join(row.inner_text().split())] = " ".join(row_cells.nth(index).inner_text().split())
    return cells


def test_a_manager_picks_partners_by_typing_and_sees_stale_translations(admin_site, page, screenshot_dir):
    from contacts.models import PartnerPage
    from projects.models import InitiativePage

    url = admin_site["url"]
    russian = list(PartnerPage.objects.filter(locale=admin_site["home"].locale).values_list("title", flat=True))
    english = list(PartnerPage.objects.exclude(locale=admin_site["home"].locale).values_list("title", flat=True))
    library = next(title for title in russian if "иблиотек" in title)
    log_in(page, url)
    page.set_viewport_size({"width": 360, "height": 780})

    # The partners of a Russian initiative: the Russian partners only, found by typing a few letters.
    page.goto(url + reverse("wagtailadmin_pages:edit", args=[admin_site["initiative"].pk]))
    partners = page.get_by_role("region", name="Партнёры", exact=True)
    offered = [" ".join(label.inner_text().split()) for label in partners.locator(".choice-filter__list label").all()]
    assert sorted(offered) == sorted(russian) and not set(offered) & set(english)
    page.get_by_label("Найти партнёра").fill("БИБЛ")
    visible = [" ".join(label.inner_text().split()) for label in partners.locator("label:visible").all()]
    assert [title for title in visible if title in russian] == [library]
    page.get_by_label("Найти партнёра").fill("нет такого")
    expect(partners.get_by_text("Ничего не найдено")).to_be_visible()
    page.get_by_label("Найти партнёра").fill("библ")
    partners.get_by_label(library).check()
    page.screenshot(path=str(screenshot_dir / "admin_partner_choice_360.png"), full_page=False)
    with page.expect_navigation():
        page.get_by_role("button", name="Сохранить черновик").click()
    expect(page.get_by_text("обновлена", exact=False).first).to_be_visible()
    draft = InitiativePage.objects.get(pk=admin_site["initiative"].pk).get_latest_revision_as_object()
    assert [partner.title for partner in draft.partners.all()] == [library]

    # The Russian banner changes: both it and its English translation are marked out of date.
    page.set_viewport_size({"width": 1280, "height": 900})
    banners = url + reverse("wagtailsnippets_materials_alertbanner:list")
    page.goto(banners)
    assert set(column_of(page, "Перевод устарел").values()) == {"нет"}
    page.goto(url + reverse("wagtailsnippets_materials_alertbanner:edit", args=[admin_site["banner"].pk]))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Отключение воды 12 мая")
    page.locator("#id_text").fill("Отключение воды перенесено на 14 мая")
    page.get_by_role("button", name="Сохранить").first.click()
    page.wait_for_url(banners + "**")
    marks = column_of(page, "Перевод устарел")
    assert {row.split(" ")[0]: mark for row, mark in marks.items()} == {"Отключение": "да", "Water": "да"}, marks
    page.screenshot(path=str(screenshot_dir / "admin_banners_out_of_date.png"), full_page=True)
    page.goto(url + reverse("wagtailsnippets_materials_alertbanner:edit", args=[admin_site["banner"].pk]))
    expect(page.get_by_text("Перевод устарел:")).to_be_visible()

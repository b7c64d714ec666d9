"""Initiatives, events and the resident forms in a real browser: 360 px phones, axe-core, both languages."""

import pytest

from tests.browser.conftest import axe_violations, has_horizontal_scroll

PAGES = {
    "ru": {
        "index": "/iniciativy/",
        "initiative": "/iniciativy/blagoustrojstvo-dvora/",
        "event": "/iniciativy/sobranie-zhitelej-dekabr-2026/",
        "form": "/iniciativy/predlozhit-iniciativu/",
    },
    "en": {
        "index": "/en/initiatives/",
        "initiative": "/en/initiatives/improving-the-yard/",
        "event": "/en/initiatives/residents-meeting-december-2026/",
        "form": "/en/initiatives/propose-an-initiative/",
    },
}


@pytest.fixture
def projects_site(live_site, settings):
    """The projects demo (directions, initiatives, events, both forms) behind the live server."""
    from django.core.cache import cache

    from home.demo_tools import DemoLoader
    from projects import demo as projects_demo

    cache.clear()
    settings.FORMS_MIN_FILL_SECONDS = 0  # the browser fills the form faster than a person
    projects_demo.load(DemoLoader())
    return live_site


def check(page, url, screenshot):
    assert not has_horizontal_scroll(page), url
    page.screenshot(path=screenshot, full_page=True)
    assert axe_violations(page) == [], url


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_projects_pages_and_the_proposal_form_work_on_a_phone(projects_site, page, lang, screenshot_dir):
    page.set_viewport_size({"width": 360, "height": 800})
    for kind in ("index", "initiative", "event", "form"):
        url = projects_site.url + PAGES[lang][kind]
        assert page.goto(url).status == 200
        check(page, url, str(screenshot_dir / f"projects_{lang}_{kind}_360.png"))

    # The error state: sent without answers or consent.
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    assert page.locator(".error-summary").is_visible()
    check(page, "form errors", str(screenshot_dir / f"projects_{lang}_form_errors_360.png"))

    # A resident fills it in and gets a reference number.
    page.locator("#id_name").fill("Анна")
    page.locator("#id_contact").fill("+7 900 000-00-00")
    page.locator("#id_message").fill("Поставить стол для домино во дворе")
    page.locator("#id_ds_consent").check()
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    assert "?thanks=" in page.url
    assert page.locator(".reference__number").inner_text().startswith("ДС-")
    check(page, "landing", str(screenshot_dir / f"projects_{lang}_form_landing_360.png"))


def test_index_and_initiative_on_a_wide_screen(projects_site, page, screenshot_dir):
    page.set_viewport_size({"width": 1280, "height": 900})
    for kind in ("index", "initiative"):
        url = projects_site.url + PAGES["ru"][kind]
        assert page.goto(url).status == 200
        check(page, url, str(screenshot_dir / f"projects_ru_{kind}_1280.png"))


@pytest.mark.parametrize("viewport", [{"width": 360, "height": 780}, {"width": 1280, "height": 800}])
def test_a_send_over_the_limit_keeps_what_the_resident_typed(projects_site, page, settings, viewport):
    """The rate limit answers 429 with the typed answers still in the form and the reason focused on screen."""
    settings.FORMS_RATE_LIMIT = "1/10m"
    page.set_viewport_size(viewport)
    url = projects_site.url + PAGES["ru"]["form"]
    for message in ("Скамейка у третьего подъезда", "Субботник во дворе в апреле"):
        page.goto(url)
        page.locator("#id_name").fill("Анна")
        page.locator("#id_contact").fill("+7 900 000-00-00")
        page.locator("#id_message").fill(message)
        page.locator("#id_ds_consent").check()
        with page.expect_navigation() as sent:
            page.locator("main form button[type=submit]").click()
    assert sent.value.status == 429
    assert page.locator("#id_message").input_value() == "Субботник во дворе в апреле"
    assert page.locator("#id_name").input_value() == "Анна"
    summary = page.locator("#error-summary")
    assert "Слишком много сообщений" in summary.inner_text()
    assert summary.evaluate("element => element === document.activeElement")
    box = summary.bounding_box()
    assert box is not None and 0 <= box["y"] < viewport["height"]
    assert axe_violations(page) == []

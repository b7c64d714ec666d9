"""The status page and the open numbers in a real browser: 360 px phones and wide screens, axe-core, no sideways scroll."""

import pytest

from tests.browser.conftest import axe_violations, has_horizontal_scroll


@pytest.fixture
def cases_site(live_site):
    """The projects and cases demos (forms, initiatives, cases in every state) behind the live server."""
    from django.contrib.auth import get_user_model
    from django.core.cache import cache

    from cases import demo as cases_demo
    from home.demo_tools import DemoLoader
    from projects import demo as projects_demo

    cache.clear()
    get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")
    loader = DemoLoader()
    projects_demo.load(loader)
    cases_demo.load(loader)
    return live_site


def check(page, what, screenshot):
    assert not has_horizontal_scroll(page), what
    page.screenshot(path=screenshot, full_page=True)
    assert axe_violations(page) == [], what


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("lang", ["ru", "en"])
def test_a_resident_follows_their_message(cases_site, page, width, lang, screenshot_dir):
    from cases.models import Case

    olga = Case.objects.get(submission__form_data__contact="olga.kim@example.org")
    prefix = "" if lang == "ru" else "/en"
    page.set_viewport_size({"width": width, "height": 800})
    assert page.goto(f"{cases_site.url}{prefix}/status/?reference={olga.reference}").status == 200
    check(page, "status form", str(screenshot_dir / f"cases_{lang}_status_{width}.png"))

    page.locator("#id_contact").fill("nobody@example.org")
    with page.expect_navigation():
        page.locator("form.case-status__form button[type=submit]").click()
    assert page.locator(".error-summary").is_visible()
    check(page, "not found", str(screenshot_dir / f"cases_{lang}_status_not_found_{width}.png"))

    page.locator("#id_reference").fill(olga.reference)
    page.locator("#id_contact").fill("Olga.Kim@example.org")
    with page.expect_navigation():
        page.locator("form.case-status__form button[type=submit]").click()
    assert page.locator(".case-status__answer").is_visible()
    check(page, "answer", str(screenshot_dir / f"cases_{lang}_status_answer_{width}.png"))


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("lang", ["ru", "en"])
def test_open_numbers_read_on_any_screen(cases_site, page, width, lang, screenshot_dir):
    prefix = "" if lang == "ru" else "/en"
    page.set_viewport_size({"width": width, "height": 800})
    assert page.goto(f"{cases_site.url}{prefix}/open-numbers/").status == 200
    assert page.locator("svg.bar-chart").count() == 4 and page.locator("table.open-numbers__table").count() == 4
    check(page, "open numbers", str(screenshot_dir / f"cases_{lang}_open_numbers_{width}.png"))

"""A neighbour joins an initiative from a phone, with and without JavaScript; the count rises."""

import pytest

from tests.browser.conftest import axe_violations, has_horizontal_scroll
from tests.browser.test_projects import PAGES, projects_site  # noqa: F401  (the fixture)

JOIN_LINK = {"ru": "Присоединиться к инициативе", "en": "Join this initiative"}


def join(page, lang, url, name, screenshot_dir, width, audit=True):
    assert page.goto(url).status == 200
    page.get_by_role("link", name=JOIN_LINK[lang]).click()
    assert "?initiative=" in page.url
    page.screenshot(path=str(screenshot_dir / f"join_{lang}_{width}.png"), full_page=True)
    if audit:  # axe and the scroll check run as scripts in the page
        assert not has_horizontal_scroll(page)
        assert axe_violations(page) == [], page.url
    page.locator("#id_name").fill(name)
    page.locator("#id_contact").fill("+7 900 000-00-00")
    page.locator("#id_message").fill("Могу принести краску и кисти")
    page.locator("#id_ds_consent").check()
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    assert page.locator(".reference__number").inner_text().startswith("ДС-")
    if audit:
        assert axe_violations(page) == [], page.url


@pytest.mark.parametrize("lang, width", [("ru", 360), ("en", 1280)])
def test_a_neighbour_joins_an_initiative_and_the_count_rises(projects_site, page, lang, width, screenshot_dir):  # noqa: F811
    page.set_viewport_size({"width": width, "height": 800})
    url = projects_site.url + PAGES[lang]["initiative"]
    before = page.goto(url) and page.locator(".join__count").all_inner_texts()
    join(page, lang, url, "Вера Соседова", screenshot_dir, width)
    page.goto(url)
    after = page.locator(".join__count").inner_text()
    assert after != (before[0] if before else "")
    assert "Вера" not in page.content()  # counted, never named


def test_joining_works_without_javascript(projects_site, browser, screenshot_dir):  # noqa: F811
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 780})
    page = context.new_page()
    try:
        join(page, "ru", projects_site.url + PAGES["ru"]["initiative"], "Пётр", screenshot_dir, "360-nojs", audit=False)
    finally:
        context.close()

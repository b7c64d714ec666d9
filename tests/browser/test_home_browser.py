import pytest

from tests.browser.conftest import axe_violations, has_horizontal_scroll

WIDTHS = [360, 1280]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("path", ["/", "/en/", "/o-proekte/", "/en/about/"])
def test_home_and_standard_pages_fit_the_screen_and_pass_axe(live_site, page, path, width, screenshot_dir):
    page.set_viewport_size({"width": width, "height": 800})
    response = page.goto(live_site.url + path)
    assert response.status == 200
    assert not has_horizontal_scroll(page)
    page.screenshot(path=str(screenshot_dir / f"home{path.replace('/', '_')}{width}.png"), full_page=True)
    assert axe_violations(page) == []


def test_skip_link_and_language_switch_work_by_keyboard(live_site, page):
    page.set_viewport_size({"width": 360, "height": 800})
    page.goto(live_site.url + "/o-proekte/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Перейти к содержанию"
    page.get_by_role("link", name="English").click()
    page.wait_for_url("**/en/about/")
    assert page.locator("html").get_attribute("lang") == "en"

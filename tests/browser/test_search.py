"""Search as residents meet it on the demo content, in chromium at 360 and 1280 px (SQLite or DATABASE_URL)."""

import io

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations, has_horizontal_scroll


@pytest.fixture
def demo_site(live_site):
    call_command("load_demo_content", stdout=io.StringIO())
    return live_site


def find(page, query):
    """Type the query into the search page's own field and send it, as a resident does (no JavaScript needed)."""
    page.fill("#search-q", query)
    page.press("#search-q", "Enter")
    page.wait_for_load_state()


def result_titles(page):
    return [" ".join(text.split()) for text in page.locator(".search-results h2").all_inner_texts()]


def test_word_forms_are_found_and_nothing_found_offers_a_next_step(demo_site, page, screenshot_dir):
    base = demo_site.url
    page.set_viewport_size({"width": 360, "height": 780})
    page.goto(base + "/search/")
    expect(page.locator('.main-menu a[href="/search/"]')).to_have_attribute("aria-current", "page")

    # Seven demo pages say «талантов» (or «таланты»); every form of the word finds the same seven.
    for query in ("талант", "таланты", "талантов"):
        find(page, query)
        expect(page.locator(".search-count")).to_have_text("Найдено: 7")
        assert len(result_titles(page)) == 7
        assert "Банк соседских талантов" in result_titles(page)
    assert not has_horizontal_scroll(page)
    page.screenshot(path=str(screenshot_dir / "search_talant_360.png"), full_page=True)
    assert axe_violations(page) == []

    find(page, "библиотеку")
    assert any("Зелёная лампа" in title for title in result_titles(page))
    assert "Добрые Соседи" not in result_titles(page)  # the home page is never a result

    find(page, "абракадабра")
    expect(page.locator(".search-empty")).to_contain_text("ничего не найдено")
    sections = page.locator(".search-empty__sections a")
    assert sections.count() >= 3
    page.screenshot(path=str(screenshot_dir / "search_nothing_found_360.png"), full_page=True)
    assert axe_violations(page) == []
    first_section = sections.first.get_attribute("href")
    sections.first.click()
    page.wait_for_url(base + first_section)

    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(base + "/en/search/")
    expect(page.locator('.main-menu a[href="/en/search/"]')).to_have_attribute("aria-current", "page")
    find(page, "libraries")
    assert any("Green Lamp" in title for title in result_titles(page))
    find(page, "talents")
    expect(page.locator(".search-count")).to_have_text("Found: 7")
    page.screenshot(path=str(screenshot_dir / "search_talents_en_1280.png"), full_page=True)
    assert axe_violations(page) == []

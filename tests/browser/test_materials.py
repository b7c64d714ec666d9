"""The materials pages in a real browser: axe-core, no horizontal scroll, the banner's one control."""

import pytest

from tests.browser.conftest import axe_violations, has_horizontal_scroll

PATHS = [
    "/materialy/",
    "/en/materials/",
    "/materialy/chetyre-etapa/",
    "/en/materials/chetyre-etapa-en/",
    "/materialy/karantin/",
    "/en/materials/quarantine/",
]


@pytest.fixture
def materials_site(live_site):
    """The skeleton plus a small library in both languages and an active banner in each language."""
    from home.demo_tools import DemoLoader
    from home.models import HomePage
    from tests.materials.conftest import build_library

    demo = DemoLoader()
    library = build_library(demo, HomePage.objects.get(locale=demo.ru))
    from materials.models import AlertBanner

    guidance = library["guidance"]
    AlertBanner.objects.create(
        locale=demo.ru, text="Карантин: что делать.", link_page=guidance, link_text="Памятка", is_active=True
    )
    AlertBanner.objects.create(
        locale=demo.en,
        text="Quarantine: what to do.",
        link_page=guidance.get_translation(demo.en),
        link_text="The guide",
        is_active=True,
    )
    return live_site


def check(page, url, width, screenshot_dir, name):
    page.set_viewport_size({"width": width, "height": 800})
    response = page.goto(url)
    assert response.status == 200
    assert page.locator(".alert-banner").is_visible()
    assert not has_horizontal_scroll(page)
    page.screenshot(path=str(screenshot_dir / f"materials{name}{width}.png"), full_page=True)
    assert axe_violations(page) == []


@pytest.mark.parametrize("path", PATHS)
def test_materials_pages_fit_a_phone_and_pass_axe(materials_site, page, path, screenshot_dir):
    check(page, materials_site.url + path, 360, screenshot_dir, path.replace("/", "_"))


def test_guidance_page_fits_a_wide_screen_and_passes_axe(materials_site, page, screenshot_dir):
    check(page, materials_site.url + "/materialy/karantin/", 1280, screenshot_dir, "_karantin_")


def test_banner_folded_stays_folded_and_the_content_is_never_covered(materials_site, page):
    page.set_viewport_size({"width": 360, "height": 800})
    page.goto(materials_site.url + "/materialy/")
    banner = page.locator(".alert-banner")
    header = page.locator(".site-header")
    # The banner is in the flow: the header starts below it, nothing overlaps.
    assert header.bounding_box()["y"] >= banner.bounding_box()["y"] + banner.bounding_box()["height"] - 1
    text = page.locator(".alert-banner__text")
    page.locator(".alert-banner summary").click()  # the banner's one control folds it
    assert not text.is_visible()
    page.goto(materials_site.url + "/materialy/karantin/")
    assert page.locator(".alert-banner summary").is_visible() and not page.locator(".alert-banner__text").is_visible()
    # The English banner is another banner: still unfolded.
    page.goto(materials_site.url + "/en/materials/")
    assert page.locator(".alert-banner__text").is_visible()

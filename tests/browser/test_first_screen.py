"""What a resident meets first, on a 360×780 phone and a 1280 px screen, over the whole demo site: the page's own
heading inside the first screen of every page type, a menu and a filter that fold on a phone, the error summary
seen and focused after a failed send on every form, partner logos at their own proportions, axe clean.

One test and one demo load on purpose: loading the whole demo costs more than all the checks together."""

import pytest

from tests.browser.conftest import axe_violations, has_horizontal_scroll

PHONE = {"width": 360, "height": 780}
WIDE = {"width": 1280, "height": 800}

# One page of every type, in Russian, and the English home and directory (longer words, longer header).
PAGE_TYPES = {
    "home": "/",
    "news index": "/novosti/",
    "news item": "/novosti/sobranie-zhitelej/",
    "initiatives": "/iniciativy/",
    "initiative": "/iniciativy/klub-nastolnyh-igr/",
    "event": "/iniciativy/vecher-nastolnyh-igr/",
    "partners": "/partnery/",
    "partner": "/partnery/dk-raduga/",
    "materials": "/materialy/",
    "material": "/materialy/missiya-menedzhera/",
    "guidance": "/materialy/zhizn-na-karantine/",
    "standard page": "/o-proekte/",
    "proposal form": "/iniciativy/predlozhit-iniciativu/",
    "talent bank form": "/iniciativy/bank-talantov/",
    "join form": "/iniciativy/prisoedinitsya-k-iniciative/",
    "contacts (with its form)": "/kontakty/",
    "case status form": "/status/",
    "search": "/search/?q=%D1%81%D0%BE%D1%81%D0%B5%D0%B4%D0%B8",
    "home (en)": "/en/",
    "partners (en)": "/en/partners/",
}
FORMS = ["proposal form", "talent bank form", "join form", "contacts (with its form)", "case status form"]
LOGOS = ".partner-card__logo img, .partner__logo img, .partner-strip__list img, .partner-list img"


@pytest.fixture
def demo_site(live_site, settings):
    from django.core.cache import cache
    from django.core.management import call_command

    cache.clear()
    settings.FORMS_MIN_FILL_SECONDS = 0  # the browser sends faster than a person
    call_command("load_demo_content", verbosity=0)
    return live_site


def heading_box(page):
    return page.locator("h1").first.bounding_box()


def logos_out_of_proportion(page):
    """Partner logos whose rendered box does not have the picture's own width-to-height ratio."""
    page.evaluate(
        """() => Promise.all([...document.querySelectorAll('img')].map(i => { i.loading = 'eager';
              return i.decode().catch(() => null); }))"""
    )
    return page.evaluate(
        """(selector) => [...document.querySelectorAll(selector)].map(i => {
              const box = i.getBoundingClientRect();
              return {src: i.currentSrc, natural: i.naturalWidth / i.naturalHeight, shown: box.width / box.height};
           }).filter(l => !(Math.abs(l.natural - l.shown) < 0.04))""",
        LOGOS,
    )


def test_the_first_screen_and_a_failed_send_on_a_phone_and_a_wide_screen(demo_site, page, screenshot_dir):
    base = demo_site.url
    problems = []

    # 1. The page's heading on the first phone screen of every page type; nothing wider than the phone; axe clean.
    page.set_viewport_size(PHONE)
    for kind, path in PAGE_TYPES.items():
        assert page.goto(base + path).status == 200, path
        box = heading_box(page)
        if box is None or box["y"] < -2 or box["y"] + box["height"] > PHONE["height"]:
            problems.append(f"360: the heading of the {kind} page is not on the first screen: {box}")
        if has_horizontal_scroll(page):
            problems.append(f"360: {kind} scrolls sideways")
        problems += [f"360 {kind}: {v}" for v in axe_violations(page)]
        problems += [f"360 {kind}: logo out of proportion {logo}" for logo in logos_out_of_proportion(page)]
        if kind in ("home", "partners", "guidance"):
            page.screenshot(path=str(screenshot_dir / f"first_screen_{kind}_360.png"))
            page.screenshot(path=str(screenshot_dir / f"first_screen_{kind}_360_full.png"), full_page=True)

    # The menu folds into one control on a phone, opens by keyboard, and needs no script.
    page.goto(base + "/novosti/")
    menu = page.get_by_role("navigation", name="Главное меню")
    assert not menu.get_by_role("link", name="Партнёры").is_visible()
    menu.locator("summary").focus()
    page.keyboard.press("Enter")
    assert menu.get_by_role("link", name="Партнёры").is_visible()
    assert menu.get_by_role("link", name="Новости").get_attribute("aria-current") == "page"
    # The partners' 13 categories fold into one line: the first partner is on the first screen.
    page.goto(base + "/partnery/")
    assert not page.get_by_role("link", name="Библиотеки").first.is_visible()
    first_partner = page.locator(".partner-card").first.bounding_box()
    assert first_partner["y"] < PHONE["height"], first_partner
    # The banner has one control.
    assert page.locator(".alert-banner button").count() == 0 and page.locator(".alert-banner summary").count() == 1

    # 2. A failed send: the error summary is focused, announced and on the screen, on every kind of form.
    for kind in FORMS:
        page.goto(base + PAGE_TYPES[kind])
        with page.expect_navigation():
            page.locator("main form button[type=submit]").click()
        summary = page.locator("#error-summary")
        focused = page.evaluate("document.activeElement && document.activeElement.id")
        box = summary.bounding_box()
        if focused != "error-summary" or summary.get_attribute("role") != "alert":
            problems.append(f"360 {kind}: after a failed send the focus is on {focused!r}")
        if box is None or box["y"] < -2 or box["y"] >= PHONE["height"] - 100:  # scrolled to its top, to a pixel
            problems.append(f"360 {kind}: the error summary is not on the screen: {box}")
        if not page.url.endswith("#error-summary"):
            problems.append(f"360 {kind}: no #error-summary fragment for a browser without autofocus: {page.url}")
        if kind == "proposal form":
            page.screenshot(path=str(screenshot_dir / "first_screen_form_in_error_360.png"))
            problems += [f"360 {kind} in error: {v}" for v in axe_violations(page)]
            # One style for every checkbox: the «ready to organise» box and the consent box, each a 44 px target.
            for label in page.locator(".form-field--check label").all():
                if label.bounding_box()["height"] < 44:
                    problems.append(f"360: a checkbox label is a small target: {label.inner_text()}")

    # 3. A wide screen: the menu is a plain row, headings on the first screen, cards in a row of even height.
    page.set_viewport_size(WIDE)
    for kind in ("home", "partners", "partner", "guidance", "proposal form", "initiative"):
        page.goto(base + PAGE_TYPES[kind])
        box = heading_box(page)
        if box is None or box["y"] + box["height"] > WIDE["height"]:
            problems.append(f"1280: the heading of the {kind} page is not on the first screen: {box}")
        if not page.get_by_role("navigation", name="Главное меню").get_by_role("link", name="Материалы").is_visible():
            problems.append(f"1280 {kind}: the menu is not a visible row")
        problems += [f"1280 {kind}: {v}" for v in axe_violations(page)]
        problems += [f"1280 {kind}: logo out of proportion {logo}" for logo in logos_out_of_proportion(page)]
        if kind == "partners":
            rows = {}
            for card in page.locator(".partner-cards .card").all():
                card_box = card.bounding_box()
                rows.setdefault(round(card_box["y"]), set()).add(round(card_box["height"]))
            uneven = {y: heights for y, heights in rows.items() if len(heights) > 1}
            if uneven:
                problems.append(f"1280: partner cards of one row differ in height: {uneven}")
    page.goto(base + PAGE_TYPES["contacts (with its form)"])
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    if page.evaluate("document.activeElement.id") != "error-summary":
        problems.append("1280: after a failed send the error summary is not focused")

    assert not problems, "\n".join(problems)

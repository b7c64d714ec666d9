"""The partner directory, a partner page and the contact page in a real browser: axe-core and a narrow screen."""

from tests.browser.conftest import axe_violations, has_horizontal_scroll

AT_360 = [
    "/partnery/",
    "/partnery/?category=libraries",
    "/partnery/?category=no-such-category",
    "/partnery/biblioteka-zelenaya-lampa/",
    "/kontakty/",
    "/en/partners/",
    "/en/partners/green-lamp-library/",
    "/en/contacts/",
]
AT_1280 = ["/partnery/", "/en/partners/green-lamp-library/", "/kontakty/"]


def test_directory_partner_and_contact_pages_pass_axe_and_fit_the_screen(live_site, page, screenshot_dir):
    from contacts import demo as contacts_demo
    from home.demo_tools import DemoLoader

    demo = DemoLoader()
    # Three partners are enough for the layout; the whole demo takes a minute to load.
    contacts_demo.load_partners(demo, contacts_demo.PARTNERS[1:4])
    contacts_demo.load_contact_page(demo)

    checked = []
    for width, paths in ((360, AT_360), (1280, AT_1280)):
        page.set_viewport_size({"width": width, "height": 800})
        for path in paths:
            response = page.goto(live_site.url + path)
            assert response.status == 200, path
            name = path.strip("/").replace("/", "_").replace("?", "_").replace("=", "-") or "home"
            page.screenshot(path=str(screenshot_dir / f"contacts_{name}_{width}.png"), full_page=True)
            checked.append((path, width, has_horizontal_scroll(page), axe_violations(page)))
    assert [
        (path, width, scroll, violations) for path, width, scroll, violations in checked if scroll or violations
    ] == []

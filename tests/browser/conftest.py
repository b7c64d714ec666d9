"""Browser tests: Debian's chromium driven by Playwright against Django's live server."""

import shutil
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"


def pytest_collection_modifyitems(config, items):
    if Path(CHROMIUM).exists() or shutil.which("chromium"):
        return
    skip = pytest.mark.skip(
        reason=f"{CHROMIUM} is absent: apt-get install -y chromium (Playwright must not download a browser of its own)"
    )
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


@pytest.fixture
def live_site(live_server, transactional_db):
    """The demo site of home (both languages) behind the live server; the flush after each test removes it."""
    from tests.conftest import build_site_skeleton

    build_site_skeleton()
    return live_server


@pytest.fixture
def screenshot_dir():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


_axe_running = set()


def axe_violations(page):
    """axe-core's violations on the current page, as readable lines (an empty list when clean)."""
    from axe_playwright_python.sync_playwright import Axe

    # axe-core applies inline styles of its own while it measures: those reports are the tool's, not the site's.
    _axe_running.add(page)
    try:
        results = Axe().run(page)
        page.wait_for_timeout(50)  # let the console events of the run arrive while they are still excused
    finally:
        _axe_running.discard(page)
    return [
        f"{v['id']}: {v['help']} ({len(v['nodes'])} elements, e.g. {v['nodes'][0]['target']})"
        for v in results.response["violations"]
    ]


def has_horizontal_scroll(page):
    return page.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth")


@pytest.fixture
def context(context):
    """Every browser test fails when the browser reports a Content-Security-Policy violation on any
    page it opened (public pages and the admin, the page editor included)."""
    violations = []

    def on_console(message):
        if message.type == "error" and "Content Security Policy" in message.text and message.page not in _axe_running:
            where = message.page.url if message.page else "?"
            violations.append(f"{where}: {message.text}")

    context.on("console", on_console)
    yield context
    assert not violations, "CSP violations:\n" + "\n".join(violations)

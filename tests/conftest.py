"""Fixtures shared by every app's tests: the bilingual site skeleton and helpers."""

import os

import pytest
from wagtail.models import Collection, Locale, Page

# Playwright's sync API runs an event loop in the test thread; Django must allow ORM calls there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def restore_wagtail_basics():
    """What migrations create and a live_server flush removes: locales, the root page, the root collection."""
    ru, _ = Locale.objects.get_or_create(language_code="ru")
    Locale.objects.get_or_create(language_code="en")
    if not Page.objects.filter(depth=1).exists():
        Page.add_root(instance=Page(title="Root", slug="root", locale=ru))
    if not Collection.objects.filter(depth=1).exists():
        Collection.add_root(name="Root")


def build_site_skeleton():
    """What `setup_site` makes (home and the personal-data policy in both languages, site settings,
    groups, the workflow), plus home's demo: «О проекте» and the organisation's contacts."""
    from home import demo as home_demo
    from home.demo_tools import DemoLoader
    from home.site_setup import setup_site

    restore_wagtail_basics()
    demo = DemoLoader()
    home = setup_site(demo)
    home_demo.load_pages(demo, home)
    home_demo.ensure_contacts(demo)
    return home


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Build the skeleton once per run; each test sees it and rolls its own changes back."""
    with django_db_blocker.unblock():
        build_site_skeleton()


@pytest.fixture
def demo(db):
    """The demo loader, writing nothing to the terminal."""
    from home.demo_tools import DemoLoader

    return DemoLoader()


@pytest.fixture
def home_page(db):
    """The Russian home page (its English translation is in place too)."""
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code="ru")


@pytest.fixture
def en_home_page(db):
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code="en")


@pytest.fixture
def site_pages(home_page):
    """The skeleton's home page; «О проекте» and the policy hang under it in both languages."""
    return home_page


@pytest.fixture(autouse=True)
def fresh_caches():
    """The served caches outlive a test's rolled-back database: each test starts with them empty."""
    from django.core.cache import caches

    caches["default"].clear()
    caches["renditions"].clear()

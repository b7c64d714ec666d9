"""What an anonymous reader costs the database, page type by page type, in the served cache configuration.

The demo content holds every public page type in both languages. Each page is read twice (caches
warm), then a third time counted: no write at all, and at most 12 queries, also when the listings
hold ten times as much. The page cache is off in the suite (config.settings.test): this counts what
rendering a page costs, the price every page pays after a publish.
"""

import os

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from contacts.models import PartnerPage
from news.models import NewsPage
from projects.models import EventPage, InitiativePage

BUDGET = 12
WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "BEGIN")


@pytest.fixture
def demo_site(db):
    with open(os.devnull, "w") as quiet:
        call_command("load_demo_content", stdout=quiet)


def public_addresses():
    """One live page of each type in each language, the search page and the sitemap."""
    addresses = {}
    for page in Page.objects.live().filter(depth__gt=1).specific().order_by("path"):
        addresses.setdefault(f"{type(page).__name__} ({page.locale.language_code})", page.get_url())
    addresses["search (ru)"] = "/search/?q=сосед"
    addresses["search (en)"] = "/en/search/?q=neighbour"
    addresses["sitemap"] = "/sitemap.xml"
    return addresses


def reading_costs(client):
    costs = {}
    for name, url in public_addresses().items():
        for _ in range(2):
            assert client.get(url).status_code == 200, url
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        statements = [query["sql"] for query in queries.captured_queries]
        writes = [sql for sql in statements if sql.lstrip().upper().startswith(WRITES)]
        costs[name] = (len(statements), writes)
    return costs


def assert_within_budget(costs):
    assert len(costs) >= 30, sorted(costs)  # every page type in both languages
    assert {name: writes for name, (_count, writes) in costs.items() if writes} == {}
    assert {name: count for name, (count, _writes) in costs.items() if count > BUDGET} == {}


def grow_tenfold(model):
    """Nine copies of every live Russian page of `model`, beside the original: ten times the listing."""
    for page in list(model.objects.live().filter(locale__language_code="ru")):
        parent = page.get_parent()
        for number in range(1, 10):
            page.copy(to=parent, update_attrs={"slug": f"{page.slug}-{number}"}, keep_live=True, log_action=None)


def test_every_public_page_reads_without_writing_within_the_budget(demo_site, client):
    assert_within_budget(reading_costs(client))


def test_the_budget_holds_with_ten_times_the_content(demo_site, client):
    for model in (NewsPage, PartnerPage, InitiativePage, EventPage):
        grow_tenfold(model)
    assert NewsPage.objects.live().filter(locale__language_code="ru").count() >= 30
    assert_within_budget(reading_costs(client))

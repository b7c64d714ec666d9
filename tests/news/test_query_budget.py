"""Every news page type costs the same number of queries with 10 and with 60 news on the site."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.models import NewsIndexPage
from news.wagtail_hooks import latest_news_on_home_page

# name: (address, page type)
URLS = {
    "ru index": ("/novosti/", "index"),
    "en index": ("/en/news/", "index"),
    "ru index by tag": ("/novosti/?tag=тема-1", "index"),
    "en index page 2": ("/en/news/?page=2", "index"),
    "ru news": ("/novosti/novost-3/", "news"),
    "en news": ("/en/news/news-item-3/", "news"),
    "ru rss": ("/novosti/rss/", "feed"),
    "en atom": ("/en/news/atom/", "feed"),
    "ru home": ("/", "home"),
    "en home": ("/en/", "home"),
}
# Upper bounds per page type (site chrome included, with some room for it to grow); the test
# also demands that each count is exactly the same with 10 and with 60 news.
BUDGET = {"index": 24, "news": 23, "feed": 14, "home": 26}


def count_queries(client):
    counts = {}
    for name, (url, _kind) in URLS.items():
        assert client.get(url).status_code == 200, name  # warm-up: renditions, caches
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, name
        assert (
            b'<time datetime="2026-1' in response.content
            or b"<item>" in response.content
            or b"<entry>" in response.content
        )
        counts[name] = len(queries)
    return counts


def test_query_count_per_page_type_is_the_same_with_10_and_with_60_news(client, news_index, en_news_index, many_news):
    # A full page of cards (the default nine), so a query per card would show too.
    NewsIndexPage.objects.filter(pk__in=[news_index.pk, en_news_index.pk]).update(per_page=9)
    many_news(10)
    with_10 = count_queries(client)
    many_news(60, start=10)
    with_60 = count_queries(client)

    assert with_60 == with_10
    for name, count in with_60.items():
        assert count <= BUDGET[URLS[name][1]], f"{name}: {count} queries"


def test_home_page_news_section_costs_four_queries(rf, home_page, en_home_page, many_news, django_assert_num_queries):
    many_news(12)
    for home in (home_page, en_home_page):
        request = rf.get(home.url)
        latest_news_on_home_page(home, request)  # warm-up: renditions
        # the three news, their images, the images' renditions, the language's news index
        with django_assert_num_queries(4):
            order, html = latest_news_on_home_page(home, request)
        assert order == 10 and html.count('class="card news-card"') == 3

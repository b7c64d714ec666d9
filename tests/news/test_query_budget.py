"""Every news page type costs the same number of queries with 10 and with 60 news on the site."""

import pytest

from news.models import NewsIndexPage

URLS = {
    "ru index": "/novosti/",
    "en index": "/en/news/",
    "ru index by tag": "/novosti/?tag=тема-1",
    "en index page 2": "/en/news/?page=2",
    "ru news": "/novosti/novost-3/",
    "en news": "/en/news/news-item-3/",
    "ru rss": "/novosti/rss/",
    "en atom": "/en/news/atom/",
    "ru home": "/",
    "en home": "/en/",
}
# Measured on the skeleton site (chrome included), the same for 10 and for 60 news.
BUDGET = {
    "ru index": 22,
    "en index": 22,
    "ru index by tag": 22,
    "en index page 2": 22,
    "ru news": 21,
    "en news": 21,
    "ru rss": 13,
    "en atom": 13,
    "ru home": 21,
    "en home": 21,
}


@pytest.mark.parametrize("count", [10, 60])
def test_query_count_does_not_grow_with_the_number_of_news(
    client, news_index, en_news_index, many_news, django_assert_max_num_queries, count
):
    # A full page of cards (the default nine), so a query per card would show too.
    NewsIndexPage.objects.filter(pk__in=[news_index.pk, en_news_index.pk]).update(per_page=9)
    many_news(count)
    for name, url in URLS.items():
        assert client.get(url).status_code == 200, name  # warm-up: renditions, caches
        with django_assert_max_num_queries(BUDGET[name], info=name):
            response = client.get(url)
        assert response.status_code == 200
        assert (
            b'<time datetime="2026-1' in response.content
            or b"<item>" in response.content
            or b"<entry>" in response.content
        )

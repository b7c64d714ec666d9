"""Factories for the news tests: a bilingual news index and news items in both languages."""

import datetime

import pytest

from news.models import NewsIndexPage
from tests.factories import add_news, make_image


@pytest.fixture
def news_index(home_page, demo):
    """«Новости» at /novosti/ and its English translation «News» at /en/news/, three news per page."""
    index = NewsIndexPage(title="Новости", slug="novosti", intro="Что происходит у нас.", per_page=3, locale=demo.ru)
    home_page.add_child(instance=index)
    index.save_revision().publish()
    demo.translate(index, NewsIndexPage(slug="news", title="News", intro="What is happening here.", per_page=3))
    index.refresh_from_db()
    return index


@pytest.fixture
def en_news_index(news_index, demo):
    return news_index.get_translation(demo.en).specific


@pytest.fixture
def many_news(news_index, en_news_index):
    """`many_news(n, start=0)`: news number start..n-1 in Russian and English, each with its own image and two tags."""

    def make(count, start=0):
        first_date = datetime.date(2026, 11, 1)
        for number in range(start, count):
            date = first_date - datetime.timedelta(days=number)
            image = make_image(f"news-{number}", colour=("#1f6b4a", "#f6c453", "#23527c")[number % 3])
            ru = add_news(
                news_index,
                title=f"Новость {number}",
                slug=f"novost-{number}",
                date=date,
                image=image,
                tags=[f"метка {number % 5}", f"тема {number % 3}"],
            )
            add_news(
                en_news_index,
                title=f"News item {number}",
                slug=f"news-item-{number}",
                date=date,
                image=image,
                tags=[f"tag {number % 5}", f"topic {number % 3}"],
                translation_of=ru,
            )

    return make

"""Site search: every live, public page of the active language, with its type, a snippet and pages."""

import re
from types import SimpleNamespace

import pytest
from django.db import connection
from django.utils import translation
from wagtail.models import PageViewRestriction

from home.models import HomePage, StandardPage
from home.templatetags.seo_tags import search_snippet
from home.views import SEARCH_QUERY_MAX_LENGTH


def publish_child(parent, **fields):
    page = StandardPage(**fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def result_links(html):
    """The hrefs of the result headings, in order."""
    results = re.search(r'<ol class="search-results".*?</ol>', html, re.S)
    return re.findall(r'<h2><a href="([^"]+)">', results.group(0)) if results else []


def search(client, q, prefix="", **params):
    response = client.get(f"{prefix}/search/", {"q": q, **params})
    assert response.status_code == 200
    return response.content.decode()


def test_a_page_published_in_the_test_is_found_without_rebuilding_the_index(client, home_page):
    # The database backend indexes on save: no update_index needed.
    publish_child(home_page, title="Субботник во дворе", slug="subbotnik", intro="Собираемся у третьего подъезда.")
    assert result_links(search(client, "субботник")) == ["/subbotnik/"]


def test_a_page_is_found_by_its_intro_and_shows_type_and_snippet(client, home_page):
    publish_child(home_page, title="Общий сбор", slug="obshchij-sbor", intro="Обсудим клумбы и лавочки у подъезда.")
    html = search(client, "клумбы")
    assert result_links(html) == ["/obshchij-sbor/"]
    with translation.override("ru"):
        page_type = str(StandardPage._meta.verbose_name)
    assert f'<p class="search-results__type">{page_type[0].upper() + page_type[1:]}</p>' in html
    assert "<p>Обсудим клумбы и лавочки у подъезда.</p>" in html


def test_search_description_is_the_snippet_when_given(client, home_page):
    publish_child(
        home_page,
        title="Скамейки",
        slug="skamejki",
        intro="Длинное вступление про скамейки.",
        search_description="Где во дворе поставят новые скамейки.",
    )
    html = search(client, "скамейки")
    assert "<p>Где во дворе поставят новые скамейки.</p>" in html
    assert "Длинное вступление" not in html


def test_the_snippet_is_the_search_description_or_the_first_intro_like_field():
    assert search_snippet(SimpleNamespace(search_description="<b>Своё</b> описание", intro="не это")) == "Своё описание"
    assert search_snippet(SimpleNamespace(summary="Краткое содержание")) == "Краткое содержание"
    assert search_snippet(SimpleNamespace(intro="", short_description="Чем помогает партнёр")) == "Чем помогает партнёр"
    assert search_snippet(SimpleNamespace(intro="<p>Богатый <i>текст</i></p>")) == "Богатый текст"
    assert search_snippet(SimpleNamespace(intro=" ".join(["слово"] * 100))).endswith("слово…")
    assert search_snippet(SimpleNamespace(title="Только заголовок")) == ""


def test_punctuation_between_words_does_not_hide_the_page(client, home_page):
    publish_child(home_page, title="Библиотека № 47 — «Зелёная лампа»", slug="biblioteka")
    assert result_links(search(client, "Библиотека № 47 — «Зелёная лампа»")) == ["/biblioteka/"]
    html = search(client, "— № …")
    assert result_links(html) == []
    assert "По запросу «— № …» ничего не найдено." in html


def test_russian_query_finds_the_russian_page_and_english_query_the_english_one(client, site_pages):
    assert "/o-proekte/" in result_links(search(client, "проекте"))
    en_links = result_links(search(client, "project", prefix="/en"))
    assert "/en/about/" in en_links
    assert all(link.startswith("/en/") for link in en_links)


def test_russian_word_forms_are_found_with_the_russian_search_config(client, home_page):
    """PostgreSQL stems with SEARCH_CONFIG "russian", so another form of a word finds the page.

    SQLite (local runs) has no Russian stemmer: there only the word as written matches.
    """
    publish_child(
        home_page, title="Знакомство", slug="znakomstvo", intro="Познакомьтесь с соседями по лестничной клетке."
    )
    assert "/znakomstvo/" in result_links(search(client, "соседями"))
    assert "/znakomstvo/" in result_links(search(client, "лестничной клетке"))
    if connection.vendor == "postgresql":
        assert "/znakomstvo/" in result_links(search(client, "лестничная"))
        assert "/znakomstvo/" in result_links(search(client, "клетки соседей"))


def test_english_search_never_shows_russian_pages(client, home_page):
    publish_child(home_page, title="Самокаты у подъезда", slug="samokaty", intro="Где оставить самокат.")
    assert result_links(search(client, "самокаты")) == ["/samokaty/"]
    html = search(client, "самокаты", prefix="/en")
    assert result_links(html) == []
    assert "Nothing was found for «самокаты»." in html


def test_english_alias_of_a_russian_page_is_not_a_result(client, home_page, en_home_page, demo):
    original = publish_child(home_page, title="Огород на крыше", slug="ogorod", intro="Грядки на крыше.")
    original.create_alias(parent=en_home_page, update_locale=demo.en, update_slug="ogorod")
    assert result_links(search(client, "огород", prefix="/en")) == []
    assert result_links(search(client, "огород")) == ["/ogorod/"]


def test_drafts_and_private_pages_are_not_found(client, home_page):
    draft = StandardPage(title="Черновик про фонари", slug="fonari", live=False)
    home_page.add_child(instance=draft)
    draft.save_revision()
    private = publish_child(home_page, title="Фонари для своих", slug="fonari-dlya-svoih")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="secret")
    assert result_links(search(client, "фонари")) == []


def test_results_are_paginated_and_the_next_page_keeps_the_query(client, home_page):
    for number in range(13):
        publish_child(home_page, title=f"Велопарковка {number}", slug=f"veloparkovka-{number}")
    first = search(client, "велопарковка")
    assert len(result_links(first)) == 10
    next_link = re.search(r'<a href="\?([^"]+)" rel="next">', first).group(1)
    assert next_link == "q=%D0%B2%D0%B5%D0%BB%D0%BE%D0%BF%D0%B0%D1%80%D0%BA%D0%BE%D0%B2%D0%BA%D0%B0&amp;page=2"
    second = search(client, "велопарковка", page=2)
    assert len(result_links(second)) == 3
    assert not set(result_links(first)) & set(result_links(second))
    assert len(result_links(search(client, "велопарковка", page="junk"))) == 10


def test_search_page_is_not_indexed_by_robots(client, site_pages):
    for prefix in ("", "/en"):
        assert '<meta name="robots" content="noindex">' in search(client, "проект", prefix=prefix)


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "д" * 500,
        "🏠🌳 соседи 👋",
        "'; DROP TABLE wagtailcore_page; --",
        '" OR 1=1 --',
        "title:проект AND NOT (x OR y)*",
        'NEAR("a" "b") ^ - + * : "',
        "%_\\",
        "\x00\x01 нулевой",
    ],
)
@pytest.mark.parametrize("prefix", ["", "/en"])
def test_odd_queries_answer_200(client, site_pages, query, prefix):
    response = client.get(f"{prefix}/search/", {"q": query})
    assert response.status_code == 200
    assert "search-form" in response.content.decode()


def test_long_query_is_cut_to_the_maximum_length(client, site_pages):
    html = search(client, "д" * 500)
    field = re.search(r'<input id="search-q"[^>]*>', html).group(0)
    assert f'value="{"д" * SEARCH_QUERY_MAX_LENGTH}"' in field
    assert f'maxlength="{SEARCH_QUERY_MAX_LENGTH}"' in field


def test_empty_query_shows_only_the_form(client, site_pages):
    html = search(client, "")
    assert 'role="search"' in html and "search-results" not in html


@pytest.mark.parametrize("count", [5, 30])
def test_results_page_stays_within_a_query_budget(client, home_page, django_assert_max_num_queries, count):
    for number in range(count):
        publish_child(home_page, title=f"Дворовый праздник {number}", slug=f"prazdnik-{number}", intro="Всем двором.")
    search(client, "праздник")  # warm the site-root cache, as a running site has
    with django_assert_max_num_queries(14):
        html = search(client, "праздник")
    assert len(result_links(html)) == min(count, 10)


def test_one_query_finds_pages_of_different_types(client, site_pages):
    html = search(client, "Соседи")
    links = result_links(html)
    assert "/" in links and "/o-proekte/" in links
    with translation.override("ru"):
        for model in (HomePage, StandardPage):
            name = str(model._meta.verbose_name)
            assert f'<p class="search-results__type">{name[0].upper() + name[1:]}</p>' in html

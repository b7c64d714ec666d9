"""Site search: every live, public page of the active language, with its type, a snippet and pages."""

import re
from types import SimpleNamespace

import pytest
from django.utils import translation
from wagtail.models import PageViewRestriction

from home.models import FormPage, StandardPage
from home.search_backend import query_terms
from home.templatetags.seo_tags import search_snippet
from home.views import SEARCH_QUERY_MAX_LENGTH
from tests.home.test_form_page import survey_fields


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


def test_the_snippet_is_the_description_the_page_type_declares():
    from home.page_head import PageHead

    class Described(PageHead, SimpleNamespace):
        head_description_fields = ("summary", "intro")

    def page(**fields):
        return Described(**{"search_description": "", "summary": "", "intro": "", **fields})

    assert search_snippet(page(search_description="Своё описание", summary="не это")) == "Своё описание"
    assert search_snippet(page(summary="Краткое содержание", intro="не это")) == "Краткое содержание"
    assert search_snippet(page(intro="<p>Богатый <i>текст</i></p>")) == "Богатый текст"
    assert search_snippet(page(intro=" ".join(["слово"] * 100))).endswith("слово…")
    assert search_snippet(page(title="Только заголовок")) == ""


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


def test_russian_word_forms_are_found_on_both_databases(client, home_page):
    """PostgreSQL stems with SEARCH_CONFIG "russian"; SQLite matches the query's stem as a prefix."""
    publish_child(
        home_page, title="Знакомство", slug="znakomstvo", intro="Познакомьтесь с соседями по лестничной клетке."
    )
    assert "/znakomstvo/" in result_links(search(client, "соседями"))
    assert "/znakomstvo/" in result_links(search(client, "лестничной клетке"))
    assert "/znakomstvo/" in result_links(search(client, "лестничная"))
    assert "/znakomstvo/" in result_links(search(client, "клетки соседей"))


@pytest.fixture
def talent_pages(home_page, demo):
    """Three pages that say «талантов» (title, intro, body) and one about a library, in both languages."""
    pages = {
        "bank": ({"title": "Банк соседских талантов"}, {"title": "Neighbours' talent bank"}),
        "vecher": (
            {"title": "Вечер знакомств", "intro": "Покажите своих талантов соседям."},
            {"title": "Meet-the-neighbours evening", "intro": "Show your neighbours your talents."},
        ),
        "kruzhok": (
            {"title": "Кружок", "body": [("paragraph", "<p>Ярмарка талантов во дворе.</p>")]},
            {"title": "Club", "body": [("paragraph", "<p>A fair of talents in the yard.</p>")]},
        ),
        "biblioteka": (
            {"title": "Соседская библиотека", "intro": "Книги на полке у подъезда."},
            {"title": "Neighbourhood libraries", "intro": "Books on a shelf by the entrance."},
        ),
    }
    for slug, (ru, en) in pages.items():
        demo.page(home_page, StandardPage, slug=slug, ru=ru, en=en)
    return {f"/{slug}/" for slug in ("bank", "vecher", "kruzhok")}


@pytest.mark.parametrize("query", ["талант", "таланты", "талантов", "ТАЛАНТАМИ"])
def test_another_form_of_a_russian_word_finds_every_page_with_it(client, talent_pages, query):
    assert set(result_links(search(client, query))) == talent_pages


def test_library_in_the_accusative_finds_the_library(client, talent_pages):
    assert result_links(search(client, "библиотеку")) == ["/biblioteka/"]
    assert result_links(search(client, "библиотеки соседские")) == ["/biblioteka/"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [("talent", {"/en/bank/", "/en/vecher/", "/en/kruzhok/"}), ("library", {"/en/biblioteka/"})],
)
def test_english_word_forms_are_found_on_the_english_site(client, talent_pages, query, expected):
    assert set(result_links(search(client, query, prefix="/en"))) == expected
    assert set(result_links(search(client, query.upper() + "S", prefix="/en"))) == expected


def test_the_number_of_results_is_shown(client, talent_pages):
    assert '<p class="search-count">Найдено: 3</p>' in search(client, "талант")
    assert '<p class="search-count">Found: 3</p>' in search(client, "talents", prefix="/en")


def test_the_count_covers_every_page_of_results(client, home_page):
    for number in range(12):
        publish_child(home_page, title=f"Скворечник {number}", slug=f"skvorechnik-{number}")
    html = search(client, "скворечники", page=2)
    assert len(result_links(html)) == 2
    assert "Найдено: 12" in html


def test_the_home_page_is_never_a_result(client, site_pages):
    for prefix, query in (("", "Добрые Соседи"), ("/en", "Good Neighbours")):
        links = result_links(search(client, query, prefix=prefix))
        assert f"{prefix}/" not in links


def test_nothing_found_offers_fewer_words_and_the_main_sections(client, home_page):
    publish_child(home_page, title="Новости района", slug="novosti-rajona", show_in_menus=True)
    publish_child(home_page, title="Скрытая страница", slug="skrytaya")
    html = search(client, "абракадабра")
    assert "По запросу «абракадабра» ничего не найдено." in html
    assert "меньше слов" in html
    sections = re.search(r'<ul class="search-empty__sections">.*?</ul>', html, re.S).group(0)
    assert '<a href="/novosti-rajona/">Новости района</a>' in sections
    assert "/skrytaya/" not in sections


def test_search_is_the_current_item_of_the_menu_on_the_search_page_only(client, site_pages):
    current = re.compile(r'<a href="(/en)?/search/" aria-current="page">')
    assert current.search(search(client, "проект"))
    assert current.search(search(client, "project", prefix="/en"))
    assert not current.search(client.get("/o-proekte/").content.decode())


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
    with django_assert_max_num_queries(12):
        html = search(client, "праздник")
    assert len(result_links(html)) == min(count, 10)
    with django_assert_max_num_queries(12):
        html = search(client, "абракадабра")  # nothing found: the main sections are listed instead
    assert 'class="search-empty"' in html


def test_one_query_finds_pages_of_different_types(client, home_page):
    page = FormPage(title="Соседский опрос", slug="opros", form_fields=survey_fields())
    home_page.add_child(instance=page)
    page.save_revision().publish()
    publish_child(home_page, title="Итоги опроса соседей", slug="itogi")
    html = search(client, "опрос")
    assert set(result_links(html)) == {"/opros/", "/itogi/"}
    with translation.override("ru"):
        for model in (FormPage, StandardPage):
            name = str(model._meta.verbose_name)
            assert f'<p class="search-results__type">{name[0].upper() + name[1:]}</p>' in html


@pytest.mark.parametrize(
    ("query", "terms"),
    [
        ("библиотеку", [("библиотек", True)]),
        ("Таланты", [("талант", True)]),
        ("зелёная", [("зелён", True)]),  # the index keeps «ё»; the stemmer writes «е»
        ("libraries community", [("librar", True), ("communit", True)]),  # y → i in English stems
        ("№ 47 — дом", [("47", False), ("дом", False)]),  # short words and numbers as written
        ('title:x AND "y"*', [("titl", True), ("x", False), ("and", False), ("y", False)]),
    ],
)
def test_sqlite_matches_each_word_by_the_prefix_it_shares_with_its_stem(query, terms):
    """What the SQLite backend sends to FTS5: letters and digits only, so nothing is FTS5 syntax."""
    assert query_terms(query) == terms

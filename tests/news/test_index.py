import datetime
import re

from news.models import NewsIndexPage, NewsPage
from tests.factories import add_news


def card_titles(html):
    return re.findall(r'<h2 class="card__title"><a href="[^"]+">([^<]+)</a>', html)


def test_index_lists_news_newest_first_in_each_language(client, news_index, en_news_index):
    add_news(news_index, title="Старая новость", slug="staraya", date=datetime.date(2026, 5, 1))
    add_news(news_index, title="Свежая новость", slug="svezhaya", date=datetime.date(2026, 11, 20))
    add_news(en_news_index, title="Fresh news", slug="fresh", date=datetime.date(2026, 11, 20))

    ru = client.get("/novosti/")
    en = client.get("/en/news/")

    assert ru.status_code == en.status_code == 200
    assert card_titles(ru.content.decode()) == ["Свежая новость", "Старая новость"]
    assert card_titles(en.content.decode()) == ["Fresh news"]
    assert "20 ноября 2026" in ru.content.decode()
    assert "20 November 2026" in en.content.decode()
    assert '<html lang="en"' in en.content.decode()


def test_cards_show_lazy_responsive_pictures(client, news_index, many_news):
    many_news(1)
    html = client.get("/novosti/").content.decode()
    card = html.split('<li class="card news-card">')[1].split("</li>")[0]
    assert 'type="image/avif"' in card and 'type="image/webp"' in card
    assert 'loading="lazy"' in card
    assert "fill-600x400" in card


def test_index_paginates_with_the_editors_page_size(client, news_index, many_news):
    many_news(7)  # three per page: pages of 3, 3 and 1
    first = client.get("/novosti/").content.decode()
    third = client.get("/novosti/?page=3").content.decode()
    assert card_titles(first) == ["Новость 0", "Новость 1", "Новость 2"]
    assert card_titles(third) == ["Новость 6"]
    assert "Страница 1 из 3" in first
    assert 'href="?page=2" rel="next"' in first


def test_junk_page_numbers_give_404_never_500(client, news_index, many_news):
    many_news(7)
    for number in ["0", "-1", "999", "abc", "1.5", "4", "%00"]:
        assert client.get("/novosti/", {"page": number}).status_code == 404, number
        assert client.get("/en/news/", {"page": number}).status_code == 404, number
    assert client.get("/novosti/", {"page": ""}).status_code == 200


def test_empty_index_says_there_is_no_news_yet(client, news_index):
    response = client.get("/novosti/")
    assert response.status_code == 200
    assert "Новостей пока нет." in response.content.decode()
    assert client.get("/en/news/").content.decode().count("No news yet.") == 1


def test_tag_filter_shows_the_active_tag_and_a_way_back(client, news_index, en_news_index):
    add_news(news_index, title="Про двор", slug="pro-dvor", date=datetime.date(2026, 10, 1), tags=["двор"])
    add_news(news_index, title="Про курс", slug="pro-kurs", date=datetime.date(2026, 10, 2), tags=["обучение"])

    html = client.get("/novosti/", {"tag": "двор"}).content.decode()

    assert card_titles(html) == ["Про двор"]
    assert "Новости с меткой «двор»." in html
    assert '<a href="/novosti/">Показать все новости</a>' in html
    active = re.search(r'<a href="[^"]+"[^>]*aria-current="page">([^<]+)', html.split('id="filter-tag"')[1]).group(1)
    assert active.strip() == "двор"


def test_tag_filter_keeps_the_tag_across_pages(client, news_index, many_news):
    many_news(12)  # «метка 0» on news 0, 5, 10 ... and more
    html = client.get("/novosti/", {"tag": "тема-0"}).content.decode()  # news 0, 3, 6, 9
    assert card_titles(html) == ["Новость 0", "Новость 3", "Новость 6"]
    assert "?tag=%D1%82%D0%B5%D0%BC%D0%B0-0&amp;page=2" in html
    second = client.get("/novosti/", {"tag": "тема-0", "page": "2"}).content.decode()
    assert card_titles(second) == ["Новость 9"]


def test_unknown_tag_gives_an_empty_list_with_a_clear_message(client, news_index):
    add_news(news_index, title="Про двор", slug="pro-dvor", date=datetime.date(2026, 10, 1), tags=["двор"])
    response = client.get("/novosti/", {"tag": "<b>nope</b>"})
    html = response.content.decode()
    assert response.status_code == 200
    assert card_titles(html) == []
    assert "Новостей с меткой «&lt;b&gt;nope&lt;/b&gt;» нет." in html
    assert "Показать все новости" in html


def test_tag_cloud_lists_the_tags_of_the_language_with_counts(client, news_index, many_news):
    many_news(6)
    ru = client.get("/novosti/").content.decode().split('id="filter-tag"')[1].split("</nav>")[0]
    en = client.get("/en/news/").content.decode().split('id="filter-tag"')[1].split("</nav>")[0]
    assert "метка 0" in ru and "тема 0" in ru and "topic" not in ru
    assert "topic 0" in en and "tag 0" in en and "тема" not in en and "метка" not in en
    assert re.search(r"тема 0 <span[^>]*>\(2\)</span>", ru)


def test_index_links_its_feeds_in_the_head_and_on_the_page(client, news_index):
    html = client.get("/en/news/").content.decode()
    head, body = html.split("</head>")
    assert (
        '<link rel="alternate" type="application/rss+xml" title="News (RSS)" href="http://testserver/en/news/rss/">'
        in head
    )
    assert 'type="application/atom+xml"' in head and "http://testserver/en/news/atom/" in head
    assert 'href="http://testserver/en/news/rss/"' in body and 'href="http://testserver/en/news/atom/"' in body


def test_page_types_live_only_in_their_place(news_index, home_page):
    assert NewsIndexPage.can_create_at(home_page) is False  # one per language: this one exists already
    assert NewsPage.can_create_at(home_page) is False
    assert NewsPage.can_create_at(news_index) is True
    assert NewsPage.allowed_subpage_models() == []
    for field in NewsPage._meta.get_fields():
        if getattr(field, "editable", False) and field.name in {"date", "intro", "image", "image_alt", "body", "tags"}:
            assert field.help_text, field.name
    assert NewsIndexPage._meta.get_field("per_page").help_text

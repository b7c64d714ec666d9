import datetime
import re


def latest_section(html):
    return html.split('<section class="news-latest"')[1].split("</section>")[0]


def test_home_page_shows_the_three_latest_news_of_its_language_and_a_link_to_all(client, many_news):
    many_news(5)

    ru = latest_section(client.get("/").content.decode())
    en = latest_section(client.get("/en/").content.decode())

    assert re.findall(r'class="card__title"><a href="([^"]+)">([^<]+)<', ru) == [
        ("/novosti/novost-0/", "Новость 0"),
        ("/novosti/novost-1/", "Новость 1"),
        ("/novosti/novost-2/", "Новость 2"),
    ]
    assert re.findall(r'class="card__title"><a href="[^"]+">([^<]+)<', en) == [
        "News item 0",
        "News item 1",
        "News item 2",
    ]
    assert 'href="/novosti/">Все новости</a>' in ru
    assert 'href="/en/news/">All news</a>' in en
    assert "1 ноября 2026" in ru and "1 November 2026" in en


def test_home_page_without_news_shows_no_news_section(client, news_index):
    assert 'class="news-latest"' not in client.get("/").content.decode()


def test_home_page_skips_news_of_another_language(client, news_index, en_news_index):
    from tests.factories import add_news

    add_news(en_news_index, title="Only in English", slug="only", date=datetime.date(2026, 11, 1))
    assert 'class="news-latest"' not in client.get("/").content.decode()
    assert "Only in English" in latest_section(client.get("/en/").content.decode())

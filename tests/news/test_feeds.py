import datetime
import xml.etree.ElementTree as ET

from tests.factories import add_news, make_image

ATOM = "{http://www.w3.org/2005/Atom}"


def feed_content(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response, ET.fromstring(response.content)


def test_rss_lists_the_news_of_its_language_newest_first_with_absolute_links_and_images(
    client, news_index, en_news_index
):
    image = make_image("feed-image")
    add_news(news_index, title="Старая", slug="staraya", date=datetime.date(2026, 6, 1), tags=["двор"])
    add_news(news_index, title="Свежая", slug="svezhaya", date=datetime.date(2026, 11, 2), image=image)
    add_news(en_news_index, title="Fresh", slug="fresh", date=datetime.date(2026, 11, 2), image=image, tags=["yard"])

    response, rss = feed_content(client, "/novosti/rss/")

    assert response["Content-Type"].startswith("application/rss+xml")
    assert rss.tag == "rss" and rss.get("version") == "2.0"
    channel = rss.find("channel")
    assert channel.findtext("language") == "ru"
    assert channel.findtext("link") == "http://testserver/novosti/"
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == ["Свежая", "Старая"]
    assert items[0].findtext("link") == "http://testserver/novosti/svezhaya/"
    assert items[0].findtext("description") == "Свежая: коротко."
    assert "02 Nov 2026" in items[0].findtext("pubDate")
    enclosure = items[0].find("enclosure")
    assert enclosure.get("url").startswith("http://") and enclosure.get("url").endswith(".jpg")
    assert enclosure.get("type") == "image/jpeg" and int(enclosure.get("length")) > 0
    assert items[1].find("enclosure") is None
    assert [c.text for c in items[1].findall("category")] == ["двор"]

    _, en = feed_content(client, "/en/news/rss/")
    assert [item.findtext("title") for item in en.find("channel").findall("item")] == ["Fresh"]
    assert en.find("channel").findtext("language") == "en"


def test_atom_lists_the_same_news_with_absolute_links_and_images(client, news_index, en_news_index):
    image = make_image("atom-image")
    add_news(en_news_index, title="Older", slug="older", date=datetime.date(2026, 6, 1))
    add_news(en_news_index, title="Newer", slug="newer", date=datetime.date(2026, 11, 2), image=image)
    add_news(news_index, title="Только по-русски", slug="tolko", date=datetime.date(2026, 11, 3))

    response, atom = feed_content(client, "/en/news/atom/")

    assert response["Content-Type"].startswith("application/atom+xml")
    assert atom.tag == f"{ATOM}feed"
    entries = atom.findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == ["Newer", "Older"]
    links = entries[0].findall(f"{ATOM}link")
    assert {link.get("rel") for link in links} == {"alternate", "enclosure"}
    alternate = next(link for link in links if link.get("rel") == "alternate")
    assert alternate.get("href") == "http://testserver/en/news/newer/"
    enclosure = next(link for link in links if link.get("rel") == "enclosure")
    assert enclosure.get("href").startswith("http://") and enclosure.get("type") == "image/jpeg"
    assert entries[0].findtext(f"{ATOM}summary") == "Newer: коротко."


def test_feeds_of_an_empty_index_are_valid_and_empty(client, news_index):
    _, rss = feed_content(client, "/novosti/rss/")
    _, atom = feed_content(client, "/novosti/atom/")
    assert rss.find("channel").findall("item") == []
    assert atom.findall(f"{ATOM}entry") == []


def test_news_page_links_the_feeds_of_its_index_in_the_head(client, news_index, en_news_index):
    add_news(en_news_index, title="Newer", slug="newer", date=datetime.date(2026, 11, 2))
    head = client.get("/en/news/newer/").content.decode().split("</head>")[0]
    assert 'type="application/rss+xml" title="News (RSS)" href="http://testserver/en/news/rss/"' in head
    assert 'href="http://testserver/en/news/atom/"' in head

"""What search engines and link previews see: sitemap, robots.txt, descriptions, canonical, OpenGraph, JSON-LD."""

import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation
from PIL import Image as PILImage
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import PageViewRestriction

from home.models import StandardPage

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
RU_PAGES = ["http://testserver/", "http://testserver/o-proekte/", "http://testserver/personalnye-dannye/"]
EN_PAGES = ["http://testserver/en/", "http://testserver/en/about/", "http://testserver/en/personal-data/"]


class HeadParser(HTMLParser):
    """The <head> as data: meta tags by name/property, link tags, and JSON-LD scripts."""

    def __init__(self):
        super().__init__()
        self.meta, self.links, self.json_ld = {}, [], []
        self._in_json_ld = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and ("property" in attrs or "name" in attrs):
            key = attrs.get("property") or attrs.get("name")
            self.meta.setdefault(key, []).append(attrs.get("content"))
        elif tag == "link":
            self.links.append(attrs)
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_json_ld = True

    def handle_endtag(self, tag):
        self._in_json_ld = False

    def handle_data(self, data):
        if self._in_json_ld:
            self.json_ld.append(json.loads(data))


def head_of(html):
    parser = HeadParser()
    parser.feed(html.split("<body")[0])
    return parser


def get_head(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return head_of(response.content.decode())


def one(head, key):
    values = head.meta.get(key)
    assert values and len(values) == 1, f"{key}: {values}"
    return values[0]


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return {
        url.find("sm:loc", SITEMAP_NS).text: url.find("sm:lastmod", SITEMAP_NS)
        for url in root.findall("sm:url", SITEMAP_NS)
    }


def publish_child(parent, **fields):
    page = StandardPage(**fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


# --- sitemap.xml and robots.txt ----------------------------------------------------------


def test_sitemap_lists_pages_of_both_languages_with_lastmod(client, site_pages):
    entries = sitemap_entries(client)
    for url in RU_PAGES + EN_PAGES:
        assert url in entries
        assert entries[url] is not None and re.match(r"\d{4}-\d{2}-\d{2}", entries[url].text)


def test_sitemap_leaves_out_aliases_drafts_and_private_pages(client, home_page, en_home_page, demo):
    original = publish_child(home_page, title="Огород", slug="ogorod")
    original.create_alias(parent=en_home_page, update_locale=demo.en, update_slug="vegetable-alias")
    draft = StandardPage(title="Черновик", slug="chernovik", live=False)
    home_page.add_child(instance=draft)
    private = publish_child(home_page, title="Для своих", slug="dlya-svoih")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="secret")
    entries = sitemap_entries(client)
    assert "http://testserver/ogorod/" in entries
    assert not [url for url in entries if "vegetable-alias" in url]
    assert "http://testserver/chernovik/" not in entries
    assert "http://testserver/dlya-svoih/" not in entries


def test_sitemap_is_the_same_from_the_english_side(client, site_pages):
    # The sitemap is outside i18n_patterns, but a visitor's language cookie must not narrow it.
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    entries = sitemap_entries(client)
    assert set(RU_PAGES + EN_PAGES) <= set(entries)


@pytest.mark.parametrize("extra_pages", [2, 25])
def test_sitemap_stays_within_a_query_budget(client, home_page, django_assert_max_num_queries, extra_pages):
    for number in range(extra_pages):
        publish_child(home_page, title=f"Страница {number}", slug=f"stranica-{number}")
    sitemap_entries(client)  # warm the site-root cache, as a running site has
    with django_assert_max_num_queries(8):
        entries = sitemap_entries(client)
    assert len(entries) >= 6 + extra_pages


def test_robots_txt_points_to_the_sitemap_and_keeps_search_out(client, site_pages):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert {"Disallow: /admin/", "Disallow: /search/", "Disallow: /en/search/"} <= set(lines)


# --- description and canonical -----------------------------------------------------------


def test_meta_description_prefers_search_description_then_intro_then_the_site_text(client, home_page):
    publish_child(home_page, title="А", slug="s-opisaniem", search_description="Описание для поиска.", intro="Вступ.")
    publish_child(home_page, title="Б", slug="so-vstupleniem", intro="Только вступление.")
    publish_child(home_page, title="В", slug="bez-vsego")
    assert one(get_head(client, "/s-opisaniem/"), "description") == "Описание для поиска."
    assert one(get_head(client, "/so-vstupleniem/"), "description") == "Только вступление."
    bare = get_head(client, "/bez-vsego/")
    with translation.override("ru"):
        from home.templatetags.seo_tags import _site_description

        site_text = str(_site_description())
    assert one(bare, "description") == site_text and site_text.startswith("Добрые Соседи")
    assert one(bare, "og:description") == site_text


@pytest.mark.parametrize("url", ["/", "/en/", "/o-proekte/", "/en/about/", "/search/", "/en/search/?q=x"])
def test_every_page_has_a_description(client, site_pages, url):
    head = get_head(client, url)
    assert one(head, "description").strip()
    assert one(head, "og:description") == one(head, "description")


@pytest.mark.parametrize("url", RU_PAGES + EN_PAGES)
def test_canonical_and_og_url_are_the_page_itself_in_its_own_language(client, site_pages, url):
    head = get_head(client, url.removeprefix("http://testserver"))
    canonical = [link["href"] for link in head.links if link.get("rel") == "canonical"]
    assert canonical == [url]
    assert one(head, "og:url") == url


# --- OpenGraph and Twitter ---------------------------------------------------------------


@pytest.mark.parametrize(
    "url, title, locale, alternate",
    [("/o-proekte/", "О проекте", "ru_RU", "en_US"), ("/en/about/", "About the project", "en_US", "ru_RU")],
)
def test_opengraph_and_twitter_tags_describe_the_page(client, site_pages, url, title, locale, alternate):
    head = get_head(client, url)
    assert one(head, "og:title") == title
    assert one(head, "og:type") == "article"
    assert one(head, "og:locale") == locale
    assert head.meta["og:locale:alternate"] == [alternate]
    assert one(head, "og:site_name") == ("Добрые Соседи" if locale == "ru_RU" else "Good Neighbours")
    assert one(head, "twitter:card") == "summary_large_image"
    assert one(head, "twitter:title") == title
    assert one(head, "twitter:description") == one(head, "description")


@pytest.mark.parametrize("url", ["/", "/en/", "/o-proekte/", "/en/about/"])
def test_og_image_is_the_absolute_default_picture_when_the_page_has_none(client, site_pages, url):
    head = get_head(client, url)
    image = one(head, "og:image")
    assert image == "http://testserver/static/img/og-default.png"
    assert one(head, "twitter:image") == image
    assert (one(head, "og:image:width"), one(head, "og:image:height")) == ("1200", "630")


def test_default_picture_is_a_1200_by_630_png():
    path = Path(settings.BASE_DIR) / "static" / "img" / "og-default.png"
    with PILImage.open(path) as picture:
        assert picture.format == "PNG" and picture.size == (1200, 630)


def test_home_page_is_a_website_in_opengraph(client, site_pages):
    assert one(get_head(client, "/"), "og:type") == "website"
    assert one(get_head(client, "/en/"), "og:type") == "website"


def render_head(page, path="/"):
    request = RequestFactory().get(path)
    return head_of(Template("{% load seo_tags %}{% seo_head %}").render(Context({"page": page, "request": request})))


@pytest.fixture
def news_with_picture(home_page, demo):
    from wagtail.images.models import Image

    from news.models import NewsIndexPage, NewsPage

    image = Image.objects.create(title="Двор весной", file=get_test_image_file(size=(1600, 900)))
    index = demo.page(
        home_page, NewsIndexPage, slug="novosti", ru={"title": "Новости"}, en={"slug": "news", "title": "News"}
    )
    return demo.page(
        index,
        NewsPage,
        slug="vesna",
        ru={"title": "Весна во дворе", "intro": "Двор зазеленел.", "image_alt": "Зелёный двор"},
        en={
            "slug": "spring",
            "title": "Spring in the yard",
            "intro": "The yard turned green.",
            "image_alt": "A green yard",
        },
        shared={"image": image},
    )


def test_the_declared_picture_becomes_the_absolute_og_image_described_in_the_pages_language(news_with_picture, demo):
    with translation.override("ru"):
        head = render_head(news_with_picture)
    assert re.fullmatch(r"http://testserver/media/images/\S+\.jpg", one(head, "og:image"))
    assert one(head, "og:image:alt") == "Зелёный двор"
    assert (one(head, "og:image:width"), one(head, "og:image:height")) == ("1200", "630")
    with translation.override("en"):
        assert one(render_head(news_with_picture.get_translation(demo.en).specific), "og:image:alt") == "A green yard"


def test_news_describe_themselves_as_a_news_article(news_with_picture, demo):
    english = news_with_picture.get_translation(demo.en).specific
    with translation.override("en"):
        (article,) = render_head(english, "/en/news/spring/").json_ld
    assert article["@type"] == "NewsArticle" and article["headline"] == "Spring in the yard"
    assert article["inLanguage"] == "en" and article["url"] == "http://testserver/en/news/spring/"
    assert article["description"] == "The yard turned green."
    assert article["image"].startswith("http://testserver/media/images/")
    assert article["publisher"]["name"] == "Добрые Соседи"


def test_every_page_type_declares_its_head():
    from wagtail.models import get_page_models

    from home.page_head import PageHead

    ours = [
        model
        for model in get_page_models()
        if model._meta.app_label in {"home", "news", "projects", "contacts", "materials"}
    ]
    assert len(ours) >= 14
    assert [model.__name__ for model in ours if not issubclass(model, PageHead)] == []


def test_search_page_has_opengraph_without_a_page(client, site_pages):
    head = get_head(client, "/en/search/?q=neighbours")
    assert one(head, "og:title") == "Search"
    assert one(head, "og:url") == "http://testserver/en/search/?q=neighbours"
    assert one(head, "og:image").startswith("http://")
    assert head.json_ld == []


# --- JSON-LD -----------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["/", "/en/"])
def test_home_page_describes_the_organisation_in_json_ld(client, site_pages, url):
    head = get_head(client, url)
    organisations = [item for item in head.json_ld if item["@type"] == "Organization"]
    assert len(organisations) == 1
    organisation = organisations[0]
    assert organisation["@context"] == "https://schema.org"
    assert organisation["name"] == "Добрые Соседи"
    assert organisation["url"] == "http://testserver/"
    assert organisation["email"] == "proekt-ds@mail.ru"
    assert organisation["telephone"].startswith("+7")
    assert "https://vk.com/proektds" in organisation["sameAs"]
    assert "https://www.facebook.com/dobriesosedi/" in organisation["sameAs"]


@pytest.mark.parametrize("url, search", [("/", "/search/"), ("/en/", "/en/search/")])
def test_home_page_offers_the_site_search_in_json_ld(client, site_pages, url, search):
    (website,) = [item for item in get_head(client, url).json_ld if item["@type"] == "WebSite"]
    assert website["url"] == f"http://testserver{url}"
    assert website["inLanguage"] == ("en" if url == "/en/" else "ru")
    action = website["potentialAction"]
    assert action["target"] == f"http://testserver{search}?q={{search_term_string}}"
    assert action["query-input"] == "required name=search_term_string"


def test_other_pages_have_no_organisation_json_ld(client, site_pages):
    assert get_head(client, "/o-proekte/").json_ld == []


def test_structured_data_is_escaped_safely(home_page):
    page = StandardPage.objects.get(slug="o-proekte")
    hostile = "</script><script>alert('x')</script> & <!--"
    page.structured_data = lambda request: [{"@context": "https://schema.org", "@type": "Event", "name": hostile}]
    request = RequestFactory().get("/o-proekte/")
    with translation.override("ru"):
        html = Template("{% load seo_tags %}{% seo_head %}").render(Context({"page": page, "request": request}))
    assert "</script><script>" not in html and "<!--" not in html
    assert html.count("</script>") == 1
    assert head_of(html).json_ld == [{"@context": "https://schema.org", "@type": "Event", "name": hostile}]


@pytest.mark.parametrize("url, title", [("/", "Добрые Соседи"), ("/en/", "Good Neighbours")])
def test_the_home_page_title_names_the_site_once(client, site_pages, url, title):
    html = client.get(url).content.decode()
    assert f"<title>{title}</title>" in html


def test_other_titles_end_with_the_site_name_in_their_language(client, site_pages):
    assert "<title>О проекте — Добрые Соседи</title>" in client.get("/o-proekte/").content.decode()
    assert "<title>About the project — Good Neighbours</title>" in client.get("/en/about/").content.decode()

import re

import pytest
from wagtail.models import Page

from home.models import HomePage, StandardPage


@pytest.mark.parametrize(
    "url, lang, title",
    [
        ("/", "ru", "Добрые Соседи"),
        ("/en/", "en", "Good Neighbours"),
        ("/o-proekte/", "ru", "О проекте"),
        ("/en/about/", "en", "About the project"),
        ("/personalnye-dannye/", "ru", "Согласие на обработку персональных данных"),
        ("/en/personal-data/", "en", "Consent to the processing of personal data"),
    ],
)
def test_every_page_type_renders_in_its_language(client, site_pages, url, lang, title):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{lang}"' in html
    assert title in html


def test_template_strings_are_translated_into_russian(client, site_pages):
    ru = client.get("/").content.decode()
    en = client.get("/en/").content.decode()
    assert "Перейти к содержанию" in ru and "Skip to content" not in ru
    assert "Skip to content" in en


def test_language_switcher_leads_to_the_translation_of_the_same_page(client, site_pages):
    html = client.get("/o-proekte/").content.decode()
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    assert 'href="/en/about/"' in switcher
    html = client.get("/en/about/").content.decode()
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    assert 'href="/o-proekte/"' in switcher


def test_switcher_falls_back_to_the_other_home_page_and_hreflang_lists_only_real_translations(client, site_pages, demo):
    lonely = StandardPage(title="Только по-русски", slug="tolko-po-russki", locale=demo.ru)
    site_pages.add_child(instance=lonely)
    lonely.save_revision().publish()
    html = client.get("/tolko-po-russki/").content.decode()
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    assert 'href="/en/"' in switcher
    assert 'hreflang="en"' not in html.split("<body")[0]
    assert '<link rel="alternate" hreflang="ru" href="http://testserver/tolko-po-russki/">' in html


def test_hreflang_alternates_point_at_both_translations(client, site_pages):
    head = client.get("/o-proekte/").content.decode().split("<body")[0]
    assert 'hreflang="ru" href="http://testserver/o-proekte/"' in head
    assert 'hreflang="en" href="http://testserver/en/about/"' in head


def test_main_menu_lists_pages_of_the_active_language(client, site_pages):
    ru = client.get("/").content.decode()
    en = client.get("/en/").content.decode()
    assert ">О проекте</a>" in ru and "About the project" not in ru
    assert ">About the project</a>" in en


def test_footer_shows_contacts_and_social_links_from_site_settings(client, site_pages):
    html = client.get("/").content.decode()
    footer = html.split('<footer class="site-footer">')[1]
    for expected in (
        "proekt-ds@mail.ru",
        "https://vk.com/proektds",
        "https://www.facebook.com/dobriesosedi/",
        "zen.yandex.ru",
        "http://mms-kurs.hse.ru/",
        "tel:+79268507847",
    ):
        assert expected in footer


def test_breadcrumbs_lead_back_home(client, site_pages):
    html = client.get("/en/about/").content.decode()
    crumbs = re.search(r'<nav class="breadcrumbs.*?</nav>', html, re.S).group(0)
    assert 'href="/en/"' in crumbs and "Home" in crumbs


@pytest.mark.parametrize(
    "url, lang, text", [("/net-takoj/", "ru", "Страница не найдена"), ("/en/no-such/", "en", "Page not found")]
)
def test_missing_pages_answer_404_in_the_right_language(client, site_pages, url, lang, text):
    response = client.get(url)
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{lang}"' in html and text in html


def test_server_error_page_is_plain_and_translated(rf):
    from django.template.loader import render_to_string
    from django.utils import translation

    with translation.override("ru"):
        assert "Что-то пошло не так" in render_to_string("500.html")
    with translation.override("en"):
        assert "Something went wrong" in render_to_string("500.html")


def test_page_types_can_only_be_created_where_they_belong(site_pages):
    root = Page.get_first_root_node()
    about = StandardPage.objects.get(slug="o-proekte")
    assert HomePage.can_create_at(root)
    assert not HomePage.can_create_at(site_pages)
    assert not StandardPage.can_create_at(root)
    assert StandardPage.can_create_at(site_pages) and StandardPage.can_create_at(about)


@pytest.mark.parametrize("url", ["/", "/en/", "/o-proekte/", "/en/about/"])
def test_pages_render_within_a_query_budget(client, site_pages, django_assert_max_num_queries, url):
    client.get(url)  # warm the site-root cache, as a running site has
    with django_assert_max_num_queries(20):
        assert client.get(url).status_code == 200


def test_robots_txt_points_to_the_sitemap(client, site_pages):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()

import datetime
import re

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone


def banner_html(html):
    match = re.search(r'<section class="alert-banner".*?</section>', html, re.S)
    return match.group(0) if match else ""


def test_active_banner_is_shown_above_the_header_of_every_page_of_its_language(client, library, make_banner):
    make_banner("ru", text="Карантин: читайте памятку.", link_page=library["guidance"], link_text="Памятка")
    for url in ("/", "/o-proekte/", "/materialy/", "/materialy/chetyre-etapa/"):
        html = client.get(url).content.decode()
        banner = banner_html(html)
        assert "Карантин: читайте памятку." in banner, url
        assert '<a href="/materialy/karantin/">Памятка</a>' in banner
        # In the normal flow before the header, never over the content.
        assert html.index('class="alert-banner"') < html.index('<header class="site-header">')
        assert "<details" in banner and " open>" in banner
    for url in ("/en/", "/en/materials/"):
        assert banner_html(client.get(url).content.decode()) == "", url


def test_english_banner_is_shown_only_on_english_pages(client, site_pages, make_banner):
    make_banner("en", text="Quarantine: read the guide.", link_url="https://example.org/guide", link_text="Guide")
    assert "Quarantine: read the guide." in banner_html(client.get("/en/").content.decode())
    assert '<a href="https://example.org/guide">Guide</a>' in client.get("/en/about/").content.decode()
    assert banner_html(client.get("/").content.decode()) == ""


def test_switched_off_banner_is_not_shown(client, site_pages, make_banner):
    banner = make_banner("ru", text="Отключённое объявление")
    assert "Отключённое объявление" in client.get("/").content.decode()
    banner.is_active = False
    banner.save()
    assert "Отключённое объявление" not in client.get("/").content.decode()


@pytest.mark.parametrize(
    "starts, ends, shown",
    [
        (-2, 2, True),
        (None, 2, True),
        (-2, None, True),
        (1, 5, False),  # not started yet
        (-5, -1, False),  # over
    ],
)
def test_banner_is_shown_only_within_its_time_window(client, site_pages, make_banner, starts, ends, shown):
    now = timezone.now()
    make_banner(
        "ru",
        text="Объявление со сроками",
        starts_at=now + datetime.timedelta(hours=starts) if starts is not None else None,
        ends_at=now + datetime.timedelta(hours=ends) if ends is not None else None,
    )
    assert ("Объявление со сроками" in client.get("/").content.decode()) is shown


def test_only_the_newest_active_banner_is_shown(client, site_pages, make_banner):
    make_banner("ru", text="Старое объявление")
    make_banner("ru", text="Новое объявление")
    html = client.get("/").content.decode()
    assert "Новое объявление" in html and "Старое объявление" not in html
    assert html.count('class="alert-banner"') == 1


def test_banner_can_be_dismissed_and_comes_back_when_changed(client, site_pages, make_banner):
    banner = make_banner("ru")
    html = banner_html(client.get("/").content.decode())
    key = f'data-alert-banner="{banner.dismiss_key}"'
    assert key in html
    # One control: the summary that folds the banner (the script remembers it folded); no second «Скрыть».
    assert html.count("<summary") == 1 and "Скрыть" not in html and "<button" not in html
    assert "/static/js/alert-banner.js" in client.get("/").content.decode()
    banner.text = "Изменённый текст"
    banner.save()
    assert key not in banner_html(client.get("/").content.decode())


def test_banner_costs_at_most_one_query_per_page(client, site_pages, make_banner):
    client.get("/o-proekte/")
    with CaptureQueriesContext(connection) as without_banner:
        client.get("/o-proekte/")
    make_banner("ru", text="Объявление", link_page=site_pages, link_text="На главную")
    client.get("/o-proekte/")
    with CaptureQueriesContext(connection) as with_banner:
        html = client.get("/o-proekte/").content.decode()
    assert "Объявление" in html
    banner_queries = [q["sql"] for q in with_banner.captured_queries if "materials_alertbanner" in q["sql"]]
    assert len(banner_queries) <= 1  # none once the notices are cached (home.page_cache)
    assert len(with_banner) <= len(without_banner) + 1


def test_banner_validation_explains_wrong_windows_and_links(demo):
    from materials.models import AlertBanner

    now = timezone.now()
    banner = AlertBanner(locale=demo.ru, text="Текст", starts_at=now, ends_at=now - datetime.timedelta(hours=1))
    with pytest.raises(ValidationError) as error:
        banner.full_clean()
    assert "ends_at" in error.value.message_dict
    banner = AlertBanner(locale=demo.ru, text="Текст", link_url="https://example.org")
    with pytest.raises(ValidationError) as error:
        banner.full_clean()
    assert "link_text" in error.value.message_dict


def test_banner_link_leads_to_the_page_in_the_banners_language(client, library, make_banner):
    # A translated banner keeps the source language's page (wagtail-localize syncs page links).
    make_banner("en", text="Quarantine guide", link_page=library["guidance"], link_text="Read it")
    banner = banner_html(client.get("/en/").content.decode())
    assert '<a href="/en/materials/quarantine/">Read it</a>' in banner

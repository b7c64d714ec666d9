"""The page cache for anonymous readers and HTTP done right: gzip, ETag and 304, Cache-Control."""

import gzip

import pytest
from wagtail.models import Site

from home import page_cache
from home.models import ContactSettings, FormPage, ResidentSubmission, StandardPage
from tests.factories import make_image
from tests.home.test_form_page import survey_fields


def directives(response):
    return {word.strip() for word in response["Cache-Control"].split(",")}


@pytest.fixture
def cached(settings):
    settings.PAGE_CACHE_SECONDS = 600


@pytest.fixture
def yard(home_page):
    # Not called `page`: that name is pytest-playwright's, and overriding it here would make the
    # plugin parametrize these tests and pytest-django order them among the browser tests.
    page = StandardPage(title="Двор без машин", slug="dvor", show_in_menus=True)
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def survey(home_page, demo):
    page = FormPage(title="Опрос жителей", slug="opros", to_address="managers@example.org", form_fields=survey_fields())
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_a_second_anonymous_visit_is_served_from_the_cache_without_sql(cached, yard, client, django_assert_num_queries):
    first = client.get("/dvor/")
    assert first.status_code == 200
    assert directives(first) == {"public", "max-age=60"}
    with django_assert_num_queries(0):
        second = client.get("/dvor/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert client.head("/dvor/")["X-Page-Cache"] == "hit"


def test_a_published_change_shows_at_once(cached, yard, client):
    assert "Двор без машин" in client.get("/").content.decode()
    yard.title = "Двор для детей"
    yard.save_revision().publish()
    home = client.get("/").content.decode()
    assert "Двор для детей" in home
    assert "Двор для детей" in client.get("/dvor/").content.decode()


def test_an_unpublished_page_is_gone_at_once(cached, yard, client):
    assert client.get("/dvor/").status_code == 200
    assert "/dvor/" in client.get("/").content.decode()
    yard.unpublish()
    assert client.get("/dvor/").status_code == 404
    assert "/dvor/" not in client.get("/").content.decode()


def test_a_setting_edit_shows_at_once(cached, yard, client):
    client.get("/dvor/")
    contacts = ContactSettings.for_site(Site.objects.get(is_default_site=True))
    contacts.phone = "+7 999 123-45-67"
    contacts.save()
    assert "+7 999 123-45-67" in client.get("/dvor/").content.decode()


def test_a_draft_does_not_invalidate_what_readers_see(cached, yard, client):
    client.get("/dvor/")
    version = page_cache.content_version()
    yard.title = "Черновик"
    yard.save_revision()
    assert page_cache.content_version() == version
    response = client.get("/dvor/")
    assert response["X-Page-Cache"] == "hit"
    assert "Черновик" not in response.content.decode()


def test_what_a_reader_causes_to_be_written_does_not_invalidate(yard):
    image = make_image("dvor")
    image.file_hash = ""
    image.save()
    version = page_cache.content_version()
    image.get_file_hash()  # Wagtail fills it in when a page first shows the picture
    image.get_rendition("fill-40x40")
    ResidentSubmission.objects.create(page=yard, form_data={"name": "Анна"})
    assert page_cache.content_version() == version


def test_both_languages_are_kept_apart(cached, yard, client):
    russian = client.get("/").content.decode()
    english = client.get("/en/").content.decode()
    assert '<html lang="ru"' in russian
    assert '<html lang="en"' in english
    assert '<html lang="ru"' in client.get("/").content.decode()


def test_logged_in_readers_are_never_served_or_stored(cached, yard, client, admin_user):
    client.force_login(admin_user)
    for _ in range(2):
        response = client.get("/dvor/")
        assert "X-Page-Cache" not in response
        assert "private" in response["Cache-Control"]
    client.logout()
    client.cookies.clear()
    assert "X-Page-Cache" not in client.get("/dvor/")


def test_form_pages_are_never_stored(cached, survey, client):
    for _ in range(2):
        response = client.get("/opros/")
        assert response.status_code == 200
        assert "X-Page-Cache" not in response
        assert directives(response) == {"private", "no-store"}


def test_pages_and_feeds_are_compressed(yard, client):
    response = client.get("/dvor/", HTTP_ACCEPT_ENCODING="gzip")
    assert response["Content-Encoding"] == "gzip"
    assert "Двор без машин" in gzip.decompress(response.content).decode()
    assert client.get("/sitemap.xml", HTTP_ACCEPT_ENCODING="gzip")["Content-Encoding"] == "gzip"


@pytest.mark.parametrize("with_page_cache", [False, True])
def test_a_repeated_request_with_its_etag_gets_304(with_page_cache, settings, yard, client):
    settings.PAGE_CACHE_SECONDS = 600 if with_page_cache else 0
    for url in ("/dvor/", "/sitemap.xml"):
        etag = client.get(url)["ETag"]
        not_modified = client.get(url, HTTP_IF_NONE_MATCH=etag)
        assert not_modified.status_code == 304
        assert not_modified.content == b""

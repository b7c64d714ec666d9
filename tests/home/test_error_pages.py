"""Error pages residents may meet: translated, in the site's chrome, never Django's debug text."""

import pytest
from django.test import Client


@pytest.fixture
def strict_client():
    return Client(enforce_csrf_checks=True)


def test_csrf_failure_is_the_sites_page_in_the_readers_language(strict_client, site_pages):
    russian = strict_client.post("/search/", {"q": "x"})
    assert russian.status_code == 403
    html = russian.content.decode()
    assert "Форма устарела" in html and 'class="site-header"' in html and "DEBUG" not in html
    english = strict_client.post("/en/search/", {"q": "x"})
    assert english.status_code == 403 and "The form has expired" in english.content.decode()


def test_a_forbidden_host_gets_a_translated_400(client, site_pages, settings):
    settings.ALLOWED_HOSTS = ["testserver"]
    response = client.get("/en/", HTTP_HOST="evil.example")
    assert response.status_code == 400
    assert "The request could not be understood" in response.content.decode()


@pytest.fixture
def form_page(home_page):
    from home.models import FormPage
    from tests.home.test_form_page import survey_fields

    page = FormPage(title="Опрос", slug="opros", form_fields=survey_fields())
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_a_body_over_the_form_limit_gets_a_translated_400(client, form_page):
    response = client.post(form_page.url, {"message": "ы" * 1_400_000})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Запрос не удалось понять" in html and 'class="site-header"' in html


def test_an_upload_over_the_public_limit_is_refused_before_it_is_read(client, form_page):
    from django.core.files.uploadedfile import SimpleUploadedFile

    big = SimpleUploadedFile("big.bin", b"\0" * (4 * 1024 * 1024))
    response = client.post(form_page.url, {"file": big})
    assert response.status_code == 413
    assert "Слишком много данных" in response.content.decode()


def test_a_nul_in_the_path_is_a_400_and_in_a_query_it_is_ignored(client, site_pages):
    assert client.get("/o-proekte%00/").status_code == 400
    assert client.get("/search/?q=%00").status_code == 200


@pytest.mark.parametrize(
    ("language", "next_url", "expected"),
    [("en", "/en/", "/en/"), ("ru", "/en/", "/"), ("en", "/", "/en/"), ("ru", "/o-proekte/", "/o-proekte/")],
)
def test_switching_language_keeps_the_page(client, site_pages, language, next_url, expected):
    response = client.post("/i18n/setlang/", {"language": language, "next": next_url})
    assert response.status_code == 302
    assert response["Location"] == expected


def test_the_admin_requests_no_avatar_from_outside(admin_client, site_pages):
    html = admin_client.get("/admin/").content.decode()
    assert "gravatar" not in html.lower()

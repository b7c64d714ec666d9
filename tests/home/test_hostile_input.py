"""Hostile input never answers 5xx: every public URL pattern with every query parameter the site
reads, every field of every form page, the admin lists' search and filters, and image uploads,
each fed a corpus of what breaks software. Runs on SQLite and on PostgreSQL (DATABASE_URL).

The demo content is loaded once for the module (inside a transaction rolled back at the end), and
one page per page type and language stands for its type, so the walk takes seconds.
"""

import io
from urllib.parse import quote

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Page

from tests.form_contract import answers_for

BIG = "ы" * 1_000_000  # 1 MB of text (2 MB in UTF-8)
CORPUS = [
    "\x00",
    "tag\x00; DROP TABLE x",
    "\x01\x02\x08\x0b\x1b[31m\x7f\x9f",
    "\u202eтекст наоборот\u202c",
    "\u200b\u200c\u200d\ufeff",
    "{{ request }}{% debug %}{{ 7|add:'7' }}",
    "' OR '1'='1'; --",
    '"unterminated AND (NEAR/2 * OR NOT : ^ -',
    "%_\\",
    '=HYPERLINK("http://evil.example";"x")',
    "+1-2@SUM(A1)",
    "../../../etc/passwd",
    "<script>alert(1)</script>",
    "-1",
    "99999999999999999999999",
    "א" * 50,
]
# Raw query strings: percent-encodings that are not UTF-8, and broken escapes.
RAW_QUERIES = ["%FF%FE%FD", "%C3%28", "%E2%82", "%", "%ZZ", "%00"]
QUERY_PARAMETERS = ["q", "page", "tag", "status", "direction", "category", "topic", "thanks", "next", "locale"]


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo_content", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


@pytest.fixture
def site(demo_site, db, settings):
    settings.FORMS_RATE_LIMIT = settings.FORMS_REFUSED_RATE_LIMIT = "100000/1m"
    cache.clear()


def one_page_per_type():
    """The Russian page of each type stands for the type (the English one runs the same code)."""
    seen, pages = set(), []
    for page in Page.objects.live().filter(depth__gt=1, locale__language_code="ru").specific().order_by("path"):
        if type(page) not in seen:
            seen.add(type(page))
            pages.append(page)
    return pages


def public_urls(client):
    urls = ["/en/", "/search/", "/en/search/", "/robots.txt", "/sitemap.xml", "/no-such-page/"]
    for page in one_page_per_type():
        urls.append(page.url)
        # The page types' own routes (feeds, calendar files) where a type has them.
        urls += [
            page.url + route for route in ("rss/", "atom/", "ics/") if client.get(page.url + route).status_code == 200
        ]
    return urls


def assert_no_5xx(responses):
    failures = [f"{status} {what}" for what, status in responses if status >= 500]
    assert not failures, "\n".join(failures[:20])


def test_every_public_url_with_every_parameter_answers_without_5xx(client, site):
    responses = []
    for url in public_urls(client):
        for value in [*CORPUS, "ы" * 100_000]:
            query = {name: value for name in QUERY_PARAMETERS}
            responses.append((f"GET {url} {value[:20]!r}", client.get(url, query).status_code))
        for raw in RAW_QUERIES:
            query = "&".join(f"{name}={raw}" for name in QUERY_PARAMETERS)
            responses.append((f"GET {url}?{query}", client.get(f"{url}?{query}").status_code))
    assert_no_5xx(responses)


def test_hostile_paths_answer_without_5xx(client, site):
    paths = ["/%00/", "/en/%00/", "/%FF%FE/", "/" + quote("ы" * 5000) + "/", "/{{7*7}}/", "/..%2F..%2Fetc/passwd"]
    assert_no_5xx((f"GET {path}", client.get(path).status_code) for path in paths)


def form_pages():
    return [page for page in one_page_per_type() if hasattr(page, "get_form_fields")]


def test_every_form_field_with_the_corpus_answers_without_5xx(client, site):
    pages = form_pages()
    assert len(pages) >= 2  # the demo's ProposalFormPage and ContactPage
    responses = []
    for page in pages:
        fields = list(page.get_form_fields())
        text_fields = [f.clean_name for f in fields if f.field_type in ("singleline", "multiline", "hidden")]
        for value in [*CORPUS, BIG]:
            # Everything hostile at once, and hostile text in otherwise valid answers (stored, mailed).
            everywhere = answers_for(page, **{f.clean_name: value for f in fields})
            responses.append((f"POST {page.url} all={value[:20]!r}", client.post(page.url, everywhere).status_code))
            valid = answers_for(page, **{name: value for name in text_fields})
            responses.append((f"POST {page.url} text={value[:20]!r}", client.post(page.url, valid).status_code))
        for raw in RAW_QUERIES:
            body = "&".join(f"{f.clean_name}={raw}" for f in fields).encode()
            response = client.post(page.url, body, content_type="application/x-www-form-urlencoded")
            responses.append((f"POST {page.url} raw={raw}", response.status_code))
        responses.append(
            (
                f"POST {page.url} junk content type",
                client.post(page.url, b"\xff" * 100, content_type="text/x-junk").status_code,
            )
        )
    assert_no_5xx(responses)


ADMIN_LISTS = [
    "/admin/pages/search/",
    "/admin/snippets/projects/direction/",
    "/admin/snippets/contacts/partnercategory/",
    "/admin/snippets/materials/topic/",
    "/admin/snippets/materials/alertbanner/",
    "/admin/resident_submissions/",
    "/admin/images/",
    "/admin/documents/",
    "/admin/users/",
]


def test_admin_lists_with_hostile_search_and_filters_answer_without_5xx(admin_client, site):
    responses = []
    for url in ADMIN_LISTS:
        for value in ["скамейка", *CORPUS]:
            query = {"q": value, "locale": value, "p": value, "ordering": value}
            responses.append((f"GET {url} {value[:20]!r}", admin_client.get(url, query).status_code))
        for raw in RAW_QUERIES:
            responses.append((f"GET {url}?q={raw}", admin_client.get(f"{url}?q={raw}&locale={raw}").status_code))
    assert_no_5xx(responses)


@pytest.mark.parametrize(
    "content",
    [b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\xff" * 40, b"GIF89a\xff\xff"],
)
def test_a_corrupt_image_upload_is_refused_with_a_message(admin_client, site, content):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("broken.png", content, content_type="image/png")
    response = admin_client.post(
        "/admin/images/multiple/add/", {"files[]": upload}, HTTP_X_REQUESTED_WITH="XMLHttpRequest"
    )
    assert response.status_code < 500
    single = SimpleUploadedFile("broken.png", content, content_type="image/png")
    response = admin_client.post("/admin/images/add/", {"title": "Сломанная", "file": single, "collection": 1})
    assert response.status_code < 500

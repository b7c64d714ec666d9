"""What the load balancer and the front ask of an app host (home.operations): /health/ and media."""

import io
import logging
import socket

import pytest
from django.urls import re_path

from config.urls import urlpatterns as site_urlpatterns
from home import operations
from home.models import FormPage, ResidentSubmission
from tests.factories import make_document, make_image
from tests.form_contract import answers_for
from tests.home.test_form_page import survey_fields

# The site's URLs as served with object storage, where /media/ goes to home.operations.media
# (config/urls.py routes it so only with AWS_STORAGE_BUCKET_NAME set).
urlpatterns = [re_path(r"^media/(?P<path>.*)$", operations.media), *site_urlpatterns]


def closed_port():
    """A local port nothing listens on: connecting to it is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def redis_down(settings):
    """The shared caches are a Redis that is not there, configured as in a cluster (settings.base)."""
    dead = {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
        "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5},
    }
    settings.CACHES = {**settings.CACHES, "default": dead, "ratelimit": dead}
    settings.RATELIMIT_USE_CACHE = "ratelimit"
    settings.RATELIMIT_FAIL_OPEN = True


@pytest.fixture
def survey(home_page):
    page = FormPage(title="Опрос жителей", slug="opros", to_address="managers@example.org", form_fields=survey_fields())
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_health_answers_ok_for_every_part_and_is_never_stored(client, site_pages, settings):
    settings.PAGE_CACHE_SECONDS = 600
    first = client.get("/health/")
    assert first.status_code == 200
    assert first.json() == {
        "status": "ok",
        "failing": [],
        "parts": {"database": "ok", "cache": "ok", "storage": "ok"},
    }
    assert "no-store" in first["Cache-Control"]
    second = client.get("/health/")
    assert second.status_code == 200 and "X-Page-Cache" not in second


def test_health_names_the_cache_when_redis_is_down(client, db, redis_down):
    response = client.get("/health/")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "failing" and body["failing"] == ["cache"]
    assert body["parts"]["database"] == body["parts"]["storage"] == "ok"


def test_the_fronts_database_probe_passes_while_redis_is_down(client, db, redis_down):
    response = client.get("/health/", {"parts": "database"})
    assert response.status_code == 200
    assert response.json()["parts"] == {"database": "ok"}


def test_a_residents_submission_is_stored_while_redis_is_down(client, survey, redis_down):
    response = client.post(survey.url, answers_for(survey, message="Скамейки"))
    assert response.status_code == 302 and "?thanks=" in response["Location"]
    assert ResidentSubmission.objects.get(page=survey).form_data["message"] == "Скамейки"
    thanks = client.get(response["Location"])
    assert ResidentSubmission.objects.get().reference in thanks.content.decode()


def test_with_redis_down_the_log_says_so_in_one_line_per_skipped_call(client, site_pages, redis_down):
    handler = logging.getLogger("django_redis").handlers[0]
    log = io.StringIO()
    previous = handler.setStream(log)
    try:
        assert client.get("/").status_code == 200
    finally:
        handler.setStream(previous)
    lines = log.getvalue().splitlines()
    assert lines and all(line.startswith("Exception ignored: ") and "connecting to 127.0.0.1" in line for line in lines)
    assert "Traceback" not in log.getvalue()


def test_public_pages_render_while_redis_is_down(client, site_pages, redis_down):
    response = client.get("/")
    assert response.status_code == 200
    assert 'lang="ru"' in response.content.decode()


@pytest.mark.urls(__name__)
def test_media_serves_an_image_from_the_storage_for_a_day(client, db):
    image = make_image("dvor")
    assert image.file.name.startswith("original_images/")
    response = client.get(f"/media/{image.file.name}")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert response["Cache-Control"] == "public, max-age=86400"
    with image.file.open("rb") as stored:
        assert b"".join(response.streaming_content) == stored.read()
    response.close()


@pytest.mark.urls(__name__)
def test_media_serves_no_documents_nor_paths_climbing_out_of_the_images(client, db):
    document = make_document()
    assert document.file.name.startswith("documents/")
    assert client.get(f"/media/{document.file.name}").status_code == 404
    assert client.get(f"/media/original_images/../{document.file.name}").status_code == 404
    assert client.get("/media/original_images/../../etc/passwd").status_code == 404

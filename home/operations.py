"""What the load balancer and the front ask of an app host: its health, and media from the shared storage.

/health/ checks the parts a host depends on and names each: the database (a query), the cache (a
value written and read back through the default alias, Redis in a cluster) and the media storage
(the bucket or MEDIA_ROOT answers). 200 when all answer, 503 naming the failing ones. `?parts=`
limits the check: the front's probe asks for the database only (cluster/varnish.py), because
a shared cache or bucket that is down is down for every host alike, and taking every host out of
the pool would turn a site that still serves uncached pages and stores submissions into one that
serves nothing.
"""

import logging
import mimetypes
import uuid

from django.core.cache import cache
from django.core.exceptions import SuspiciousOperation
from django.core.files.storage import default_storage
from django.db import connection
from django.http import FileResponse, Http404, JsonResponse
from django.views.decorators.cache import never_cache

logger = logging.getLogger("dobrye_sosedi.health")

HEALTH_KEY = "health-probe"


def _database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _cache():
    # django-redis ignores a Redis that is down (a read is a miss): only a value read back proves it answers.
    token = uuid.uuid4().hex
    cache.set(HEALTH_KEY, token, 30)
    if cache.get(HEALTH_KEY) != token:
        raise ConnectionError("the cache did not keep a value")


def _storage():
    # A question about a name that need not exist: the storage must answer it, yes or no.
    default_storage.exists(HEALTH_KEY)


CHECKS = {"database": _database, "cache": _cache, "storage": _storage}


@never_cache
def health(request):
    asked = [part for part in request.GET.get("parts", "").split(",") if part in CHECKS] or list(CHECKS)
    parts = {}
    for name in asked:
        try:
            CHECKS[name]()
            parts[name] = "ok"
        except Exception as error:  # noqa: BLE001 - any failure of a part is the answer, not a 500
            logger.warning("health: %s failing: %s", name, error)
            parts[name] = f"failing: {type(error).__name__}"
    failing = sorted(name for name, state in parts.items() if state != "ok")
    body = {"status": "failing" if failing else "ok", "failing": failing, "parts": parts}
    return JsonResponse(body, status=503 if failing else 200)


# Images only: documents go through Wagtail's document view, which checks collection privacy.
MEDIA_PREFIXES = ("original_images/", "images/")


def media(request, path):
    """An image from the media storage, for hosts that keep no files (object storage in a cluster).

    Names never change their content (a new upload gets a new name, a rendition's name carries its
    filter), so the front and browsers may keep them for a day."""
    if not path.startswith(MEDIA_PREFIXES) or ".." in path.split("/"):
        raise Http404
    try:
        if not default_storage.exists(path):
            raise Http404
        opened = default_storage.open(path, "rb")
    except SuspiciousOperation as error:
        raise Http404 from error
    content_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
    response = FileResponse(opened, content_type=content_type)
    response["Cache-Control"] = "public, max-age=86400"
    return response

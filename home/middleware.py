"""Requests the site refuses before any view sees them, with a translated page instead of a 500."""

from django.conf import settings
from django.http import QueryDict

from home import views

# PostgreSQL refuses NUL in any string, so a `?tag=%00` would fail deep inside a query; no honest
# link or form ever carries one.
_FORBIDDEN = "\x00"


class HostileInputMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _FORBIDDEN in request.path_info:
            return views.bad_request(request)
        if _FORBIDDEN in request.META.get("QUERY_STRING", "") or "%00" in request.META.get("QUERY_STRING", ""):
            # A NUL becomes U+FFFD, as an invalid UTF-8 byte does: a filter value stays junk (an empty
            # list with its message), a search ignores it, and PostgreSQL never sees the NUL.
            request.GET = _without_nul(request.GET)
        if '"' in request.GET.get("q", ""):
            # The SQLite search backend wraps each word in FTS5 quotes without escaping them: a stray
            # `"` in any search box (the admin's images, documents, pages…) was a syntax error, a 500.
            query = request.GET.copy()
            query.setlist("q", [value.replace('"', " ") for value in query.getlist("q")])
            query._mutable = False
            request.GET = query
        if not request.path_info.startswith("/admin/") and _content_length(request) > settings.PUBLIC_UPLOAD_MAX_SIZE:
            # Resident forms take text only: a large body is refused before it is read.
            return views.request_too_large(request)
        return self.get_response(request)


def _without_nul(query):
    cleaned = QueryDict(mutable=True)
    for key, values in query.lists():
        cleaned.setlist(key.replace(_FORBIDDEN, "\ufffd"), [value.replace(_FORBIDDEN, "\ufffd") for value in values])
    cleaned._mutable = False
    return cleaned


def _content_length(request):
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0

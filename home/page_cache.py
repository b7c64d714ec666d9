"""Whole responses of public pages for anonymous readers, and the content version that invalidates them.

A reader without a session cookie asking for a public page (GET or HEAD) gets the stored response of
the same scheme, host, path, query string and encoding, if one was stored under the current content
version. The version is one key in the default cache (a file cache shared by a host's workers, or
Redis shared by every host): publishing, unpublishing, moving or deleting a page, and saving or
deleting a snippet, image, document, setting, Site, locale, redirect or tag gives it a new value, so
every stored page and every piece of per-language chrome (home.templatetags.navigation_tags) built
under the old one is never read again and expires by itself. What ordinary requests write (renditions,
the file hash and size Wagtail fills in on an image or document, search index entries, draft
revisions, sessions, submissions, cases, sign-in records, mail, tasks) leaves it alone.

Never stored: responses that set a cookie or used the CSRF token (every form page), that say
private/no-store/no-cache (the case status page), that are not 200, that used the request's CSP
nonce, and anything under /admin/ (previews included), /documents/, /media/, /static/ or /i18n/.
A response may shorten its own lifetime with Cache-Control max-age (the open numbers: a minute).
"""

import hashlib
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.utils.cache import get_max_age, patch_cache_control
from django.utils.translation import get_language_from_path
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.url_routing import RouteResult

VERSION_KEY = "content-version"
SKIPPED_PREFIXES = ("/admin/", "/django-admin/", "/documents/", "/media/", "/static/", "/i18n/")
CACHEABLE_TYPES = (
    "text/html",
    "text/plain",
    "application/xml",
    "text/xml",
    "application/rss+xml",
    "application/atom+xml",
)

# What saving a draft, locking or scheduling writes to a live page's row: readers see none of it.
DRAFT_ONLY_FIELDS = {
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
    "wagtail_admin_comments",
    "comments",
    "locked",
    "locked_by",
    "locked_at",
}
# What Wagtail fills in on an image or document the first time a page shows it: nothing a reader sees.
FILLED_IN_ON_READ_FIELDS = {"file_hash", "file_size"}
# Models whose rows public pages show. Pages are handled apart (drafts must not count).
SHOWN_APPS = {"home", "news", "projects", "contacts", "materials", "wagtailimages", "wagtaildocs", "taggit"}
SHOWN_MODELS = {
    "wagtailcore.site",
    "wagtailcore.locale",
    "wagtailcore.pageviewrestriction",
    "wagtailcore.collectionviewrestriction",
    "wagtailredirects.redirect",
}
# Rows written by ordinary requests or by the machinery, never shown on a public page as such.
WRITTEN_BY_READERS_OR_MACHINERY = {
    "wagtailimages.rendition",
    "wagtailimages.uploadedimage",
    "wagtaildocs.uploadeddocument",
    "home.residentsubmission",
    "home.outgoingmail",
}


def content_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        version = bump_content_version()
    return version


def bump_content_version():
    # A new random value rather than an increment: the file cache has no atomic increment, and two
    # workers bumping at once must still both leave a version no stored page was built under.
    version = uuid.uuid4().hex[:12]
    cache.set(VERSION_KEY, version, None)
    return version


def remembered(name, build, seconds=3600):
    """`build()` once per content version (and `name`, which carries the language and whatever else
    the value depends on), from the default cache afterwards: the chrome every page repeats."""
    key = f"chrome:{content_version()}:{name}"
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, seconds)
    return value


def view_restrictions_exist():
    """Whether any page is restricted (password, sign-in, groups): on most sites none is, and a public
    page's serve or a search need not ask page by page."""
    return remembered("view-restrictions-exist", lambda: PageViewRestriction.objects.exists())


class CachedRouting:
    """What Wagtail asks of every page it serves, read once per content version instead of per request.

    Mixed into every page model (through home.page_head.PageHead)."""

    def get_view_restrictions(self):
        # Wagtail's serve checks the page's and its ancestors' restrictions (two queries) on every
        # view; on a site without any restriction the answer is known without asking.
        if not view_restrictions_exist():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


def content_changed():
    """Invalidate now (the saving request sees its change) and again when the transaction commits
    (a reader who rendered the old rows meanwhile stored them under the version that is now old)."""
    bump_content_version()
    transaction.on_commit(bump_content_version)


def _model_shown(sender):
    label = sender._meta.label_lower
    if label in WRITTEN_BY_READERS_OR_MACHINERY:
        return False
    return label in SHOWN_MODELS or sender._meta.app_label in SHOWN_APPS


def _on_save(sender, instance, update_fields=None, raw=False, **kwargs):
    if raw or (update_fields and set(update_fields) <= FILLED_IN_ON_READ_FIELDS):
        return
    if isinstance(instance, Page):
        if not instance.live or (update_fields and set(update_fields) <= DRAFT_ONLY_FIELDS):
            return
        content_changed()
    elif _model_shown(sender):
        content_changed()


def _on_delete(sender, instance, **kwargs):
    if isinstance(instance, Page) or _model_shown(sender):
        content_changed()


def _on_page_event(sender, **kwargs):
    content_changed()


def connect_signals():
    post_save.connect(_on_save, dispatch_uid="page_cache_save")
    post_delete.connect(_on_delete, dispatch_uid="page_cache_delete")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_on_page_event, dispatch_uid=f"page_cache_{id(signal)}")


def _accepts_gzip(request):
    return "gzip" in request.META.get("HTTP_ACCEPT_ENCODING", "")


def _key(request, version):
    try:
        host = request.get_host()
    except Exception:  # DisallowedHost: the view answers 400, nothing to look up
        return None
    address = f"{request.scheme}://{host}{request.get_full_path()}|{'gz' if _accepts_gzip(request) else '-'}"
    language = get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    return f"page:{version}:{language}:{hashlib.sha256(address.encode()).hexdigest()}"


def _request_cacheable(request):
    return (
        request.method in ("GET", "HEAD")
        and not request.path_info.startswith(SKIPPED_PREFIXES)
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
    )


def _response_cacheable(request, response):
    cache_control = response.get("Cache-Control", "")
    return (
        request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and getattr(request, "_csp_nonce", None) is None
        and not any(word in cache_control for word in ("private", "no-store", "no-cache"))
        and response.get("Content-Type", "").split(";")[0] in CACHEABLE_TYPES
    )


def _stored(response):
    headers = [(name, value) for name, value in response.items() if name.lower() != "set-cookie"]
    return (response.status_code, headers, response.content)


def _rebuilt(entry, request):
    status, headers, content = entry
    response = HttpResponse(b"" if request.method == "HEAD" else content, status=status)
    for name, value in headers:
        response[name] = value
    response["X-Page-Cache"] = "hit"
    return response


def _known_site(request, version):
    """The Wagtail Site of this host and port, as Site.find_for_request would find it (a query per
    request, which it keeps in `request._wagtail_site`). Returns the key to remember it under, if unknown."""
    try:
        key = f"site:{version}:{request._get_raw_host()}:{request.get_port()}"
    except Exception:
        return None
    site = cache.get(key)
    if site is not None:
        request._wagtail_site = site
        return None
    return key


def _remember_site(request, site_key):
    site = getattr(request, "_wagtail_site", None)
    if site is not None:
        cache.set(site_key, site, 3600)


def _route_key(request, version):
    if request.method not in ("GET", "HEAD") or request.path_info.startswith(SKIPPED_PREFIXES):
        return None
    try:
        host = request.get_host()
    except Exception:  # DisallowedHost
        return None
    return f"route:{version}:{hashlib.sha256(f'{host}{request.path_info}'.encode()).hexdigest()}"


def _known_route(request, route_key):
    """Where this URL led last time, for Wagtail's serve: it walks from the Site's root page one level
    at a time (two queries a level) unless `request._wagtail_route_for_request` already holds the
    answer (Page.route_for_request). Sub-routes of routable pages carry view arguments and are
    routed as usual."""
    page = cache.get(route_key) if route_key else None
    if page is not None:
        request._wagtail_route_for_request = RouteResult(page)
    return page is not None


def _remember_route(request, route_key):
    result = getattr(request, "_wagtail_route_for_request", None)
    if result is not None and not result.args and not result.kwargs and result.page.live:
        cache.set(route_key, result.page, 3600)


class PageCacheMiddleware:
    """Serves and stores anonymous readers' pages; says what a proxy may keep (Cache-Control); tells
    Wagtail where a URL leads when it led there before under the same content version.

    Placed early (after WhiteNoise, before sessions and CSRF): a hit costs two cache reads."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        public = _request_cacheable(request)
        seconds = settings.PAGE_CACHE_SECONDS
        version = content_version()
        key = _key(request, version) if public and seconds > 0 else None
        if key:
            entry = cache.get(key)
            if entry is not None:
                return _rebuilt(entry, request)
        site_key = _known_site(request, version)
        route_key = _route_key(request, version)
        routed = _known_route(request, route_key)
        response = self.get_response(request)
        if site_key:
            _remember_site(request, site_key)
        if route_key and not routed and response.status_code == 200:
            _remember_route(request, route_key)
        if public and _response_cacheable(request, response):
            own_max_age = get_max_age(response)
            if own_max_age is None:
                patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_PROXY_SECONDS)
            else:
                seconds = min(seconds, own_max_age)
            if key and seconds > 0:
                cache.set(key, _stored(response), seconds)
        elif not request.path_info.startswith(("/static/", "/media/")) and (
            not response.has_header("Cache-Control") or "public" in response["Cache-Control"]
        ):
            # A logged-in reader's page, a form with its token, an error: no proxy may keep it.
            del response["Cache-Control"]
            patch_cache_control(response, private=True, no_store=True)
        return response

"""Views that are not Wagtail pages: site search, robots.txt, the language switch and error pages."""

import logging

from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views import i18n
from wagtail.models import Locale, Page, Site

from home.localization import language_home
from home.page_cache import remembered, view_restrictions_exist
from home.site_address import absolute_url
from home.templatetags.seo_tags import search_snippet

SEARCH_QUERY_MAX_LENGTH = 200
SEARCH_RESULTS_PER_PAGE = 10


def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /search/", "Disallow: /en/search/", ""]
    lines.append(f"Sitemap: {absolute_url(request, reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def clean_search_query(raw):
    """The query as the backend gets it: one line, no control characters, at most SEARCH_QUERY_MAX_LENGTH long.

    Double quotes go too: the SQLite backend (modelsearch) wraps each word in FTS5 quotes
    without escaping them, so a stray `"` would be a syntax error (a 500) instead of a search.
    """
    printable = "".join(" " if ch == '"' or not ch.isprintable() else ch for ch in raw)
    return " ".join(printable.split())[:SEARCH_QUERY_MAX_LENGTH].strip()


def search_words(query):
    """The words worth searching for: a lone «—» or «№» would make SQLite's FTS5 match nothing at all."""
    return [word for word in query.split() if any(ch.isalnum() for ch in word)]


def searchable_pages(request, home):
    """Live, public, non-alias pages of the active language under this site's home page of that language.

    The home page itself is never a result: it is one click away on every page, and its text
    (the sections' teasers) would make it match almost any query.
    """
    pages = Page.objects.live()
    if view_restrictions_exist():
        pages = pages.public()
    if home is not None:
        pages = pages.filter(locale_id=home.locale_id).descendant_of(home)
    elif Site.find_for_request(request) is not None:
        return Page.objects.none()  # the site has no home page in this language
    else:
        # No site for this host: every language's home page is at depth 2.
        pages = pages.filter(locale=Locale.get_active(), depth__gt=2)
    # An alias repeats another language's page; its translation (or the original) is what to show.
    return pages.exclude(id__in=Page.objects.filter(alias_of__isnull=False).values("id"))


def result_card(page):
    """What a search result shows of a page: its type, title, address and description.

    The description needs the page's own model (one query per page type on a results page, up to
    ten); it is remembered per content version and language, so a repeated or similar search costs
    no query per result."""

    def build():
        specific = page.specific
        return {"type": str(specific.get_verbose_name()), "snippet": str(search_snippet(specific))}

    card = remembered(f"search-card:{page.pk}:{translation.get_language()}", build)
    return {"page": page, **card}


def search(request):
    """Search every live, public page of the active language but the home page, whatever its type.

    There is no list of page types: each page model declares its `search_fields`, and Wagtail
    indexes a page when it is saved (the database backend needs no `update_index`). Word forms
    are found on both databases (home/search_backend.py says how). Each result shows the page
    type's verbose name and the description its page type declares
    (home.page_head.PageHead.head_description). When nothing is found, the page offers the
    main sections (the menu's pages) as the next step.
    """
    query = clean_search_query(request.GET.get("q", ""))
    results = Page.objects.none()
    words = search_words(query)
    home = language_home(Site.find_for_request(request))
    if words:
        results = searchable_pages(request, home).search(" ".join(words))
    page_obj = Paginator(results, SEARCH_RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    sections = []
    if query and not page_obj.paginator.count and home is not None:
        sections = home.get_children().live().public().in_menu()
    context = {
        "query": query,
        "page_obj": page_obj,
        "results": [result_card(page) for page in page_obj],
        "result_count": page_obj.paginator.count,
        "sections": sections,
        "extra_query": urlencode({"q": query}),
        "seo_title": _("Search"),
        "max_length": SEARCH_QUERY_MAX_LENGTH,
    }
    return render(request, "home/search.html", context)


logger = logging.getLogger("dobrye_sosedi.errors")


def set_language(request):
    """Django's set_language, reading `next` in its own language: `next=/en/` with Russian active
    would otherwise be taken for a Russian page called «en» and sent to /en/en/."""
    next_url = request.POST.get("next", request.GET.get("next", ""))
    language = translation.get_language_from_path(next_url.split("?")[0]) or settings.LANGUAGE_CODE
    with translation.override(language):
        return i18n.set_language(request)


def _error_page(request, template_name, status, context=None):
    """An error page in the site's chrome and the reader's language (from the address, not the cookie).

    When the chrome itself cannot be drawn (a forbidden Host header breaks everything that needs the
    Site), the same text comes in a page without it."""
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        try:
            html = loader.render_to_string(template_name, context or {}, request)
        except Exception:
            logger.warning("Error page %s drawn without the site's chrome", template_name, exc_info=True)
            html = loader.render_to_string("error_plain.html", {"status": status, "LANGUAGE_CODE": language})
    return HttpResponse(html, status=status)


def bad_request(request, exception=None):
    return _error_page(request, "400.html", 400)


def csrf_failure(request, reason=""):
    return _error_page(request, "403_csrf.html", 403)


def request_too_large(request):
    return _error_page(request, "413.html", 413)


def password_reset(request, *args, **kwargs):
    """Wagtail's password reset, at most PASSWORD_RESET_RATE_LIMIT requests per address: each one
    sends an e-mail, and a flood of them would be mail to strangers from our server."""
    from django_ratelimit.core import is_ratelimited
    from wagtail.admin.views.account import PasswordResetView

    if is_ratelimited(
        request,
        group="admin-password-reset",
        key="ip",
        rate=settings.PASSWORD_RESET_RATE_LIMIT,
        method="POST",
        increment=True,
    ):
        return _error_page(request, "429_password_reset.html", 429)
    return PasswordResetView.as_view()(request, *args, **kwargs)

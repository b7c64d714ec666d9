"""Site chrome: the main menu, breadcrumbs, the language switcher and hreflang links.

What every page repeats is built once per content version and language (home.page_cache.remembered):
a publish, an unpublish or an edit of what the chrome shows makes the next request build it anew.
"""

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail import hooks
from wagtail.models import Locale, Page, Site

from home.localization import language_home
from home.page_cache import remembered

register = template.Library()


def _language_home(context, locale=None):
    request = context.get("request")
    return language_home(Site.find_for_request(request) if request else None, locale)


def _site_key(request):
    site = Site.find_for_request(request) if request else None
    return site.pk if site else None


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    def build():
        home = _language_home(context)
        return home, list(home.get_children().live().in_menu()) if home else []

    request = context.get("request")
    home, items = remembered(f"menu:{_site_key(request)}:{translation.get_language()}", build)
    current = context.get("page")
    return {"home": home, "items": items, "current": current, "request": request}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if page is None or page.depth <= 2:
        return {"ancestors": []}
    return {"ancestors": page.get_ancestors().filter(depth__gte=2), "page": page}


def _alternates(context):
    """For each language: the page's live translation, or that language's home page where there is none."""
    page = context.get("page")
    request = context.get("request")
    cached = getattr(request, "_language_alternates", None)
    if cached is not None and cached[0] is page:
        return cached[1]
    is_page = isinstance(page, Page) and page.pk
    address = f"{request.scheme}://{request.get_host()}" if request is not None else ""
    name = f"alternates:{_site_key(request)}:{page.pk if is_page else '-'}:{translation.get_language()}:{address}"
    alternates = remembered(name, lambda: _build_alternates(context, page, request))
    if request is not None:
        request._language_alternates = (page, alternates)
    return alternates


def _build_alternates(context, page, request):
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    translations = {}
    if isinstance(page, Page) and page.pk:
        for translated in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translated.locale.language_code] = translated
    alternates = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code)
        is_translation = target is not None
        if target is None and code in locales:
            target = _language_home(context, locales[code])
        if target is None:
            continue
        alternates.append(
            {
                "code": code,
                "name": name,
                "url": target.get_url(request=request),
                "full_url": target.get_full_url(request=request),
                "is_translation": is_translation,
                "is_current": code == translation.get_language(),
            }
        )
    return alternates


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    return {"alternates": _alternates(context)}


@register.inclusion_tag("includes/hreflang.html", takes_context=True)
def hreflang_links(context):
    return {"alternates": [a for a in _alternates(context) if a["is_translation"]]}


@register.simple_tag(takes_context=True)
def page_top_notices(context):
    """Notices shown above the header of every page (the alert banner, for one).

    An app registers `@hooks.register("page_top_notices")`: a function (request) -> html or "". The
    notices are the same on every page of a language: built once a minute per content version (a
    notice with a time window starts or ends within that minute, or within the page cache's lifetime).
    """
    request = context.get("request")

    def build():
        return "".join(hook(request) or "" for hook in hooks.get_hooks("page_top_notices"))

    return mark_safe(remembered(f"notices:{_site_key(request)}:{translation.get_language()}", build, seconds=60))

"""Site chrome: the main menu, breadcrumbs, the language switcher and hreflang links."""

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail import hooks
from wagtail.models import Locale, Page, Site

register = template.Library()


def _language_home(context, locale=None):
    """The home page of a language: the site root or its translation."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    root = site.root_page
    locale = locale or Locale.get_active()
    if root.locale_id == locale.id:
        return root
    return root.get_translation_or_none(locale)


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    home = _language_home(context)
    items = home.get_children().live().in_menu() if home else []
    current = context.get("page")
    return {"home": home, "items": items, "current": current, "request": context.get("request")}


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
    if request is not None:
        request._language_alternates = (page, alternates)
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

    An app registers `@hooks.register("page_top_notices")`: a function (request) -> html or "".
    """
    request = context.get("request")
    return mark_safe("".join(hook(request) or "" for hook in hooks.get_hooks("page_top_notices")))

"""“This object in the page's language”, on Wagtail's translation API.

A translation copied from Russian may still point at Russian snippets or pages (a direction, a
category, a partner) until an editor synchronises it. Whatever shows such an object shows it in the
page's language through these helpers: one object with `in_language` (Wagtail's
`get_translation_or_none`), a whole list with `translations_by_key` (one query) and `in_language_from`.
"""

from django.db import models
from django.utils import translation
from wagtail.models import Locale

from home.page_cache import remembered


def pk(obj):
    """The id of a Locale given as an instance or as its id."""
    return getattr(obj, "pk", obj)


def in_language(obj, locale):
    """`obj` in `locale`'s language: its translation when there is one, else `obj` itself (None stays None)."""
    if obj is None or obj.locale_id == pk(locale):
        return obj
    return obj.get_translation_or_none(locale) or obj


def translations_by_key(queryset, locale):
    """The objects of `queryset` in `locale`, keyed by translation_key: one query for a whole listing."""
    return {obj.translation_key: obj for obj in queryset.filter(locale_id=pk(locale))}


def in_language_from(obj, translations):
    """`obj` as found in `translations` (from `translations_by_key`), else `obj` itself (None stays None)."""
    if obj is None:
        return None
    return translations.get(obj.translation_key, obj)


def translations_of(queryset, objects, locale):
    """The rows of `queryset` in `locale` that translate `objects` (a queryset or, in a preview, a list): one query."""
    if isinstance(objects, models.QuerySet):
        keys = objects.values("translation_key")
    else:
        keys = [obj.translation_key for obj in objects]
    return queryset.filter(locale_id=pk(locale), translation_key__in=keys)


def live_translation(page, locale):
    """The live translation of `page` in `locale`, or None."""
    translation = page.get_translation_or_none(locale)
    return translation if translation is not None and translation.live else None


def language_home(site, locale=None):
    """`site`'s home page in `locale` (the active language by default): its root page or the root's
    translation; None without a site or a translation. Remembered per content version: every page's
    menu and language switcher and the search page ask for it."""
    if site is None:
        return None
    code = locale.language_code if locale is not None else translation.get_language()

    def build():
        root = site.root_page
        wanted = locale or Locale.get_active()
        return root if root.locale_id == wanted.id else root.get_translation_or_none(wanted)

    return remembered(f"language-home:{site.pk}:{code}", build)

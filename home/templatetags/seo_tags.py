"""What a page says about itself to search engines and link previews.

base.html calls `{% meta_description %}` and `{% seo_head %}`; search results call
`{% search_snippet %}`. What each page type says is declared on the model (home.page_head.PageHead);
these tags only render it, for every page type and for views that are not pages.
"""

import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Page

from home.page_head import SITE_NAME, PageHead
from home.site_address import absolute_url

register = template.Library()

OG_LOCALES = {"ru": "ru_RU", "en": "en_US"}
DEFAULT_IMAGE = "img/og-default.png"
DEFAULT_IMAGE_SIZE = (1200, 630)

# The characters that could end a <script> element or open a comment, as json_script escapes them.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag
def site_name():
    """The site's name in the active language."""
    return str(SITE_NAME)


@register.simple_tag
def search_snippet(page):
    """The short text about a page (search results, the meta description)."""
    if isinstance(page, PageHead):
        return page.head_description()
    return page.search_description or ""


def _site_description():
    return _(
        "Good Neighbours: the neighbourhood community and its territory manager. "
        "News, initiatives, partners and help for residents."
    )


@register.simple_tag(takes_context=True)
def meta_description(context):
    """The page's description, never empty: its own, or the site's."""
    page = context.get("page")
    if isinstance(page, Page):
        text = search_snippet(page)
        if text:
            return text
    return _site_description()


def _og_image(page, request):
    """(absolute url, width, height, alt) of the picture link previews show."""
    image = page.head_image() if isinstance(page, PageHead) else None
    if image is not None:
        rendition = image.get_rendition(page.head_image_spec)
        return absolute_url(request, rendition.url), rendition.width, rendition.height, page.head_image_alt()
    width, height = DEFAULT_IMAGE_SIZE
    return absolute_url(request, static(DEFAULT_IMAGE)), width, height, str(SITE_NAME)


def json_ld_script(data):
    """One <script type="application/ld+json"> whose text cannot break out of the element."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
    return f'<script type="application/ld+json">{text}</script>'


def _locale_alternates(context):
    """OpenGraph locales of the page's other translations (reuses the hreflang computation)."""
    from home.templatetags.navigation_tags import _alternates

    current = get_language()
    return [
        OG_LOCALES.get(alt["code"], alt["code"])
        for alt in _alternates(context)
        if alt["is_translation"] and alt["code"] != current
    ]


@register.inclusion_tag("includes/seo_head.html", takes_context=True)
def seo_head(context):
    """OpenGraph, Twitter card and JSON-LD tags for the page (or view) being rendered."""
    request = context.get("request")
    if request is None:  # a template rendered outside a request (the 500 page) gets no tags
        return {}
    page = context.get("page")
    if not isinstance(page, Page):
        page = None
    if page is not None:
        title = page.seo_title or page.title
        url = page.get_full_url(request) or absolute_url(request, request.get_full_path())
        og_type = page.og_type if isinstance(page, PageHead) else "article"
        data = page.structured_data(request) if isinstance(page, PageHead) else []
        json_ld = [mark_safe(json_ld_script(item)) for item in data]
        alternates = _locale_alternates(context)
    else:
        title = context.get("seo_title") or str(SITE_NAME)
        url = absolute_url(request, request.get_full_path())
        og_type = "website"
        json_ld = []
        alternates = []
    image_url, image_width, image_height, image_alt = _og_image(page, request)
    language = get_language() or settings.LANGUAGE_CODE
    return {
        "title": title,
        "description": meta_description(context),
        "url": url,
        "type": og_type,
        "locale": OG_LOCALES.get(language, language),
        "locale_alternates": alternates,
        "site_name": str(SITE_NAME),
        "image_url": image_url,
        "image_width": image_width,
        "image_height": image_height,
        "image_alt": image_alt,
        "json_ld": json_ld,
    }

"""What a page says about itself to search engines and link previews.

base.html calls `{% meta_description %}` and `{% seo_head %}`; they work for every page type
without knowing it, from fields the page models have, looked up with getattr so no app has to be
listed here:

- intro-like fields (SNIPPET_FIELDS: intro, summary, short_description, …): plain text or rich
  text; the page's `search_description`, else the first non-empty one, is the short text shown
  under the page in search results and used as its description.
- `image` / `logo` (see IMAGE_FIELDS): the first Wagtail image found becomes og:image; otherwise
  the site's default picture static/img/og-default.png.
- OpenGraph type: "website" for a home page, "article" otherwise; the home page also describes
  the organisation and the site search in JSON-LD.
- `json_ld(self, request) -> dict | list[dict] | None`, optional: structured data (an Event…) a
  page type adds; the head prints it as `<script type="application/ld+json">`, escaped safely.
"""

import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.images.models import AbstractImage
from wagtail.models import Page

from home.site_address import absolute_url

register = template.Library()

SNIPPET_FIELDS = ("intro", "summary", "short_description", "description", "hero_text")
# A picture is cropped to the 1.91:1 preview shape; a logo is only scaled down, never cropped.
IMAGE_FIELDS = {
    "image": "fill-1200x630|format-jpeg",
    "logo": "max-1200x630|format-png",
}
SNIPPET_WORDS = 40
OG_LOCALES = {"ru": "ru_RU", "en": "en_US"}
DEFAULT_IMAGE = "img/og-default.png"
DEFAULT_IMAGE_SIZE = (1200, 630)
ORGANISATION_NAME = "Добрые Соседи"

# The characters that could end a <script> element or open a comment, as json_script escapes them.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def _plain(value):
    """A field value as one line of plain text ('' for rich or structured values that are not text)."""
    if value is None:
        return ""
    if hasattr(value, "source"):  # wagtail.rich_text.RichText
        value = value.source
    if not isinstance(value, str):
        return ""
    return " ".join(strip_tags(value).split())


@register.simple_tag
def search_snippet(page):
    """The short text about a page: its search description, or its first intro-like field."""
    text = _plain(getattr(page, "search_description", ""))
    for field in SNIPPET_FIELDS:
        if text:
            break
        text = _plain(getattr(page, field, ""))
    return Truncator(text).words(SNIPPET_WORDS, truncate="…")


def _site_description():
    return _(
        "Good Neighbours: the neighbourhood community and its territory manager. "
        "News, initiatives, partners and help for residents."
    )


@register.simple_tag(takes_context=True)
def meta_description(context):
    """The page's description, never empty: search description, snippet, or the site's own."""
    page = context.get("page")
    if isinstance(page, Page):
        text = search_snippet(page)
        if text:
            return text
    return _site_description()


def _page_image(page):
    """(image, rendition filter) of the page's first image field, or (None, None)."""
    for field, spec in IMAGE_FIELDS.items():
        value = getattr(page, field, None)
        if isinstance(value, AbstractImage):
            return value, spec
    return None, None


def _og_image(page, request):
    """(absolute url, width, height, alt) of the picture link previews show."""
    image, spec = _page_image(page) if page is not None else (None, None)
    if image is not None:
        rendition = image.get_rendition(spec)
        return absolute_url(request, rendition.url), rendition.width, rendition.height, image.title
    width, height = DEFAULT_IMAGE_SIZE
    return absolute_url(request, static(DEFAULT_IMAGE)), width, height, _("Good Neighbours")


def _is_home(page):
    from home.models import HomePage

    return isinstance(page, HomePage)


def organisation_json_ld(request):
    """schema.org Organization for the home page, from the contact site settings."""
    from home.models import ContactSettings

    contacts = ContactSettings.for_request(request)
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": ORGANISATION_NAME,
        "alternateName": "Good Neighbours",
        "url": absolute_url(request, "/"),
    }
    if contacts.email:
        data["email"] = contacts.email
    if contacts.phone:
        data["telephone"] = contacts.phone
    same_as = [url for _label, url in contacts.social_links]
    if same_as:
        data["sameAs"] = same_as
    return data


def website_json_ld(page, request):
    """schema.org WebSite with the site search, so a search engine can offer it directly."""
    search_url = absolute_url(request, reverse("search"))
    return {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": ORGANISATION_NAME,
        "url": page.get_full_url(request),
        "inLanguage": get_language(),
        "potentialAction": {
            "@type": "SearchAction",
            "target": f"{search_url}?q={{search_term_string}}",
            "query-input": "required name=search_term_string",
        },
    }


def json_ld_script(data):
    """One <script type="application/ld+json"> whose text cannot break out of the element."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
    return f'<script type="application/ld+json">{text}</script>'


def _json_ld_items(page, request):
    items = []
    if _is_home(page):
        items += [organisation_json_ld(request), website_json_ld(page, request)]
    own = getattr(page, "json_ld", None)
    if callable(own):
        data = own(request)
        if isinstance(data, dict):
            items.append(data)
        elif data:
            items.extend(item for item in data if item)
    return items


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
        og_type = "website" if _is_home(page) else "article"
        json_ld = [mark_safe(json_ld_script(item)) for item in _json_ld_items(page, request)]
        alternates = _locale_alternates(context)
    else:
        title = context.get("seo_title") or _("Good Neighbours")
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
        "site_name": _("Good Neighbours"),
        "image_url": image_url,
        "image_width": image_width,
        "image_height": image_height,
        "image_alt": image_alt,
        "json_ld": json_ld,
    }

"""What a page says about itself to search engines and link previews, declared by each page type.

Every page model of the site mixes in `PageHead` and declares, in a few class attributes, where
its description and its picture come from and what kind of thing it is; a page that is an
event, a news article or an organisation adds its schema.org data in `structured_data()`.
`home.templatetags.seo_tags` renders all of it without knowing any page type.
"""

from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from home.page_cache import CachedRouting
from home.site_address import absolute_url

# The site's name, in the reader's language: «Добрые Соседи» / "Good Neighbours". One source for
# templates ({% site_name %}), the page head, feeds and structured data.
SITE_NAME = _("Good Neighbours")
# The organisation's own name, whatever the language (schema.org `name`; the English one is `alternateName`).
ORGANISATION_NAME = "Добрые Соседи"

DESCRIPTION_WORDS = 40
PICTURE_SPEC = "fill-1200x630|format-jpeg"  # cropped to the 1.91:1 preview shape
LOGO_SPEC = "max-1200x630|format-png"  # a logo is only scaled down, never cropped


def plain_text(value):
    """A text or rich-text field value as one line of plain text ('' for anything else)."""
    if value is None:
        return ""
    if hasattr(value, "source"):  # wagtail.rich_text.RichText
        value = value.source
    if not isinstance(value, str):
        return ""
    return " ".join(strip_tags(value).split())


class PageHead(CachedRouting):
    """Mixed into every page model. Declare, don't override, where you can:

    - `head_description_fields`: text or rich-text fields, the first non-empty one describes the page
      (after the editor's own search description);
    - `head_image_field`: an image ForeignKey shown in link previews, or None for the site's picture;
      `head_image_spec`: PICTURE_SPEC (cropped) or LOGO_SPEC (scaled);
    - `head_image_alt_field`: a field describing that picture in the page's language (else the title);
    - `og_type`: the OpenGraph type;
    - `structured_data(request)`: schema.org dictionaries for this page (none by default).
    """

    head_description_fields = ()
    head_image_field = None
    head_image_spec = PICTURE_SPEC
    head_image_alt_field = None
    og_type = "article"

    def head_description(self):
        """The page's description, shortened: its search description, else its first declared text field."""
        for field in ("search_description", *self.head_description_fields):
            text = plain_text(getattr(self, field, ""))
            if text:
                return Truncator(text).words(DESCRIPTION_WORDS, truncate="…")
        return ""

    def head_image(self):
        return getattr(self, self.head_image_field) if self.head_image_field else None

    def head_image_alt(self):
        """What the preview picture shows, in the page's language (image titles are shared and Russian)."""
        if self.head_image_alt_field:
            alt = getattr(self, self.head_image_alt_field, "")
            if alt:
                return alt
        return self.seo_title or self.title

    def structured_data(self, request):
        return []


def organisation_json_ld(request):
    """schema.org Organization, from the contact site settings (the home page shows it)."""
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
        "name": str(SITE_NAME),
        "url": page.get_full_url(request),
        "inLanguage": get_language(),
        "potentialAction": {
            "@type": "SearchAction",
            "target": f"{search_url}?q={{search_term_string}}",
            "query-input": "required name=search_term_string",
        },
    }


def publisher_json_ld(request):
    """The organisation as the publisher or organiser of a page's thing (a short Organization)."""
    return {"@type": "Organization", "name": ORGANISATION_NAME, "url": absolute_url(request, "/")}

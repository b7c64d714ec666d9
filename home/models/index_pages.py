"""The head every index page shares (news, initiatives, partners, materials).

An index page opens with a short introduction above its list and shows the list in pages of
`per_page` items (`home.listing.Listing` reads it). Each index declares its own docstring, place in
the tree, default page size where it differs and its listing; the rest is written here once.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from home.listing import page_size_field
from home.page_head import PageHead


class IndexPage(PageHead, Page):
    """A section of the site that lists its child pages: an introduction above the list, a page size."""

    head_description_fields = ("intro",)

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A few sentences shown above the list: what this section holds, whom it is for and how to use it."),
    )
    per_page = page_size_field(12)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    settings_panels = Page.settings_panels + [FieldPanel("per_page")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        abstract = True

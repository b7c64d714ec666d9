"""The methodology library: its index, the material pages and the quarantine guidance page."""

import math
import re

from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BaseStreamBlock
from home.listing import ClassifierFilter, Listing
from home.localization import in_language, in_language_from, translations_by_key, translations_of
from home.models.index_pages import IndexPage
from home.page_head import PageHead
from materials.blocks import HelpContactsBlock

from .topics import Topic

WORDS_PER_MINUTE = 180
WORD = re.compile(r"\w+")
# Keys of StreamField data that hold settings or references, not words a reader reads.
NON_TEXT_KEYS = {"id", "type", "level", "style", "page", "url", "document", "image", "decorative"}


def words_in(raw):
    """The words of a StreamField's raw data, found without loading the images and documents it points to."""
    if isinstance(raw, str):
        return len(WORD.findall(strip_tags(raw)))
    if isinstance(raw, dict):
        return sum(words_in(value) for key, value in raw.items() if key not in NON_TEXT_KEYS)
    if isinstance(raw, list | tuple):
        return sum(words_in(item) for item in raw)
    return 0


class MaterialIndexPage(IndexPage):
    """The library of methodology materials («Материалы»): material and guidance pages live under it."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["materials.MaterialPage", "materials.GuidancePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("materials index")
        verbose_name_plural = _("materials indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        topic = ClassifierFilter(
            "topic",
            _("Topics"),
            _("All topics"),
            _("There is no topic «%(topic)s». Choose one of the topics above or see all materials."),
            field="topic",
            model=Topic,
        )
        materials = MaterialPage.objects.child_of(self).live().select_related("topic").order_by("path")
        listing = Listing(self, request, materials, [topic])
        # The page may still point at the source language's topic: show this language's one.
        listing.localize("topic", topic, "shown_topic")
        context.update(listing.context())
        context["guidance_pages"] = (
            [] if listing.is_filtered else GuidancePage.objects.child_of(self).live().order_by("path")
        )
        return context


class MaterialPage(PageHead, Page):
    """One methodology material: a topic, a summary and a body with lists, steps, quotes and documents."""

    head_description_fields = ("summary",)

    topic = models.ForeignKey(
        Topic,
        verbose_name=_("topic"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="materials",
        help_text=_("What the material is about; readers filter the library by it."),
    )
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences shown in the list and under the title.")
    )
    body = StreamField(
        BaseStreamBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("The material: headings, text, checklists, numbered steps, quotes and documents to download."),
    )

    content_panels = Page.content_panels + [FieldPanel("topic"), FieldPanel("summary"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("body")]

    parent_page_types = ["materials.MaterialIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("material")
        verbose_name_plural = _("materials")

    @property
    def reading_time(self):
        """Minutes a resident needs to read the summary and the body, at least one."""
        words = words_in(self.summary) + words_in(list(self.body.raw_data))
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["shown_topic"] = in_language(self.topic, self.locale)
        return context


class GuidancePage(PageHead, Page):
    """Guidance for residents in a hard time (the quarantine): checked on a date, with what to do and whom to call."""

    head_description_fields = ("summary",)

    last_reviewed = models.DateField(
        _("last reviewed"), help_text=_("When a manager last checked that the guidance is still right; shown on top.")
    )
    important_notice = models.TextField(
        _("important notice"),
        blank=True,
        help_text=_("The one thing residents must know now; shown in a highlighted box under the title."),
    )
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences shown in the list and under the title.")
    )
    body = StreamField(
        BaseStreamBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("The guidance: the situation, the measures, checklists such as «Пока все дома»."),
    )
    help_contacts = StreamField(
        HelpContactsBlock(),
        blank=True,
        verbose_name=_("help contacts"),
        help_text=_(
            "Where residents can get help, shown near the top: names, phones, hours, addresses, e-mails and partner pages."
        ),
    )
    closing_title = models.CharField(
        _("closing title"),
        max_length=120,
        blank=True,
        help_text=_("The heading of the closing message, e.g. «Очень важно!!!»."),
    )
    closing_message = RichTextField(
        _("closing message"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_(
            "What residents must not miss, e.g. «Очень важно!!!»; shown in a highlighted box near the top, right "
            "after the important notice and before the help contacts."
        ),
    )

    # In the order the page shows them: what is urgent and whom to call before the longer guidance.
    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("last_reviewed"), FieldPanel("important_notice"), FieldPanel("summary")],
            heading=_("At the top"),
        ),
        MultiFieldPanel(
            [FieldPanel("closing_title"), FieldPanel("closing_message")],
            heading=_("Very important (shown near the top)"),
        ),
        FieldPanel("help_contacts"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("important_notice"),
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("closing_message"),
    ]

    parent_page_types = ["materials.MaterialIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("guidance page")
        verbose_name_plural = _("guidance pages")

    def help_contacts_in_language(self):
        """The help contacts with each partner page in this page's language (one query for all of them)."""
        contacts = [block.value for block in self.help_contacts]
        chosen = [contact["partner"] for contact in contacts if contact["partner"]]
        translations = {}
        if chosen:
            # The chosen pages' own model, so that a translation brings its phone, hours and address too.
            partner_pages = type(chosen[0])._default_manager.live()
            translations = translations_by_key(translations_of(partner_pages, chosen, self.locale_id), self.locale_id)
        return [
            {
                "contact": contact,
                "partner": in_language_from(contact["partner"], translations)
                if contact["partner"] and contact["partner"].live
                else None,
            }
            for contact in contacts
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["help_contacts"] = self.help_contacts_in_language()
        return context

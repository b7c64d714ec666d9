from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.admin_widgets import SearchableCheckboxSelectMultiple
from home.blocks import BaseStreamBlock, CaptionedImageBlock
from home.listing import ChoiceFilter, ClassifierFilter, Listing, TagFilter
from home.localization import in_language, translations_of
from home.models.index_pages import IndexPage
from home.page_head import PageHead
from home.tags import KeptPerLanguage, TranslatableTagsManager

from ..forms import InitiativePageForm
from .directions import Direction

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class InitiativeStatus(models.TextChoices):
    """Where an initiative stands; the stored values never change, the labels are translated."""

    IDEA = "idea", _("Idea")
    PREPARING = "preparing", _("Preparing")
    RUNNING = "running", _("Running")
    FINISHED = "finished", _("Finished")


class ProjectIndexPage(IndexPage):
    """«Инициативы»: the list of residents' initiatives with filters, and the upcoming events."""

    parent_page_types = ["home.HomePage"]
    subpage_types = [
        "projects.InitiativePage",
        "projects.EventPage",
        "projects.ProposalFormPage",
        "projects.JoinFormPage",
    ]

    class Meta:
        verbose_name = _("initiatives index")
        verbose_name_plural = _("initiatives indexes")

    def initiatives(self):
        return (
            InitiativePage.objects.child_of(self)
            .live()
            .select_related("direction", "image")
            .prefetch_related("image__renditions")
            .order_by(F("start_date").desc(nulls_last=True), "title")
        )

    def upcoming_events(self, limit=6):
        from .events import EventPage

        return EventPage.objects.child_of(self).live().upcoming()[:limit]

    def proposal_forms(self):
        from .proposals import ProposalFormPage

        return ProposalFormPage.objects.child_of(self).live().order_by("path")

    def listing_filters(self):
        no_such = _("There is no such status or direction of work. Choose one from the lists above.")
        return [
            ChoiceFilter(
                "status",
                _("Status"),
                _("All"),
                no_such,
                field="status",
                visible_label=True,
                choices=InitiativeStatus.choices,
            ),
            ClassifierFilter(
                "direction",
                _("Direction of work"),
                _("All"),
                no_such,
                field="direction",
                visible_label=True,
                model=Direction,
            ),
            TagFilter("tag", _("Tags"), _("All"), _("There are no initiatives tagged «%(tag)s»."), nav=False),
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters = self.listing_filters()
        listing = Listing(self, request, self.initiatives(), filters)
        listing.localize("direction", filters[1], "localized_direction")
        context.update(listing.context())
        context["upcoming_events"] = self.upcoming_events()
        context["proposal_forms"] = self.proposal_forms()
        return context


class InitiativeTag(TaggedItemBase):
    """Links an initiative to one of its tags (translated with the page, like news tags)."""

    content_object = ParentalKey("projects.InitiativePage", on_delete=models.CASCADE, related_name="tagged_items")

    class Meta:
        verbose_name = _("initiative tag")
        verbose_name_plural = _("initiative tags")


class InitiativePage(PageHead, Page):
    """One residents' initiative: what it is, where it stands, where and when, who helps, how to join."""

    head_description_fields = ("summary",)
    head_image_field = "image"

    summary = models.TextField(
        _("summary"), help_text=_("Two or three sentences for the card in the list and for search results.")
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=InitiativeStatus.choices,
        default=InitiativeStatus.IDEA,
        help_text=_("Where the initiative stands; «Finished» shows the results on the page."),
    )
    direction = models.ForeignKey(
        Direction,
        verbose_name=_("direction of work"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The direction of work this initiative belongs to; residents filter the list by it."),
    )
    tags = TranslatableTagsManager(
        through=InitiativeTag,
        blank=True,
        verbose_name=_("tags"),
        help_text=_("A few words residents may look for, comma separated. Translated with the page."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown on the card in the list and at the top of the page (as decoration; put pictures that "
            "carry information in the gallery with a description)."
        ),
    )
    place = models.CharField(
        _("place"), max_length=255, blank=True, help_text=_("Where it happens: a yard, a library, an address.")
    )
    start_date = models.DateField(_("start date"), null=True, blank=True, help_text=_("When it starts; optional."))
    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("When it ends; leave empty for an ongoing initiative.")
    )
    partners = ParentalManyToManyField(
        "contacts.PartnerPage",
        verbose_name=_("partners"),
        blank=True,
        related_name="initiatives",
        help_text=_("Organisations from the partner directory that help with this initiative."),
    )
    body = StreamField(
        BaseStreamBlock(), blank=True, verbose_name=_("body"), help_text=_("The story of the initiative.")
    )
    gallery = StreamField(
        [("image", CaptionedImageBlock())],
        blank=True,
        verbose_name=_("gallery"),
        help_text=_("Photos of the initiative, each with a description and an optional caption."),
    )
    how_to_take_part = RichTextField(
        _("how to take part"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("What a neighbour who wants to join should do: whom to call, where to come."),
    )
    results = RichTextField(
        _("results"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("What came of it; shown once the status is «Finished»."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldPanel("direction"),
                FieldPanel("tags"),
                FieldPanel("place"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
            ],
            heading=_("Where it stands"),
        ),
        FieldPanel("partners", widget=SearchableCheckboxSelectMultiple(search_label=_("Find a partner"))),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("gallery"),
        FieldPanel("how_to_take_part"),
        FieldPanel("results"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("place"),
        index.SearchField("body"),
        index.SearchField("how_to_take_part"),
        index.SearchField("results"),
        index.FilterField("status"),
    ]
    # wagtail-localize skips many-to-many fields unless told: the partners are the same in both languages
    # (each language shows its own translation of them, see localized_partners). Tags are translated.
    override_translatable_fields = [SynchronizedField("partners"), KeptPerLanguage("tagged_items")]

    parent_page_types = ["projects.ProjectIndexPage"]
    subpage_types = []
    base_form_class = InitiativePageForm

    class Meta:
        verbose_name = _("initiative")
        verbose_name_plural = _("initiatives")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date cannot be before the start date.")})

    @property
    def is_finished(self):
        return self.status == InitiativeStatus.FINISHED

    def localized_partners(self):
        """The live partners in this page's language: the translations of the chosen ones, in one query."""
        partner_model = self._meta.get_field("partners").related_model
        if self.pk is None:
            return partner_model.objects.none()
        return (
            translations_of(partner_model.objects.live(), self.partners.all(), self.locale_id)
            .select_related("logo")
            .prefetch_related("logo__renditions")
            .order_by("title")
        )

    def get_context(self, request, *args, **kwargs):
        from .events import EventPage

        context = super().get_context(request, *args, **kwargs)
        context["direction"] = in_language(self.direction, self.locale_id)
        context["partners"] = self.localized_partners()
        context["events"] = (
            EventPage.objects.live()
            .filter(locale_id=self.locale_id, related_initiative__translation_key=self.translation_key)
            .upcoming()
        )
        context["today"] = timezone.localdate()
        context["join_form"] = None if self.is_finished else self.join_form()
        context["joined_count"] = self.joined_count()
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # The count of neighbours who joined grows with each join, a submission, which does not
        # invalidate the page cache (home.page_cache): readers and proxies keep the page briefly.
        patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_LIVE_SECONDS)
        return response

    def join_form(self):
        from .joins import JoinFormPage

        return JoinFormPage.for_initiative(self)

    def joined_count(self):
        from .joins import JoinFormPage

        return JoinFormPage.joined_count(self)

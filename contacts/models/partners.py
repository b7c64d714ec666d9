"""The partner directory: who on the territory helps residents with what."""

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.listing import ClassifierFilter, Listing, page_size_field
from home.localization import in_language
from home.models.classifiers import TranslatableClassifier
from home.models.index_pages import IndexPage
from home.page_head import LOGO_SPEC, PageHead
from home.site_address import absolute_url


class PartnerCategory(TranslatableClassifier):
    """A kind of partner on the territory (libraries, housing companies, МФЦ…): residents filter the directory by it."""

    class Meta(TranslatableClassifier.Meta):
        verbose_name = _("partner category")
        verbose_name_plural = _("partner categories")


class PartnerIndexPage(IndexPage):
    """The partner directory («Партнёры»): every partner page lives under it; residents filter it by category."""

    per_page = page_size_field(24)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["contacts.PartnerPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("partner directory")
        verbose_name_plural = _("partner directories")

    def partners(self):
        """The live partners listed here, with what their cards need, in alphabetical order."""
        return (
            PartnerPage.objects.child_of(self)
            .live()
            .select_related("category", "logo")
            .prefetch_related("logo__renditions")
            .order_by("title")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        category = ClassifierFilter(
            "category",
            _("Partner categories"),
            _("All partners"),
            _("There is no partner category «%(category)s»."),
            field="category",
            model=PartnerCategory,
            only_used=True,
        )
        listing = Listing(self, request, self.partners(), [category])
        # A partner copied from Russian may still point at the Russian category: the card shows this language's.
        listing.localize("category", category, "localized_category")
        context.update(listing.context())
        return context


class PartnerPage(PageHead, Page):
    """One partner organisation: what it helps residents with and how to reach it."""

    head_description_fields = ("short_description", "help_with")
    head_image_field = "logo"
    head_image_spec = LOGO_SPEC

    def head_image_alt(self):
        return _("Logo: %(name)s") % {"name": self.title}

    def structured_data(self, request):
        data = {
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": self.title,
            "description": self.head_description(),
            "url": self.website or self.get_full_url(request),
        }
        if self.website:
            data["sameAs"] = [self.get_full_url(request)]
        if self.phone:
            data["telephone"] = self.phone
        if self.email:
            data["email"] = self.email
        if self.address:
            data["address"] = self.address
        if self.logo:
            data["logo"] = absolute_url(request, self.logo.get_rendition(LOGO_SPEC).url)
        return [data]

    category = models.ForeignKey(
        PartnerCategory,
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="partners",
        help_text=_("The kind of partner; residents filter the directory by it."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The partner's logo or emblem; a square image works best."),
    )
    short_description = models.TextField(
        _("short description"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences shown on the directory card."),
    )
    help_with = RichTextField(
        _("what they help residents with"),
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text=_("The questions a resident can bring to this partner, best as a list."),
    )
    address = models.CharField(
        _("address"), max_length=255, blank=True, help_text=_("Street, building and room, as on a letter.")
    )
    opening_hours = models.TextField(
        _("opening hours"), blank=True, help_text=_("One line per day range, e.g. «Пн–Пт 9:00–18:00».")
    )
    phone = models.CharField(
        _("phone"), max_length=32, blank=True, help_text=_("As residents should dial it, e.g. +7 495 000-00-01.")
    )
    email = models.EmailField(_("e-mail"), blank=True, help_text=_("The partner's public address."))
    website = models.URLField(_("website"), blank=True, help_text=_("The partner's own site, starting with https://."))

    content_panels = Page.content_panels + [
        FieldPanel("category"),
        FieldPanel("logo"),
        FieldPanel("short_description"),
        FieldPanel("help_with"),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("opening_hours"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("website"),
            ],
            heading=_("How to reach them"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("short_description"),
        index.SearchField("help_with"),
        index.SearchField("address"),
        index.FilterField("category"),
    ]
    # A phone number is the same in every language.
    override_translatable_fields = [SynchronizedField("phone")]

    parent_page_types = ["contacts.PartnerIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["category"] = in_language(self.category, self.locale)
        context["initiatives"] = self.initiatives_taking_part()
        return context

    def initiatives_taking_part(self):
        """Live initiatives in this partner's language that list it (or its translation) among their partners.

        The relation comes from projects (InitiativePage.partners, related_name "initiatives"); until that app
        defines it, the list is empty. An English initiative may still point at the Russian partner, so the match
        is on translation_key: one query either way.
        """
        try:
            relation = self._meta.get_field("initiatives")
        except FieldDoesNotExist:
            return []
        initiative_model = relation.related_model
        lookup = f"{relation.field.name}__translation_key"
        return list(
            initiative_model.objects.live()
            .filter(locale_id=self.locale_id, **{lookup: self.translation_key})
            .distinct()
            .order_by("title")
        )

    @property
    def phone_href(self):
        return "tel:" + "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")

"""The alert banner: a short notice managers switch on above every page of one language."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import get_supported_language_variant
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from home.localization import in_language


class AlertBannerQuerySet(models.QuerySet):
    def shown_now(self, language_code=None):
        """Banners that are switched on, inside their time window, in the given (or active) language."""
        now = timezone.now()
        code = get_supported_language_variant(language_code or translation.get_language())
        return (
            self.filter(is_active=True, locale__language_code=code)
            .filter(Q(starts_at__isnull=True) | Q(starts_at__lte=now))
            .filter(Q(ends_at__isnull=True) | Q(ends_at__gt=now))
            .order_by("-updated_at", "-pk")
        )


class AlertBanner(TranslatableMixin, index.Indexed, models.Model):
    """An important notice shown at the top of every page of its language while it is switched on.

    Managers use it for urgent news (quarantine, a water cut-off). Only the newest active banner
    of a language is shown; residents can hide it.
    """

    text = models.TextField(
        _("text"), max_length=400, help_text=_("One or two short sentences; residents read it on a phone.")
    )
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("link to a page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A page of this site with the details; optional."),
    )
    link_url = models.URLField(
        _("link to an address"), blank=True, help_text=_("An address elsewhere, used when no page is chosen; optional.")
    )
    link_text = models.CharField(
        _("link text"),
        max_length=80,
        blank=True,
        help_text=_("What the link says, e.g. «Что делать на карантине». Required when there is a link."),
    )
    is_active = models.BooleanField(
        _("shown"), default=False, help_text=_("Switch on to show the banner; switch off to hide it at once.")
    )
    starts_at = models.DateTimeField(
        _("show from"), null=True, blank=True, help_text=_("Leave empty to show it as soon as it is switched on.")
    )
    ends_at = models.DateTimeField(
        _("show until"), null=True, blank=True, help_text=_("Leave empty to show it until it is switched off.")
    )
    updated_at = models.DateTimeField(
        _("updated"),
        auto_now=True,
        help_text=_("Set on every save; a changed banner is shown again to those who hid it."),
    )

    objects = AlertBannerQuerySet.as_manager()

    panels = [
        FieldPanel("text"),
        MultiFieldPanel([FieldPanel("link_page"), FieldPanel("link_url"), FieldPanel("link_text")], heading=_("Link")),
        MultiFieldPanel(
            [FieldPanel("is_active"), FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")])],
            heading=_("When it is shown"),
        ),
    ]
    search_fields = [index.SearchField("text"), index.AutocompleteField("text")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("alert banner")
        verbose_name_plural = _("alert banners")

    def __str__(self):
        return self.text if len(self.text) <= 60 else self.text[:59] + "…"

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The end must come after the start.")})
        if (self.link_page_id or self.link_url) and not self.link_text:
            raise ValidationError({"link_text": _("Say what the link leads to.")})
        if self.link_text and not (self.link_page_id or self.link_url):
            raise ValidationError({"link_text": _("Choose a page or give an address for the link.")})

    @property
    def is_shown_now(self):
        now = timezone.now()
        return (
            self.is_active
            and (self.starts_at is None or self.starts_at <= now)
            and (self.ends_at is None or self.ends_at > now)
        )

    @property
    def dismiss_key(self):
        """What a browser remembers when a resident hides the banner: a changed banner gets a new key."""
        return f"{self.pk}-{round(self.updated_at.timestamp() * 1_000_000)}"

    def link(self, request=None):
        """Where the banner's link leads, or ""."""
        # wagtail-localize keeps a page link as it was in the source language: lead to this language's page.
        page = in_language(self.link_page, self.locale_id) if self.link_page_id else None
        if page is not None and page.live:
            return page.get_url(request=request) or ""
        return self.link_url

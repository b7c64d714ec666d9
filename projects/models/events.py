from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from home.blocks import BaseStreamBlock
from home.localization import live_translation
from home.page_head import PageHead, publisher_json_ld

from ..ical import event_calendar


class EventKind(models.TextChoices):
    """Everyday events, and the events where residents decide together (the seed's «собрания, сходы, слушания»)."""

    EVENT = "event", _("Event")
    MEETING = "meeting", _("Residents' meeting")
    GATHERING = "gathering", _("Neighbourhood assembly")
    HEARING = "hearing", _("Public hearing")


COLLECTIVE_DECISIONS = {EventKind.MEETING, EventKind.GATHERING, EventKind.HEARING}


class EventQuerySet(PageQuerySet):
    def upcoming(self):
        """Events that have not ended yet, soonest first."""
        return self.filter(end__gte=timezone.now()).order_by("start", "pk")


class EventPage(PageHead, RoutablePageMixin, Page):
    """An event on the territory: a club evening, a clean-up day, or a meeting where residents decide together.

    Every event offers a calendar file (…/ics/) residents add to their phone's calendar.
    """

    head_description_fields = ("summary",)

    def structured_data(self, request):
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "description": self.head_description(),
            "startDate": self.start.isoformat(),
            "endDate": self.end.isoformat(),
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "eventStatus": "https://schema.org/EventScheduled",
            "inLanguage": self.locale.language_code,
            "url": self.get_full_url(request),
            "organizer": publisher_json_ld(request),
        }
        if self.place:
            data["location"] = {"@type": "Place", "name": self.place, "address": self.place}
        return [data]

    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=EventKind.choices,
        default=EventKind.EVENT,
        help_text=_("An everyday event, or a meeting, assembly or hearing where residents take a decision together."),
    )
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences for the list of events and the calendar file.")
    )
    start = models.DateTimeField(_("starts"), help_text=_("Date and time the event starts (Moscow time)."))
    end = models.DateTimeField(_("ends"), help_text=_("Date and time the event ends (Moscow time)."))
    place = models.CharField(
        _("place"), max_length=255, help_text=_("Where to come: an address, a yard, a room in the library.")
    )
    what_to_bring = models.TextField(
        _("what to bring"), blank=True, help_text=_("Gloves, a passport, a board game… Leave empty if nothing.")
    )
    related_initiative = models.ForeignKey(
        "projects.InitiativePage",
        verbose_name=_("initiative"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        help_text=_("The initiative this event belongs to, if any."),
    )
    body = StreamField(
        BaseStreamBlock(), blank=True, verbose_name=_("body"), help_text=_("The programme, the agenda, details.")
    )

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("place"), FieldPanel("what_to_bring")],
            heading=_("When and where"),
        ),
        FieldPanel("related_initiative"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("place"),
        index.SearchField("body"),
        index.FilterField("start"),
        index.FilterField("end"),
    ]

    parent_page_types = ["projects.ProjectIndexPage"]
    subpage_types = []

    objects = PageManager.from_queryset(EventQuerySet)()

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The event cannot end before it starts.")})

    @property
    def is_collective_decision(self):
        return self.kind in COLLECTIVE_DECISIONS

    @property
    def is_past(self):
        return self.end < timezone.now()

    def localized_initiative(self):
        """The related initiative in this page's language (translations may still point at the Russian one)."""
        if self.related_initiative_id is None:
            return None
        return live_translation(self.related_initiative, self.locale_id)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["initiative"] = self.localized_initiative()
        return context

    def get_cached_paths(self):
        # The page and its calendar file, dropped together from the front on publish (home.front_cache).
        return ["/", "ics/"]

    @path("ics/", name="ics")
    def ics(self, request):
        """The event as an iCalendar file."""
        body = event_calendar(
            uid=f"event-{self.translation_key}@dobrye-sosedi",
            start=self.start,
            end=self.end,
            stamp=self.last_published_at or timezone.now(),
            summary=self.title,
            location=self.place,
            description="\n\n".join(part for part in (self.summary, self.what_to_bring) if part),
            url=self.get_full_url(request=request),
            language=self.locale.language_code,
        )
        response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.slug}.ics"'
        return response

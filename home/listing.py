"""One listing for every index page (news, initiatives, partners, materials).

An index declares its filters; `Listing` reads them from the query string, filters the items,
paginates with the page's own `per_page` and gives the templates one shape of context:

- filters: a classifier (`ClassifierFilter`, matched on translation_key so a translation still
  pointing at the Russian entry is found), a fixed set of choices (`ChoiceFilter`) or a tag (`TagFilter`);
- an unknown filter value gives an empty list with a translated message (200), never an error;
- a junk or out-of-range page number is a 404 (the page does not exist);
- a filtered or paged view says `noindex, follow` to robots; its canonical link stays the index itself.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import InvalidPage, Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from home.localization import in_language_from

MAX_VALUE_LENGTH = 100  # longer query values are cut: no slug or tag is that long


def page_size_field(default):
    """The `per_page` field of an index page: how many items one page of its list shows."""
    return models.PositiveSmallIntegerField(
        _("items per page"),
        default=default,
        validators=[MinValueValidator(1), MaxValueValidator(60)],
        help_text=_("How many items one page of the list shows (1–60)."),
    )


@dataclass
class Option:
    value: str
    label: str
    obj: object = None
    count: int | None = None


@dataclass
class ListingFilter:
    """One query parameter of a listing and its options in the page's language."""

    param: str
    label: str  # names the filter's navigation for screen readers
    all_label: str
    unknown: str  # the message for a value that is no option, with %(<param>)s for the value
    field: str = ""
    nav: bool = True  # shown as a row of links above the list
    visible_label: bool = False  # the label also stands above the links
    only_used: bool = False  # offer only options that some item of the list has

    def options(self, page, items):
        raise NotImplementedError

    def apply(self, items, option):
        return items.filter(**{self.field: option.value})

    def current(self, page, options, value):
        return next((option for option in options if option.value == value), None)


@dataclass
class ChoiceFilter(ListingFilter):
    """A field with fixed choices (an initiative's status)."""

    choices: list = field(default_factory=list)

    def options(self, page, items):
        return [Option(value, label) for value, label in self.choices]


@dataclass
class ClassifierFilter(ListingFilter):
    """A TranslatableClassifier foreign key, by the slug of the entry in the page's language."""

    model: type = None

    def options(self, page, items):
        entries = sorted(self.localized(page).values(), key=lambda entry: entry.name)
        if self.only_used:
            used = set(items.values_list(f"{self.field}__translation_key", flat=True))
            entries = [entry for entry in entries if entry.translation_key in used]
        return [Option(entry.slug, entry.name, entry) for entry in entries]

    def current(self, page, options, value):
        # An entry no item has yet is still a valid (empty) choice.
        entry = next((entry for entry in self.localized(page).values() if entry.slug == value), None)
        return entry and Option(entry.slug, entry.name, entry)

    def apply(self, items, option):
        return items.filter(**{f"{self.field}__translation_key": option.obj.translation_key})

    def localized(self, page):
        """This language's entries by translation_key (one query per listing), to show each item's entry."""
        if getattr(self, "_entries", None) is None:
            self._entries = self.model.in_locale(page.locale_id)
        return self._entries


@dataclass
class TagFilter(ListingFilter):
    """The tags of the list's items in the page's language, by slug, with how many items carry each."""

    field: str = "tags"

    def options(self, page, items):
        through = items.model._meta.get_field(self.field).remote_field.through
        rows = (
            through.objects.filter(content_object__in=items)
            .values("tag__slug", "tag__name")
            .annotate(count=Count("pk"))
            .order_by("tag__name")
        )
        return [Option(row["tag__slug"], row["tag__name"], count=row["count"]) for row in rows]

    def apply(self, items, option):
        return items.filter(**{f"{self.field}__slug": option.value}).distinct()


class Listing:
    """The filtered, paginated items of an index page for one request."""

    def __init__(self, page, request, items, filters=()):
        self.page = page
        query = {}
        self.filters = []
        self.unknown = []
        self.active = {}
        for listing_filter in filters:
            value = request.GET.get(listing_filter.param, "").strip()[:MAX_VALUE_LENGTH]
            # A filter without links costs a query only when it is used.
            options = listing_filter.options(page, items) if listing_filter.nav or value else []
            current = listing_filter.current(page, options, value) if value else None
            if value and current is None:
                message = listing_filter.unknown % {listing_filter.param: value}
                if message not in self.unknown:
                    self.unknown.append(message)
            elif current is not None:
                self.active[listing_filter.param] = current
                query[listing_filter.param] = current.value
            self.filters.append((listing_filter, options, current))
        self.query = query
        self.is_filtered = any(request.GET.get(f.param, "").strip() for f in filters)
        if self.unknown:
            items = items.none()
        else:
            for listing_filter, _options, current in self.filters:
                if current is not None:
                    items = listing_filter.apply(items, current)
        try:
            self.page_obj = Paginator(items, page.per_page).page(request.GET.get("page") or 1)
        except InvalidPage as error:
            raise Http404(_("There is no such page of this list.")) from error

    def query_with(self, **changes):
        """The query string of this listing with some filters changed (None drops one), in declared order."""
        chosen = {**self.query, **changes}
        return urlencode([(f.param, chosen[f.param]) for f, _o, _c in self.filters if chosen.get(f.param)])

    def nav(self):
        """What the filter-nav include draws: for each shown filter its links, «all» first."""
        navs = []
        for listing_filter, options, current in self.filters:
            if not listing_filter.nav or not options:
                continue
            links = [
                {
                    "label": listing_filter.all_label,
                    "query": self.query_with(**{listing_filter.param: None}),
                    "current": current is None,
                }
            ]
            for option in options:
                links.append(
                    {
                        "label": option.label,
                        "count": option.count,
                        "query": self.query_with(**{listing_filter.param: option.value}),
                        "current": current is not None and current.value == option.value,
                    }
                )
            navs.append(
                {
                    "param": listing_filter.param,
                    "label": listing_filter.label,
                    "visible_label": listing_filter.visible_label,
                    "links": links,
                }
            )
        return navs

    @property
    def items(self):
        return self.page_obj.object_list

    def localize(self, attribute, listing_filter, target):
        """Set `target` on every item of this page to its `attribute` classifier in the page's language."""
        entries = listing_filter.localized(self.page)
        for item in self.page_obj:
            setattr(item, target, in_language_from(getattr(item, attribute), entries))

    def context(self):
        return {
            "listing": self,
            "page_obj": self.page_obj,
            "filter_navs": self.nav(),
            "extra_query": self.query_with(),
            "noindex": self.is_filtered or self.page_obj.number > 1,
        }

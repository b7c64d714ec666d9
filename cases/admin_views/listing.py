"""The list of cases: filters, a search that reads Cyrillic on SQLite and PostgreSQL, bulk-action checkboxes."""

import json

import django_filters
from django.conf import settings
from django.db.models import Q, TextField
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.widgets.button import HeaderButton
from wagtail.models import Page

from cases.models import Case, CaseState
from cases.models.cases import display_name
from cases.permissions import case_handlers
from cases.views import normalise_reference
from home.models import ResidentSubmission
from home.spam import RESERVED_PREFIX


def form_page_choices():
    pages = Page.objects.filter(pk__in=ResidentSubmission.objects.values("page")).select_related("locale")
    return [(page.pk, f"{page.title} ({page.locale.language_code})") for page in pages.order_by("title")]


def answers_preview(answers, length=140):
    """The resident's first answers, shortened: enough to recognise the case (the form's own values left out)."""
    words = [
        str(value)
        for name, value in answers.items()
        if not name.startswith(RESERVED_PREFIX) and value not in ("", None, [], True, False)
    ]
    return Truncator(" · ".join(words)).chars(length)


class AssigneeField(django_filters.fields.ModelChoiceField):
    def label_from_instance(self, user):
        if isinstance(user, str):  # «nobody», as Wagtail's active-filter chip asks for it
            return str(self.null_label)
        return display_name(user)


class AssigneeFilter(django_filters.ModelChoiceFilter):
    """A moderator, by name (or nobody)."""

    field_class = AssigneeField


class CaseFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(label=_("State"), choices=CaseState.choices)
    form_page = django_filters.ChoiceFilter(label=_("Form"), field_name="submission__page", choices=form_page_choices)
    language = django_filters.ChoiceFilter(
        label=_("Language"), field_name="submission__language", choices=settings.WAGTAIL_CONTENT_LANGUAGES
    )
    assignee = AssigneeFilter(label=_("Assignee"), queryset=lambda request: case_handlers(), null_label=_("Nobody"))
    waiting_days = django_filters.NumberFilter(
        label=_("Waiting for the team longer than, days"), method="filter_waiting", min_value=0
    )

    class Meta:
        model = Case
        fields = []

    def filter_waiting(self, queryset, name, value):
        return queryset.waiting_longer_than(int(value))


def search_condition(query):
    """Reference, name, contact, any answer: icontains over the reference and the answers as text.

    PostgreSQL casts the answers to text as written; SQLite keeps them as JSON with non-ASCII
    letters escaped (\\u0410…) and compares those case-sensitively, so the escaped query is tried
    too, as typed, in lower case and capitalised («анна» finds «Анна»)."""
    condition = Q(submission__reference__icontains=query)
    if reference := normalise_reference(query):
        condition |= Q(submission__reference=reference)
    for variant in {query, query.lower(), query.capitalize()}:
        condition |= Q(answers_text__icontains=variant) | Q(answers_text__icontains=json.dumps(variant)[1:-1])
    return condition


class CaseIndexView(IndexView):
    template_name = "cases/admin/index.html"

    @cached_property
    def header_buttons(self):
        resident = HeaderButton(_("A resident's personal data"), url=reverse("cases:resident"), icon_name="user")
        return [*super().header_buttons, resident]

    def get_base_queryset(self):
        # The assignee column draws an avatar from the profile: one join, not a query per row.
        return super().get_base_queryset().select_related("submission__page", "assignee__wagtail_userprofile")

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        answers = Cast("submission__form_data", TextField())
        return queryset.annotate(answers_text=answers).filter(search_condition(self.search_query))

    @cached_property
    def columns(self):
        return [BulkActionsCheckboxColumn("bulk_actions", obj_type="case"), *super().columns]

    def _get_title_column(self, field_name, column_class=TitleColumn, **kwargs):
        # The bulk-action checkbox of a row is described by this id.
        kwargs.setdefault("get_title_id", lambda case: f"case_{case.pk}_title")
        return super()._get_title_column(field_name, column_class, **kwargs)

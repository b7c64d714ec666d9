"""«Работа с обращениями» in the admin: one list of cases with filters, search and bulk actions, one page
per case where a moderator moves it along, answers the resident and keeps notes, and the resident's page
(every case of one contact: export, erase). Moderators and superusers only (cases.permissions)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, UserColumn
from wagtail.admin.viewsets.model import ModelViewSet

from cases.models import Case, CaseState
from cases.permissions import moderators_only

from .case_page import CaseView
from .listing import CaseFilterSet, CaseIndexView, answers_preview
from .resident import ResidentDataView

__all__ = ["CaseViewSet"]


class CaseViewSet(ModelViewSet):
    model = Case
    icon = "mail"
    menu_label = _("Case work")
    menu_order = 205
    add_to_admin_menu = True
    index_view_class = CaseIndexView
    filterset_class = CaseFilterSet
    list_display = [
        "__str__",
        Column("form", label=_("Form"), accessor="submission.page.title"),
        Column("language", label=_("Language"), accessor="submission.language"),
        StatusTagColumn(
            "state", label=_("State"), accessor="get_state_display", primary=lambda c: c.state == CaseState.NEW
        ),
        UserColumn("assignee", label=_("Assignee")),
        DateColumn("created_at", label=_("Received"), sort_key="created_at"),
        Column("waiting_days", label=_("Waiting, days")),
        Column("summary", label=_("Message"), accessor=lambda case: answers_preview(case.submission.form_data)),
    ]
    search_fields = ["submission__reference"]  # the search itself is CaseIndexView.search_queryset
    list_export = ["reference", "submission.page.title", "submission.language", "get_state_display", "assignee"]
    list_export += ["created_at", "answered_at", "closed_at"]
    export_headings = {
        "reference": _("Reference number"),
        "submission.page.title": _("Form"),
        "submission.language": _("Language"),
        "get_state_display": _("State"),
        "assignee": _("Assignee"),
    }
    export_filename = "cases"
    form_fields = ["assignee"]  # the generic add view needs a form; nobody may add a case (cases.permissions)
    copy_view_enabled = False
    inspect_view_enabled = False

    @property
    def edit_view(self):
        return self.construct_view(CaseView)

    @property
    def resident_view(self):
        return self.construct_view(ResidentDataView)

    def get_urlpatterns(self):
        """Every view, Wagtail's generic ones included, behind the same check (cases.permissions)."""
        patterns = super().get_urlpatterns() + [path("resident/", self.resident_view, name="resident")]
        return [path(str(p.pattern), moderators_only(p.callback), p.default_args, p.name) for p in patterns]

    def register_permissions(self):
        """Nothing for the group editor: access follows the group «Модераторы» (cases.permissions)."""

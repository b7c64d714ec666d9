from django.conf import settings
from django.db.models import Count, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets.button import Button
from wagtail.permissions import register_permission_policy

from cases.admin_views import CaseViewSet
from cases.bulk_actions import AssignBulkAction, CloseBulkAction
from cases.models import WAITING_STATES, Case, CaseState
from cases.permissions import CasePermissionPolicy, can_handle_cases
from projects.models import InitiativePage

register_permission_policy(Case, CasePermissionPolicy(Case))
hooks.register("register_bulk_action", AssignBulkAction)
hooks.register("register_bulk_action", CloseBulkAction)


@hooks.register("register_admin_viewset")
def register_cases():
    return CaseViewSet("cases")


class CasesPanel(Component):
    """On the admin's home: new cases, cases waiting too long, my open cases (one query)."""

    name = "cases"
    template_name = "cases/admin/dashboard_panel.html"
    order = 50

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        days = settings.CASES_WAITING_DAYS
        waiting_since = Case.objects.waiting_longer_than(days).values("pk")
        counts = Case.objects.aggregate(
            new=Count("pk", filter=Q(state=CaseState.NEW)),
            waiting=Count("pk", filter=Q(pk__in=waiting_since)),
            mine=Count("pk", filter=Q(assignee=self.user, state__in=WAITING_STATES)),
        )
        return {**counts, "days": days, "user_id": self.user.pk, "index_url": reverse("cases:index")}


@hooks.register("construct_homepage_panels")
def cases_panel(request, panels):
    if can_handle_cases(request.user):
        panels.append(CasesPanel(request.user))


@hooks.register("register_page_header_buttons")
def source_cases(page, user, view_name, next_url=None):
    """An initiative made from residents' proposals links back to their cases (for moderators)."""
    if not issubclass(page.specific_class or object, InitiativePage) or not can_handle_cases(user):
        return []
    return [
        Button(
            _("Source case %(reference)s") % {"reference": case.reference},
            reverse("cases:edit", args=[case.pk]),
            icon_name="mail",
            priority=80,
        )
        for case in Case.objects.filter(initiative_id=page.pk).select_related("submission")
    ]


@hooks.register("home_page_sections")
def open_numbers_link(home, request):
    """A link to the open numbers, near the end of the home page (no query)."""
    return 90, render_to_string("cases/includes/home_section.html", request=request)

"""Bulk actions on the cases list: assign to a moderator, close. Moderators only."""

from django import forms
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.views.bulk_action import BulkAction

from cases.admin_views.case_page import HandlerChoiceField
from cases.models import Case, CaseState
from cases.models.cases import display_name
from cases.permissions import can_handle_cases, case_handlers
from home.admin_views import forbidden


class CaseBulkAction(BulkAction):
    models = [Case]

    def dispatch(self, request, *args, **kwargs):
        if not can_handle_cases(request.user):
            return forbidden(request)
        return super().dispatch(request, *args, **kwargs)

    def check_perm(self, case):
        return can_handle_cases(self.request.user)

    def object_context(self, case):
        return {"item": case, "edit_url": reverse("cases:edit", args=[case.pk])}

    def get_execution_context(self):
        return {"user": self.request.user}


class AssignForm(forms.Form):
    assignee = HandlerChoiceField(label=_("Assignee"), queryset=case_handlers())


class AssignBulkAction(CaseBulkAction):
    display_name = _("Assign")
    action_type = "assign"
    aria_label = _("Assign the selected cases to a moderator")
    template_name = "cases/admin/bulk_assign.html"
    action_priority = 10
    form_class = AssignForm

    def get_execution_context(self):
        return {**super().get_execution_context(), "assignee": self.cleaned_form.cleaned_data["assignee"]}

    @classmethod
    def execute_action(cls, objects, user=None, assignee=None, **kwargs):
        for case in objects:
            case.assign(assignee, user)
        return len(objects), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d case is assigned to %(name)s.", "%(count)d cases are assigned to %(name)s.", num_parent_objects
        ) % {"count": num_parent_objects, "name": display_name(self.cleaned_form.cleaned_data["assignee"])}


class CloseBulkAction(CaseBulkAction):
    display_name = _("Close")
    action_type = "close"
    aria_label = _("Close the selected cases")
    template_name = "cases/admin/bulk_close.html"
    action_priority = 20

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        closing = [case for case in objects if case.state != CaseState.CLOSED]
        for case in closing:
            case.move_to(CaseState.CLOSED, user)
        return len(closing), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext("%(count)d case is closed.", "%(count)d cases are closed.", num_parent_objects) % {
            "count": num_parent_objects
        }

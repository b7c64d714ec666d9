"""One admin list of everything residents sent, from every form page and in both languages."""

from collections import OrderedDict
from functools import wraps

from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import DeleteView, IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.contrib.forms.views import SubmissionsListView
from wagtail.permission_policies import ModelPermissionPolicy

from home.exports import SafeSpreadsheetMixin, question_columns
from home.models import ResidentSubmission


def may_see_personal_data(user):
    """Moderators (who hold the permission through their group) and superusers; never editors."""
    return user.is_active and user.has_perm("home.view_residentsubmission")


def forbidden(request):
    # Wagtail's admin answers PermissionDenied with a redirect to the dashboard; personal data says 403.
    return TemplateResponse(request, "home/admin_forbidden.html", {}, status=403)


def moderators_only(view):
    """A view of residents' submissions, answering 403 to anyone who may not see personal data."""

    @wraps(view)
    def guarded(request, *args, **kwargs):
        if not may_see_personal_data(request.user):
            return forbidden(request)
        return view(request, *args, **kwargs)

    return guarded


class ModeratorsOnly:
    def dispatch(self, request, *args, **kwargs):
        if not may_see_personal_data(request.user):
            return forbidden(request)
        return super().dispatch(request, *args, **kwargs)


class ResidentFormSubmissionsListView(SafeSpreadsheetMixin, SubmissionsListView):
    """Wagtail's per-form submissions list; its CSV and XLSX exports are safe and in Moscow time."""


ANSWER = "answer:"  # export keys of answers, apart from the submission's own attributes
LEADING_COLUMNS = [
    ("reference", _("Reference number")),
    ("page", _("Form")),
    ("language", _("Language")),
    ("submit_time", _("Submission date")),
]
TRAILING_COLUMNS = [("consent", _("Consent")), ("policy_version", _("Policy version"))]


class SubmissionIndexView(ModeratorsOnly, SafeSpreadsheetMixin, IndexView):
    """«Обращения жителей»: the export has one column per question of the forms in it (their union)."""

    def as_spreadsheet(self, queryset, spreadsheet_format):
        questions = [(ANSWER + key, label) for key, label in question_columns(queryset)]
        columns = LEADING_COLUMNS + questions + TRAILING_COLUMNS
        self.list_export = [key for key, _label in columns]
        self.export_headings = dict(columns)
        return super().as_spreadsheet(queryset, spreadsheet_format)

    def to_row_dict(self, item):
        return OrderedDict(
            (key, item.form_data.get(key[len(ANSWER) :]) if key.startswith(ANSWER) else getattr(item, key))
            for key in self.list_export
        )


class SubmissionInspectView(ModeratorsOnly, InspectView):
    # Wagtail's AbstractFormSubmission leaves these two without a translatable name ("Form data", "Page").
    field_labels = {"form_data": _("Answers"), "page": _("Form")}

    def get_field_label(self, field_name, field):
        return self.field_labels.get(field_name) or super().get_field_label(field_name, field)


class SubmissionDeleteView(ModeratorsOnly, DeleteView):
    pass


class SubmissionsAreRecords(ModelPermissionPolicy):
    """Submissions are what residents said: managers read, export and delete them, never edit."""

    def user_has_permission(self, user, action):
        return action not in {"add", "change"} and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class ResidentSubmissionViewSet(ModelViewSet):
    model = ResidentSubmission
    icon = "form"
    menu_label = _("Resident submissions")
    menu_order = 210
    add_to_admin_menu = True
    list_display = [
        "reference",
        Column("page", label=_("Form"), sort_key="page"),
        "language",
        "submit_time",
        Column("summary", label=_("Answers")),
    ]
    list_filter = ["language", "submit_time"]
    search_fields = ["reference", "form_data"]
    list_export = ["reference", "page", "language", "submit_time", "consent", "policy_version", "form_data"]
    export_filename = "resident-submissions"
    inspect_view_enabled = True
    form_fields = ["form_data"]
    index_view_class = SubmissionIndexView
    inspect_view_class = SubmissionInspectView
    delete_view_class = SubmissionDeleteView

    def get_queryset(self, request):
        return ResidentSubmission.objects.select_related("page")

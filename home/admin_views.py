"""One admin list of everything residents sent, from every form page and in both languages."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from home.models import ResidentSubmission


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
    list_display = ["reference", "page", "language", "submit_time", "summary"]
    list_filter = ["language", "submit_time"]
    search_fields = ["reference", "form_data"]
    list_export = ["reference", "page", "language", "submit_time", "consent", "policy_version", "form_data"]
    export_filename = "resident-submissions"
    inspect_view_enabled = True
    form_fields = ["form_data"]

    def get_queryset(self, request):
        return ResidentSubmission.objects.select_related("page")

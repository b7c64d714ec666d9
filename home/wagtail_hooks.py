from wagtail import hooks
from wagtail.permissions import register_permission_policy

from home.admin_views import ResidentSubmissionViewSet, SubmissionsAreRecords
from home.models import ResidentSubmission

register_permission_policy(ResidentSubmission, SubmissionsAreRecords(ResidentSubmission))


@hooks.register("register_admin_viewset")
def register_resident_submissions():
    return ResidentSubmissionViewSet("resident_submissions")

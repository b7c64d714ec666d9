from wagtail import hooks
from wagtail.permissions import register_permission_policy

from home.admin_views import ResidentSubmissionViewSet, SubmissionsAreRecords
from home.models import ResidentSubmission
from home.slugs import latinise_new_page_slug

register_permission_policy(ResidentSubmission, SubmissionsAreRecords(ResidentSubmission))


@hooks.register("register_admin_viewset")
def register_resident_submissions():
    return ResidentSubmissionViewSet("resident_submissions")


@hooks.register("before_create_page")
def latin_slug_for_new_pages(request, parent_page, page_class):
    """A new page titled in Russian gets a transliterated slug even without the admin's JavaScript."""
    if request.method == "POST":
        request.POST = latinise_new_page_slug(request.POST)

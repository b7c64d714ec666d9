from django.conf import settings
from django.contrib import messages
from django.templatetags.static import static
from django.urls import path
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.contrib.forms import views as form_views
from wagtail.models import TranslatableMixin
from wagtail.permissions import register_permission_policy

from home.admin_views import (
    ResidentSubmissionViewSet,
    SubmissionsAreRecords,
    may_see_personal_data,
    moderators_only,
)
from home.models import ResidentSubmission
from home.slugs import latinise_new_page_slug
from home.translation_status import is_out_of_date

register_permission_policy(ResidentSubmission, SubmissionsAreRecords(ResidentSubmission))


@hooks.register("register_admin_viewset")
def register_resident_submissions():
    return ResidentSubmissionViewSet("resident_submissions")


@hooks.register("before_create_page")
def latin_slug_for_new_pages(request, parent_page, page_class):
    """A new page titled in Russian gets a transliterated slug even without the admin's JavaScript."""
    if request.method == "POST":
        request.POST = latinise_new_page_slug(request.POST)


@hooks.register("filter_form_submissions_for_user")
def submissions_only_for_moderators(user, form_pages):
    """Wagtail shows a form's submissions to whoever may edit the page; here only to those who may see
    residents' personal data (moderators, superusers): the others get 403 on each submissions view."""
    return form_pages if may_see_personal_data(user) else form_pages.none()


@hooks.register("register_admin_urls", order=-1)
def form_submission_urls_for_moderators_only():
    """Wagtail's own form-submission views, answering 403 (not a redirect, not an empty list) to anyone who
    may not see personal data. Registered before wagtail.contrib.forms' patterns, so these paths match first;
    reverse("wagtailforms:…") still names them."""
    index = form_views.FormPagesListView
    return [
        path("forms/", moderators_only(index.as_view()), name="forms_index_moderators_only"),
        path("forms/results/", moderators_only(index.as_view(results_only=True)), name="forms_results_moderators_only"),
        path(
            "forms/submissions/<int:page_id>/",
            moderators_only(form_views.get_submissions_list_view),
            name="form_submissions_moderators_only",
        ),
        path(
            "forms/submissions/<int:page_id>/results/",
            moderators_only(form_views.get_submissions_list_view),
            {"results_only": True},
            name="form_submissions_results_moderators_only",
        ),
        path(
            "forms/submissions/<int:page_id>/delete/",
            moderators_only(form_views.DeleteSubmissionsView.as_view()),
            name="delete_form_submissions_moderators_only",
        ),
    ]


def warn_when_translation_out_of_date(request, instance):
    """A note above the editor when this object or its translation is out of date (home.translation_status)."""
    if request.method != "GET" or not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        return
    if not isinstance(instance, TranslatableMixin) or not is_out_of_date(instance):
        return
    messages.warning(
        request,
        _(
            "Translation out of date: this text and its translation differ since the translation was last "
            "synced. On the source, use «Sync translated pages» or «Sync translated snippets» in the "
            "actions menu, then check the translation and publish it."
        ),
    )


@hooks.register("before_edit_page")
def out_of_date_translation_of_page(request, page):
    warn_when_translation_out_of_date(request, page.specific)


@hooks.register("before_edit_snippet")
def out_of_date_translation_of_snippet(request, instance):
    warn_when_translation_out_of_date(request, instance)


@hooks.register("insert_global_admin_js")
def accessible_names_in_the_editor():
    """Names for the fields Wagtail's editor leaves unnamed (static/js/admin-accessible-names.js)."""
    return format_html('<script src="{}" defer></script>', static("js/admin-accessible-names.js"))

"""Admin registration of partner categories and the partner strip on the home page."""

from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from contacts.models import PartnerCategory, PartnerIndexPage, PartnerPage
from home.viewsets import ClassifierViewSet

PARTNER_STRIP_SIZE = 12


class PartnerCategoryViewSet(ClassifierViewSet):
    model = PartnerCategory
    icon = "group"
    menu_label = _("Partner categories")


register_snippet(PartnerCategoryViewSet)


@hooks.register("home_page_sections")
def partner_strip(home_page, request):
    """A strip of partner logos linking to their pages and to the directory (order 40)."""
    directory = PartnerIndexPage.objects.live().child_of(home_page).first()
    if directory is None:
        return None
    partners = list(
        PartnerPage.objects.child_of(directory)
        .live()
        .filter(logo__isnull=False)
        .select_related("logo")
        .prefetch_related("logo__renditions")
        .order_by("title")[:PARTNER_STRIP_SIZE]
    )
    if not partners:
        return None
    html = render_to_string(
        "contacts/home_section.html", {"directory": directory, "partners": partners}, request=request
    )
    return 40, html

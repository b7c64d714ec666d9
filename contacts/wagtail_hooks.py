"""Admin registration of partner categories and the partner strip on the home page."""

from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from contacts.models import PartnerCategory, PartnerIndexPage, PartnerPage

PARTNER_STRIP_SIZE = 12


class PartnerCategoryViewSet(SnippetViewSet):
    model = PartnerCategory
    icon = "group"
    menu_label = _("Partner categories")
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    ordering = ["name"]
    search_fields = ["name"]
    # A few rows: searched with the ORM, no search index whose missing FilterField made every query a 500.
    search_backend_name = None


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

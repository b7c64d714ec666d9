from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Direction, EventPage, InitiativePage, ProjectIndexPage, ProposalFormPage
from .models.initiatives import InitiativeStatus

HOME_INITIATIVES = 3
HOME_EVENTS = 3


class DirectionViewSet(SnippetViewSet):
    model = Direction
    icon = "tag"
    menu_label = _("Directions of work")
    list_display = ["name", "slug"]
    search_fields = ["name", "description"]
    # A few rows: searched with the ORM, no search index whose missing FilterField made every query a 500.
    search_backend_name = None


register_snippet(DirectionViewSet)


@hooks.register("home_page_sections")
def current_initiatives(home, request):
    """The initiatives that are running or being prepared, and the invitation to propose one, in the home
    page's language."""
    initiatives = list(
        InitiativePage.objects.live()
        .filter(locale_id=home.locale_id, status__in=[InitiativeStatus.RUNNING, InitiativeStatus.PREPARING])
        .select_related("direction", "image")
        .prefetch_related("image__renditions")
        .order_by("-first_published_at")[:HOME_INITIATIVES]
    )
    proposal = ProposalFormPage.objects.live().filter(locale_id=home.locale_id).order_by("path").first()
    if not initiatives and proposal is None:
        return None
    directions = Direction.for_locale(home.locale)
    for initiative in initiatives:
        initiative.localized_direction = initiative.direction and directions.get(
            initiative.direction.translation_key, initiative.direction
        )
    index = ProjectIndexPage.objects.live().filter(locale_id=home.locale_id).first()
    html = render_to_string(
        "projects/home_initiatives.html",
        {"initiatives": initiatives, "index": index, "proposal": proposal},
        request=request,
    )
    return 20, html


@hooks.register("home_page_sections")
def upcoming_events(home, request):
    """The next events, in the home page's language."""
    events = list(EventPage.objects.live().filter(locale_id=home.locale_id).upcoming()[:HOME_EVENTS])
    if not events:
        return None
    index = ProjectIndexPage.objects.live().filter(locale_id=home.locale_id).first()
    html = render_to_string("projects/home_events.html", {"events": events, "index": index}, request=request)
    return 25, html

"""Admin registration of the topics and the alert banner, and the banner above every page."""

from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from home.admin_columns import TranslationOutOfDateColumn, YesNoColumn
from home.viewsets import ClassifierViewSet, SiteSnippetViewSet
from materials.models import AlertBanner, Topic


class TopicViewSet(ClassifierViewSet):
    model = Topic
    menu_label = _("Material topics")
    menu_order = 310
    add_to_admin_menu = True


class AlertBannerViewSet(SiteSnippetViewSet):
    model = AlertBanner
    icon = "warning"
    menu_label = _("Alert banners")
    menu_order = 320
    add_to_admin_menu = True
    list_display = [
        "__str__",
        YesNoColumn("is_active", label=_("Shown")),
        "starts_at",
        "ends_at",
        "locale",
        TranslationOutOfDateColumn(),
        "updated_at",
    ]
    list_filter = ["is_active", "locale"]
    search_fields = ["text"]
    # A few rows: searched with the ORM, no search index whose missing FilterField made every query a 500.
    search_backend_name = None


register_snippet(TopicViewSet)
register_snippet(AlertBannerViewSet)


def active_banner(request):
    """The banner shown now in the active language, looked up once per request."""
    if request is not None and hasattr(request, "_materials_alert_banner"):
        return request._materials_alert_banner
    banner = AlertBanner.objects.shown_now().select_related("link_page").first()
    if request is not None:
        request._materials_alert_banner = banner
    return banner


@hooks.register("page_top_notices")
def alert_banner_notice(request):
    banner = active_banner(request)
    if banner is None:
        return ""
    return render_to_string(
        "materials/alert_banner.html", {"banner": banner, "link": banner.link(request)}, request=request
    )

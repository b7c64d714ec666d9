"""The admin of our snippets: every snippet viewset, and every translatable classifier (directions,
partner categories, topics)."""

from django.conf import settings
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet

from home.admin_columns import TranslationOutOfDateColumn


class SiteSnippetViewSet(SnippetViewSet):
    """A snippet viewset whose breadcrumbs and headings speak the manager's language.

    Wagtail 8.0.1 builds a snippet's breadcrumbs with `gettext` once at start-up ("Home" whatever the
    admin's language): lazy strings here. Its add and edit forms have no level-one heading (axe:
    page-has-heading-one): the templates below give them one.
    """

    create_template_name = "home/admin/snippet_create.html"
    edit_template_name = "home/admin/snippet_edit.html"

    @property
    def breadcrumbs_items(self):
        items = [{"url": reverse_lazy("wagtailadmin_home"), "label": _("Home")}]
        if getattr(settings, "WAGTAILSNIPPETS_MENU_SHOW_ALL", False) or not self.get_menu_item_is_registered():
            items.append({"url": reverse_lazy("wagtailsnippets:index"), "label": _("Snippets")})
        return items


class ClassifierViewSet(SiteSnippetViewSet):
    """Lists a classifier by name with its slug, language and whether its translation is out of date;
    the search box uses the model's index."""

    icon = "tag"
    list_display = ["name", "slug", "locale", TranslationOutOfDateColumn()]
    list_filter = ["locale"]
    ordering = ["name"]

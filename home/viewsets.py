"""The admin of every translatable classifier (directions, partner categories, topics)."""

from wagtail.snippets.views.snippets import SnippetViewSet


class ClassifierViewSet(SnippetViewSet):
    """Lists a classifier by name with its slug and language; the search box uses the model's index."""

    icon = "tag"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    ordering = ["name"]

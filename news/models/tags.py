"""News tags, translated with the news item (see home/tags.py)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase

# Migration 0001 names the manager by this module's path.
from home.tags import TranslatableTagsManager  # noqa: F401


class NewsPageTag(TaggedItemBase):
    """Links a news item to one of its tags."""

    content_object = ParentalKey("news.NewsPage", related_name="tagged_items", on_delete=models.CASCADE)

    class Meta:
        verbose_name = _("news tag")
        verbose_name_plural = _("news tags")

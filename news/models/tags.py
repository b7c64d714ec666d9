"""News tags: django-taggit through modelcluster, translated per language by wagtail-localize.

wagtail-localize 1.14.5 copies a page's tags to its translations unchanged (Russian tags on
the English page). Here every tag name becomes a string of the translation instead, so the
English page carries English tags and each language's tag cloud shows its own words.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail_localize.fields import BaseTranslatableField
from wagtail_localize.segments import StringSegmentValue


class NewsPageTag(TaggedItemBase):
    """Links a news item to one of its tags."""

    content_object = ParentalKey("news.NewsPage", related_name="tagged_items", on_delete=models.CASCADE)

    class Meta:
        verbose_name = _("news tag")
        verbose_name_plural = _("news tags")


class TranslatableTagsManager(ClusterTaggableManager):
    """Tags whose names are translated with the page (one string per tag, keyed by its slug)."""

    def get_translatable_segments(self, tags):
        return [StringSegmentValue(tag.slug, tag.name) for tag in sorted(tags, key=lambda tag: tag.slug)]

    def restore_translated_segments(self, tags, segments):
        translated = {segment.path: segment.render_text() for segment in segments}
        return [translated.get(tag.slug, tag.name) for tag in sorted(tags, key=lambda tag: tag.slug)]

    def __set__(self, instance, value):
        # wagtail-localize stores the restored names with setattr(page, "tags", names).
        self.__get__(instance, type(instance)).set(list(value))


class KeptPerLanguage(BaseTranslatableField):
    """Neither translated nor copied from the source: each language keeps its own rows.

    The tag rows follow the translated `tags` instead of being copied from the Russian page.
    """

    def __repr__(self):
        return f"<KeptPerLanguage {self.field_name}>"

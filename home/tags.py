"""Tags translated with their page: django-taggit through modelcluster, one string per tag for wagtail-localize.

wagtail-localize 1.14.5 copies a page's tags to its translations unchanged (Russian tags on the English
page). With `TranslatableTagsManager` as the page's `tags` and `KeptPerLanguage("tagged_items")` in its
`override_translatable_fields`, every tag name becomes a string of the translation instead, so the
English page carries English tags and each language lists its own words.
"""

from modelcluster.contrib.taggit import ClusterTaggableManager
from wagtail_localize.fields import BaseTranslatableField
from wagtail_localize.segments import StringSegmentValue


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

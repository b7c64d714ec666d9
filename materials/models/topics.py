"""Topics of the methodology materials: what residents and managers filter the materials by."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class Topic(TranslatableMixin, index.Indexed, models.Model):
    """A topic of the materials («Роль менеджера», «Навыки»…): managers keep the list, readers filter by it."""

    name = models.CharField(_("name"), max_length=120, help_text=_("As readers say it, e.g. «Этапы работы»."))
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        help_text=_("Latin letters, digits and hyphens; used in the filter address (?topic=…)."),
    )
    description = models.TextField(
        _("description"), blank=True, help_text=_("One sentence on what the materials of this topic cover; optional.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.SearchField("description")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("material topic")
        verbose_name_plural = _("material topics")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="materials_topic_locale_slug")]

    def __str__(self):
        return self.name

    @classmethod
    def by_translation_key(cls, locale_id):
        """One language's topics keyed by translation_key: one query for a whole listing."""
        return {topic.translation_key: topic for topic in cls.objects.filter(locale_id=locale_id)}

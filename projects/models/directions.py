from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index


class Direction(TranslatableMixin, index.Indexed, models.Model):
    """A direction of the community's work (досуг, благоустройство, …): managers keep the list, initiatives pick one."""

    name = models.CharField(_("name"), max_length=100, help_text=_("As residents say it: «Благоустройство»."))
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        allow_unicode=False,
        help_text=_("The direction in the address of a filtered list (?direction=…), in Latin letters."),
    )
    description = models.TextField(
        _("description"), blank=True, help_text=_("One or two sentences on what this direction covers; optional.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.SearchField("description")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("direction of work")
        verbose_name_plural = _("directions of work")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="projects_direction_unique_slug")]

    def __str__(self):
        return self.name

    @classmethod
    def for_locale(cls, locale=None):
        """The directions of `locale` (the active one by default), keyed by translation_key: one query.

        Pages may point at a direction of another language (a translation not yet synchronised);
        listings map their direction through this dictionary to show the reader's language.
        """
        locale = locale or Locale.get_active()
        return {direction.translation_key: direction for direction in cls.objects.filter(locale=locale)}

"""The translatable classifier: a short list managers keep per language (directions, partner categories,
topics) and residents filter a listing by."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from home.localization import translations_by_key


class TranslatableClassifier(TranslatableMixin, index.Indexed, models.Model):
    """A name residents filter a listing by, with a Latin slug for the address and an optional description.

    Subclasses give the verbose names; each language has its own rows (translated with wagtail-localize),
    and a slug is unique within its language.
    """

    name = models.CharField(
        _("name"), max_length=120, help_text=_("As residents say it, e.g. «Благоустройство» or «Библиотеки».")
    )
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        allow_unicode=False,
        help_text=_("Latin letters, digits and hyphens; used in the address of the filtered list, e.g. ?topic=skills."),
    )
    description = models.TextField(
        _("description"), blank=True, help_text=_("One or two sentences on what this covers; optional.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    # Searched through the model's own index (autocomplete on the name): a field-restricted search
    # fails on SQLite's full-text backend, this works on SQLite and PostgreSQL alike.
    # The admin list sorts by name and filters by language while it searches: both must be filter fields.
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("name"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="%(app_label)s_%(class)s_locale_slug"),
        ]

    def __str__(self):
        return self.name

    @classmethod
    def in_locale(cls, locale):
        """This language's entries keyed by translation_key (one query): a listing maps every row through it."""
        return translations_by_key(cls.objects.all(), locale)

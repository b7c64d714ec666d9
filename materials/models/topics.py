"""Topics of the methodology materials: what residents and managers filter the materials by."""

from django.utils.translation import gettext_lazy as _

from home.models.classifiers import TranslatableClassifier


class Topic(TranslatableClassifier):
    """A topic of the materials («Роль менеджера», «Навыки»…): managers keep the list, readers filter by it."""

    class Meta(TranslatableClassifier.Meta):
        verbose_name = _("material topic")
        verbose_name_plural = _("material topics")

from django.utils.translation import gettext_lazy as _

from home.models.classifiers import TranslatableClassifier


class Direction(TranslatableClassifier):
    """A direction of the community's work (досуг, благоустройство, …): managers keep the list, initiatives pick one."""

    class Meta(TranslatableClassifier.Meta):
        verbose_name = _("direction of work")
        verbose_name_plural = _("directions of work")

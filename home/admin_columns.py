"""Admin listing columns the apps share: yes/no in words, and the out-of-date translation mark."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column

from home.translation_status import out_of_date


class YesNoColumn(Column):
    """A boolean as an icon with «да»/«нет» beside it (Wagtail's BooleanColumn says "True" to a screen reader)."""

    cell_template_name = "home/admin/yes_no_cell.html"

    def get_value(self, instance):
        value = super().get_value(instance)
        return None if value is None else bool(value)


class TranslationOutOfDateColumn(YesNoColumn):
    """«Перевод устарел»: «да» on a translation whose source changed since it was last synced, and on that
    source. Worked out once for the whole page of rows (home.translation_status)."""

    def __init__(self, name="translation_out_of_date", **kwargs):
        kwargs.setdefault("label", _("Translation out of date"))
        super().__init__(name, **kwargs)

    def get_value(self, instance):
        return None

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        table = parent_context["table"]
        if not hasattr(table, "_out_of_date"):
            table._out_of_date = out_of_date(table.data)
        context["value"] = instance.pk in table._out_of_date
        context["warn_when_true"] = True
        return context

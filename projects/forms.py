"""The initiative's editing form in the admin."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


class InitiativePageForm(WagtailAdminPageForm):
    """Offers only the partners in the page's own language (the directory has a Russian and an English
    copy of each); partners already chosen stay on offer so that an older mixed choice still saves."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("partners")
        if field is None:
            return
        locale_id = self.instance.locale_id or getattr(self.parent_page, "locale_id", None)
        # The instance may be a draft revision, whose partners are an in-memory list (no values_list).
        chosen = [partner.pk for partner in self.instance.partners.all()] if self.instance.pk else []
        field.queryset = (
            field.queryset.filter(Q(locale_id=locale_id) | Q(pk__in=chosen)).order_by("title")
            if locale_id
            else field.queryset.order_by("title")
        )
        field.help_text = _(
            "Tick the organisations from the partner directory that help with this initiative; "
            "only partners in this page's language are listed. Type a few letters to find one."
        )

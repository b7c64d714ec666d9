"""Admin widgets the apps share."""

from django import forms
from django.utils.translation import gettext_lazy as _


class SearchableCheckboxSelectMultiple(forms.CheckboxSelectMultiple):
    """A list of checkboxes with a search box above it: tick as many as needed, no Ctrl-click, and
    typing a few letters hides the rest (static/js/admin-choice-filter.js; without JS the whole list shows)."""

    template_name = "home/widgets/searchable_checkboxes.html"
    search_label = _("Find by name")

    def __init__(self, attrs=None, choices=(), search_label=None):
        super().__init__(attrs, choices)
        if search_label is not None:
            self.search_label = search_label

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["search_label"] = self.search_label
        return context

    class Media:
        js = ["js/admin-choice-filter.js"]
        css = {"all": ["css/admin.css"]}

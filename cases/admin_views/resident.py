"""A resident's personal data (152-ФЗ): every case of one contact, downloaded as JSON or erased on request."""

import json

from django import forms
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from cases.models import Case
from cases.personal_data import cases_of, erase, export


class ContactForm(forms.Form):
    contact = forms.CharField(
        label=_("Phone or e-mail of the resident"),
        max_length=200,
        help_text=_("As the resident gives it; spaces, dashes, +7 or 8 do not matter."),
    )


class ResidentDataView(WagtailAdminTemplateMixin, TemplateView):
    """Every case of one resident, found by their contact: export it all, erase it on request (152-ФЗ).
    The contact travels in POST bodies only, never in addresses or logs."""

    template_name = "cases/admin/resident.html"
    header_icon = "user"
    page_title = _("A resident's personal data")
    index_url_name = None

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(self.index_url_name), "label": Case._meta.verbose_name_plural.capitalize()},
            {"url": "", "label": self.page_title},
        ]

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(form=ContactForm()))

    def post(self, request, *args, **kwargs):
        form = ContactForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        contact = form.cleaned_data["contact"]
        cases = list(cases_of(contact))
        action = request.POST.get("action", "find")
        if action == "export" and cases:
            data = export(cases, request.user)
            response = HttpResponse(
                json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json; charset=utf-8"
            )
            filename = f"personal-data-{timezone.localdate():%Y-%m-%d}.json"
            response["Content-Disposition"] = f'attachment; filename="{filename}"'
            return response
        if action == "erase" and cases:
            if request.POST.get("confirm") != "yes":
                messages.error(request, _("Confirm that the resident asked to erase their data."))
            else:
                references = ", ".join(case.reference for case in cases)
                count = erase(cases, request.user)
                messages.success(
                    request,
                    ngettext(
                        "The personal data of %(count)d case is erased: %(references)s.",
                        "The personal data of %(count)d cases is erased: %(references)s.",
                        count,
                    )
                    % {"count": count, "references": references},
                )
                return redirect(request.path)
        return self.render_to_response(self.get_context_data(form=form, cases=cases, searched=True))

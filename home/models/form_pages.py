from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey

from home.models.resident_forms import ResidentFormField, ResidentFormPage


class FormPageField(ResidentFormField):
    page = ParentalKey("home.FormPage", on_delete=models.CASCADE, related_name="form_fields")


class FormPage(ResidentFormPage):
    """A general form: a survey of residents' opinion, a sign-up, a request for help."""

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("form or survey")
        verbose_name_plural = _("forms and surveys")

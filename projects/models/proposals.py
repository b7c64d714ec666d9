from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey

from home.models.resident_forms import ResidentFormField, ResidentFormPage


class ProposalFormField(ResidentFormField):
    """A question of a resident form under «Инициативы» (label translated, stored key shared by both languages)."""

    page = ParentalKey("projects.ProposalFormPage", on_delete=models.CASCADE, related_name="form_fields")


class ProposalFormPage(ResidentFormPage):
    """A form residents fill in to take part: «Предложить инициативу», «Банк соседских талантов» (offer a skill
    or look for a partner). Managers design the questions; every answer is stored with a reference number
    before the managers are e-mailed."""

    template = "projects/proposal_form_page.html"

    parent_page_types = ["projects.ProjectIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("resident form")
        verbose_name_plural = _("resident forms")

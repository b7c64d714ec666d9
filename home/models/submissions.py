from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.models import AbstractFormSubmission


class ResidentSubmission(AbstractFormSubmission):
    """What a resident sent through any form page, with its reference number and consent."""

    reference = models.CharField(
        _("reference number"),
        max_length=32,
        unique=True,
        null=True,
        editable=False,
        help_text=_("Given to the resident on the thank-you page, e.g. ДС-2026-000123."),
    )
    form_token = models.CharField(
        _("form token"),
        max_length=64,
        unique=True,
        null=True,
        editable=False,
        help_text=_(
            "The one-time number of the form the resident filled in: the same form sent again finds this "
            "submission instead of making a second."
        ),
    )
    language = models.CharField(_("language"), max_length=8, help_text=_("The language of the form page."))
    consent = models.TextField(
        _("consent"), help_text=_("The consent to the processing of personal data, as the resident accepted it.")
    )
    policy_version = models.CharField(
        _("policy version"), max_length=64, blank=True, help_text=_("The version of the policy page at the time.")
    )

    class Meta:
        verbose_name = _("resident submission")
        verbose_name_plural = _("resident submissions")
        ordering = ["-submit_time"]

    def __str__(self):
        return self.reference or str(self.pk)

    @staticmethod
    def format_reference(submit_time, pk):
        # The year as residents live it (TIME_ZONE, Moscow): a post at 01:00 on 1 January is the new year's.
        return ResidentSubmission.reference_for(timezone.localtime(submit_time).year, pk)

    @staticmethod
    def reference_for(year, pk):
        """The reference number residents are given: ДС-2026-000123."""
        return f"ДС-{year}-{pk:06d}"

    def get_data(self):
        return {**super().get_data(), "reference": self.reference}

    @property
    def summary(self):
        """The resident's first answers, shortened: enough for a manager to recognise the submission
        (what the form machinery stores beside them, such as a join's initiative key, is left out)."""
        from home.spam import is_reserved_field_name

        answers = [value for name, value in self.form_data.items() if not is_reserved_field_name(name)]
        text = " · ".join(str(value) for value in answers if value not in ("", None, [], False))
        return text[:140] + ("…" if len(text) > 140 else "")

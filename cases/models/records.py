from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class CaseNote(models.Model):
    """An internal note on a case: what the team knows or agreed. Residents never see it."""

    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="notes", verbose_name=_("case"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    text = models.TextField(_("note"), help_text=_("Seen by moderators only."))
    created_at = models.DateTimeField(_("written at"), default=timezone.now)

    class Meta:
        verbose_name = _("internal note")
        verbose_name_plural = _("internal notes")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.case}: {self.text[:40]}"


class CaseEventKind(models.TextChoices):
    CREATED = "created", _("received")
    STATE = "state", _("state")
    ASSIGNEE = "assignee", _("assignee")
    REJECTION_REASON = "rejection_reason", _("reason for rejection")
    ANSWER = "answer", _("public answer")
    ANSWER_EMAIL = "answer_email", _("answer e-mailed")
    NOTE = "note", _("internal note")
    INITIATIVE = "initiative", _("initiative")
    EXPORTED = "exported", _("personal data exported")
    ERASED = "erased", _("personal data erased")


class CaseEvent(models.Model):
    """One change of a case, who made it and when (no actor: the site itself). The history is only added to."""

    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="events", verbose_name=_("case"))
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("who"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(_("when"), default=timezone.now)
    kind = models.CharField(_("what"), max_length=20, choices=CaseEventKind.choices)
    from_value = models.TextField(_("before"), blank=True)
    to_value = models.TextField(_("after"), blank=True)

    class Meta:
        verbose_name = _("case event")
        verbose_name_plural = _("case history")
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.case} {self.at:%Y-%m-%d %H:%M} {self.kind}"

    def display_value(self, value):
        """A stored state or e-mail status shown with its label; anything else as stored."""
        from .cases import CaseState, EmailStatus

        if self.kind == CaseEventKind.STATE and value in CaseState.values:
            return CaseState(value).label
        if self.kind == CaseEventKind.ANSWER_EMAIL and value in EmailStatus.values:
            return EmailStatus(value).label
        return value

    @property
    def display_from(self):
        return self.display_value(self.from_value)

    @property
    def display_to(self):
        return self.display_value(self.to_value)

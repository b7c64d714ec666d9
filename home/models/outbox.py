from django.db import models
from django.utils.translation import gettext_lazy as _


class OutgoingMail(models.Model):
    """One e-mail the site sends (a notification to managers, an answer to a resident): stored with
    what it is about, sent by the task worker, its fate recorded here. See home.mail.queue_mail."""

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting to be sent")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")

    subject = models.CharField(_("subject"), max_length=255, help_text=_("The subject line."))
    body = models.TextField(_("text"), help_text=_("The plain-text body."))
    to = models.JSONField(_("recipients"), default=list, help_text=_("The addresses the message goes to."))
    from_email = models.CharField(
        _("sender"), max_length=255, blank=True, help_text=_("Empty: DEFAULT_FROM_EMAIL from the settings.")
    )
    reply_to = models.JSONField(
        _("reply to"), default=list, blank=True, help_text=_("Where answers go, if not to the sender.")
    )
    submission = models.ForeignKey(
        "home.ResidentSubmission",
        verbose_name=_("submission"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="mails",
        help_text=_("The resident submission this message is about, if any."),
    )
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.PENDING, help_text=_("Where the message is.")
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0, help_text=_("How often sending was tried."))
    last_error = models.TextField(_("last error"), blank=True, help_text=_("Why the last attempt failed."))
    created_at = models.DateTimeField(_("queued at"), auto_now_add=True, help_text=_("When the message was queued."))
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True, help_text=_("When the server accepted it."))

    class Meta:
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outgoing e-mails")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self):
        return f"{self.subject} → {', '.join(self.to)} ({self.get_status_display()})"

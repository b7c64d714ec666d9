import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .records import CaseEventKind, CaseNote


class CaseState(models.TextChoices):
    """Where a case stands; the stored values never change, the labels are translated."""

    NEW = "new", _("new")
    IN_PROGRESS = "in_progress", _("in progress")
    ANSWERED = "answered", _("answered")
    ACCEPTED = "accepted", _("accepted — became an initiative")
    REJECTED = "rejected", _("rejected")
    CLOSED = "closed", _("closed")


# новое → в работе → ответ дан / принято / отклонено → закрыто. Anything not closed can be closed
# (spam, a duplicate); a closed case can be reopened; an answered one can go back to work.
TRANSITIONS = {
    CaseState.NEW: (CaseState.IN_PROGRESS, CaseState.CLOSED),
    CaseState.IN_PROGRESS: (CaseState.ANSWERED, CaseState.ACCEPTED, CaseState.REJECTED, CaseState.CLOSED),
    CaseState.ANSWERED: (CaseState.IN_PROGRESS, CaseState.CLOSED),
    CaseState.ACCEPTED: (CaseState.CLOSED,),
    CaseState.REJECTED: (CaseState.CLOSED,),
    CaseState.CLOSED: (CaseState.IN_PROGRESS,),
}
# The states in which a case waits for the team.
WAITING_STATES = (CaseState.NEW, CaseState.IN_PROGRESS)


class EmailStatus(models.TextChoices):
    """What became of the letter with the answer (the mail worker records it on home.OutgoingMail)."""

    NOT_SENT = "", _("not sent")
    PENDING = "pending", _("waiting to be sent")
    SENT = "sent", _("sent")
    FAILED = "failed", _("failed")


class TransitionNotAllowed(ValidationError):
    pass


def display_name(user):
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


class CaseQuerySet(models.QuerySet):
    def waiting(self):
        return self.filter(state__in=WAITING_STATES)

    def waiting_longer_than(self, days, now=None):
        return self.waiting().filter(created_at__lt=(now or timezone.now()) - datetime.timedelta(days=days))

    def with_personal_data(self):
        return self.filter(personal_data_removed_at__isnull=True)


class Case(models.Model):
    """What happens to one submission: its state, who handles it, the public answer and the history.

    Every resident submission gets a case when it is stored (cases.signals)."""

    submission = models.OneToOneField(
        "home.ResidentSubmission", on_delete=models.CASCADE, related_name="case", verbose_name=_("submission")
    )
    state = models.CharField(_("state"), max_length=20, choices=CaseState.choices, default=CaseState.NEW, db_index=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assignee"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_cases",
        help_text=_("The moderator who handles the case."),
    )
    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    answer = models.TextField(
        _("public answer"),
        blank=True,
        help_text=_("Shown to the resident on the status page and e-mailed when they gave an e-mail address."),
    )
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    answer_mail = models.ForeignKey(
        "home.OutgoingMail",
        verbose_name=_("answer e-mail"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The letter that takes the answer to the resident; the mail worker records whether it went."),
    )
    rejection_reason = models.TextField(
        _("reason for rejection"), blank=True, help_text=_("Required to reject; seen by moderators only.")
    )
    initiative = models.ForeignKey(
        "projects.InitiativePage",
        verbose_name=_("initiative"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="source_cases",
        help_text=_("The initiative this proposal became."),
    )
    personal_data_removed_at = models.DateTimeField(
        _("personal data removed"),
        null=True,
        blank=True,
        help_text=_("When the resident's answers and consent were erased (on request or after the retention period)."),
    )

    objects = CaseQuerySet.as_manager()

    class Meta:
        verbose_name = _("case")
        verbose_name_plural = _("cases")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.reference

    @property
    def reference(self):
        return self.submission.reference or f"#{self.submission_id}"

    @property
    def is_waiting(self):
        return self.state in WAITING_STATES

    @property
    def waiting_days(self):
        return (timezone.now() - self.created_at).days if self.is_waiting else None

    def next_states(self):
        return TRANSITIONS[self.state]

    @property
    def can_become_initiative(self):
        return self.initiative_id is None and self.state in (CaseState.NEW, CaseState.IN_PROGRESS, CaseState.ANSWERED)

    # Changes: each one saved with its line in the history

    def record(self, actor, kind, from_value="", to_value=""):
        return self.events.create(actor=actor, kind=kind, from_value=from_value or "", to_value=to_value or "")

    @transaction.atomic
    def move_to(self, state, actor=None, reason=""):
        state = CaseState(state)
        if state == self.state:
            return
        if state not in TRANSITIONS[self.state]:
            raise TransitionNotAllowed(
                _("A case that is «%(from)s» cannot become «%(to)s»."),
                params={"from": CaseState(self.state).label, "to": state.label},
                code="transition",
            )
        reason = reason.strip()
        if state == CaseState.REJECTED and not reason:
            raise ValidationError(_("Give the reason for the rejection."), code="reason_required")
        previous, self.state = self.state, state
        if state == CaseState.CLOSED:
            self.closed_at = timezone.now()
        elif previous == CaseState.CLOSED:
            self.closed_at = None
        if state == CaseState.REJECTED:
            self.rejection_reason = reason
        self.save()
        self.record(actor, CaseEventKind.STATE, previous, state)
        if state == CaseState.REJECTED:
            self.record(actor, CaseEventKind.REJECTION_REASON, to_value=reason)

    def take_up(self, actor=None):
        """Into work: a new case before it is answered or accepted, an answered one before it is accepted."""
        if self.state in (CaseState.NEW, CaseState.ANSWERED):
            self.move_to(CaseState.IN_PROGRESS, actor)

    @transaction.atomic
    def assign(self, user, actor=None):
        if user == self.assignee:
            return
        previous, self.assignee = self.assignee, user
        self.save(update_fields=["assignee", "updated_at"])
        self.record(actor, CaseEventKind.ASSIGNEE, display_name(previous), display_name(user))

    @transaction.atomic
    def add_note(self, text, author=None):
        note = CaseNote.objects.create(case=self, author=author, text=text.strip())
        self.save(update_fields=["updated_at"])
        self.record(author, CaseEventKind.NOTE)
        return note

    @transaction.atomic
    def write_answer(self, text, actor=None):
        """Store the public answer (mail it afterwards with cases.answers.send_answer). A case waiting
        for the team becomes «answered»; an accepted or rejected one keeps its state."""
        previous = self.answer
        self.answer, self.answered_at = text.strip(), timezone.now()
        self.answer_mail = None
        self.save()
        self.record(actor, CaseEventKind.ANSWER, previous, self.answer)
        if self.state in WAITING_STATES:
            self.take_up(actor)
            self.move_to(CaseState.ANSWERED, actor)

    @property
    def answer_email_status(self):
        """«», «pending», «sent» or «failed»: the fate of the letter with the current answer."""
        return EmailStatus(self.answer_mail.status) if self.answer_mail_id else EmailStatus.NOT_SENT

    def record_answer_email(self, mail):
        self.answer_mail = mail
        self.save(update_fields=["answer_mail", "updated_at"])
        self.record(None, CaseEventKind.ANSWER_EMAIL, to_value=EmailStatus.PENDING)

    @transaction.atomic
    def accept_as(self, initiative, actor=None):
        """The proposal became `initiative`: linked and «accepted»."""
        self.take_up(actor)
        self.initiative = initiative
        self.save(update_fields=["initiative", "updated_at"])
        self.record(actor, CaseEventKind.INITIATIVE, to_value=f"{initiative.title} (#{initiative.pk})")
        self.move_to(CaseState.ACCEPTED, actor)

"""Mail that never holds up a request: queue it with the data it is about, a worker sends it.

Any app sends e-mail through `queue_mail`:

    from home.mail import queue_mail

    with transaction.atomic():
        submission = ...  # or the case, the answer: whatever the message is about
        queue_mail(subject, body, ["resident@example.org"], submission=submission)

- The message is stored as an `OutgoingMail` row (status «pending») and a task is enqueued in the
  same transaction: with the database task backend both commit with the data or not at all, so a
  stored submission always has its notification on the way, and a rolled-back one has none.
- The worker (`manage.py db_worker`, started by `make run` beside gunicorn) sends it with
  Django's configured e-mail backend. A failure is retried after MAIL_RETRY_DELAYS (seconds);
  after the last one the row says «failed» with the error, and managers still find the
  submission in the admin.
- A hung or refusing mail server costs the worker EMAIL_TIMEOUT per attempt and the resident nothing.

Plain text only (nothing in a message executes); `to` and `reply_to` are lists of addresses.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.utils import timezone
from django_tasks import task, task_backends

from home.models.outbox import OutgoingMail

logger = logging.getLogger("dobrye_sosedi.mail")


def queue_mail(subject, body, to, *, from_email="", reply_to=(), submission=None):
    """Store a message and enqueue its sending; returns the OutgoingMail. Call it inside the
    transaction that stores what the message is about."""
    mail = OutgoingMail.objects.create(
        # A subject is one line: a line break in it would start the message's headers anew.
        subject=" ".join(str(subject).split())[:255],
        body=body,
        to=list(to),
        from_email=from_email or "",
        reply_to=list(reply_to),
        submission=submission,
    )
    send_queued_mail.enqueue(mail.pk)
    return mail


@task(backend="mail")
def send_queued_mail(mail_id):
    """Send one queued message; on failure try again later, then give up and say so."""
    mail = OutgoingMail.objects.filter(pk=mail_id, status=OutgoingMail.Status.PENDING).first()
    if mail is None:  # sent meanwhile, or deleted with its submission
        return
    mail.attempts += 1
    try:
        EmailMultiAlternatives(
            mail.subject, mail.body, mail.from_email or None, mail.to, reply_to=mail.reply_to or None
        ).send()
    except Exception as error:
        mail.last_error = f"{type(error).__name__}: {error}"[:2000]
        delays = settings.MAIL_RETRY_DELAYS
        if mail.attempts > len(delays):
            mail.status = OutgoingMail.Status.FAILED
            mail.save(update_fields=["attempts", "last_error", "status"])
            logger.error("Could not e-mail %s after %d attempts: %s", mail, mail.attempts, mail.last_error)
            return
        mail.save(update_fields=["attempts", "last_error"])
        logger.warning("E-mail %s failed (attempt %d), will retry: %s", mail.pk, mail.attempts, mail.last_error)
        _retry(mail, delays[mail.attempts - 1])
        return
    mail.status, mail.sent_at, mail.last_error = OutgoingMail.Status.SENT, timezone.now(), ""
    mail.save(update_fields=["attempts", "status", "sent_at", "last_error"])


def _retry(mail, delay):
    if task_backends[send_queued_mail.backend].supports_defer:
        send_queued_mail.using(run_after=timezone.now() + timedelta(seconds=delay)).enqueue(mail.pk)
    else:
        # The immediate backend (tests) cannot wait: it tries again at once.
        send_queued_mail.enqueue(mail.pk)

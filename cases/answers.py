"""The public answer goes to the resident: stored first (Case.write_answer), then queued here for the
mail worker when they gave an e-mail address. A mail failure is recorded on the letter and shown on the
case, never as an error page; the answer stays on the status page either way."""

from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from cases.contact_details import email_address
from cases.models import EmailStatus
from home.mail import queue_mail
from home.site_address import absolute_url


def resident_email(case):
    """The e-mail address the resident gave ('' if none): an e-mail question's answer, else an address in the answers."""
    page = case.submission.page.specific
    questions = page.get_form_fields() if hasattr(page, "get_form_fields") else []
    email_fields = [question.clean_name for question in questions if question.field_type == "email"]
    return email_address(case.submission.form_data, email_fields)


def send_answer(case, request=None):
    """Queue the stored answer for the resident, in their language, through the site's mail queue
    (home.mail: the worker sends it and records sent or failed); returns the letter's status now."""
    address = resident_email(case) if case.answer else ""
    if not address:
        return EmailStatus.NOT_SENT
    with translation.override(case.submission.language or None):
        status_url = reverse("case_status") + "?" + urlencode({"reference": case.reference})
        subject = _("Answer to your message %(reference)s") % {"reference": case.reference}
        body = render_to_string(
            "cases/answer_email.txt", {"case": case, "status_url": absolute_url(request, status_url)}
        )
    with transaction.atomic():
        mail = queue_mail(subject, body, [address], submission=case.submission)
        case.record_answer_email(mail)
    case.answer_mail.refresh_from_db()
    return case.answer_email_status

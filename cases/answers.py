"""The public answer goes to the resident: stored first (Case.write_answer), then e-mailed here when they
gave an e-mail address. A mail failure is logged and recorded on the case, never shown as an error page;
the answer stays on the status page either way."""

import logging

from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from cases.contact_details import email_address
from cases.models import EmailStatus
from home.site_address import absolute_url

logger = logging.getLogger("dobrye_sosedi.cases")


def resident_email(case):
    """The e-mail address the resident gave ('' if none): an e-mail question's answer, else an address in the answers."""
    page = case.submission.page.specific
    questions = page.get_form_fields() if hasattr(page, "get_form_fields") else []
    email_fields = [question.clean_name for question in questions if question.field_type == "email"]
    return email_address(case.submission.form_data, email_fields)


def send_answer(case, request=None):
    """E-mail the stored answer in the resident's language; returns the e-mail status it recorded."""
    address = resident_email(case) if case.answer else ""
    if not address:
        return EmailStatus.NOT_SENT
    try:
        with translation.override(case.submission.language or None):
            status_url = reverse("case_status") + "?" + urlencode({"reference": case.reference})
            subject = _("Answer to your message %(reference)s") % {"reference": case.reference}
            body = render_to_string(
                "cases/answer_email.txt",
                {"case": case, "status_url": absolute_url(request, status_url)},
            )
        send_mail(subject, body, None, [address])
    except Exception:
        logger.exception("Could not e-mail the answer to %s; it is stored and shown on the status page.", case)
        status = EmailStatus.FAILED
    else:
        status = EmailStatus.SENT
    case.record_answer_email(status)
    return status

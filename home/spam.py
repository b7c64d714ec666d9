"""Keeping bots out of the resident forms: a honeypot, a minimum fill time and a rate limit.

wagtail-honeypot (1.3) was considered: it checks an unsigned timestamp and answers a bot by
returning None from process_form_submission, which leaves the landing page without a
submission. Here the time is signed and the check runs in serve(), before anything is stored.
"""

import time

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.translation import gettext_lazy as _
from django_ratelimit.core import is_ratelimited

# The form machinery's own fields, declared once. A manager's question can never take these
# names (home.models.resident_forms refuses them in the admin). The trap keeps a name bots like
# to fill; the others carry the project's namespace.
HONEYPOT_FIELD = "website"
STARTED_FIELD = "ds_started"
CONSENT_FIELD = "ds_consent"
RESERVED_PREFIX = "ds_"
RESERVED_FIELD_NAMES = frozenset({HONEYPOT_FIELD, STARTED_FIELD, CONSENT_FIELD})


def is_reserved_field_name(name):
    """True for a name the form machinery uses or may use (its whole `ds_` namespace)."""
    return name in RESERVED_FIELD_NAMES or name.startswith(RESERVED_PREFIX)


_SALT = "dobrye-sosedi.resident-form"


def started_token(seconds_ago=0):
    """The signed moment the form was shown (tests pass seconds_ago to act as a patient person)."""
    return signing.dumps({"t": int(time.time()) - seconds_ago}, salt=_SALT)


def honeypot_fields():
    """Form fields a person never fills: one hidden from view, one carrying when the form was shown."""
    return {
        HONEYPOT_FIELD: forms.CharField(
            required=False,
            label=_("Leave this field empty"),
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        ),
        STARTED_FIELD: forms.CharField(required=False, widget=forms.HiddenInput),
    }


def looks_like_a_bot(data):
    """True when the honeypot is filled, or the form came back faster than a person can fill it."""
    if data.get(HONEYPOT_FIELD):
        return True
    try:
        started = signing.loads(data.get(STARTED_FIELD, ""), salt=_SALT)["t"]
    except (signing.BadSignature, KeyError, TypeError):
        return True
    return time.time() - started < settings.FORMS_MIN_FILL_SECONDS


def over_rate_limit(request):
    """Counts this POST against the client's allowance for all resident forms together."""
    return is_ratelimited(
        request, group="resident-forms", key="ip", rate=settings.FORMS_RATE_LIMIT, method="POST", increment=True
    )

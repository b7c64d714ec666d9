"""Keeping bots out of the resident forms: a honeypot, a minimum fill time and a rate limit.

wagtail-honeypot (1.3) was considered: it checks an unsigned timestamp and answers a bot by
returning None from process_form_submission, which leaves the landing page without a
submission. Here the time is signed and the check runs in serve(), before anything is stored.
"""

import secrets
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import caches
from django.utils.translation import gettext_lazy as _
from django_ratelimit.core import _SIMPLE_KEYS, _get_window, _make_cache_key, _split_rate, is_ratelimited

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
# How long a shown form stays valid; a resident who takes longer is asked to send it again, answers kept.
TOKEN_MAX_AGE = 60 * 60 * 24
_GROUP_ACCEPTED = "resident-forms"
_GROUP_REFUSED = "resident-forms-refused"


def started_token(page, seconds_ago=0):
    """The signed moment `page`'s form was shown, with a nonce that makes it single-use.

    Tests pass seconds_ago to act as a patient person."""
    return signing.dumps(
        {"t": int(time.time()) - seconds_ago, "p": page.pk, "n": secrets.token_urlsafe(12)}, salt=_SALT
    )


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


class FillCheck:
    """What the spam checks made of a post: a bot (answer neutrally), a stale or used token (ask to send
    again, answers kept), or a person."""

    BOT = "bot"
    STALE = "stale"
    PERSON = "person"


def _token(data):
    try:
        token = signing.loads(data.get(STARTED_FIELD, ""), salt=_SALT)
        return token if {"t", "p", "n"} <= token.keys() else None
    except (signing.BadSignature, AttributeError, TypeError, ValueError):
        return None


def check_fill(data, page):
    """Judge a post to `page`: honeypot filled, no valid token, a token of another form or a post faster
    than a person can fill the form → BOT; a token older than TOKEN_MAX_AGE → STALE."""
    token = _token(data)
    if data.get(HONEYPOT_FIELD) or token is None or token["p"] != page.pk:
        return FillCheck.BOT
    age = time.time() - token["t"]
    if age < settings.FORMS_MIN_FILL_SECONDS:
        return FillCheck.BOT
    if age > TOKEN_MAX_AGE:
        return FillCheck.STALE
    return FillCheck.PERSON


def token_nonce(data):
    """The one-time number of the form a post was filled in (None without a valid token).

    It is stored with the submission under a unique constraint (ResidentSubmission.form_token), in the
    same transaction: the same form sent twice (a double click, a resend, the front retrying a post on
    another host after the first one died) finds the first submission instead of making a second, and
    a post that was never committed is never counted as sent."""
    token = _token(data)
    return token["n"] if token else None


def _counter_cache():
    # The rate limit's cache: shared by every worker and host.
    return caches[settings.RATELIMIT_USE_CACHE]


def _usage(request, group, rate, increment):
    return is_ratelimited(request, group=group, key="ip", rate=rate, method="POST", increment=increment)


def _counter(request, group, rate):
    """The cache key under which django_ratelimit counts `request`'s client in the current window
    (as is_ratelimited(key="ip", method="POST") computes it), and the window's limit."""
    limit, period = _split_rate(rate)
    client = _SIMPLE_KEYS["ip"](request)
    return _make_cache_key(group, _get_window(client, period), rate, client, "POST"), limit


def over_rate_limit(request):
    """True when the client has used up either allowance (checked before anything else, counting nothing).

    One read of both counters. django_ratelimit's get_usage(increment=False) would first *add* each
    counter at zero: for a new client two writes, each a turn at SQLite's single write lock."""
    if not getattr(settings, "RATELIMIT_ENABLE", True):
        return False
    counters = [
        _counter(request, _GROUP_ACCEPTED, settings.FORMS_RATE_LIMIT),
        _counter(request, _GROUP_REFUSED, settings.FORMS_REFUSED_RATE_LIMIT),
    ]
    counts = _counter_cache().get_many([key for key, _ in counters])
    return any(counts.get(key, 0) >= limit for key, limit in counters)


def count_accepted(request):
    """Count an accepted submission; True when it is one too many (it must then not be stored)."""
    return _usage(request, _GROUP_ACCEPTED, settings.FORMS_RATE_LIMIT, True)


def count_refused(request):
    """Count a refused post (invalid answers, a bot, a stale token) against the larger allowance."""
    _usage(request, _GROUP_REFUSED, settings.FORMS_REFUSED_RATE_LIMIT, True)

"""The public side of cases: a resident follows their message by reference number, and everyone sees the
open numbers. Both are plain views inside i18n_patterns (/status/ and /en/status/, /open-numbers/ and
/en/open-numbers/): they exist as soon as the site is set up, with no page for a manager to create or
to delete by mistake, and the thank-you page can link to them by name."""

import hmac
import re

from django import forms
from django.conf import settings
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django_ratelimit.core import is_ratelimited

from cases import open_numbers
from cases.contact_details import contacts_in, normalise_contact
from cases.models import Case, CaseState
from home.models import ResidentSubmission

REFERENCE = re.compile(r"(\d{4})\D{0,3}(\d{1,9})\s*$")

# What a resident reads about their message, per state.
PUBLIC_STATES = {
    CaseState.NEW: (_("Received"), _("Your message has been received and is waiting for a moderator.")),
    CaseState.IN_PROGRESS: (_("In progress"), _("A moderator is working on your message.")),
    CaseState.ANSWERED: (_("Answered"), _("We have answered your message: the answer is below.")),
    CaseState.ACCEPTED: (
        _("Accepted: it became an initiative"),
        _("Your proposal became an initiative of the neighbourhood."),
    ),
    CaseState.REJECTED: (_("Declined"), _("We cannot take this proposal forward; the answer below says why.")),
    CaseState.CLOSED: (_("Closed"), _("Work on this message is finished.")),
}


class StatusForm(forms.Form):
    reference = forms.CharField(
        label=_("Reference number"),
        max_length=40,
        help_text=_("From the thank-you page, for example ДС-2026-000123."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
    contact = forms.CharField(
        label=_("Phone or e-mail"),
        max_length=200,
        help_text=_("The phone number or e-mail address you gave in the form."),
    )


def normalise_reference(text):
    """«ДС-2026-000123», «дс 2026 123» and «DS-2026-000123» are the same reference."""
    match = REFERENCE.search((text or "").strip())
    if match is None:
        return ""
    year, number = (int(group) for group in match.groups())
    if year < 1:
        return ""
    return ResidentSubmission.reference_for(year, number)


def find_case(reference, contact):
    """The case with this reference whose answers hold this contact, else None.

    A wrong reference and a wrong contact take the same path: one query, the same comparisons."""
    wanted = normalise_contact(contact)
    case = (
        Case.objects.select_related("submission__page", "initiative")
        .filter(submission__reference=normalise_reference(reference))
        .first()
    )
    known = contacts_in(case.submission.form_data if case else {})
    matched = any(hmac.compare_digest(wanted.encode(), other.encode()) for other in known) and bool(wanted)
    return case if matched else None


def over_status_rate_limit(request):
    return is_ratelimited(
        request, group="case-status", key="ip", rate=settings.CASES_STATUS_RATE_LIMIT, method="POST", increment=True
    )


@never_cache
def case_status(request):
    context = {"seo_title": _("Status of your message")}
    status = 200
    if request.method == "POST":
        if over_status_rate_limit(request):
            return render(
                request, "cases/status.html", {**context, "form": StatusForm(), "rate_limited": True}, status=429
            )
        form = StatusForm(request.POST)
        if form.is_valid():
            case = find_case(form.cleaned_data["reference"], form.cleaned_data["contact"])
            if case is None:
                # Nothing of what was typed is echoed: the two wrong guesses read the same.
                form, status = StatusForm(), 404
                context["not_found"] = True
            else:
                label, explanation = PUBLIC_STATES[case.state]
                initiative = case.initiative
                context["case"] = {
                    "reference": case.reference,
                    "form_title": case.submission.page.title,
                    "state": case.state,
                    "state_label": label,
                    "state_explanation": explanation,
                    "received": case.created_at,
                    "answered": case.answered_at,
                    "closed": case.closed_at,
                    "answer": case.answer,
                    "initiative": initiative if initiative is not None and initiative.live else None,
                }
        else:
            status = 400
    else:
        form = StatusForm(initial={"reference": request.GET.get("reference", "")[:40]})
    context["form"] = form
    return render(request, "cases/status.html", context, status=status)


def open_numbers_page(request):
    response = render(request, "cases/open_numbers.html", {"seo_title": _("Open numbers"), **open_numbers.figures()})
    # Counted from cases, which a submission creates without touching the page cache's content
    # version (home.page_cache): the page cache and proxies keep it briefly.
    patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_LIVE_SECONDS)
    return response

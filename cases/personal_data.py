"""Residents' personal data under 152-ФЗ: found by contact, exported, erased on request or after the
retention period.

Erasing keeps the case, its reference, dates, state and form (so the open numbers stay right) and
blanks what the resident wrote: the answers and the consent text. Notes, the public answer and the
history stay, with the resident's answers and contacts cut out of them. Every export and erasure is
a line in the case's history: who, when, why.
"""

import calendar

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from cases.contact_details import contacts_in, normalise_contact, redact
from cases.models import Case, CaseEventKind, CaseState

ON_REQUEST = "on request"
RETENTION = "retention period"


def months_before(moment, months):
    index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    return moment.replace(year=year, month=month, day=min(moment.day, calendar.monthrange(year, month)[1]))


def due_for_removal(now=None):
    """Closed cases whose closing lies further back than CASES_RETENTION_MONTHS and that still hold personal data."""
    cutoff = months_before(now or timezone.now(), settings.CASES_RETENTION_MONTHS)
    return Case.objects.with_personal_data().filter(state=CaseState.CLOSED, closed_at__lt=cutoff)


def cases_of(contact):
    """Every case whose answers give this contact (phone or e-mail, however it was typed)."""
    wanted = normalise_contact(contact)
    if not wanted:
        return Case.objects.none()
    # Contacts are typed in too many ways for SQL to compare: read the answers once, compare here.
    answers = Case.objects.with_personal_data().values_list("pk", "submission__form_data")
    matching = [pk for pk, data in answers.iterator() if wanted in contacts_in(data or {})]
    return Case.objects.filter(pk__in=matching).select_related("submission__page", "assignee")


def export(cases, actor=None):
    """Everything stored about these cases, as a dictionary ready for JSON; each export is recorded."""
    exported = []
    for case in cases:
        submission = case.submission
        page = submission.page.specific
        labels = (
            {q.clean_name: str(q.label) for q in page.get_form_fields()} if hasattr(page, "get_form_fields") else {}
        )
        exported.append(
            {
                "reference": case.reference,
                "form": page.title,
                "language": submission.language,
                "received": case.created_at.isoformat(),
                "state": case.state,
                "answers": [
                    {"question": labels.get(name, name), "answer": value}
                    for name, value in submission.form_data.items()
                ],
                "consent": submission.consent,
                "policy_version": submission.policy_version,
                "public_answer": case.answer,
                "answered": case.answered_at.isoformat() if case.answered_at else None,
                "closed": case.closed_at.isoformat() if case.closed_at else None,
                "notes": [{"written": note.created_at.isoformat(), "text": note.text} for note in case.notes.all()],
                "history": [
                    {
                        "when": event.at.isoformat(),
                        "what": event.kind,
                        "before": event.from_value,
                        "after": event.to_value,
                    }
                    for event in case.events.all()
                ],
            }
        )
        case.record(actor, CaseEventKind.EXPORTED)
    return {"exported": timezone.now().isoformat(), "cases": exported}


@transaction.atomic
def remove_personal_data(case, actor=None, why=RETENTION):
    """Blank the answers and the consent of `case`, cut them out of its notes, answer and history."""
    submission = case.submission
    answers = submission.form_data or {}
    for note in case.notes.all():
        text = redact(note.text, answers)
        if text != note.text:
            note.text = text
            note.save(update_fields=["text"])
    for event in case.events.all():
        before, after = redact(event.from_value, answers), redact(event.to_value, answers)
        if (before, after) != (event.from_value, event.to_value):
            event.from_value, event.to_value = before, after
            event.save(update_fields=["from_value", "to_value"])
    case.answer = redact(case.answer, answers)
    case.rejection_reason = redact(case.rejection_reason, answers)
    case.personal_data_removed_at = timezone.now()
    case.save()
    submission.form_data, submission.consent = {}, ""
    submission.save(update_fields=["form_data", "consent"])
    case.record(actor, CaseEventKind.ERASED, to_value=why)


def erase(cases, actor=None):
    """Erase on the resident's request: open cases are closed first (nobody could answer them any more)."""
    erased = 0
    for case in cases:
        with transaction.atomic():
            if case.state != CaseState.CLOSED:
                case.move_to(CaseState.CLOSED, actor)
            remove_personal_data(case, actor, ON_REQUEST)
        erased += 1
    return erased


def purge(now=None):
    """Erase the personal data of every case due for it; returns the references done."""
    done = []
    for case in due_for_removal(now).select_related("submission"):
        remove_personal_data(case, None, RETENTION)
        done.append(case.reference)
    return done

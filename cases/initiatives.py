"""A proposal becomes an initiative in one action: a draft InitiativePage (status «idea») under the
initiatives index of the proposal's language (Russian where that language has none), its title and
summary taken from the proposal, never the resident's name or contacts; the case links to it and
becomes «accepted». A manager then completes the draft and publishes it."""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from cases.contact_details import normalise_contact
from home.slugs import latin_slug
from home.spam import RESERVED_PREFIX
from projects.models import InitiativePage, ProjectIndexPage
from projects.models.initiatives import InitiativeStatus

# Where a proposal form keeps the idea, in order of preference; otherwise its longest answer.
IDEA_FIELDS = ("title", "idea", "message", "proposal", "description")
# Answers that are about the resident, not the idea.
PERSONAL_FIELDS = ("name", "contact", "phone", "email", "address")
TITLE_CHARS = 80


def initiatives_index(language):
    indexes = ProjectIndexPage.objects.order_by("path")
    return (
        indexes.filter(locale__language_code=language).first()
        or indexes.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    )


def proposal_idea(answers):
    """The text of the idea in a proposal's answers ('' if there is none)."""
    texts = {
        name: value.strip()
        for name, value in answers.items()
        if isinstance(value, str)
        and value.strip()
        and not name.startswith(RESERVED_PREFIX)
        and name not in PERSONAL_FIELDS
        and not normalise_contact(value)
    }
    for name in IDEA_FIELDS:
        if texts.get(name):
            return texts[name]
    return max(texts.values(), key=len, default="")


def title_from(idea):
    first = re.split(r"(?<=[.!?])\s|\n", idea, maxsplit=1)[0].strip().rstrip(".")
    return Truncator(first).chars(TITLE_CHARS)


def free_slug(parent, slug):
    taken = set(parent.get_children().filter(slug__startswith=slug).values_list("slug", flat=True))
    candidate, number = slug, 1
    while candidate in taken:
        number += 1
        candidate = f"{slug}-{number}"
    return candidate


@transaction.atomic
def make_initiative(case, actor=None):
    """The draft initiative made from `case`, linked both ways; the case becomes «accepted»."""
    if not case.can_become_initiative:
        raise ValidationError(_("Only a case that is new, in progress or answered can become an initiative."))
    index = initiatives_index(case.submission.language)
    if index is None:
        raise ValidationError(_("There is no initiatives index to put the initiative under."), code="no_index")
    idea = proposal_idea(case.submission.form_data)
    title = title_from(idea) or str(_("Initiative from %(reference)s") % {"reference": case.reference})
    initiative = InitiativePage(
        title=title,
        slug=free_slug(index, latin_slug(title)[:60].strip("-") or "iniciativa"),
        summary=idea or title,
        status=InitiativeStatus.IDEA,
        locale=index.locale,
        live=False,
        owner=actor,
    )
    index.add_child(instance=initiative)
    initiative.save_revision(user=actor, log_action=True)
    case.accept_as(initiative, actor)
    return initiative

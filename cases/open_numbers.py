"""The open numbers: what came of residents' messages this year, counted from the cases themselves.

What is counted (see README, «Open numbers»):
- proposals: cases of this year except joins and talent-bank entries; «answered» have a public
  answer, «became initiatives» are linked to one;
- neighbours who joined: cases from form pages of the models in OPEN_NUMBERS_JOIN_MODELS
  (a model not installed yet counts nothing);
- talents: cases from form pages whose slug contains a word of OPEN_NUMBERS_TALENT_SLUGS
  («bank-talantov», «talent-bank»);
- initiatives by status and direction: the live initiatives now, each counted once for all languages.

Erasing a resident's data keeps their case, its dates, state and form, so the figures stay right.
The figures are cached per language and year in the default cache and forgotten whenever a case,
an initiative or a direction changes (cases.signals).
"""

import datetime
from collections import Counter
from functools import reduce
from operator import or_

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from cases.charts import bar_chart
from cases.models import Case
from projects.models import Direction, InitiativePage
from projects.models.initiatives import InitiativeStatus

CACHE_SECONDS = 60 * 60


def _cache_key(language, year):
    return f"cases:open-numbers:{year}:{language}"


def forget():
    year = timezone.localdate().year
    cache.delete_many([_cache_key(code, year) for code, _name in settings.LANGUAGES])


def figures(language=None):
    """This year's charts in `language` (the active one by default), from the cache when they are there."""
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    year = timezone.localdate().year
    key = _cache_key(language, year)
    charts = cache.get(key)
    if charts is None:
        with translation.override(language):
            charts = count(year, language)
        cache.set(key, charts, CACHE_SECONDS)
    return charts


def _join_pages():
    models = [name.lower().split(".") for name in settings.OPEN_NUMBERS_JOIN_MODELS]
    if not models:
        return Q(pk__in=[])
    types = ContentType.objects.filter(reduce(or_, (Q(app_label=app, model=model) for app, model in models)))
    return Q(submission__page__content_type__in=types)


def _talent_pages():
    words = settings.OPEN_NUMBERS_TALENT_SLUGS
    if not words:
        return Q(pk__in=[])
    return reduce(or_, (Q(submission__page__slug__icontains=word) for word in words))


def count(year, language):
    start = datetime.datetime(year, 1, 1, tzinfo=timezone.get_current_timezone())
    end = start.replace(year=year + 1)
    joins, talents = _join_pages(), _talent_pages()
    proposals = ~joins & ~talents
    cases = Case.objects.filter(created_at__gte=start, created_at__lt=end).aggregate(
        received=Count("pk", filter=proposals),
        answered=Count("pk", filter=proposals & Q(answered_at__isnull=False)),
        became_initiatives=Count("pk", filter=proposals & Q(initiative__isnull=False)),
        joined=Count("pk", filter=joins),
        talents=Count("pk", filter=talents),
    )

    # Each initiative once, whatever the number of its translations: one row per page, folded by key.
    direction_name = Direction.objects.filter(
        translation_key=OuterRef("direction__translation_key"), locale__language_code=language
    ).values("name")[:1]
    pages = (
        InitiativePage.objects.live()
        .order_by()
        .values_list("translation_key", "status", Coalesce(Subquery(direction_name), "direction__name"))
    )
    initiatives = {}
    for key, status, direction in pages:
        initiatives.setdefault(key, (status, direction or _("No direction")))
    by_status = Counter(status for status, _direction in initiatives.values())
    by_direction = Counter(direction for _status, direction in initiatives.values())

    return {
        "year": year,
        "charts": [
            bar_chart(
                "proposals",
                _("Proposals in %(year)s") % {"year": year},
                [
                    (_("Received"), cases["received"]),
                    (_("Got an answer"), cases["answered"]),
                    (_("Became initiatives"), cases["became_initiatives"]),
                ],
            ),
            bar_chart(
                "neighbours",
                _("Neighbours in %(year)s") % {"year": year},
                [
                    (_("Joined an initiative"), cases["joined"]),
                    (_("Offered a talent to the talent bank"), cases["talents"]),
                ],
            ),
            bar_chart(
                "status",
                _("Initiatives by status"),
                [(str(label), by_status[value]) for value, label in InitiativeStatus.choices],
            ),
            bar_chart(
                "direction",
                _("Initiatives by direction of work"),
                sorted(by_direction.items(), key=lambda row: (-row[1], row[0])),
            ),
        ],
    }

"""Factories for the projects app: directions, the initiatives index, initiatives and events in both languages."""

import datetime

import pytest
from django.utils import timezone

from projects.models import Direction, EventPage, InitiativePage, ProjectIndexPage
from tests.factories import english_copy, make_classifier, publish


@pytest.fixture
def directions(demo):
    """«Досуг» and «Благоустройство» with their English translations, keyed by Russian slug."""
    made = {}
    for slug, name, en_slug, en_name in [
        ("dosug", "Досуг", "leisure", "Leisure"),
        ("blagoustrojstvo", "Благоустройство", "improvement", "Neighbourhood improvement"),
    ]:
        made[slug] = make_classifier(Direction, demo, slug, name, en_name, en_slug=en_slug)
    return made


@pytest.fixture
def project_index(home_page, demo):
    index = publish(
        home_page,
        ProjectIndexPage(title="Инициативы", slug="iniciativy", locale=demo.ru, intro="<p>Что делают соседи.</p>"),
    )
    demo.translate(index, ProjectIndexPage(slug="initiatives", title="Initiatives", intro="<p>What neighbours do.</p>"))
    return index


@pytest.fixture
def en_project_index(project_index, demo):
    return project_index.get_translation(demo.en).specific


@pytest.fixture
def make_initiative(project_index, demo):
    counter = iter(range(1, 10_000))

    def make(title=None, *, parent=None, english=None, tags=(), **fields):
        number = next(counter)
        fields.setdefault("summary", f"Описание инициативы {number}")
        page = InitiativePage(
            title=title or f"Инициатива {number}", slug=f"iniciativa-{number}", locale=demo.ru, **fields
        )
        for tag in tags:
            page.tags.add(tag)
        page = publish(parent or project_index, page)
        if english:
            english_copy(page, demo, **english)
        return page

    return make


@pytest.fixture
def make_event(project_index, demo):
    counter = iter(range(1, 10_000))

    def make(title=None, *, start=None, hours=2, english=None, **fields):
        number = next(counter)
        start = start or timezone.now() + datetime.timedelta(days=number)
        fields.setdefault("place", "Двор дома 5")
        page = EventPage(
            title=title or f"Событие {number}",
            slug=f"sobytie-{number}",
            locale=demo.ru,
            start=start,
            end=start + datetime.timedelta(hours=hours),
            **fields,
        )
        page = publish(project_index, page)
        if english:
            english_copy(page, demo, **english)
        return page

    return make

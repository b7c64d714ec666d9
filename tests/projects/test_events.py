import datetime
import re
from zoneinfo import ZoneInfo

from django.utils import timezone

MOSCOW = ZoneInfo("Europe/Moscow")


def unfold(ics):
    return ics.replace("\r\n ", "")


def test_event_offers_a_valid_calendar_file_in_utc(client, make_event):
    event = make_event(
        "Собрание жителей",
        kind="meeting",
        start=datetime.datetime(2026, 12, 12, 18, 0, tzinfo=MOSCOW),
        hours=2,
        place="Библиотека, ул. Садовая, 3; зал №2",
        summary="Решаем вместе: двор, детская площадка, парковка.",
    )
    response = client.get(event.url + "ics/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert 'filename="sobytie-1.ics"' in response["Content-Disposition"]
    raw = response.content.decode()
    assert raw.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")
    assert raw.endswith("END:VEVENT\r\nEND:VCALENDAR\r\n")
    assert all(len(line.encode()) <= 75 for line in raw.split("\r\n"))
    ics = unfold(raw)
    assert "\r\nDTSTART:20261212T150000Z\r\n" in ics
    assert "\r\nDTEND:20261212T170000Z\r\n" in ics
    assert re.search(r"\r\nDTSTAMP:\d{8}T\d{6}Z\r\n", ics)
    assert "\r\nSUMMARY;LANGUAGE=ru:Собрание жителей\r\n" in ics
    assert "\r\nLOCATION;LANGUAGE=ru:Библиотека\\, ул. Садовая\\, 3\\; зал №2\r\n" in ics
    assert "\r\nURL:http://testserver/iniciativy/sobytie-1/\r\n" in ics
    assert f"\r\nUID:event-{event.translation_key}@dobrye-sosedi\r\n" in ics


def test_calendar_text_escapes_newlines_and_backslashes(client, make_event):
    event = make_event("Субботник", what_to_bring="Перчатки\nГрабли\\мешки", summary="")
    ics = unfold(client.get(event.url + "ics/").content.decode())
    assert "DESCRIPTION;LANGUAGE=ru:Перчатки\\nГрабли\\\\мешки\r\n" in ics


def test_english_event_gives_an_english_calendar_file(client, make_event):
    make_event("Собрание жителей", english={"title": "Residents' meeting", "slug": "residents-meeting"})
    response = client.get("/en/initiatives/residents-meeting/ics/")
    assert response.status_code == 200
    ics = unfold(response.content.decode())
    assert "SUMMARY;LANGUAGE=en:Residents' meeting\r\n" in ics
    assert "URL:http://testserver/en/initiatives/residents-meeting/\r\n" in ics


def test_event_page_shows_when_where_and_the_initiative_in_the_reader_language(client, make_event, make_initiative):
    initiative = make_initiative("Благоустройство двора", english={"title": "Improving the yard", "slug": "yard"})
    make_event(
        "Собрание жителей",
        kind="meeting",
        start=datetime.datetime(2026, 12, 12, 18, 0, tzinfo=MOSCOW),
        what_to_bring="Паспорт",
        related_initiative=initiative,
        english={"title": "Residents' meeting", "slug": "residents-meeting", "what_to_bring": "Passport"},
    )
    ru = client.get("/iniciativy/sobytie-1/").content.decode()
    assert "12 декабря 2026, 18:00–20:00" in ru and "Собрание жителей" in ru and "Паспорт" in ru
    assert 'href="/iniciativy/sobytie-1/ics/"' in ru
    assert '<a href="/iniciativy/iniciativa-1/">Благоустройство двора</a>' in ru
    en = client.get("/en/initiatives/residents-meeting/").content.decode()
    assert "12 December 2026, 18:00–20:00" in en and "Residents&#x27; meeting" in en
    assert '<a href="/en/initiatives/yard/">Improving the yard</a>' in en  # the FK still points at Russian


def test_index_lists_only_upcoming_events_soonest_first(client, make_event):
    now = timezone.now()
    make_event("Прошедший субботник", start=now - datetime.timedelta(days=3))
    make_event("Позже", start=now + datetime.timedelta(days=10))
    make_event("Скоро", start=now + datetime.timedelta(days=1))
    make_event("Идёт сейчас", start=now - datetime.timedelta(hours=1), hours=3)
    html = client.get("/iniciativy/").content.decode()
    titles = re.findall(r'<h3 class="event-item__title"><a href="[^"]*">([^<]*)</a>', html)
    assert titles == ["Идёт сейчас", "Скоро", "Позже"]


def test_past_event_page_says_it_took_place(client, make_event):
    event = make_event("Прошедший субботник", start=timezone.now() - datetime.timedelta(days=3))
    assert "Это событие уже прошло." in client.get(event.url).content.decode()


def test_initiative_page_lists_its_upcoming_events_in_its_language(client, make_event, make_initiative):
    initiative = make_initiative("Клуб настольных игр", english={"title": "Board games club", "slug": "games"})
    make_event("Игровой вечер", related_initiative=initiative, english={"title": "Games night", "slug": "games-night"})
    make_event("Чужое событие")
    ru = client.get(initiative.url).content.decode()
    assert "Игровой вечер" in ru and "Чужое событие" not in ru
    en = client.get("/en/initiatives/games/").content.decode()
    assert "Games night" in en and "Игровой вечер" not in en


def test_an_event_cannot_end_before_it_starts(make_event):
    import pytest
    from django.core.exceptions import ValidationError

    event = make_event()
    event.end = event.start - datetime.timedelta(minutes=1)
    with pytest.raises(ValidationError):
        event.full_clean()

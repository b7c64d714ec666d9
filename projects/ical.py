"""A hand-written iCalendar (RFC 5545) file for one event: no dependency for twenty lines."""

from datetime import UTC


def escape_text(value):
    """TEXT values escape backslashes, semicolons, commas and newlines (RFC 5545, 3.3.11)."""
    value = str(value).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line):
    """Lines longer than 75 octets continue on the next line after a space (RFC 5545, 3.1)."""
    parts = []
    current = ""
    limit = 75
    for char in line:
        if len((current + char).encode("utf-8")) > limit:
            parts.append(current)
            current = char
            limit = 74  # the leading space of a continuation line counts
        else:
            current += char
    parts.append(current)
    return "\r\n ".join(parts)


def utc(moment):
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def event_calendar(*, uid, start, end, stamp, summary, location, description, url, language):
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//Dobrye Sosedi//Events//{language.upper()}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{utc(stamp)}",
        f"DTSTART:{utc(start)}",
        f"DTEND:{utc(end)}",
        f"SUMMARY;LANGUAGE={language}:{escape_text(summary)}",
        f"LOCATION;LANGUAGE={language}:{escape_text(location)}",
    ]
    if description:
        lines.append(f"DESCRIPTION;LANGUAGE={language}:{escape_text(description)}")
    lines += [f"URL:{url}", "END:VEVENT", "END:VCALENDAR"]
    return "".join(fold(line) + "\r\n" for line in lines)

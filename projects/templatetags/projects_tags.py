from django import template
from django.utils.formats import date_format, time_format
from django.utils.timezone import localtime

register = template.Library()


@register.simple_tag
def event_when(event):
    """«12 декабря 2026, 18:00–20:00», or both dates when the event spans several days (local time)."""
    start, end = localtime(event.start), localtime(event.end)
    if start.date() == end.date():
        return f"{date_format(start, 'j E Y')}, {time_format(start, 'H:i')}–{time_format(end, 'H:i')}"
    return f"{date_format(start, 'j E Y, H:i')} – {date_format(end, 'j E Y, H:i')}"

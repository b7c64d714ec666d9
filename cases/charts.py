"""Horizontal bar charts drawn on the server as inline SVG: no JavaScript, nothing from outside.

`bar_chart()` turns (label, value) rows into the geometry `cases/includes/bar_chart.html` draws;
the same rows fill the table printed beside the chart, which is what screen readers and people
who prefer numbers read.
"""

from django.utils.text import Truncator

WIDTH = 320  # the viewBox: text stays about 14 px on a 360 px phone
BAR_MAX = 250  # room is left on the right for the value
ROW = 46
LABEL_CHARS = 40


def bar_chart(slug, title, rows):
    """A chart of `rows` [(label, value)], its bars scaled to the largest value."""
    largest = max((value for _label, value in rows), default=0)
    bars = []
    for index, (label, value) in enumerate(rows):
        top = index * ROW
        width = round(BAR_MAX * value / largest) if largest else 0
        bars.append(
            {
                "label": label,
                "short_label": Truncator(label).chars(LABEL_CHARS),
                "value": value,
                "label_y": top + 16,
                "bar_y": top + 23,
                "width": width,
                "value_x": width + 6,
                "value_y": top + 36,
            }
        )
    return {
        "slug": slug,
        "title": title,
        "rows": bars,
        "width": WIDTH,
        "height": max(len(bars) * ROW + 4, ROW),
        "total": sum(value for _label, value in rows),
    }

"""Spreadsheets of what residents sent that managers can open safely: one column per question with its label,
Russian column names, Moscow time to the minute, and every cell neutralised.

A cell that starts like a formula (=, +, -, @, tab, carriage return) gets a leading apostrophe (OWASP's
advice against CSV injection), and control characters are removed: openpyxl refuses them, and one of them
made Wagtail's XLSX export answer 500. Both exports use `SafeSpreadsheetMixin`: Wagtail's per-form export
(through ResidentFormPage.get_submissions_list_view_class) and our «Обращения жителей» list.
"""

import datetime
import re
from collections import OrderedDict
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.utils import translation
from django.utils.encoding import force_str
from django.utils.translation import gettext

EXPORT_TIME_ZONE = ZoneInfo("Europe/Moscow")
EXPORT_LANGUAGE = "ru"
DATETIME_TEXT = "%d.%m.%Y %H:%M"
DATE_TEXT = "%d.%m.%Y"
XLSX_DATETIME_FORMAT = "DD.MM.YYYY HH:MM"
XLSX_DATE_FORMAT = "DD.MM.YYYY"

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# C0 controls except tab, line feed and carriage return (openpyxl's own list), DEL and the C1 controls.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def neutralise(text):
    """Text a spreadsheet shows as typed: control characters removed, a formula-like start defused."""
    text = CONTROL_CHARACTERS.sub("", force_str(text))
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def local_minute(moment):
    """An aware datetime as naive Moscow time, to the minute."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(EXPORT_TIME_ZONE)
    return moment.replace(second=0, microsecond=0, tzinfo=None)


def cell_value(value, for_xlsx=False):
    """One answer as a cell: dates in Moscow time (real dates in XLSX, text in CSV), numbers as numbers,
    yes/no in Russian, lists joined, everything else neutralised text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        with translation.override(EXPORT_LANGUAGE):
            return gettext("yes") if value else gettext("no")
    if isinstance(value, datetime.datetime):
        moment = local_minute(value)
        return moment if for_xlsx else moment.strftime(DATETIME_TEXT)
    if isinstance(value, datetime.date):
        return value if for_xlsx else value.strftime(DATE_TEXT)
    if isinstance(value, (int, float, Decimal)):
        return value
    if isinstance(value, (list, tuple)):
        value = ", ".join(force_str(item) for item in value)
    return neutralise(value)


class SafeSpreadsheetMixin:
    """For an admin view with Wagtail's SpreadsheetExportMixin: Russian headings, local time, safe cells."""

    def preprocess_field_value(self, field, value, export_format):
        return cell_value(value, for_xlsx=export_format == self.FORMAT_XLSX)

    def get_heading(self, queryset, field):
        with translation.override(EXPORT_LANGUAGE):
            return neutralise(super().get_heading(queryset, field))

    def generate_xlsx_row(self, worksheet, row_dict, date_format=None):
        for cell in super().generate_xlsx_row(worksheet, row_dict, date_format=date_format):
            if isinstance(cell.value, datetime.datetime):
                cell.number_format = XLSX_DATETIME_FORMAT
            elif isinstance(cell.value, datetime.date):
                cell.number_format = XLSX_DATE_FORMAT
            yield cell


def question_columns(submissions, skip=("reference", "submit_time"), hidden_prefix="ds_"):
    """(key, label) for every question of the forms `submissions` come from, in form order, Russian labels
    first; then any stored answer whose question has since been removed (its key as the label), so no answer
    is left out of an export. Keys starting with `hidden_prefix` are the machinery's own and stay out unless
    a form lists them among its data fields."""
    from wagtail.models import Page

    page_ids = submissions.order_by().values_list("page_id", flat=True).distinct()
    pages = sorted(
        Page.objects.filter(pk__in=list(page_ids)).specific(),
        key=lambda page: (page.locale.language_code != EXPORT_LANGUAGE, page.path),
    )
    columns = OrderedDict()
    for page in pages:
        data_fields = page.get_data_fields() if hasattr(page, "get_data_fields") else []
        with translation.override(page.locale.language_code):
            for key, label in data_fields:
                if key not in skip:
                    columns.setdefault(key, force_str(label))
    for form_data in submissions.order_by().values_list("form_data", flat=True):
        for key in form_data or {}:
            if key not in columns and not key.startswith(hidden_prefix):
                columns[key] = key
    return list(columns.items())

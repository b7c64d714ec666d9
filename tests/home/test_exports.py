"""Exports managers can use: one column per question with its label, Russian column names, Moscow time to
the minute, and no cell a spreadsheet would run as a formula or refuse to open."""

import csv
import datetime
import io

import openpyxl
import pytest
from django.urls import reverse

from home.exports import neutralise
from home.models import FormPage, FormPageField, ResidentSubmission

SENT = datetime.datetime(2026, 11, 28, 9, 5, 33, 123456, tzinfo=datetime.UTC)  # 12:05 in Moscow
HOSTILE = {
    '=HYPERLINK("http://evil.example","Нажми")': '\'=HYPERLINK("http://evil.example","Нажми")',
    "+7 900 000-00-00": "'+7 900 000-00-00",
    "-2+3": "'-2+3",
    "@SUM(A1:A2)": "'@SUM(A1:A2)",
    "\tTAB": "'\tTAB",
    "\rCR": "'\rCR",
    "звонок\x07 и\x0b ноль": "звонок и ноль",
    "\x1b=1+1": "'=1+1",
    "Обычный ответ": "Обычный ответ",
}


def test_neutralise_follows_owasp_and_removes_control_characters():
    for given, expected in HOSTILE.items():
        assert neutralise(given) == expected
    # NUL never reaches a stored answer (forms refuse it, PostgreSQL's jsonb too), but an export drops it all the same.
    assert neutralise("и\x00 ноль") == "и ноль"


def make_form(parent, slug, title, questions):
    page = FormPage(title=title, slug=slug, locale=parent.locale)
    page.form_fields = [
        FormPageField(sort_order=number, clean_name=name, label=label, field_type="singleline")
        for number, (name, label) in enumerate(questions)
    ]
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def submit(page, **answers):
    submission = ResidentSubmission.objects.create(page=page, form_data=answers, language="ru", consent="Согласна")
    submission.reference = ResidentSubmission.format_reference(SENT, submission.pk)
    submission.submit_time = SENT
    submission.save()
    return submission


@pytest.fixture
def survey(home_page):
    page = make_form(home_page, "opros", "Опрос о дворе", [("name", "Ваше имя"), ("message", "Что улучшить во дворе")])
    for value in HOSTILE:
        submit(page, name="Анна", message=value)
    return page


@pytest.fixture
def request_form(home_page):
    page = make_form(home_page, "prosba", "Просьба о помощи", [("name", "Ваше имя"), ("need", "Чем помочь")])
    submit(page, name="Борис", need="=1+1", retired_question="ответ на удалённый вопрос")
    return page


def csv_rows(response):
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline="")))


def xlsx_rows(response):
    assert response.status_code == 200
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    return [list(row) for row in workbook.active.iter_rows(values_only=True)]


def test_form_export_csv_has_a_column_per_question_russian_names_moscow_time_and_safe_cells(admin_client, survey):
    url = reverse("wagtailforms:list_submissions", args=[survey.pk])
    header, *rows = csv_rows(admin_client.get(url + "?export=csv", HTTP_ACCEPT_LANGUAGE="en"))
    assert header == ["Номер обращения", "Дата добавления", "Ваше имя", "Что улучшить во дворе"]
    assert {row[1] for row in rows} == {"28.11.2026 12:05"}
    assert sorted(row[3] for row in rows) == sorted(HOSTILE.values())
    assert all(row[2] == "Анна" and row[0].startswith("ДС-2026-") for row in rows)


def test_form_export_xlsx_opens_despite_control_characters_and_keeps_formulas_as_text(admin_client, survey):
    url = reverse("wagtailforms:list_submissions", args=[survey.pk])
    header, *rows = xlsx_rows(admin_client.get(url + "?export=xlsx"))
    assert header == ["Номер обращения", "Дата добавления", "Ваше имя", "Что улучшить во дворе"]
    assert {row[1] for row in rows} == {datetime.datetime(2026, 11, 28, 12, 5)}
    # XML, inside XLSX, reads a carriage return back as a line feed; the apostrophe stays.
    assert sorted(row[3] for row in rows) == sorted(value.replace("\r", "\n") for value in HOSTILE.values())


def test_all_submissions_export_has_the_union_of_questions_and_no_raw_dict(admin_client, survey, request_form):
    url = reverse("resident_submissions:index")
    header, *rows = csv_rows(admin_client.get(url + "?export=csv", HTTP_ACCEPT_LANGUAGE="en"))
    assert header == [
        "Номер обращения",
        "Форма",
        "Язык",
        "Дата добавления",
        "Ваше имя",
        "Что улучшить во дворе",
        "Чем помочь",
        "retired_question",
        "Согласие",
        "Версия политики",
    ]
    boris = next(row for row in rows if row[4] == "Борис")
    assert boris[1:4] == ["Просьба о помощи", "ru", "28.11.2026 12:05"]
    assert boris[5:8] == ["", "'=1+1", "ответ на удалённый вопрос"]
    assert not any("{" in cell for row in rows for cell in row)
    header, *rows = xlsx_rows(admin_client.get(url + "?export=xlsx"))
    assert len(rows) == len(HOSTILE) + 1 and header[3] == "Дата добавления"
    assert {row[3] for row in rows} == {datetime.datetime(2026, 11, 28, 12, 5)}

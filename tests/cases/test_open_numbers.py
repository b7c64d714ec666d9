"""The open numbers agree with the database, draw accessible charts beside real tables, stay cached
until something changes and fit the query budget."""

import datetime
import re

import pytest
from django.core.cache import cache
from django.utils import timezone

from cases import open_numbers
from cases.models import Case, CaseState
from projects.models.initiatives import InitiativeStatus

from .conftest import store

URL = "/open-numbers/"


def table(html, slug):
    """{label: number} of one chart's table."""
    section = html.split(f'id="chart-{slug}-heading"', 1)[1].split("</section>", 1)[0]
    rows = re.findall(r'<th scope="row">([^<]+)</th><td>(\d+)</td>', section)
    return {label: int(number) for label, number in rows}


@pytest.fixture
def neighbourhood(make_case, talent_form, project_index, make_initiative, directions, moderator):
    """This year: four proposals (two answered, one an initiative), a talent, two joins; one proposal of last year."""
    from projects.models.joins import ensure_join_form

    answered = make_case()
    answered.write_answer("Спасибо!", moderator)
    accepted = make_case()
    accepted.accept_as(make_initiative(status=InitiativeStatus.IDEA, direction=directions["dosug"]), moderator)
    accepted.write_answer("Стала инициативой", moderator)
    make_case()
    make_case()
    make_case(talent_form)
    join_form = ensure_join_form(project_index)
    store(join_form, {"name": "Олег", "contact": "oleg@example.org", "message": "Приду"})
    store(join_form, {"name": "Ира", "contact": "ira@example.org", "message": "Принесу грабли"})
    last_year = make_case()
    Case.objects.filter(pk=last_year.pk).update(created_at=timezone.now() - datetime.timedelta(days=400))
    make_initiative(status=InitiativeStatus.RUNNING, direction=directions["dosug"])
    make_initiative(status=InitiativeStatus.RUNNING, direction=directions["blagoustrojstvo"], english={})
    make_initiative(status=InitiativeStatus.FINISHED)
    cache.clear()


def test_the_figures_agree_with_the_database(client, neighbourhood):
    html = client.get(URL).content.decode()
    assert table(html, "proposals") == {"Получено": 4, "Получили ответ": 2, "Стали инициативами": 1}
    assert table(html, "neighbours") == {"Присоединились к инициативе": 2, "Предложили талант в банк талантов": 1}
    assert table(html, "status") == {"Идея": 1, "Готовится": 0, "Идёт": 2, "Завершена": 1}
    assert table(html, "direction") == {"Досуг": 2, "Без направления": 1, "Благоустройство": 1}


def test_the_english_page_names_things_in_english(client, neighbourhood):
    html = client.get("/en" + URL).content.decode()
    assert table(html, "proposals") == {"Received": 4, "Got an answer": 2, "Became initiatives": 1}
    assert table(html, "direction") == {"Leisure": 2, "No direction": 1, "Neighbourhood improvement": 1}


def test_each_chart_is_an_accessible_svg_beside_a_table(client, neighbourhood):
    html = client.get(URL).content.decode()
    charts = re.findall(r'<svg class="bar-chart" role="img" aria-labelledby="chart-(\w+)-title chart-\1-desc"', html)
    assert charts == ["proposals", "neighbours", "status", "direction"]
    assert '<title id="chart-proposals-title">Предложения в' in html
    assert '<desc id="chart-proposals-desc">Получено: 4; Получили ответ: 2; Стали инициативами: 1</desc>' in html
    assert html.count("<table") == 4 and "<script" not in html.split("<main", 1)[1].split("</main>", 1)[0]
    widths = [int(w) for w in re.findall(r'<rect class="bar-chart__bar" x="0" y="\d+" width="(\d+)"', html)]
    assert widths[:3] == [250, 125, 62]  # scaled to the largest figure


def test_the_figures_are_cached_until_a_case_or_an_initiative_changes(
    client, neighbourhood, make_case, make_initiative
):
    assert table(client.get(URL).content.decode(), "proposals")["Получено"] == 4
    Case.objects.update()  # nothing saved through the models: the cache stays
    assert cache.get(f"cases:open-numbers:{timezone.localdate().year}:ru") is not None
    make_case()
    assert table(client.get(URL).content.decode(), "proposals")["Получено"] == 5
    make_initiative(status=InitiativeStatus.PREPARING)
    assert table(client.get(URL).content.decode(), "status")["Готовится"] == 1
    case = Case.objects.filter(state=CaseState.NEW).first()
    case.move_to(CaseState.IN_PROGRESS)
    case.write_answer("Ответ")
    assert table(client.get(URL).content.decode(), "proposals")["Получили ответ"] == 3


def test_cold_and_warm_pages_fit_the_query_budget(client, neighbourhood, django_assert_max_num_queries):
    with django_assert_max_num_queries(12):
        assert client.get(URL).status_code == 200
    with django_assert_max_num_queries(8):
        client.get(URL)


def test_a_join_model_that_does_not_exist_counts_nothing(settings, neighbourhood):
    settings.OPEN_NUMBERS_JOIN_MODELS = ["nowhere.joinpage"]
    charts = open_numbers.count(timezone.localdate().year, "ru")["charts"]
    assert [row["value"] for row in charts[1]["rows"]] == [0, 1]
    assert charts[0]["rows"][0]["value"] == 6  # joins count as proposals when nothing says otherwise


def test_an_empty_site_has_its_numbers_page(client, db):
    response = client.get(URL)
    assert response.status_code == 200 and "Пока нечего считать" in response.content.decode()


def test_the_home_page_links_to_the_open_numbers(client, home_page):
    assert 'href="/open-numbers/"' in client.get("/").content.decode()
    assert 'href="/en/open-numbers/"' in client.get("/en/").content.decode()

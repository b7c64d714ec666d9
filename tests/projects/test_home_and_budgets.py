import pytest

from projects.models import ProjectIndexPage


def test_home_page_shows_current_initiatives_before_upcoming_events_in_each_language(
    client, make_initiative, make_event
):
    make_initiative("Клуб настольных игр", status="running", english={"title": "Board games club", "slug": "games"})
    make_initiative("Старый субботник", status="finished", english={"title": "Old clean-up", "slug": "old"})
    make_event("Собрание жителей", kind="meeting", english={"title": "Residents' meeting", "slug": "meeting"})
    ru = client.get("/").content.decode()
    en = client.get("/en/").content.decode()
    assert "Текущие инициативы" in ru and "Клуб настольных игр" in ru and "Старый субботник" not in ru
    assert ru.index("Клуб настольных игр") < ru.index("Собрание жителей")
    assert "Ближайшие события" in ru
    assert "Board games club" in en and "Residents&#x27; meeting" in en and "Клуб" not in en
    assert 'href="/en/initiatives/meeting/ics/"' in en


def test_home_page_has_no_empty_sections(client, project_index):
    html = client.get("/").content.decode()
    assert "Текущие инициативы" not in html and "Ближайшие события" not in html


# One budget for each URL, whether the site has 5 or 50 initiatives (and their English translations).
BUDGETS = {
    "/iniciativy/": 22,
    "/en/initiatives/": 22,
    "/iniciativy/?status=idea&direction=dosug": 22,
    "/en/initiatives/?direction=leisure&page=2": 22,
    "/": 24,
    "/en/": 24,
    "/iniciativy/iniciativa-2/": 28,
    "/en/initiatives/initiative-2/": 28,
    "/iniciativy/sobytie-2/": 22,
    "/en/initiatives/event-2/": 22,
}


@pytest.mark.parametrize("count", [5, 50])
def test_pages_keep_the_same_query_budget_with_5_or_50_initiatives(
    client, make_initiative, make_event, directions, django_assert_max_num_queries, count
):
    for number in range(1, count + 1):
        initiative = make_initiative(
            f"Инициатива {number}",
            status=["idea", "running"][number % 2],
            direction=directions["dosug"],
            tags=["двор"],
            english={"title": f"Initiative {number}", "slug": f"initiative-{number}"},
        )
        if number <= 5:
            make_event(
                f"Событие {number}",
                related_initiative=initiative,
                english={"title": f"Event {number}", "slug": f"event-{number}"},
            )
    # Two pages of English initiatives even with five: the paged URL exists.
    ProjectIndexPage.objects.filter(locale__language_code="en").update(per_page=3)
    for url, budget in BUDGETS.items():
        assert client.get(url).status_code == 200  # warm-up: renditions and the site-root cache
        with django_assert_max_num_queries(budget, info=url):
            assert client.get(url).status_code == 200

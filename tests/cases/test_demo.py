"""The demo gives the admin, the status page and the open numbers something to show, and runs twice safely."""

from django.contrib.auth import get_user_model

from cases import demo as cases_demo
from cases.models import Case, CaseState


def test_demo_cases_cover_every_state_and_a_second_run_changes_nothing(client, demo, db):
    from projects import demo as projects_demo

    get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")
    projects_demo.load(demo)
    cases_demo.load(demo)
    states = set(Case.objects.values_list("state", flat=True))
    assert states == {CaseState.NEW, CaseState.IN_PROGRESS, CaseState.ANSWERED, CaseState.ACCEPTED, CaseState.CLOSED}
    assert Case.objects.filter(rejection_reason__gt="").exists()
    assert Case.objects.filter(initiative__slug="blagoustrojstvo-dvora").exists()
    assert Case.objects.filter(submission__language="en").exists()
    assert Case.objects.waiting_longer_than(7).exists()

    changes, cases = demo.changes, Case.objects.count()
    cases_demo.load(demo)
    assert demo.changes == changes and Case.objects.count() == cases

    olga = Case.objects.get(submission__form_data__contact="olga.kim@example.org")
    html = client.post("/status/", {"reference": olga.reference, "contact": "olga.kim@example.org"}).content.decode()
    assert "Мы проведём субботник" in html
    assert "Получено" in client.get("/open-numbers/").content.decode()

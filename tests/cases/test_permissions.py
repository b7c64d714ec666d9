"""Personal data: only «Модераторы» and superusers see, answer, export or erase cases, on every cases URL."""

import pytest
from django.urls import reverse

from cases.admin_views import CaseViewSet

EXPECTED_VIEWS = {
    "index",
    "index_results",
    "add",
    "edit",
    "delete",
    "history",
    "history_results",
    "usage",
    "resident",
}


@pytest.fixture
def case_urls(make_case):
    """Every URL of the cases admin (and its bulk actions and export) for one case."""
    case = make_case()
    urls = []
    for pattern in CaseViewSet("cases").get_urlpatterns():
        args = [case.pk] if "<" in str(pattern.pattern) else []
        urls.append(reverse(f"cases:{pattern.name}", args=args))
    urls += [
        f"/admin/bulk/cases/case/assign/?id={case.pk}",
        f"/admin/bulk/cases/case/close/?id={case.pk}",
        "/admin/cases/?export=csv",
    ]
    return urls


def test_the_viewset_has_no_url_this_test_does_not_know():
    assert {pattern.name for pattern in CaseViewSet("cases").get_urlpatterns()} == EXPECTED_VIEWS


@pytest.mark.parametrize("method", ["get", "post"])
def test_editors_get_403_on_every_cases_url(client, editor, case_urls, method):
    client.force_login(editor)
    for url in case_urls:
        assert getattr(client, method)(url).status_code == 403, url


def test_anonymous_visitors_are_sent_to_the_login(client, case_urls):
    for url in case_urls:
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"], url


@pytest.mark.parametrize("who", ["moderator", "superuser"])
def test_moderators_and_superusers_work_with_cases(client, request, case_urls, who, make_case):
    client.force_login(request.getfixturevalue(who))
    case = make_case()
    for url in ("/admin/cases/", f"/admin/cases/edit/{case.pk}/", "/admin/cases/resident/"):
        assert client.get(url).status_code == 200, url
    assert client.get(f"/admin/bulk/cases/case/close/?id={case.pk}").status_code == 200
    assert client.get("/admin/cases/?export=csv").status_code == 200


def test_nobody_adds_or_deletes_a_case(client, superuser, make_case):
    from cases.models import Case

    case = make_case()
    client.force_login(superuser)
    assert client.get("/admin/cases/new/").status_code != 200
    assert client.post("/admin/cases/new/", {"assignee": superuser.pk}).status_code != 200
    assert client.post(f"/admin/cases/delete/{case.pk}/").status_code != 200
    assert list(Case.objects.all()) == [case]


def test_the_menu_and_the_dashboard_show_cases_to_moderators_only(client, editor, moderator, make_case):
    make_case()
    client.force_login(editor)
    html = client.get("/admin/").content.decode()
    assert "/admin/cases/" not in html and "Работа с обращениями" not in html
    client.force_login(moderator)
    html = client.get("/admin/").content.decode()
    assert "/admin/cases/" in html and "Работа с обращениями" in html


def test_permissions_on_the_case_model_open_nothing(client, editor, make_case):
    from django.contrib.auth.models import Permission

    editor.user_permissions.add(*Permission.objects.filter(content_type__app_label="cases"))
    client.force_login(editor)
    assert client.get("/admin/cases/").status_code == 403

"""Personal data only for moderators: «Редакторы» edit pages but never see, export or delete what residents
sent; «Модераторы» and superusers do, in our list and in Wagtail's own form-submission views."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from home.models import FormPage, FormPageField, ResidentSubmission


@pytest.fixture
def form_page(home_page):
    page = FormPage(title="Опрос жителей", slug="opros", locale=home_page.locale)
    page.form_fields = [FormPageField(sort_order=0, label="Имя", field_type="singleline", clean_name="name")]
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def submission(form_page):
    made = ResidentSubmission.objects.create(
        page=form_page, form_data={"name": "Анна Подъездная"}, language="ru", consent="Согласна"
    )
    made.reference = ResidentSubmission.format_reference(made.submit_time, made.pk)
    made.save()
    return made


def member_of(group_name, username):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "pass-word-123")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor_client(db, client):
    client.force_login(member_of("Редакторы", "editor"))
    return client


@pytest.fixture
def moderator_client(db, client):
    client.force_login(member_of("Модераторы", "moderator"))
    return client


def submission_urls(form_page, submission):
    delete = reverse("wagtailforms:delete_submissions", args=[form_page.pk])
    listing = reverse("wagtailforms:list_submissions", args=[form_page.pk])
    return [
        reverse("wagtailforms:index"),
        reverse("wagtailforms:index_results"),
        listing,
        listing + "?export=csv",
        listing + "?export=xlsx",
        f"{delete}?selected-submissions={submission.pk}",
        reverse("resident_submissions:index"),
        reverse("resident_submissions:index") + "?export=csv",
        reverse("resident_submissions:index") + "?export=xlsx",
        reverse("resident_submissions:inspect", args=[submission.pk]),
        reverse("resident_submissions:delete", args=[submission.pk]),
    ]


def test_an_editor_gets_403_on_every_submission_view(editor_client, form_page, submission):
    for url in submission_urls(form_page, submission):
        response = editor_client.get(url)
        assert response.status_code == 403, url
        assert "Анна Подъездная" not in response.content.decode()


def test_an_editor_cannot_delete_submissions_and_still_edits_the_form_page(editor_client, form_page, submission):
    delete = reverse("wagtailforms:delete_submissions", args=[form_page.pk])
    assert editor_client.post(f"{delete}?selected-submissions={submission.pk}").status_code == 403
    assert editor_client.post(reverse("resident_submissions:delete", args=[submission.pk])).status_code == 403
    assert ResidentSubmission.objects.filter(pk=submission.pk).exists()
    edit = editor_client.get(reverse("wagtailadmin_pages:edit", args=[form_page.pk]))
    assert edit.status_code == 200 and "Анна Подъездная" not in edit.content.decode()
    menu = editor_client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("wagtailforms:index") not in menu and reverse("resident_submissions:index") not in menu


def test_a_moderator_sees_exports_and_deletes_submissions(moderator_client, form_page, submission):
    for url in submission_urls(form_page, submission):
        response = moderator_client.get(url)
        assert response.status_code == 200, url
    listing = moderator_client.get(reverse("wagtailforms:list_submissions", args=[form_page.pk]))
    assert "Анна Подъездная" in listing.content.decode()
    delete = reverse("wagtailforms:delete_submissions", args=[form_page.pk])
    assert moderator_client.post(f"{delete}?selected-submissions={submission.pk}").status_code == 302
    assert not ResidentSubmission.objects.exists()


def test_a_superuser_sees_submissions(admin_client, form_page, submission):
    for url in submission_urls(form_page, submission)[:5]:
        assert admin_client.get(url).status_code == 200, url


def test_setup_site_takes_reading_submissions_away_from_editors_of_an_older_setup(db):
    from django.contrib.auth.models import Permission

    from home.demo_tools import DemoLoader
    from home.site_setup import setup_site

    editors = Group.objects.get(name="Редакторы")
    editors.permissions.add(Permission.objects.get(codename="view_residentsubmission"))
    setup_site(DemoLoader())
    assert not editors.permissions.filter(codename__endswith="residentsubmission").exists()
    moderators = Group.objects.get(name="Модераторы").permissions.values_list("codename", flat=True)
    assert {"view_residentsubmission", "delete_residentsubmission"} <= set(moderators)

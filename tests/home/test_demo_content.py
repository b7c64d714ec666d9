from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Page, Workflow

from home.models import ContactSettings


def test_demo_loader_run_twice_duplicates_nothing(db, capsys, monkeypatch):
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "correct-horse-battery")
    call_command("load_demo_content")
    first = capsys.readouterr().out
    counts = (Page.objects.count(), Group.objects.count(), Workflow.objects.count(), get_user_model().objects.count())
    call_command("load_demo_content")
    second = capsys.readouterr().out
    assert "Demo content ready" in first
    assert "nothing changed" in second
    assert (
        Page.objects.count(),
        Group.objects.count(),
        Workflow.objects.count(),
        get_user_model().objects.count(),
    ) == counts


def test_demo_builds_both_languages_settings_groups_workflow_and_admin(db, client, monkeypatch):
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "correct-horse-battery")
    call_command("load_demo_content", stdout=open("/dev/null", "w"))
    assert (
        Page.objects.filter(locale__language_code="en", depth__gte=2).count()
        == Page.objects.filter(locale__language_code="ru", depth__gte=2).count()
    )
    assert ContactSettings.objects.get().email == "proekt-ds@mail.ru"
    assert Group.objects.filter(name__in=["Редакторы", "Модераторы"]).count() == 2
    editors = Group.objects.get(name="Редакторы")
    assert not editors.page_permissions.filter(permission__codename="publish_page").exists()
    workflow = Workflow.objects.get(name="Модерация")
    assert workflow.active
    [task] = [t.specific for t in workflow.tasks]
    assert list(task.groups.values_list("name", flat=True)) == ["Модераторы"]
    assert client.login(username="admin", password="correct-horse-battery")
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "Панель управления" in response.content.decode() or "Добро пожаловать" in response.content.decode()


def test_generated_admin_password_is_printed_once(db, capsys, monkeypatch):
    monkeypatch.delenv("DEMO_ADMIN_PASSWORD", raising=False)
    call_command("load_demo_content")
    out = capsys.readouterr().out
    password = out.split("Admin login: admin / ")[1].split()[0]
    assert get_user_model().objects.get(username="admin").check_password(password)
    call_command("load_demo_content")
    assert password not in capsys.readouterr().out

"""What an operator and a manager rely on before any content exists: the site's address,
its structure without the demo, form questions that cannot swallow answers, Latin slugs."""

import re

import pytest
from django.core.checks import run_checks
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Page, Site, Workflow
from wagtail.test.utils.form_data import querydict_from_html

from home.models import FormPage, FormPageField, HomePage, ResidentSubmission, StandardPage
from home.slugs import latin_slug
from tests.form_contract import answers_for

SERVED_AT = "http://127.0.0.1:8765"
ABSOLUTE_URL = re.compile(r"""https?://[^\s"'<>]+""")


def quiet(*args, **options):
    with open("/dev/null", "w") as devnull:
        call_command(*args, stdout=devnull, **options)


def absolute_urls(text):
    """Every absolute URL in a page, feed or sitemap that points at this machine, whatever its port."""
    return [
        url for url in ABSOLUTE_URL.findall(text) if re.match(r"https?://(localhost|127\.|testserver|\[::1\])", url)
    ]


@pytest.fixture
def served_at(settings, site_pages):
    """The site served at a non-default port, as `PORT=8765 make run` does; setup_site follows it."""
    settings.SITE_URL = SERVED_AT
    quiet("setup_site")
    return SERVED_AT


def test_setup_site_moves_the_default_site_to_site_url(served_at):
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == ("127.0.0.1", 8765, SERVED_AT)


def test_every_absolute_url_points_where_the_site_is_served(served_at, client):
    from news.models import NewsIndexPage

    home = HomePage.objects.get(locale__language_code="ru")
    news = NewsIndexPage(title="Новости", slug="novosti")
    home.add_child(instance=news)
    news.save_revision().publish()
    urls = [
        "/",
        "/en/",
        "/o-proekte/",
        "/en/about/",
        "/novosti/",
        "/novosti/rss/",
        "/novosti/atom/",
        "/search/?q=соседи",
    ]
    urls += ["/sitemap.xml", "/robots.txt"]
    seen = []
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        seen += absolute_urls(response.content.decode())
    assert len(seen) > 20
    assert [url for url in seen if not url.startswith(SERVED_AT + "/")] == []
    assert f"Sitemap: {SERVED_AT}/sitemap.xml" in client.get("/robots.txt").content.decode()


def test_consent_and_notification_name_the_served_address(served_at, client, mailoutbox):
    home = HomePage.objects.get(locale__language_code="ru")
    page = FormPage(
        title="Опрос",
        slug="opros",
        form_fields=[FormPageField(label="Имя", clean_name="name", field_type="singleline")],
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    client.post(page.url, answers_for(page))
    submission = ResidentSubmission.objects.get(page=page)
    assert f"{SERVED_AT}/personalnye-dannye/" in submission.consent
    assert f"{SERVED_AT}/opros/" in mailoutbox[0].body


def test_a_system_check_warns_when_the_site_is_not_at_site_url(site_pages, settings):
    settings.SITE_URL = SERVED_AT
    assert [message.id for message in run_checks() if message.id.startswith("home.")] == ["home.W001"]
    quiet("setup_site")
    assert [message.id for message in run_checks() if message.id.startswith("home.")] == []


def test_setup_site_on_an_empty_database_serves_an_empty_bilingual_site(site_pages, client, django_user_model):
    from django.contrib.auth.models import Group

    Page.objects.filter(depth__gt=1).delete()
    Site.objects.all().delete()
    Group.objects.all().delete()
    Workflow.objects.all().delete()

    quiet("setup_site")
    assert client.get("/").status_code == 200
    assert client.get("/en/").status_code == 200
    assert client.get("/personalnye-dannye/").status_code == 200
    assert client.get("/en/personal-data/").status_code == 200
    assert set(Group.objects.values_list("name", flat=True)) >= {"Редакторы", "Модераторы"}
    workflow = Workflow.objects.get(name="Модерация")
    assert [task.specific.groups.get().name for task in workflow.tasks] == ["Модераторы"]
    assert not StandardPage.objects.filter(slug="o-proekte").exists()  # content is the demo's, not the structure's

    with open("/dev/null", "w") as devnull:
        from io import StringIO

        second = StringIO()
        call_command("setup_site", stdout=second)
    assert "nothing changed" in second.getvalue()
    assert devnull


def test_demo_content_needs_the_structure_first(site_pages):
    from django.core.management.base import CommandError

    Page.objects.filter(depth__gt=1).delete()
    with pytest.raises(CommandError, match="setup_site"):
        quiet("load_demo_content")


# Reserved names of the form machinery


def add_form_page_post(admin_client, parent, **fields):
    """The admin's «add form page» POST with one question labelled `label`."""
    url = reverse("wagtailadmin_pages:add", args=["home", "formpage", parent.pk])
    data = querydict_from_html(admin_client.get(url).content.decode(), form_id="page-edit-form")
    data.update({"title": "Опрос о дворе", "slug": "opros-o-dvore"})
    data.update({f"form_fields-0-{key}": value for key, value in fields.items()})
    data.update({"form_fields-0-field_type": "singleline", "form_fields-0-ORDER": "1", "form_fields-TOTAL_FORMS": "1"})
    return admin_client.post(url, data, HTTP_ACCEPT_LANGUAGE="ru")


@pytest.mark.parametrize("label", ["website", "Website", "ds consent", "DS started"])
def test_admin_refuses_a_question_named_like_the_forms_own_fields(admin_client, home_page, label):
    response = add_form_page_post(admin_client, home_page, label=label)
    assert response.status_code == 200
    assert "зарезервировано" in response.content.decode()
    assert not FormPage.objects.filter(slug="opros-o-dvore").exists()


def test_admin_accepts_an_ordinary_question(admin_client, home_page):
    response = add_form_page_post(admin_client, home_page, label="Ваш сайт")
    assert response.status_code == 302
    assert FormPage.objects.get(slug="opros-o-dvore").form_fields.count() == 1


def test_answers_to_questions_of_any_allowed_name_are_stored(home_page, client):
    questions = [
        FormPageField(label="Согласие соседей", clean_name="consent", field_type="singleline", sort_order=0),
        FormPageField(label="Когда начали", clean_name="form_started", field_type="singleline", sort_order=1),
        FormPageField(label="Адрес сайта", clean_name="site", field_type="singleline", sort_order=2),
    ]
    page = FormPage(title="Опрос", slug="opros", form_fields=questions)
    home_page.add_child(instance=page)
    page.save_revision().publish()
    answers = {"consent": "Все согласны", "form_started": "В мае", "site": "https://dvor.example"}
    assert client.post(page.url, answers_for(page, **answers)).status_code == 302
    assert ResidentSubmission.objects.get(page=page).form_data == answers


# Slugs


def test_latin_slug_transliterates_russian_like_the_admin():
    assert latin_slug("Книжная полка во дворе") == "knizhnaya-polka-vo-dvore"
    assert latin_slug("Щедрый вечер: ёлка, чай и съезд!") == "shhedryj-vecher-yolka-chaj-i-sezd"


def test_a_new_page_titled_in_russian_gets_a_latin_slug(admin_client, home_page):
    url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", home_page.pk])
    data = querydict_from_html(admin_client.get(url).content.decode(), form_id="page-edit-form")
    data.update({"title": "Книжная полка во дворе", "slug": "", "body-count": "0"})
    assert admin_client.post(url, data).status_code == 302
    page = StandardPage.objects.get(title="Книжная полка во дворе")
    assert page.slug == "knizhnaya-polka-vo-dvore"
    assert page.url == "/knizhnaya-polka-vo-dvore/"


def test_a_slug_typed_in_cyrillic_is_transliterated(admin_client, home_page):
    url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", home_page.pk])
    data = querydict_from_html(admin_client.get(url).content.decode(), form_id="page-edit-form")
    data.update({"title": "Полка", "slug": "книжная-полка", "body-count": "0"})
    assert admin_client.post(url, data).status_code == 302
    assert StandardPage.objects.get(title="Полка").slug == "knizhnaya-polka"

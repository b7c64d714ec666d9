"""«Присоединиться»: every initiative can be joined, the joins are counted (never shown), and the join
form keeps every promise of a resident form."""

import pytest
from django.test import Client
from django.urls import reverse

from home.models import ResidentSubmission
from projects.models import InitiativePage, JoinFormPage
from projects.models.joins import INITIATIVE_FIELD, INITIATIVE_KEY
from tests.form_contract import ResidentFormContract, answers_for


@pytest.fixture(autouse=True)
def _fresh_rate_limit_and_mailbox(settings):
    from django.core.cache import cache

    cache.clear()
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture
def initiative(make_initiative):
    """A running initiative with its English translation; publishing it gave the index its join form."""
    return make_initiative(
        "Книжная полка во дворе",
        status="running",
        english={"title": "A bookshelf in the yard", "slug": "bookshelf"},
    )


@pytest.fixture
def join_form(initiative):
    return JoinFormPage.for_initiative(initiative)


@pytest.fixture
def en_initiative(initiative, demo):
    return initiative.get_translation(demo.en).specific


def joining(data, initiative_id):
    """A neighbour's answers as the browser sends them: the initiative is preselected in the form."""
    return {INITIATIVE_FIELD: initiative_id, **data}


class JoiningClient(Client):
    """The contract posts a person's answers to the questions; a browser also sends the preselected initiative."""

    initiatives = {}

    def post(self, path, data=None, *args, **kwargs):
        for prefix, initiative_id in self.initiatives.items():
            if isinstance(data, dict) and path.startswith(prefix) and INITIATIVE_FIELD not in data:
                data = joining(data, initiative_id)
        return super().post(path, data, *args, **kwargs)


class TestJoinForm(ResidentFormContract):
    @pytest.fixture
    def form_page(self, join_form):
        return join_form

    @pytest.fixture
    def client(self, join_form, initiative, en_initiative, demo):
        english = join_form.get_translation(demo.en)
        client = JoiningClient()
        client.initiatives = {english.url: en_initiative.pk, join_form.url: initiative.pk}
        return client


def test_publishing_an_initiative_gives_its_index_a_join_form_in_both_languages(initiative, en_initiative, demo):
    russian = JoinFormPage.for_initiative(initiative)
    english = JoinFormPage.for_initiative(en_initiative)
    assert (russian.title, russian.url) == ("Присоединиться к инициативе", "/iniciativy/prisoedinitsya-k-iniciative/")
    assert (english.title, english.url) == ("Join an initiative", "/en/initiatives/join-an-initiative/")
    assert english.translation_key == russian.translation_key and russian.live and english.live


def test_initiative_page_links_to_the_join_form_with_the_initiative_chosen(client, initiative, join_form):
    html = client.get(initiative.url).content.decode()
    assert f'href="{join_form.url}?initiative={initiative.pk}">Присоединиться к инициативе</a>' in html
    form = client.get(f"{join_form.url}?initiative={initiative.pk}").content.decode()
    assert f'<option value="{initiative.pk}" selected>Книжная полка во дворе</option>' in form
    assert "Вы присоединяетесь" in form and "Как я могу помочь" in form


def test_a_join_records_the_initiative_and_the_page_counts_neighbours_without_names(
    client, initiative, en_initiative, join_form, demo
):
    answers = joining(answers_for(join_form, name="Вера Соседова", message="Принесу книги"), initiative.pk)
    assert client.post(join_form.url, answers).status_code == 302
    english = join_form.get_translation(demo.en)
    assert client.post(english.url, joining(answers_for(english, name="Vera"), en_initiative.pk)).status_code == 302
    stored = ResidentSubmission.objects.get(page=join_form)
    assert stored.form_data[INITIATIVE_FIELD] == "Книжная полка во дворе"
    assert stored.form_data[INITIATIVE_KEY] == str(initiative.translation_key)
    html = client.get(initiative.url).content.decode()
    assert "Присоединились 2 соседа." in html and "Вера" not in html
    assert "2 neighbours have joined." in client.get(en_initiative.url).content.decode()


def test_joining_without_an_initiative_or_a_finished_one_is_refused_in_russian(client, make_initiative, join_form):
    finished = make_initiative("Субботник прошлой осенью", status="finished")
    response = client.post(join_form.url, answers_for(join_form))
    assert response.status_code == 400
    assert "Пожалуйста, выберите инициативу" in response.content.decode()
    response = client.post(join_form.url, joining(answers_for(join_form), finished.pk))
    assert response.status_code == 400
    assert "К этой инициативе уже нельзя присоединиться" in response.content.decode()
    response = client.post(join_form.url, joining(answers_for(join_form), "abc"))
    assert response.status_code == 400
    assert not ResidentSubmission.objects.exists()


def test_finished_initiative_shows_no_join_link(client, make_initiative, join_form):
    finished = make_initiative("Субботник прошлой осенью", status="finished")
    assert "?initiative=" not in client.get(finished.url).content.decode()


def test_managers_see_the_initiative_as_a_column_of_the_join_form(admin_client, client, initiative, join_form):
    client.post(join_form.url, joining(answers_for(join_form, name="Вера"), initiative.pk))
    html = admin_client.get(reverse("wagtailforms:list_submissions", args=[join_form.pk])).content.decode()
    assert "Инициатива" in html and "Книжная полка во дворе" in html


def test_join_form_lives_once_under_an_initiatives_index(home_page, project_index, initiative):
    assert JoinFormPage.can_create_at(project_index) is False  # already there, made by the first initiative
    assert not JoinFormPage.can_create_at(home_page)
    assert InitiativePage.allowed_subpage_models() == []


def test_join_export_names_the_initiative_in_its_own_russian_column(admin_client, client, initiative, join_form):
    import csv
    import io

    client.post(join_form.url, joining(answers_for(join_form, name="=Вера", message="Принесу книги"), initiative.pk))
    url = reverse("wagtailforms:list_submissions", args=[join_form.pk]) + "?export=csv"
    text = b"".join(admin_client.get(url).streaming_content).decode("utf-8-sig")
    header, row = list(csv.reader(io.StringIO(text, newline="")))
    assert header == [
        "Номер обращения",
        "Дата добавления",
        "Инициатива",
        "Ваше имя",
        "Телефон или e-mail",
        "Как я могу помочь",
    ]
    assert row[2:4] == ["Книжная полка во дворе", "'=Вера"] and row[5] == "Принесу книги"

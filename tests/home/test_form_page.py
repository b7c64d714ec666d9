import pytest

from home.models import FormPage, FormPageField, ResidentSubmission
from tests.form_contract import ResidentFormContract


def survey_fields(english=False):
    return [
        FormPageField(
            sort_order=0,
            clean_name="name",
            field_type="singleline",
            required=True,
            label="Your name" if english else "Ваше имя",
        ),
        FormPageField(
            sort_order=1,
            clean_name="message",
            field_type="multiline",
            required=False,
            label="What should change in the yard?" if english else "Что изменить во дворе?",
            help_text="A few words are enough." if english else "Достаточно нескольких слов.",
        ),
    ]


@pytest.fixture
def survey(home_page, demo):
    page = FormPage(title="Опрос жителей", slug="opros", to_address="managers@example.org", form_fields=survey_fields())
    home_page.add_child(instance=page)
    page.save_revision().publish()
    demo.translate(page, FormPage(slug="survey", title="Residents' survey", form_fields=survey_fields(english=True)))
    return page


class TestFormPage(ResidentFormContract):
    @pytest.fixture
    def form_page(self, survey):
        return survey


def test_english_translation_of_a_form_page_is_made_through_wagtail_localize(survey, demo, client):
    english = survey.get_translation(demo.en)
    assert english.url == "/en/survey/"
    assert [f.label for f in english.form_fields.all()] == ["Your name", "What should change in the yard?"]
    assert [f.clean_name for f in english.form_fields.all()] == ["name", "message"]


def test_managers_find_submissions_of_both_languages_by_reference_and_export_them(survey, demo, client, admin_client):
    from tests.form_contract import answers_for

    english = survey.get_translation(demo.en)
    client.post(survey.url, answers_for(survey, message="Скамейки"))
    client.post(english.url, answers_for(english, message="Benches"))
    ru_sub, en_sub = ResidentSubmission.objects.order_by("pk")

    listing = admin_client.get("/admin/resident_submissions/")
    assert listing.status_code == 200
    html = listing.content.decode()
    assert ru_sub.reference in html and en_sub.reference in html

    found = admin_client.get("/admin/resident_submissions/", {"q": en_sub.reference}).content.decode()
    assert en_sub.reference in found and ru_sub.reference not in found

    export = admin_client.get("/admin/resident_submissions/", {"export": "csv"})
    body = b"".join(export.streaming_content).decode() if export.streaming else export.content.decode()
    assert ru_sub.reference in body and "Benches" in body

    assert admin_client.get(f"/admin/resident_submissions/edit/{ru_sub.pk}/").status_code in (302, 403)


def test_the_summary_managers_see_shows_the_residents_answers_not_the_machinerys():
    submission = ResidentSubmission(
        form_data={"name": "Вера", "ds_initiative_key": "0b8e6f2c-uuid", "ds_initiative": "Клуб", "message": "Приду"}
    )
    assert submission.summary == "Вера · Приду"

"""The behaviour every resident form page promises, whatever app it lives in.

Use it by subclassing in an app's tests and providing a `form_page` fixture: the Russian form
page, published, translated into English, with a required single-line field `name` and a
multi-line field `message`:

    class TestProposalForm(ResidentFormContract):
        @pytest.fixture
        def form_page(self, ...): ...
"""

import re

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import Locale

from home.models import ResidentSubmission
from home.spam import CONSENT_FIELD, HONEYPOT_FIELD, STARTED_FIELD, started_token

HOSTILE = "<script>alert('x')</script> Привет 👋🏽 שלום עליכם " + "ы" * 10_000
REFERENCE = re.compile(r"ДС-\d{4}-\d{6}")


def answers_for(page, **overrides):
    """A person's answers to every question of `page`, plus consent and the spam-check fields."""
    data = {CONSENT_FIELD: "on", HONEYPOT_FIELD: "", STARTED_FIELD: started_token(page, seconds_ago=30)}
    for field in page.get_form_fields():
        choices = [c.strip() for c in field.choices.splitlines() if c.strip()] if field.choices else []
        data[field.clean_name] = {
            "email": "anna@example.org",
            "number": "3",
            "url": "https://example.org",
            "date": "2026-12-01",
            "datetime": "2026-12-01 18:00",
            "checkbox": "on",
            "dropdown": choices[:1] and choices[0],
            "radio": choices[:1] and choices[0],
            "checkboxes": choices[:1],
            "multiselect": choices[:1],
        }.get(field.field_type, "Анна")
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


class ResidentFormContract:
    @pytest.fixture(autouse=True)
    def _clean_state(self, settings):
        from django.core.cache import cache

        cache.clear()
        settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

    def test_form_shows_consent_linking_the_policy_and_no_visible_honeypot(self, client, form_page):
        html = client.get(form_page.url).content.decode()
        assert f'name="{CONSENT_FIELD}"' in html and "required" in html
        assert 'href="/personalnye-dannye/"' in html
        assert 'class="hp-field" aria-hidden="true"' in html

    def test_valid_submission_is_stored_mailed_and_given_a_reference(self, client, form_page):
        response = client.post(form_page.url, answers_for(form_page, message="Давайте покрасим скамейки"), follow=True)
        assert response.status_code == 200
        submission = ResidentSubmission.objects.get(page=form_page)
        assert submission.form_data["message"] == "Давайте покрасим скамейки"
        assert CONSENT_FIELD not in submission.form_data and HONEYPOT_FIELD not in submission.form_data
        assert submission.consent and submission.language == "ru"
        assert REFERENCE.fullmatch(submission.reference)
        assert submission.reference in response.content.decode()
        assert len(mail.outbox) == 1
        assert submission.reference in mail.outbox[0].subject
        assert "Давайте покрасим скамейки" in mail.outbox[0].body

    def test_submission_is_stored_and_thanked_when_mail_fails(self, client, form_page, settings, caplog):
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2  # nothing listens
        response = client.post(form_page.url, answers_for(form_page), follow=True)
        assert response.status_code == 200
        submission = ResidentSubmission.objects.get(page=form_page)
        assert submission.reference in response.content.decode()
        notification = submission.mails.get()
        assert notification.status == "failed" and "Connection" in notification.last_error
        assert "Could not e-mail" in caplog.text

    def test_without_consent_the_form_comes_back_with_the_error_and_nothing_is_stored(self, client, form_page):
        response = client.post(form_page.url, answers_for(form_page, **{CONSENT_FIELD: None}))
        assert response.status_code == 400
        html = response.content.decode()
        assert "Пожалуйста, дайте согласие" in html
        assert f'href="#id_{CONSENT_FIELD}"' in html
        assert not ResidentSubmission.objects.exists()

    def test_missing_required_answer_is_reported_in_russian(self, client, form_page):
        response = client.post(form_page.url, answers_for(form_page, name=""))
        assert response.status_code == 400
        assert "Требуется заполнить это поле" in response.content.decode()
        assert not ResidentSubmission.objects.exists()

    def test_honeypot_post_stores_nothing_and_gets_a_neutral_answer(self, client, form_page):
        response = client.post(form_page.url, answers_for(form_page, **{HONEYPOT_FIELD: "http://spam.example"}))
        assert response.status_code == 200
        assert not ResidentSubmission.objects.exists() and not mail.outbox
        assert not REFERENCE.search(response.content.decode())

    def test_post_faster_than_a_person_stores_nothing(self, client, form_page):
        client.post(form_page.url, answers_for(form_page, **{STARTED_FIELD: started_token(form_page, seconds_ago=0)}))
        client.post(form_page.url, answers_for(form_page, **{STARTED_FIELD: "forged"}))
        assert not ResidentSubmission.objects.exists()

    def test_rate_limit_answers_429_with_a_translated_message(self, client, form_page, settings):
        settings.FORMS_RATE_LIMIT = "3/10m"
        for _ in range(3):
            assert client.post(form_page.url, answers_for(form_page)).status_code == 302
        response = client.post(form_page.url, answers_for(form_page))
        assert response.status_code == 429
        assert "Слишком много сообщений" in response.content.decode()
        assert ResidentSubmission.objects.count() == 3

    def test_hostile_input_is_stored_intact_and_escaped_in_admin_and_mail(self, client, admin_client, form_page):
        client.post(form_page.url, answers_for(form_page, message=HOSTILE))
        submission = ResidentSubmission.objects.get(page=form_page)
        assert submission.form_data["message"] == HOSTILE
        listing = admin_client.get(reverse("wagtailforms:list_submissions", args=[form_page.pk]))
        assert listing.status_code == 200
        html = listing.content.decode()
        assert "&lt;script&gt;alert(" in html and "<script>alert(" not in html
        assert submission.reference in html
        message = mail.outbox[0]
        assert HOSTILE in message.body and not message.alternatives  # plain text: nothing to execute

    def test_english_form_asks_in_english_and_stores_the_same_keys(self, client, form_page):
        english = form_page.get_translation(Locale.objects.get(language_code="en"))
        html = client.get(english.url).content.decode()
        assert 'lang="en"' in html and "I agree to the processing of my personal data" in html
        client.post(form_page.url, answers_for(form_page))
        client.post(english.url, answers_for(english))
        russian_keys, english_keys = (set(s.form_data) for s in ResidentSubmission.objects.order_by("pk"))
        assert russian_keys == english_keys
        assert ResidentSubmission.objects.filter(page=english, language="en").exists()

    def test_landing_link_does_not_reveal_other_submissions(self, client, form_page):
        response = client.get(form_page.url + "?thanks=forged")
        assert response.status_code == 200
        assert not REFERENCE.search(response.content.decode())

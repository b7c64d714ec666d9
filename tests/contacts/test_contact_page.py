"""The contact page: the organisation's contacts from the site settings and the feedback form."""

import pytest
from django.core import mail
from wagtail.models import Site

from contacts.models import ContactPage
from home.models import ContactSettings, ResidentSubmission
from tests.form_contract import ResidentFormContract, answers_for


class TestFeedbackForm(ResidentFormContract):
    """The feedback form keeps every promise of a resident form."""

    @pytest.fixture
    def form_page(self, contact_page):
        return contact_page


def test_contact_page_shows_the_organisation_contacts_from_site_settings(client, contact_page):
    response = client.get("/kontakty/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Контакты</h1>" in html
    main = html.split('<main id="main"')[1].split("</main>")[0]
    assert '<a href="mailto:proekt-ds@mail.ru">proekt-ds@mail.ru</a>' in main
    assert '<a href="tel:+79268507847">+7 926 850-78-47</a>' in main
    assert 'href="https://vk.com/proektds"' in main and 'href="https://www.facebook.com/dobriesosedi/"' in main
    assert "Приходите к нам учиться" in main and 'href="http://mms-kurs.hse.ru/"' in main
    assert '<h2 id="contact-form">Напишите нам</h2>' in main and "Как с нами связаться" in main


def test_contact_details_follow_the_site_settings(client, contact_page):
    contacts = ContactSettings.for_site(Site.objects.get(is_default_site=True))
    contacts.email, contacts.course_url = "new@example.org", ""
    contacts.save()
    main = client.get("/kontakty/").content.decode().split('<main id="main"')[1].split("</main>")[0]
    assert "mailto:new@example.org" in main and "proekt-ds@mail.ru" not in main
    assert "Приходите к нам учиться" not in main


def test_english_contact_page_asks_in_english(client, contact_page):
    response = client.get("/en/contacts/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en"' in html and "<h1>Contacts</h1>" in html
    assert "How to reach us" in html and "Come and study with us" in html
    assert '<label for="id_contact">E-mail or phone *</label>' in html
    assert "Ваше имя" not in html


def test_feedback_keeps_the_resident_contact_and_message(client, contact_page):
    answers = answers_for(contact_page, name="Анна", contact="+7 900 000-00-00", message="Где найти МФЦ?")
    response = client.post("/kontakty/", answers, follow=True)
    assert response.status_code == 200
    submission = ResidentSubmission.objects.get(page=contact_page)
    assert submission.form_data == {"name": "Анна", "contact": "+7 900 000-00-00", "message": "Где найти МФЦ?"}
    assert mail.outbox[0].to == ["proekt-ds@mail.ru"]
    assert "Спасибо! Мы получили ваше сообщение" in response.content.decode()


def test_contact_page_sits_only_under_the_home_page(contact_page):
    assert ContactPage.parent_page_types == ["home.HomePage"]
    assert ContactPage.subpage_types == []
    assert contact_page.show_in_menus

import re

from home.demo_tools import paragraph, stream
from materials.models import MaterialPage
from materials.models.pages import words_in


def cards(html):
    return re.findall(r'<h3 class="card__title"><a href="([^"]+)">([^<]+)</a>', html)


def test_index_lists_materials_and_guidance_in_both_languages(client, library):
    ru = client.get("/materialy/").content.decode()
    assert ("/materialy/chetyre-etapa/", "Четыре этапа работы") in cards(ru)
    assert ("/materialy/odinnadcat-navykov/", "Одиннадцать навыков") in cards(ru)
    assert ("/materialy/karantin/", "Жизнь на карантине") in cards(ru)
    assert '<span class="tag">Навыки</span>' in ru
    en = client.get("/en/materials/").content.decode()
    assert ("/en/materials/chetyre-etapa-en/", "The four stages of work") in cards(en)
    assert ("/en/materials/quarantine/", "Life under quarantine") in cards(en)
    assert '<span class="tag">Skills</span>' in en and "Навыки" not in en


def test_materials_index_is_in_the_main_menu(client, library):
    assert '<a href="/materialy/"' in client.get("/").content.decode()
    assert '<a href="/en/materials/"' in client.get("/en/").content.decode()


def test_topic_filter_shows_only_materials_of_that_topic(client, library):
    html = client.get("/materialy/?topic=navyki").content.decode()
    titles = [title for _url, title in cards(html)]
    assert titles == ["Одиннадцать навыков"]
    assert '<a href="/materialy/?topic=navyki" aria-current="page">Навыки</a>' in html
    assert "Материалы по теме «Навыки»" in html


def test_topic_filter_uses_the_english_slugs_on_the_english_page(client, library):
    html = client.get("/en/materials/?topic=stages-of-work").content.decode()
    assert [title for _url, title in cards(html)] == ["The four stages of work"]
    assert 'href="/en/materials/?topic=skills"' in html
    # A Russian slug is not a topic of the English library.
    html = client.get("/en/materials/?topic=navyki").content.decode()
    assert cards(html) == []


def test_unknown_topic_gives_an_empty_list_with_a_clear_message_not_an_error(client, library):
    response = client.get("/materialy/?topic=net-takoj-temy")
    assert response.status_code == 200
    html = response.content.decode()
    assert cards(html) == []
    assert "Темы «net-takoj-temy» нет" in html
    assert '<meta name="robots" content="noindex, follow">' in html
    response = client.get("/en/materials/?topic=%3Cscript%3E")
    assert response.status_code == 200
    assert "There is no topic «&lt;script&gt;»" in response.content.decode()


def test_material_page_shows_topic_summary_reading_time_and_document_with_type_and_size(client, library):
    html = client.get("/materialy/chetyre-etapa/").content.decode()
    assert "<h1>Четыре этапа работы</h1>" in html
    assert 'href="/materialy/?topic=etapy-raboty">Этапы работы</a>' in html
    assert "1 минута чтения" in html
    assert "Кратко: Четыре этапа работы" in html
    document = library["document"]
    assert f'href="{document.url}"' in html
    assert re.search(r"Памятка менеджера</a>\s*<span class=\"document-link__meta\">\(PDF, [\d,.]+.(байт|КБ)\)", html)
    assert "<ol>" in html and "<li>Анализ</li>" in html


def test_english_material_page_shows_the_english_topic(client, library):
    html = client.get("/en/materials/chetyre-etapa-en/").content.decode()
    assert '<html lang="en"' in html
    assert 'href="/en/materials/?topic=stages-of-work">Stages of work</a>' in html
    assert "1 minute read" in html
    assert "Manager&#x27;s handout</a>" in html and "(PDF, " in html


def test_document_is_served_with_its_name_and_type(client, library):
    document = library["document"]
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert 'filename="pamyatka' in response["Content-Disposition"]
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_reading_time_grows_with_the_words_of_the_body(db):
    short = MaterialPage(title="t", summary="Два слова", body=stream(paragraph("<p>" + "слово " * 100 + "</p>")))
    assert short.reading_time == 1
    long = MaterialPage(title="t", summary="", body=stream(paragraph("<p>" + "<b>слово</b> " * 900 + "</p>")))
    assert long.reading_time == 5
    assert MaterialPage(title="t", summary="", body="[]").reading_time == 1


def test_reading_time_counts_text_not_settings_or_markup():
    raw = [
        {
            "type": "list",
            "id": "abc",
            "value": {
                "style": "checklist",
                "title": "",
                "items": [{"type": "item", "value": "<b>три</b> слова здесь", "id": "x"}],
            },
        }
    ]
    assert words_in(raw) == 3


def test_guidance_page_shows_review_date_notice_checklist_contacts_and_closing_message(client, library):
    html = client.get("/materialy/karantin/").content.decode()
    assert re.search(r'Дата проверки:</strong> <time datetime="2026-11-20">20 ноября 2026</time>', html)
    assert "Ситуация меняется быстро." in html and 'class="notice guidance__notice"' in html
    assert 'class="list-block list-block--checklist"' in html and "<li>Постановка вопросов</li>" in html
    assert "Где получить помощь" in html
    assert 'href="tel:+79268507847"' in html and 'href="mailto:proekt-ds@mail.ru"' in html
    assert "Очень важно!!!" in html and "Живите дружно и думайте о хорошем!" in html


def test_english_guidance_page_is_all_english(client, library):
    html = client.get("/en/materials/quarantine/").content.decode()
    assert '<time datetime="2026-11-20">20 November 2026</time>' in html
    assert "Last reviewed" in html and "Where to get help" in html
    assert "Very important!!!" in html and "Good Neighbours" in html
    assert "<li>Raising questions</li>" in html
    assert "Пока все дома" not in html


def test_guidance_puts_the_urgent_words_and_help_contacts_before_the_longer_guidance(client, library):
    html = client.get("/materialy/karantin/").content.decode()
    order = [
        html.index(text) for text in ("<h1>", "Ситуация меняется быстро.", "Очень важно!!!", "Где получить помощь")
    ]
    assert order == sorted(order)
    help_at = html.index("Где получить помощь")
    assert help_at < html.index("Пока все дома") and help_at < html.index('<p class="lead">Что делать, пока все дома.')


def test_a_help_contact_shows_its_partners_phone_hours_and_address_when_it_names_none(client, library, home_page):
    import uuid

    from contacts.models import PartnerIndexPage, PartnerPage
    from tests.factories import publish

    directory = publish(home_page, PartnerIndexPage(slug="partnery", title="Партнёры"))
    centre = publish(
        directory,
        PartnerPage(
            slug="centr",
            title="Центр социального обслуживания",
            phone="+7 495 000-00-08",
            opening_hours="Пн–Пт 9:00–18:00",
            address="ул. Садовая, д. 12",
        ),
    )
    guidance = library["guidance"]
    guidance.help_contacts = stream(
        {"type": "contact", "value": {"name": "Соцзащита", "partner": centre.pk}, "id": str(uuid.uuid4())},
        {
            "type": "contact",
            "value": {"name": "Горячая линия", "phone": "8 800 000-00-00", "hours": "круглосуточно"},
            "id": str(uuid.uuid4()),
        },
    )
    guidance.save_revision().publish()

    html = client.get("/materialy/karantin/").content.decode()
    assert 'href="tel:+74950000008"' in html and "Пн–Пт 9:00–18:00" in html and "ул. Садовая, д. 12" in html
    assert 'href="tel:88000000000"' in html and "круглосуточно" in html
    assert html.count("<dt>Часы работы</dt>") == 2 and html.count("<dt>Адрес</dt>") == 1

"""The admin says which English translations are out of date after the Russian source changes."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from home.translation_status import out_of_date
from materials.models import AlertBanner

LIST = "/admin/snippets/materials/alertbanner/"


@pytest.fixture
def banners(demo):
    """A Russian banner translated into English through wagtail-localize."""
    russian = demo.snippet(
        AlertBanner,
        ru={"text": "Отключение воды 12 мая", "is_active": True},
        en={"text": "Water off on 12 May"},
        key="text",
    )
    return russian, russian.get_translation(demo.en)


@pytest.fixture
def manager(client, db):
    client.force_login(get_user_model().objects.create_superuser("boss", "boss@example.org", "pw"))
    return client


def out_of_date_cells(html):
    """The «Перевод устарел» cell of each row, by the banner's text."""
    rows = re.findall(r"<tr[^>]*>(.*?)</tr>", html, flags=re.S)
    marks = {}
    for row in rows:
        cells = re.findall(r"<td[^>]*>(.*?)</td>", row, flags=re.S)
        text = next((c for c in cells if "Отключение" in c or "Water" in c), None)
        if text is not None:
            key = "ru" if "Отключение" in text else "en"
            marks[key] = [re.sub(r"<[^>]+>|\s+", " ", c).split() for c in cells]
    return marks


def test_a_fresh_translation_is_not_out_of_date(banners, manager):
    assert out_of_date(AlertBanner.objects.all()) == set()
    html = manager.get(LIST).content.decode()
    assert "Перевод устарел" in html
    assert "True" not in html and "False" not in html


def test_editing_the_russian_banner_marks_both_rows_until_synced(banners, manager):
    russian, english = banners
    russian.text = "Отключение воды 14 мая"
    russian.save()
    assert out_of_date(AlertBanner.objects.all()) == {russian.pk, english.pk}
    html = manager.get(LIST).content.decode()
    marks = out_of_date_cells(html)
    assert ["да"] in marks["ru"] and ["да"] in marks["en"], marks
    edit = manager.get(reverse("wagtailsnippets_materials_alertbanner:edit", args=[russian.pk])).content.decode()
    assert "Перевод устарел" in edit or "перевод устарел" in edit


def test_switching_a_banner_on_does_not_make_its_translation_out_of_date(banners):
    russian, english = banners
    russian.is_active = False
    russian.save()
    assert out_of_date([russian, english]) == set()


def test_a_changed_russian_page_marks_its_english_translation(demo, home_page, manager):
    from home.models import StandardPage

    about = StandardPage.objects.get(locale=demo.ru, slug="o-proekte")
    english = about.get_translation(demo.en).specific
    assert out_of_date([about]) == set()
    about.title = "О нашем проекте"
    about.save_revision().publish()
    about.refresh_from_db()
    assert out_of_date([about]) == {about.pk}
    assert out_of_date([english]) == {english.pk}
    edit = manager.get(reverse("wagtailadmin_pages:edit", args=[about.pk])).content.decode()
    assert "перевод устарел" in edit.lower()
    # wagtail-localize's translation editor of the English page says it too
    translation_editor = manager.get(reverse("wagtailadmin_pages:edit", args=[english.pk])).content.decode()
    assert "Перевод устарел" in translation_editor


def test_a_renamed_russian_topic_is_marked_in_the_topics_list(demo, manager):
    from materials.models import Topic

    topic = demo.snippet(
        Topic, ru={"slug": "karantin", "name": "Карантин"}, en={"slug": "quarantine", "name": "Quarantine"}
    )
    listing = "/admin/snippets/materials/topic/"
    assert ["да"] not in sum(out_of_date_cells_by(manager.get(listing).content.decode(), "Карантин"), [])
    topic.name = "Жизнь на карантине"
    topic.save()
    assert out_of_date(Topic.objects.filter(slug__in=["karantin", "quarantine"])) == {
        topic.pk,
        topic.get_translation(demo.en).pk,
    }
    html = manager.get(listing).content.decode()
    assert "Перевод устарел" in html
    assert ["да"] in out_of_date_cells_by(html, "Quarantine")


def out_of_date_cells_by(html, text):
    """The words of each cell of the listing's row that mentions `text`."""
    for row in re.findall(r"<tr[^>]*>(.*?)</tr>", html, flags=re.S):
        if text in row:
            return [
                re.sub(r"<[^>]+>|\s+", " ", cell).split()
                for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, flags=re.S)
            ]
    return []

"""Tags are translated with the page through wagtail-localize: each language keeps its own words."""

import datetime
import json

import polib
import pytest
from wagtail_localize.models import Translation, TranslationSource

from home.demo_tools import paragraph, stream
from news import demo as news_demo
from news.models import NewsPage


def tag_cloud(client, url):
    return client.get(url).content.decode().split('id="filter-tag"')[1].split("</nav>")[0]


@pytest.fixture
def translated_news(news_index, demo):
    """A Russian news item with two tags, translated into English through wagtail-localize."""
    news = demo.page(
        news_index,
        NewsPage,
        slug="zapusk-banka",
        ru={
            "title": "Запускаем банк соседских талантов",
            "intro": "Каждый сосед что-то умеет.",
            "body": stream(paragraph("<p>Текст.</p>")),
        },
        en={
            "slug": "talent-bank-launched",
            "title": "We are launching the neighbour talent bank",
            "intro": "Every neighbour can do something.",
            "body": stream(paragraph("<p>Text.</p>")),
        },
        shared={"date": datetime.date(2026, 10, 28)},
    )
    news_demo.tag_news(demo, news, ["банк талантов", "соседи"])
    return news


def test_english_translation_carries_english_tags_and_each_cloud_its_own_language(client, translated_news, demo):
    english = translated_news.get_translation(demo.en)
    assert sorted(tag.name for tag in english.specific.tags.all()) == ["neighbours", "talent bank"]
    assert sorted(tag.name for tag in translated_news.tags.all()) == ["банк талантов", "соседи"]

    en_cloud = tag_cloud(client, "/en/news/")
    ru_cloud = tag_cloud(client, "/novosti/")
    assert "talent bank" in en_cloud and "neighbours" in en_cloud
    assert "банк" not in en_cloud and "соседи" not in en_cloud
    assert "банк талантов" in ru_cloud and "talent" not in ru_cloud
    assert "We are launching" in client.get("/en/news/", {"tag": "talent-bank"}).content.decode()


def test_updating_the_russian_news_keeps_english_tags_and_asks_for_new_ones(translated_news, demo):
    translated_news.intro = "Каждый сосед что-то умеет. Расскажите нам!"
    translated_news.tags.add("двор")
    translated_news.save_revision().publish()
    source, _ = TranslationSource.update_or_create_from_instance(translated_news)
    translation = Translation.objects.get(source=source, target_locale=demo.en)
    po = polib.POFile()
    po.metadata = {"X-WagtailLocalize-TranslationID": str(translation.uuid)}
    po.append(
        polib.POEntry(msgctxt="intro", msgid=translated_news.intro, msgstr="Every neighbour can do something. Tell us!")
    )
    po.append(polib.POEntry(msgctxt="tags.двор", msgid="двор", msgstr="our yard"))
    translation.import_po(po)

    translation.save_target(publish=False)

    english = translated_news.get_translation(demo.en).specific.get_latest_revision_as_object()
    assert english.intro == "Every neighbour can do something. Tell us!"
    assert sorted(tag.name for tag in english.tags.all()) == ["neighbours", "our yard", "talent bank"]


def test_translation_editor_offers_each_tag_as_a_string(admin_client, translated_news, demo):
    english = translated_news.get_translation(demo.en)
    response = admin_client.get(f"/admin/pages/{english.pk}/edit/")
    html = response.content.decode()
    assert response.status_code == 200
    # The editor's props are JSON with non-ASCII letters escaped.
    assert json.dumps("tags.банк-талантов")[1:-1] in html and json.dumps("банк талантов")[1:-1] in html
    assert "talent bank" in html

"""Initiative tags are translated with the page, like news tags: the English page never shows a Russian tag."""

import re

import pytest

from home.demo_tools import paragraph, stream
from projects import demo as projects_demo
from projects.models import InitiativePage

CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)


@pytest.fixture
def translated_initiative(project_index, demo):
    """A Russian initiative with two tags, translated into English through wagtail-localize."""
    initiative = demo.page(
        project_index,
        InitiativePage,
        slug="klub-nastolnyh-igr",
        ru={"title": "Клуб настольных игр", "summary": "Играем по пятницам.", "body": stream(paragraph("<p>Т.</p>"))},
        en={
            "slug": "board-games-club",
            "title": "Board games club",
            "summary": "We play on Fridays.",
            "body": stream(paragraph("<p>T.</p>")),
        },
    )
    demo.tag(initiative, {"настольные игры": "board games", "клуб": "club"})
    return initiative


def tag_links(html):
    return re.findall(r'<a class="tag" href="([^"]+)">([^<]+)</a>', html)


def test_english_initiative_shows_english_tags_linking_to_the_english_list(client, translated_initiative):
    english = client.get("/en/initiatives/board-games-club/").content.decode()
    russian = client.get("/iniciativy/klub-nastolnyh-igr/").content.decode()
    assert sorted(name for _href, name in tag_links(english)) == ["board games", "club"]
    assert sorted(name for _href, name in tag_links(russian)) == ["клуб", "настольные игры"]
    assert all(href.startswith("/en/initiatives/?tag=") for href, _name in tag_links(english))
    assert "Board games club" in client.get("/en/initiatives/?tag=board-games").content.decode()


def test_demo_initiatives_in_english_carry_no_russian_tag(client, demo):
    projects_demo.load(demo)
    for page in InitiativePage.objects.live().filter(locale=demo.en):
        names = [tag.name for tag in page.tags.all()]
        assert names, page.title
        assert not any(CYRILLIC.search(name) for name in names), (page.title, names)
        html = client.get(page.url).content.decode()
        assert not any(CYRILLIC.search(name) for _href, name in tag_links(html)), page.title

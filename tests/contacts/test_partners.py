"""The partner directory: filtering by category, partner details, both languages, bounded queries."""

import re

import pytest

from contacts.models import PartnerPage
from tests.factories import make_logo, make_partner


def card_titles(html):
    return re.findall(r'<h2 class="card__title"><a href="[^"]+">([^<]+)</a>', html)


@pytest.fixture
def sports_club(directory, categories):
    return make_partner(
        directory, "start", "Спортклуб «Старт»", category=categories["sport"], short_description="Секции для всех."
    )


def test_directory_lists_every_partner_with_its_logo_and_category(client, library, sports_club):
    html = client.get("/partnery/").content.decode()
    assert card_titles(html) == ["Библиотека «Зелёная лампа»", "Спортклуб «Старт»"]
    assert 'class="partner-card__logo"' in html and ".max-160x160." in html
    assert '<span class="tag">Библиотеки</span>' in html
    assert 'href="/partnery/?category=libraries"' in html and 'href="/partnery/?category=sport"' in html


def test_category_filter_shows_only_that_category(client, library, sports_club):
    response = client.get("/partnery/?category=sport")
    html = response.content.decode()
    assert response.status_code == 200
    assert card_titles(html) == ["Спортклуб «Старт»"]
    assert '<a href="/partnery/?category=sport" aria-current="page">Спорт</a>' in html


def test_unknown_category_gives_a_clear_message_not_an_error(client, library, sports_club):
    response = client.get("/partnery/?category=no-such-thing")
    html = response.content.decode()
    assert response.status_code == 200
    assert card_titles(html) == []
    assert "Нет категории партнёров «no-such-thing»." in html
    assert 'href="/partnery/">Показать всех партнёров</a>' in html
    assert '<meta name="robots" content="noindex, follow">' in html


@pytest.mark.parametrize("junk", ["<script>x</script>", "%00", "../../etc", "я" * 300])
def test_hostile_category_values_are_escaped_and_harmless(client, library, junk):
    response = client.get("/partnery/", {"category": junk})
    assert response.status_code == 200
    assert "<script>x</script>" not in response.content.decode()


def test_english_directory_shows_english_partners_and_categories(client, library, sports_club, en_directory, demo):
    english_club = sports_club.copy_for_translation(demo.en)
    english_club.title = "“Start” sports club"
    english_club.save_revision().publish()
    html = client.get("/en/partners/").content.decode()
    assert '<html lang="en"' in html
    assert card_titles(html) == ["“Green Lamp” library", "“Start” sports club"]
    # The copied English page still points at the Russian category: the English one is shown.
    assert '<span class="tag">Sport</span>' in html and "Спорт" not in html
    html = client.get("/en/partners/?category=sport").content.decode()
    assert card_titles(html) == ["“Start” sports club"]
    html = client.get("/en/partners/?category=nothing").content.decode()
    assert "There is no partner category «nothing»." in html


def test_partner_page_shows_all_the_ways_to_reach_them(client, library):
    response = client.get("/partnery/zelenaya-lampa/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Библиотека «Зелёная лампа»</h1>" in html
    assert "Чем помогают жителям" in html and "<li>зал для встреч</li>" in html
    assert "<address>ул. Школьная, д. 3</address>" in html
    assert "Вт–Сб 11:00–20:00<br>Вс 11:00–18:00" in html
    assert '<a href="tel:+74950000003">+7 495 000-00-03</a>' in html
    assert '<a href="mailto:lampa@library.example">lampa@library.example</a>' in html
    assert 'href="https://lampa.example"' in html
    assert '<a class="tag" href="/partnery/?category=libraries">Библиотеки</a>' in html
    assert ".max-240x240." in html


def test_english_partner_page_is_the_translation(client, library):
    response = client.get("/en/partners/green-lamp/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en"' in html
    assert "“Green Lamp” library" in html and "What they help residents with" in html
    assert "<address>3 Shkolnaya St.</address>" in html
    # Phone, e-mail and website are the same in both languages.
    assert '<a href="tel:+74950000003">+7 495 000-00-03</a>' in html
    assert "mailto:lampa@library.example" in html
    assert '<a class="tag" href="/en/partners/?category=libraries">Libraries</a>' in html
    assert 'hreflang="ru" href="http://testserver/partnery/zelenaya-lampa/"' in html


def test_partner_without_details_renders_without_empty_sections(client, directory):
    make_partner(directory, "bare", "Просто партнёр")
    html = client.get("/partnery/bare/").content.decode()
    assert "Как связаться" not in html and "Чем помогают жителям" not in html


def test_unpublished_partners_are_not_listed(client, library, directory):
    draft = make_partner(directory, "draft", "Черновик")
    draft.unpublish()
    assert "Черновик" not in client.get("/partnery/").content.decode()


def test_partner_page_types_sit_only_in_their_places():
    from contacts.models import PartnerIndexPage

    assert PartnerIndexPage.parent_page_types == ["home.HomePage"]
    assert PartnerPage.parent_page_types == ["contacts.PartnerIndexPage"]
    assert PartnerPage.subpage_types == []


def add_partners(directory, categories, demo, start, count):
    """`count` partners with their own logos, each with an English copy."""
    for n in range(start, start + count):
        partner = make_partner(
            directory,
            f"partner-{n:03d}",
            f"Партнёр {n:03d}",
            category=categories["sport" if n % 2 else "libraries"],
            logo=make_logo(f"logo-{n}", (n * 3 % 255, 90, 120)),
            short_description="Помогает соседям.",
        )
        partner.copy_for_translation(demo.en).save_revision().publish()


DIRECTORY_URLS = ["/partnery/", "/partnery/?category=sport", "/en/partners/", "/en/partners/?category=sport", "/"]


def count_queries(client, django_assert_max_num_queries):
    counts = {}
    for url in DIRECTORY_URLS:
        client.get(url)  # warm-up: renditions are made on the first visit
        with django_assert_max_num_queries(30) as captured:
            assert client.get(url).status_code == 200
        counts[url] = len(captured.captured_queries)
    return counts


def test_directory_queries_do_not_grow_from_10_to_80_partners(
    client, directory, en_directory, categories, demo, django_assert_max_num_queries
):
    add_partners(directory, categories, demo, 0, 10)
    with_ten = count_queries(client, django_assert_max_num_queries)
    add_partners(directory, categories, demo, 10, 70)
    assert count_queries(client, django_assert_max_num_queries) == with_ten
    assert "Партнёр 079" in client.get("/partnery/?page=4").content.decode()

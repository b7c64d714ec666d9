import re

import pytest
from wagtail.models import Page

from contacts.models import PartnerIndexPage, PartnerPage
from projects.models import EventPage, InitiativePage, ProjectIndexPage
from tests.factories import english_copy, publish


def card_titles(html):
    return re.findall(r'<h3 class="card__title"><a href="[^"]*">([^<]*)</a>', html)


def test_index_lists_initiatives_in_both_languages(client, make_initiative):
    make_initiative("Клуб настольных игр", english={"title": "Board games club", "slug": "board-games-club"})
    ru = client.get("/iniciativy/")
    en = client.get("/en/initiatives/")
    assert ru.status_code == en.status_code == 200
    assert card_titles(ru.content.decode()) == ["Клуб настольных игр"]
    assert card_titles(en.content.decode()) == ["Board games club"]
    assert "Инициативы" in ru.content.decode() and 'href="/en/initiatives/board-games-club/"' in en.content.decode()


def test_status_filter_keeps_only_that_status_and_marks_the_link(client, make_initiative):
    make_initiative("Клуб настольных игр", status="running")
    make_initiative("Партнёр для домино", status="idea")
    html = client.get("/iniciativy/?status=idea").content.decode()
    assert card_titles(html) == ["Партнёр для домино"]
    assert '<a href="/iniciativy/?status=idea" aria-current="page">Идея</a>' in html


def test_direction_filter_works_in_english_when_the_page_points_at_the_russian_direction(
    client, make_initiative, directions
):
    # copy_for_translation keeps the Russian direction on the English page: the filter matches on translation_key.
    make_initiative(
        "Благоустройство двора",
        direction=directions["blagoustrojstvo"],
        english={"title": "Improving the yard", "slug": "improving-the-yard"},
    )
    make_initiative("Клуб настольных игр", direction=directions["dosug"], english={"title": "Board games club"})
    ru = client.get("/iniciativy/?direction=blagoustrojstvo").content.decode()
    en = client.get("/en/initiatives/?direction=improvement").content.decode()
    assert card_titles(ru) == ["Благоустройство двора"]
    assert card_titles(en) == ["Improving the yard"]
    assert '<span class="tag">Neighbourhood improvement</span>' in en
    assert "Благоустройство" not in en.split("<main")[1]


def test_status_and_direction_combine_and_links_keep_the_other_filter(client, make_initiative, directions):
    make_initiative("Двор: идея", status="idea", direction=directions["blagoustrojstvo"])
    make_initiative("Двор: идёт", status="running", direction=directions["blagoustrojstvo"])
    make_initiative("Досуг: идея", status="idea", direction=directions["dosug"])
    html = client.get("/iniciativy/?status=idea&direction=blagoustrojstvo").content.decode()
    assert card_titles(html) == ["Двор: идея"]
    assert 'href="/iniciativy/?status=running&amp;direction=blagoustrojstvo"' in html
    assert 'href="/iniciativy/?status=idea&amp;direction=dosug"' in html


@pytest.mark.parametrize(
    "query",
    [
        "?status=zzz",
        "?direction=no-such",
        "?direction=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "?status=idea&direction=%00",
        "?direction=" + "y" * 5000,
        "?status=" + "x" * 5000,
    ],
)
def test_junk_filters_give_an_empty_list_with_a_message_never_a_500(client, make_initiative, directions, query):
    make_initiative("Клуб настольных игр")
    response = client.get("/iniciativy/" + query)
    assert response.status_code == 200
    html = response.content.decode()
    assert card_titles(html) == []
    assert "Такого статуса или направления нет" in html
    assert "<script>alert(1)" not in html


def test_pagination_keeps_the_filter(client, make_initiative):
    for number in range(14):
        make_initiative(f"Идея {number:02d}", status="idea")
    html = client.get("/iniciativy/?status=idea").content.decode()
    assert len(card_titles(html)) == 12
    assert 'href="?status=idea&amp;page=2"' in html
    assert len(card_titles(client.get("/iniciativy/?status=idea&page=2").content.decode())) == 2


def test_tag_filter_and_tag_links(client, make_initiative):
    game = make_initiative("Клуб настольных игр", tags=["игры", "клуб"])
    make_initiative("Благоустройство двора", tags=["двор"])
    page_html = client.get(game.url).content.decode()
    assert 'href="/iniciativy/?tag=%D0%B8%D0%B3%D1%80%D1%8B"' in page_html
    html = client.get("/iniciativy/?tag=игры").content.decode()
    assert card_titles(html) == ["Клуб настольных игр"]
    assert "«игры»" in html
    assert card_titles(client.get("/iniciativy/?tag=нет-такого").content.decode()) == []


def test_initiative_page_shows_its_facts_in_the_reader_language(client, make_initiative, directions):
    import datetime

    make_initiative(
        "Клуб настольных игр",
        status="running",
        direction=directions["dosug"],
        place="Библиотека, ул. Садовая, 3",
        start_date=datetime.date(2026, 10, 1),
        how_to_take_part="<p>Приходите по пятницам.</p>",
        english={
            "title": "Board games club",
            "slug": "board-games-club",
            "place": "Library, 3 Sadovaya St",
            "how_to_take_part": "<p>Come on Fridays.</p>",
        },
    )
    ru = client.get("/iniciativy/iniciativa-1/").content.decode()
    en = client.get("/en/initiatives/board-games-club/").content.decode()
    assert "Идёт" in ru and "Досуг" in ru and "с 1 октября 2026" in ru and "Приходите по пятницам." in ru
    assert "Как принять участие" in ru
    assert "Running" in en and "Leisure" in en and "since 1 October 2026" in en and "Come on Fridays." in en
    assert "Досуг" not in en.split("<main")[1]


def test_results_show_only_when_the_initiative_is_finished(client, make_initiative):
    running = make_initiative("Двор", status="running", results="<p>Посадили 20 деревьев.</p>")
    finished = make_initiative(
        "Субботник", status="finished", results="<p>Убрали весь двор.</p>", how_to_take_part="<p>Приходите.</p>"
    )
    assert "Посадили 20 деревьев." not in client.get(running.url).content.decode()
    html = client.get(finished.url).content.decode()
    assert "Итоги" in html and "Убрали весь двор." in html
    assert "Приходите." not in html


def test_an_end_date_before_the_start_is_refused(make_initiative):
    import datetime

    from django.core.exceptions import ValidationError

    page = make_initiative()
    page.start_date, page.end_date = datetime.date(2026, 5, 2), datetime.date(2026, 5, 1)
    with pytest.raises(ValidationError):
        page.full_clean()


def test_english_initiative_lists_the_english_translations_of_its_partners(client, home_page, demo, make_initiative):
    partner_index = publish(home_page, PartnerIndexPage(title="Партнёры", slug="partnery", locale=demo.ru))
    english_copy(partner_index, demo, slug="partners", title="Partners")
    library = publish(partner_index, PartnerPage(title="Районная библиотека", slug="biblioteka", locale=demo.ru))
    english_copy(library, demo, slug="library", title="District library")
    initiative = make_initiative("Клуб настольных игр")
    initiative.partners.add(library)
    initiative.save_revision().publish()
    english_copy(InitiativePage.objects.get(pk=initiative.pk), demo, slug="board-games", title="Board games club")

    en_initiative = InitiativePage.objects.get(slug="board-games")
    assert list(en_initiative.partners.all()) == [library]  # synchronised: still the Russian page
    en = client.get("/en/initiatives/board-games/").content.decode()
    assert '<a href="/en/partners/library/">District library</a>' in en
    assert "Районная библиотека" not in en.split("<main")[1]
    ru = client.get(initiative.url).content.decode()
    assert '<a href="/partnery/biblioteka/">Районная библиотека</a>' in ru
    # and the partner page names the initiatives that list it, in its language
    assert "Board games club" in client.get("/en/partners/library/").content.decode()


def test_page_types_can_only_be_created_in_their_place(home_page, project_index):
    root = Page.get_first_root_node()
    assert ProjectIndexPage.can_create_at(home_page) and not ProjectIndexPage.can_create_at(root)
    assert InitiativePage.can_create_at(project_index) and not InitiativePage.can_create_at(home_page)
    assert EventPage.can_create_at(project_index) and not EventPage.can_create_at(home_page)
    assert InitiativePage.allowed_subpage_models() == [] and EventPage.allowed_subpage_models() == []


def test_translated_initiative_through_wagtail_localize_uses_the_english_direction(
    demo, project_index, directions, client
):
    source = publish(
        project_index,
        InitiativePage(
            title="Клуб настольных игр",
            slug="klub",
            locale=demo.ru,
            summary="Играем по пятницам.",
            direction=directions["dosug"],
            status="running",
        ),
    )
    english = demo.translate(
        source, InitiativePage(slug="board-games-club", title="Board games club", summary="We play on Fridays.")
    )
    assert english.direction.locale == demo.en
    html = client.get("/en/initiatives/board-games-club/").content.decode()
    assert "We play on Fridays." in html and "Leisure" in html

import datetime

import pytest

from tests.browser.conftest import axe_violations, has_horizontal_scroll


@pytest.fixture
def news_site(live_site):
    """The news index in both languages with two news items carrying images and tags."""
    from home.demo_tools import DemoLoader
    from home.models import HomePage
    from news.models import NewsIndexPage
    from tests.factories import add_news, make_image

    demo = DemoLoader()
    home = HomePage.objects.get(locale=demo.ru)
    index = NewsIndexPage(title="Новости", slug="novosti", intro="Что происходит у нас.", locale=demo.ru)
    home.add_child(instance=index)
    index.save_revision().publish()
    en_index = demo.translate(index, NewsIndexPage(slug="news", title="News", intro="What is happening here."))
    for number, (ru_title, en_title) in enumerate(
        [
            (
                "Приходите к нам учиться: курс для менеджеров территории",
                "Come and learn with us: a course for territory managers",
            ),
            ("Запускаем банк соседских талантов", "We are launching the neighbour talent bank"),
        ]
    ):
        image = make_image(f"browser-news-{number}", colour=("#23527c", "#f6c453")[number])
        date = datetime.date(2026, 11, 20) - datetime.timedelta(days=30 * number)
        ru = add_news(
            index, title=ru_title, slug=f"novost-{number}", date=date, image=image, tags=["обучение", "соседи"]
        )
        add_news(
            en_index,
            title=en_title,
            slug=f"news-{number}",
            date=date,
            image=image,
            tags=["learning", "neighbours"],
            translation_of=ru,
        )
    return live_site


@pytest.mark.parametrize("path", ["/novosti/", "/en/news/", "/novosti/novost-0/", "/en/news/news-0/"])
def test_news_pages_fit_a_phone_and_pass_axe(news_site, page, path, screenshot_dir):
    page.set_viewport_size({"width": 360, "height": 800})
    response = page.goto(news_site.url + path)
    assert response.status == 200
    assert not has_horizontal_scroll(page)
    page.screenshot(path=str(screenshot_dir / f"news{path.replace('/', '_')}360.png"), full_page=True)
    assert axe_violations(page) == []


def test_news_index_filtered_by_tag_on_a_wide_screen_passes_axe(news_site, page, screenshot_dir):
    page.set_viewport_size({"width": 1280, "height": 900})
    response = page.goto(news_site.url + "/novosti/?tag=%D1%81%D0%BE%D1%81%D0%B5%D0%B4%D0%B8")
    assert response.status == 200
    assert page.get_by_role("link", name="Показать все новости").is_visible()
    assert not has_horizontal_scroll(page)
    page.screenshot(path=str(screenshot_dir / "news_tag_1280.png"), full_page=True)
    assert axe_violations(page) == []

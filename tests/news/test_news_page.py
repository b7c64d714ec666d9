import datetime
import re

from tests.factories import add_news, make_image


def test_news_page_shows_date_intro_image_body_and_tags_in_its_language(client, news_index, en_news_index):
    image = make_image("page-image")
    ru = add_news(
        news_index, title="Курс", slug="kurs", date=datetime.date(2026, 11, 20), image=image, tags=["обучение"]
    )
    add_news(
        en_news_index,
        title="Course",
        slug="course",
        date=datetime.date(2026, 11, 20),
        image=image,
        tags=["learning"],
        translation_of=ru,
    )

    ru_html = client.get("/novosti/kurs/").content.decode()
    en_html = client.get("/en/news/course/").content.decode()

    assert '<time datetime="2026-11-20">20 ноября 2026</time>' in ru_html
    assert '<time datetime="2026-11-20">20 November 2026</time>' in en_html
    assert 'alt="Картинка: Курс"' in ru_html
    assert '<a href="/novosti/?tag=%D0%BE%D0%B1%D1%83%D1%87%D0%B5%D0%BD%D0%B8%D0%B5">обучение</a>' in ru_html
    assert '<a href="/en/news/?tag=learning">learning</a>' in en_html and "обучение" not in en_html
    assert '<a href="/en/news/">← All news</a>' in en_html
    # The language switcher leads to the translation of the same news.
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', en_html, re.S).group(0)
    assert 'href="/novosti/kurs/"' in switcher


def test_admin_page_listing_shows_the_date_of_each_news(admin_client, news_index):
    add_news(news_index, title="Собрание жителей", slug="sobranie", date=datetime.date(2026, 10, 5))
    html = admin_client.get(f"/admin/pages/{news_index.pk}/").content.decode()
    assert re.search(r"05\.10\.2026[^<]*Собрание жителей", html)


def news_form_data(**extra):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

    return nested_form_data(
        {
            "title": "Субботник во дворе",
            "slug": "subbotnik",
            "date": "2026-11-27",
            "intro": "Выходим во двор в субботу.",
            "image_alt": "",
            "body": streamfield([("paragraph", rich_text("<p>Берите перчатки.</p>"))]),
            "tags": "двор, субботник",
            "comments": inline_formset([]),
            **extra,
        }
    )


def test_manager_publishes_a_news_item_with_tags_from_the_admin(admin_client, news_index):
    from news.models import NewsPage

    response = admin_client.post(
        f"/admin/pages/add/news/newspage/{news_index.pk}/", news_form_data(**{"action-publish": "publish"})
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    news = NewsPage.objects.get(slug="subbotnik")
    assert news.live
    assert sorted(tag.name for tag in news.tags.all()) == ["двор", "субботник"]
    html = admin_client.get(f"/admin/pages/{news_index.pk}/").content.decode()
    assert "27.11.2026 · Субботник во дворе" in html


def test_preview_of_a_new_news_item_shows_its_tags(admin_client, news_index):
    url = f"/admin/pages/add/news/newspage/{news_index.pk}/preview/"
    assert admin_client.post(url, news_form_data()).json()["is_valid"] is True
    html = admin_client.get(url).content.decode()
    assert "Субботник во дворе" in html and "27 ноября 2026" in html
    assert "субботник</a>" in html

"""The journeys residents and managers take, end to end in Debian's chromium."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from home.demo_tools import DemoLoader, draw_neighbourhood

PASSWORD = "journey-password-1"


@pytest.fixture
def newsroom(live_site):
    """The news index in both languages, an image, and an editor and a moderator with the demo's groups."""
    from home.models import HomePage
    from news.models import NewsIndexPage

    demo = DemoLoader()
    home = HomePage.objects.get(locale=demo.ru)
    index = demo.page(
        home,
        NewsIndexPage,
        slug="novosti",
        ru={"title": "Новости", "per_page": 9},
        en={"slug": "news", "title": "News"},
    )
    demo.image("Двор после субботника", lambda: draw_neighbourhood("journey", "sun", size=(600, 400)))
    User = get_user_model()
    for username, group in (("editor", "Редакторы"), ("moderator", "Модераторы")):
        user = User.objects.create_user(username, f"{username}@example.org", PASSWORD, first_name=username.title())
        user.groups.add(Group.objects.get(name=group))
    return index


def log_in(page, base_url, username):
    page.goto(base_url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.get_by_role("button", name=re.compile("Sign in|Войти")).click()
    page.wait_for_url(base_url + "/admin/")


def log_out(page, base_url):
    page.context.clear_cookies()


def more_actions(page, action):
    """Open the editor's action menu and pick the action whose Russian label matches `action`."""
    page.get_by_role("button", name="Больше действий").click()
    buttons = page.locator("footer button").all()
    labels = [" ".join(button.inner_text().split()) for button in buttons]
    chosen = [button for button, label in zip(buttons, labels, strict=True) if re.search(action, label)]
    assert chosen, f"no action like {action!r} in {labels}"
    chosen[0].click()
    page.wait_for_load_state()


def test_editor_submits_news_to_moderation_and_a_moderator_publishes_it(newsroom, page, live_site, screenshot_dir):
    from news.models import NewsPage

    base = live_site.url
    page.set_viewport_size({"width": 1280, "height": 900})

    # The editor writes a news item with an image and a tag and submits it to moderation (the admin is in Russian).
    log_in(page, base, "editor")
    page.goto(f"{base}/admin/pages/add/news/newspage/{newsroom.pk}/")
    page.fill("#id_title", "Субботник во дворе на Берёзовой")
    page.fill("#id_intro", "Соседи вышли убрать двор и посадили три липы.")
    page.get_by_role("button", name="Выберите изображение").click()
    page.locator(".modal a", has_text="Двор после субботника").click()
    page.fill("#id_image_alt", "Дома и деревья во дворе")
    page.locator(".tagit-new input").first.fill("субботник")
    page.keyboard.press("Enter")
    page.screenshot(path=str(screenshot_dir / "journey_1_editor_writes.png"), full_page=True)
    more_actions(page, "Отправить в")
    expect(page.locator(".messages")).to_contain_text("отправлена на модерацию")
    news = NewsPage.objects.get(title="Субботник во дворе на Берёзовой")
    assert not news.live
    assert "Субботник во дворе" not in page.context.request.get(base + "/novosti/").text()

    # The moderator approves it, and residents see it on the news index with its tag.
    page.context.clear_cookies()
    log_in(page, base, "moderator")
    page.goto(f"{base}/admin/pages/{news.pk}/edit/")
    page.screenshot(path=str(screenshot_dir / "journey_2_moderator_reviews.png"), full_page=True)
    more_actions(page, "^Одобрить и Опубликовать$")
    page.screenshot(path=str(screenshot_dir / "journey_3_moderator_approved.png"), full_page=True)
    news.refresh_from_db()
    assert news.live
    page.goto(base + "/novosti/")
    expect(page.get_by_role("link", name="Субботник во дворе на Берёзовой")).to_be_visible()
    page.goto(base + "/novosti/?tag=субботник")
    expect(page.get_by_role("link", name="Субботник во дворе на Берёзовой")).to_be_visible()


def translate_visible_segments(page, translations):
    """In wagtail-localize's editor, translate every segment shown, matching its Russian source text."""
    while True:
        buttons = [b for b in page.get_by_role("button", name="Перевести", exact=True).all() if b.is_visible()]
        if not buttons:
            return
        source = ""
        for level in range(1, 8):  # the nearest ancestor that shows the source text
            source = " ".join(buttons[0].locator(f"xpath=ancestor::*[{level}]").inner_text().split())
            if source.replace("Перевести", "").strip():
                break
        english = next((en for ru, en in translations.items() if ru in source), None)
        assert english is not None, f"no translation given for the segment «{source}»"
        buttons[0].click()
        page.locator("textarea:visible").fill(english)
        page.get_by_role("button", name="Сохранить", exact=True).click()
        expect(page.locator("textarea:visible")).to_have_count(0)


def test_manager_translates_news_into_english_and_the_switcher_links_both(newsroom, page, live_site, screenshot_dir):
    from news.models import NewsPage

    base = live_site.url
    news = NewsPage(
        title="Субботник во дворе на Берёзовой",
        slug="subbotnik-na-berezovoj",
        intro="Соседи вышли убрать двор и посадили три липы.",
    )
    newsroom.add_child(instance=news)
    news.save_revision().publish()
    get_user_model().objects.create_superuser("manager", "manager@example.org", PASSWORD)

    page.set_viewport_size({"width": 1280, "height": 900})
    log_in(page, base, "manager")
    page.goto(f"{base}/admin/localize/submit/page/{news.pk}/")
    page.get_by_label("Английский").check()  # the admin names content languages in Russian
    page.locator("main button[type=submit], main input[type=submit]").last.click()
    expect(page.get_by_role("button", name="Перевести", exact=True).first).to_be_visible()
    translations = {
        "Субботник во дворе на Берёзовой": "Clean-up day in the yard on Birch Street",
        "Соседи вышли убрать двор": "Neighbours came out to tidy the yard and planted three lime trees.",
        "subbotnik-na-berezovoj": "clean-up-day-on-birch-street",
    }
    translate_visible_segments(page, translations)
    page.get_by_role("tab", name="Продвижение").click()
    translate_visible_segments(page, translations)
    page.screenshot(path=str(screenshot_dir / "journey_4_translation_editor.png"), full_page=True)
    page.get_by_role("button", name=re.compile("Опубликовать в")).click()
    page.wait_for_load_state()

    page.goto(base + "/en/news/clean-up-day-on-birch-street/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Clean-up day in the yard on Birch Street")
    assert page.locator("html").get_attribute("lang") == "en"
    page.get_by_role("navigation", name="Language").get_by_role("link", name="Русский").click()
    page.wait_for_url("**/novosti/subbotnik-na-berezovoj/")
    page.get_by_role("navigation", name="Язык").get_by_role("link", name="English").click()
    page.wait_for_url("**/en/news/clean-up-day-on-birch-street/")


@pytest.fixture
def initiatives_site(live_site):
    """The initiatives section of the demo (initiatives, events, both forms) in both languages."""
    from projects import demo as projects_demo

    projects_demo.load(DemoLoader())
    return live_site


def test_resident_on_a_phone_finds_an_initiative_and_proposes_one(initiatives_site, page, screenshot_dir):
    from home.models import ResidentSubmission

    base = initiatives_site.url
    page.set_viewport_size({"width": 360, "height": 780})
    page.goto(base + "/")
    # The header's search box, on the first screen of every page.
    header_search = page.get_by_role("search", name="Искать на сайте")
    header_search.get_by_role("searchbox").fill("настольные игры")
    header_search.get_by_role("button", name="Найти").click()
    page.get_by_role("link", name=re.compile("Клуб настольных игр")).first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Клуб настольных игр")

    page.get_by_role("navigation", name="Навигационная цепочка").get_by_role("link", name="Инициативы").click()
    page.get_by_role("link", name="Предложить инициативу").first.click()
    page.get_by_label("Ваше имя").fill("Анна")
    page.get_by_label("Телефон или e-mail").fill("anna@example.org")
    page.get_by_label("Ваша идея").fill("Повесить во дворе полку для обмена книгами.")
    page.get_by_label("Я согласен(на) на обработку моих персональных данных").check()
    page.screenshot(path=str(screenshot_dir / "journey_5_resident_form_360.png"), full_page=True)
    page.wait_for_timeout(3200)  # a person takes longer than the bot threshold to fill it
    page.get_by_role("button", name="Отправить").click()

    reference = page.locator(".reference__number")
    expect(reference).to_have_text(re.compile(r"ДС-\d{4}-\d{6}"))
    page.screenshot(path=str(screenshot_dir / "journey_6_resident_reference_360.png"), full_page=True)
    submission = ResidentSubmission.objects.get(reference=reference.inner_text())
    assert submission.form_data["message"] == "Повесить во дворе полку для обмена книгами."

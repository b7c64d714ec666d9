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
    from home import demo as home_demo
    from home.models import HomePage
    from news.models import NewsIndexPage

    demo = DemoLoader()
    home = HomePage.objects.get(locale=demo.ru)
    home_demo.ensure_groups_and_workflow(demo, home)
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

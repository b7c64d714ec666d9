"""What a publish tells the HTTP cache in front of the hosts (home.front_cache), sent to a real local front."""

import datetime
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from wagtail.contrib.frontend_cache.utils import PurgeBatch

from home.demo_tools import paragraph, stream
from home.models import StandardPage
from news.models import NewsIndexPage, NewsPage
from tests.factories import publish


class Front:
    """A local HTTP server standing in for the front: it records each PURGE as (path, Host) and answers 200."""

    def __init__(self):
        self.purged = []
        front = self

        class Handler(BaseHTTPRequestHandler):
            def do_PURGE(self):
                front.purged.append((self.path, self.headers["Host"]))
                self.send_response(200)
                self.end_headers()

            def log_message(self, format, *args):
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.location = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def paths(self):
        return {path for path, _ in self.purged}

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def front(settings):
    running = Front()
    settings.WAGTAILFRONTENDCACHE = {
        "front": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": running.location}
    }
    yield running
    running.stop()


@pytest.fixture
def news(home_page, demo):
    """A Russian news item at /novosti/skamejki/, not yet published, and its English translation at
    /en/news/benches/, under «Новости» at /novosti/ and «News» at /en/news/."""
    index = demo.page(
        home_page,
        NewsIndexPage,
        slug="novosti",
        ru={"title": "Новости", "intro": "Что происходит у нас."},
        en={"slug": "news", "title": "News", "intro": "What is happening here."},
    )
    return demo.page(
        index,
        NewsPage,
        slug="skamejki",
        ru={"title": "Новые скамейки", "intro": "Во дворе.", "body": stream(paragraph("<p>Текст.</p>"))},
        en={
            "slug": "benches",
            "title": "New benches",
            "intro": "In the yard.",
            "body": stream(paragraph("<p>Text.</p>")),
        },
        shared={"date": datetime.date(2026, 10, 28)},
        publish=False,
    )


# The page in both languages, the news index in both with its feeds, and both home pages.
NEWS_AND_LISTINGS = {
    "/novosti/skamejki/",
    "/en/news/benches/",
    "/novosti/",
    "/novosti/rss/",
    "/novosti/atom/",
    "/en/news/",
    "/en/news/rss/",
    "/en/news/atom/",
    "/",
    "/en/",
}


def test_publishing_purges_the_page_and_its_listings_in_every_language(front, news, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        news.save_revision().publish()
    assert front.paths() == NEWS_AND_LISTINGS
    assert {host for _, host in front.purged} == {"testserver"}


def test_nothing_is_purged_before_the_publish_commits(front, news, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        news.save_revision().publish()
    assert front.purged == []
    for callback in callbacks:
        callback()
    assert front.paths() == NEWS_AND_LISTINGS


def test_unpublishing_purges_the_page_and_its_listings_in_every_language(
    front, news, django_capture_on_commit_callbacks
):
    news.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        news.unpublish()
    assert front.paths() == NEWS_AND_LISTINGS


def test_moving_a_page_purges_its_old_address_too(front, home_page, django_capture_on_commit_callbacks):
    yard = publish(home_page, StandardPage(title="Двор без машин", slug="dvor"))
    section = publish(home_page, StandardPage(title="Проекты двора", slug="proekty-dvora"))
    with django_capture_on_commit_callbacks(execute=True):
        yard.move(section, pos="last-child")
    assert front.paths() == {"/dvor/", "/proekty-dvora/dvor/", "/proekty-dvora/", "/", "/en/"}


def test_without_a_front_configured_a_publish_sends_and_queues_nothing(
    front, news, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {}
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        news.save_revision().publish()
    assert front.purged == []
    assert not [callback for callback in callbacks if isinstance(getattr(callback, "__self__", None), PurgeBatch)]

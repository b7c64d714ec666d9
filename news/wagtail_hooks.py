"""The news app's contributions to other pages: the latest news on the home page."""

from django.template.loader import render_to_string
from wagtail import hooks

from news.models import NewsIndexPage, NewsPage
from news.models.pages import news_items

HOME_NEWS_COUNT = 3


@hooks.register("home_page_sections")
def latest_news_on_home_page(home_page, request):
    """The three latest news of the home page's language and a link to all news (order 10)."""
    latest = list(news_items(NewsPage.objects.filter(locale_id=home_page.locale_id))[:HOME_NEWS_COUNT])
    if not latest:
        return None
    index = NewsIndexPage.objects.live().filter(locale_id=home_page.locale_id).first()
    html = render_to_string("news/home_section.html", {"latest": latest, "index": index}, request=request)
    return (10, html)

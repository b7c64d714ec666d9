"""RSS 2.0 and Atom feeds of one news index (one language), served by its routes rss/ and atom/."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.translation import gettext as _

from home.page_head import SITE_NAME
from home.site_address import absolute_url
from news.models.pages import FEED_RENDITION, NewsPage, news_items

FEED_SIZE = 20


class NewsRssFeed(Feed):
    """The latest news of one language as RSS 2.0, each with its picture as an enclosure."""

    feed_type = Rss201rev2Feed

    def __init__(self, index):
        super().__init__()
        self.index = index
        self.request = None
        # Django reads the feed's language as a plain attribute.
        self.language = index.locale.language_code

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return f"{self.index.title} — {SITE_NAME}"

    def link(self):
        return self.index.get_full_url(self.request)

    def feed_url(self):
        # Django would build it from the request's host; the feed's own address follows the Site.
        return absolute_url(self.request, self.request.path)

    def description(self):
        return self.index.intro or _("News of the Good Neighbours community.")

    def items(self):
        return list(
            news_items(NewsPage.objects.child_of(self.index), renditions=[FEED_RENDITION], with_tags=True)[:FEED_SIZE]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.published_at()

    def item_updateddate(self, item):
        return item.last_published_at or item.published_at()

    def item_categories(self, item):
        return [tag.name for tag in item.tag_list()]

    def _rendition(self, item):
        return item.image.get_rendition(FEED_RENDITION) if item.image else None

    def item_enclosures(self, item):
        rendition = self._rendition(item)
        if rendition is None:
            return []
        return [Enclosure(absolute_url(self.request, rendition.url), str(rendition.file.size), "image/jpeg")]


class NewsAtomFeed(NewsRssFeed):
    """The same news as Atom 1.0."""

    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()

"""The newsroom: one news index per language under the home page, news items under it."""

import datetime

from django.db import models
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BaseStreamBlock
from home.listing import Listing, TagFilter, page_size_field
from home.models.index_pages import IndexPage
from home.page_head import PageHead, publisher_json_ld
from home.site_address import absolute_url
from home.tags import KeptPerLanguage, TranslatableTagsManager
from news.models.tags import NewsPageTag

# The renditions a news card shows ({% picture %} in news/includes/news_card.html).
# Spelled as {% picture %} spells them (format first), or the prefetch misses.
CARD_RENDITIONS = ["format-avif|fill-600x400", "format-webp|fill-600x400", "format-jpeg|fill-600x400"]
# The image a feed item carries as its enclosure.
FEED_RENDITION = "fill-1200x800|format-jpeg"


def news_items(queryset, renditions=CARD_RENDITIONS, with_tags=False):
    """News newest first, with images and their renditions (and tags) fetched up front: no query per item."""
    images = get_image_model().objects.prefetch_renditions(*renditions)
    queryset = queryset.live().order_by("-date", "-pk").prefetch_related(Prefetch("image", queryset=images))
    if with_tags:
        queryset = queryset.prefetch_related(Prefetch("tagged_items", NewsPageTag.objects.select_related("tag")))
    return queryset


class NewsIndexPage(RoutablePageMixin, IndexPage):
    """The news section of one language: lists its news, newest first, with a tag filter and feeds."""

    # Plain text, not rich text: the feeds carry it as their description.
    intro = models.TextField(_("introduction"), blank=True, help_text=_("A short lead shown above the list of news."))
    per_page = page_size_field(9)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    def feed_urls(self, request=None):
        """Absolute addresses of this index's RSS and Atom feeds."""
        url = self.get_full_url(request)
        return {
            "title": self.title,
            "rss": url + self.reverse_subpage("rss"),
            "atom": url + self.reverse_subpage("atom"),
        }

    def news(self):
        """The live news of this index, newest first."""
        return news_items(NewsPage.objects.child_of(self))

    def listing_filters(self):
        return [
            TagFilter("tag", _("News by tag"), _("All news"), _("There are no news tagged «%(tag)s»."), field="tags")
        ]

    def get_cached_paths(self):
        # The front drops each with its query strings (home.front_cache): pages of the list, tags, feeds.
        return ["/", "rss/", "atom/"]

    @path("")
    def index_route(self, request):
        listing = Listing(self, request, self.news(), self.listing_filters())
        return self.render(request, context_overrides=listing.context())

    @path("rss/", name="rss")
    def rss_feed(self, request):
        from news.feeds import NewsRssFeed

        return NewsRssFeed(self)(request)

    @path("atom/", name="atom")
    def atom_feed(self, request):
        from news.feeds import NewsAtomFeed

        return NewsAtomFeed(self)(request)


class NewsPage(PageHead, Page):
    """A news item: what happened or will happen, with a date, a picture and tags."""

    head_description_fields = ("intro",)
    head_image_field = "image"
    head_image_alt_field = "image_alt"

    def structured_data(self, request):
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title,
            "description": self.head_description(),
            "datePublished": self.published_at().isoformat(),
            "dateModified": (self.last_published_at or self.published_at()).isoformat(),
            "inLanguage": self.locale.language_code,
            "url": self.get_full_url(request),
            "publisher": publisher_json_ld(request),
        }
        if self.image:
            data["image"] = absolute_url(request, self.image.get_rendition(self.head_image_spec).url)
        return [data]

    date = models.DateField(
        _("publication date"), default=datetime.date.today, help_text=_("The date the news is about; newest first.")
    )
    intro = models.TextField(
        _("introduction"), help_text=_("One or two sentences shown on the news card and in the feeds.")
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown at the top of the news and on its card."),
    )
    image_alt = models.CharField(
        _("image description"),
        max_length=250,
        blank=True,
        help_text=_("What the main image shows, for people who cannot see it. Translated with the page."),
    )
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"), help_text=_("The text of the news."))
    tags = TranslatableTagsManager(
        through=NewsPageTag,
        blank=True,
        verbose_name=_("tags"),
        help_text=_("A few words residents can filter the news by, comma separated. Translated with the page."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Main image")),
        FieldPanel("body"),
        FieldPanel("tags"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    override_translatable_fields = [KeptPerLanguage("tagged_items")]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["news_index"] = NewsIndexPage.objects.parent_of(self).first()
        return context

    def get_admin_display_title(self):
        # The page explorer lists news by this title: the date makes the order readable.
        return f"{date_format(self.date, 'SHORT_DATE_FORMAT')} · {super().get_admin_display_title()}"

    def tag_list(self):
        """The tags of this news, by name: from the rows a listing prefetched, else in one query."""
        if "tagged_items" in getattr(self, "_prefetched_objects_cache", {}):
            tags = [item.tag for item in self.tagged_items.all()]
        else:
            tags = self.tags.all()
        return sorted(tags, key=lambda tag: tag.name)

    def published_at(self):
        """The date as an aware datetime (feeds need one): the start of the day, in the site's time zone."""
        return timezone.make_aware(datetime.datetime.combine(self.date, datetime.time(9, 0)))

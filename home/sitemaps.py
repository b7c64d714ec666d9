"""sitemap.xml over every language of the site, not only the one the request happens to be in."""

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    """Live, public pages of every locale under the site's home page and its translations.

    Wagtail's own Sitemap walks only the site's root page, which is the Russian home page: the
    English tree hangs beside it. Alias pages (another language's content repeated in a tree)
    are left out; they are not separate documents. Pages come as their own classes (a page type
    may say where it is in the sitemap) with only the fields of Page loaded: no query per page type.
    """

    def language_roots(self):
        root = self.get_wagtail_site().root_page
        return root.get_translations(inclusive=True).only("path", "depth")

    def items(self):
        roots = Q()
        for root in self.language_roots():
            roots |= Q(path__startswith=root.path, depth__gte=root.depth)
        if not roots:
            return Page.objects.none()
        return (
            Page.objects.filter(roots)
            .live()
            .public()
            .filter(alias_of__isnull=True)
            .order_by("path")
            .specific(defer=True)
        )

"""Tell the HTTP cache in front of the app hosts what a publish changed (wagtail.contrib.frontend_cache).

Wagtail's own handlers purge the published page's URL, and rewrite a /ru/ prefix into the other
languages' prefixes; here Russian has no prefix and a translation has its own slug, so that rewrite
is off (WAGTAILFRONTENDCACHE_LANGUAGES = []) and the app is not installed. Instead, on publish,
unpublish, move and delete, one batch names:

- the page in every language (each translation's own URL, and its extra routes: a news index's
  feeds, an event's calendar file, from get_cached_paths);
- the pages that list it, in every language: its ancestors below the root (the section index,
  the home page with its latest news);
- on a move, the address it had.

The front drops each path with any query string (a listing's ?page=2 or ?tag=, see the VCL under
cluster/varnish.py). Other pages show a changed page only in the menu; the front keeps those at most
PAGE_CACHE_PROXY_SECONDS. Nothing is sent where WAGTAILFRONTENDCACHE is empty (one host, no front).
"""

import copy

from django.conf import settings
from django.db import transaction
from django.db.models.signals import pre_delete
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move


def _in_every_language(pages):
    seen = {}
    for page in pages:
        for each in [page, *page.get_translations()]:
            seen.setdefault(each.pk, each)
    return list(seen.values())


def pages_to_purge(page):
    """The page and the pages listing it, in every language (ancestors below the tree's root)."""
    listing = list(page.get_ancestors().filter(depth__gt=1))
    return _in_every_language([page.specific_deferred, *(ancestor.specific_deferred for ancestor in listing)])


def batch_for(page, old_url_path=None):
    batch = PurgeBatch()
    batch.add_pages(pages_to_purge(page))
    if old_url_path:
        before = copy.copy(page)
        before.url_path = old_url_path
        url = before.get_full_url()
        if url:
            batch.add_url(url)
    return batch


def front_configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def _purge_after_commit(batch):
    transaction.on_commit(batch.purge)


def _on_publish_or_unpublish(sender, instance, **kwargs):
    if front_configured():
        _purge_after_commit(batch_for(instance))


def _on_move(sender, instance, url_path_before=None, **kwargs):
    if front_configured():
        _purge_after_commit(batch_for(instance, old_url_path=url_path_before))


def _on_delete(sender, instance, **kwargs):
    # Its URLs while it still has them; the purge goes out once the deletion is committed.
    if front_configured() and isinstance(instance, Page) and instance.live and instance.depth > 1:
        _purge_after_commit(batch_for(instance))


def connect_signals():
    page_published.connect(_on_publish_or_unpublish, dispatch_uid="front_cache_publish")
    page_unpublished.connect(_on_publish_or_unpublish, dispatch_uid="front_cache_unpublish")
    post_page_move.connect(_on_move, dispatch_uid="front_cache_move")
    pre_delete.connect(_on_delete, dispatch_uid="front_cache_delete")

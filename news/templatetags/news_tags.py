"""Template tags of the news app: the feed links of a news index."""

from django import template

register = template.Library()


@register.inclusion_tag("news/includes/feed_head_links.html", takes_context=True)
def news_feed_head_links(context, index):
    """`<link rel="alternate">` to the RSS and Atom feeds of `index`, for <head>."""
    return {"feeds": index.feed_urls(context.get("request")) if index else None}


@register.inclusion_tag("news/includes/feed_links.html", takes_context=True)
def news_feed_links(context, index):
    """Visible links to the RSS and Atom feeds of `index`."""
    return {"feeds": index.feed_urls(context.get("request")) if index else None}

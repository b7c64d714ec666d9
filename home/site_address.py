"""Where the site is served, as one source for every absolute URL it emits.

The default Wagtail Site follows the `SITE_URL` setting (`setup_site` writes it); page URLs
come from that Site through Wagtail's own `get_full_url`, and everything else (static files,
renditions, robots.txt, feeds, structured data) goes through `absolute_url` below, so a link
never points at another host or port than the pages do.
"""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Site

DEFAULT_PORTS = {"http": 80, "https": 443}


def parse_site_url(url):
    """(hostname, port) of a URL such as `http://127.0.0.1:8000` or `https://dobrye-sosedi.ru`."""
    parts = urlsplit(url)
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise ValueError(f"SITE_URL must look like https://example.org or http://127.0.0.1:8000, not {url!r}")
    return parts.hostname, parts.port or DEFAULT_PORTS[parts.scheme]


def site_root_url(request=None):
    """The root URL (no trailing slash) of the Site serving `request`, else of the default Site."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        site = Site.objects.filter(is_default_site=True).first()
    return site.root_url if site is not None else settings.SITE_URL.rstrip("/")


def absolute_url(request, path):
    """`path` (from reverse(), static() or a rendition's url) as an absolute URL of this site."""
    if path.startswith(("http://", "https://")):
        return path
    return site_root_url(request) + path

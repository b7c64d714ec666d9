"""System checks for what an operator could get wrong."""

from django.conf import settings
from django.core.checks import Warning, register
from django.db import DatabaseError


@register()
def default_site_follows_site_url(app_configs, **kwargs):
    """Absolute URLs come from the default Site: warn when it is not where SITE_URL says."""
    from wagtail.models import Site

    from home.site_address import parse_site_url

    try:
        expected = parse_site_url(settings.SITE_URL)
    except ValueError as error:
        return [Warning(str(error), id="home.W002")]
    try:
        site = Site.objects.filter(is_default_site=True, root_page__content_type__app_label="home").first()
    except DatabaseError:  # not migrated yet: nothing to compare
        return []
    # Before `setup_site` the default Site is Wagtail's own placeholder: nothing to warn about yet.
    if site is None or (site.hostname, site.port) == expected:
        return []
    return [
        Warning(
            f"The default Site is {site.root_url} but SITE_URL is {settings.SITE_URL}: links, feeds, the sitemap "
            "and e-mails would point at the wrong address.",
            hint="Run `manage.py setup_site` to move the Site to SITE_URL.",
            id="home.W001",
        )
    ]

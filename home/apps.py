from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site: home and shared parts")

    def ready(self):
        from home import (
            checks,  # noqa: F401  (registers the system checks)
            front_cache,
            page_cache,
        )

        page_cache.connect_signals()
        front_cache.connect_signals()

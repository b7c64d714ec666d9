from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CasesConfig(AppConfig):
    name = "cases"
    verbose_name = _("Cases: what happens to residents' messages")

    def ready(self):
        from cases import signals  # noqa: F401  (a case for every submission; open numbers kept fresh)

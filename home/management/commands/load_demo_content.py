"""Load the demo content drawn from the seed text, in Russian and English. Safe to run again."""

import importlib
from importlib.util import find_spec

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from home.demo_tools import DemoLoader
from home.models import HomePage


def demo_modules():
    """Every project app's `demo` module, in their ORDER (home first)."""
    modules = []
    for app in apps.get_app_configs():
        if not str(app.path).startswith(str(settings.BASE_DIR)) or "site-packages" in str(app.path):
            continue
        name = f"{app.name}.demo"
        if find_spec(name) is not None:
            modules.append(importlib.import_module(name))
    return sorted(modules, key=lambda module: getattr(module, "ORDER", 50))


class Command(BaseCommand):
    help = (
        "Add the demo content (both languages) drawn from the seed text to a set-up site; a second run changes nothing."
    )

    def handle(self, *args, **options):
        if not HomePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).exists():
            raise CommandError("The site has no structure yet: run `manage.py setup_site` first.")
        demo = DemoLoader(self.stdout)
        for module in demo_modules():
            self.stdout.write(f"{module.__name__}:")
            with transaction.atomic():
                module.load(demo)
        if demo.changes:
            self.stdout.write(self.style.SUCCESS(f"Demo content ready: {demo.changes} changes."))
        else:
            self.stdout.write(self.style.SUCCESS("Demo content is already in place: nothing changed."))

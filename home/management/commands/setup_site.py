"""Create the site's structure without content (see home/site_setup.py). Safe to run again."""

from django.core.management.base import BaseCommand
from django.db import transaction

from home.demo_tools import DemoLoader
from home.site_setup import setup_site


class Command(BaseCommand):
    help = (
        "Create the site's structure: the Site at SITE_URL, home pages in both languages, the personal-data "
        "policy, contact settings, the editor and moderator groups and the moderation workflow. Idempotent."
    )

    def handle(self, *args, **options):
        loader = DemoLoader(self.stdout)
        with transaction.atomic():
            home = setup_site(loader)
        if loader.changes:
            self.stdout.write(self.style.SUCCESS(f"Site structure ready: {loader.changes} changes."))
        else:
            self.stdout.write(self.style.SUCCESS("Site structure is already in place: nothing changed."))
        self.stdout.write(f"  {home.get_site().root_url}/")

"""Erase the personal data of cases closed longer than CASES_RETENTION_MONTHS ago (run it daily, e.g. from cron)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from cases.personal_data import due_for_removal, purge


class Command(BaseCommand):
    help = (
        "Blank the answers and consent of cases closed more than CASES_RETENTION_MONTHS ago, keeping their "
        "reference, dates, state and form."
    )

    def add_arguments(self, parser):
        parser.add_argument("--now", help="Act as if it were this moment (ISO 8601, e.g. 2028-01-31T12:00+03:00).")
        parser.add_argument("--dry-run", action="store_true", help="List what would be erased, change nothing.")

    def handle(self, *args, now=None, dry_run=False, **options):
        if now is not None:
            moment = parse_datetime(now)
            if moment is None:
                raise CommandError(f"--now must be an ISO 8601 date and time, not {now!r}.")
            now = moment if timezone.is_aware(moment) else timezone.make_aware(moment)
        months = settings.CASES_RETENTION_MONTHS
        if dry_run:
            references = [case.reference for case in due_for_removal(now).select_related("submission")]
            verb = "would be erased"
        else:
            references = purge(now)
            verb = "erased"
        self.stdout.write(f"Retention {months} months: {len(references)} cases' personal data {verb}.")
        for reference in references:
            self.stdout.write(f"  {reference}")

"""Print the clinical pages whose medical review is overdue or due soon.

Meant for a weekly cron job whose output is e-mailed to the clinical lead, e.g.
    0 7 * * 1  cd /srv/clinic && .venv/bin/python manage.py review_report
"""

import argparse
import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.urls import reverse
from django.utils import timezone

from procedures.review import DUE_SOON_DAYS, ReviewStatus, pages_needing_review, status_sentence


def _date(value):
    # argparse turns ArgumentTypeError into a usage message (exit status 2); any other
    # error raised here would escape argparse as a traceback.
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"use a date like 2027-03-01 (YYYY-MM-DD), not {value!r}.") from error


class Command(BaseCommand):
    help = f"List clinical pages whose medical review is overdue or due within {DUE_SOON_DAYS} days."

    def add_arguments(self, parser):
        parser.add_argument(
            "--today", type=_date, default=None, help="Report as of this date (YYYY-MM-DD); default: today."
        )

    def handle(self, *args, today=None, **options):
        today = today or timezone.localdate()
        found = pages_needing_review(today=today)
        self.stdout.write(f"Medical review report for {today:%A}, {today:%B} {today.day}, {today.year}")
        headings = {
            ReviewStatus.OVERDUE: "Overdue",
            ReviewStatus.DUE_SOON: f"Due within {DUE_SOON_DAYS} days",
        }
        for status, heading in headings.items():
            pages = found[status]
            self.stdout.write("")
            self.stdout.write(f"{heading} ({len(pages)}):")
            if not pages:
                self.stdout.write("  none")
            for page in pages:
                self.stdout.write(f"  - {page._meta.verbose_name.capitalize()}: {page}")
                self.stdout.write(
                    f"    {status_sentence(next_review_due=page.next_review_due, today=today)}; "
                    f"last reviewed by {page.reviewed_by.display_name} on {page.last_reviewed:%Y-%m-%d}"
                )
                admin_url = reverse(f"admin:procedures_{page._meta.model_name}_change", args=[page.pk])
                self.stdout.write(f"    Edit: {settings.SITE_URL}{admin_url}")

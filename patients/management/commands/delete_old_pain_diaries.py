"""Delete pain diaries never sent to the clinic, 90 days after their last change.

Run it daily from cron, e.g. `15 3 * * * cd /srv/clinic && .venv/bin/python manage.py
delete_old_pain_diaries`. Diaries sent to the clinic are kept: they are staff records.
"""

from django.core.management.base import BaseCommand

from patients.diary_services import diaries_delete_expired, expired_diaries


class Command(BaseCommand):
    help = "Delete pain diaries never sent to the clinic whose last change is over 90 days old."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count the diaries that would be deleted."
        )

    def handle(self, *args, dry_run=False, **options):
        if dry_run:
            count = expired_diaries().count()
            self.stdout.write(f"{count} pain diaries would be deleted (dry run).")
            return
        count = diaries_delete_expired()
        self.stdout.write(f"Deleted {count} pain diaries not sent to the clinic and unchanged for 90 days.")

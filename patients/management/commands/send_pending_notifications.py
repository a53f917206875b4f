from django.core.management.base import BaseCommand, CommandError

from patients.services import send_pending_notifications


class Command(BaseCommand):
    help = (
        "Send the “new message” or “pain diary sent” e-mail to staff for every message "
        "(spam excluded) or sent diary whose e-mail failed before. Safe to run often, "
        "e.g. every 10 minutes from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=None, help="Send at most this many.")

    def handle(self, *args, limit=None, **options):
        sent, failed = send_pending_notifications(limit=limit)
        self.stdout.write(f"Notifications sent: {sent}. Still failing: {failed}.")
        if failed:
            # A non-zero exit makes cron or the scheduler report it.
            raise CommandError(f"{failed} notification(s) could not be sent; they stay pending.")

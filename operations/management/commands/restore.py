"""Put a backup back: `make restore FROM=backups/<timestamp>`."""

from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from operations.backups import ENGINE_NAMES, BackupError, create_backup, read_manifest, restore_backup


class Command(BaseCommand):
    help = (
        "Replace the database and media with a backup. The current state is backed up "
        "first, so a restore can itself be undone."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", help="A backup folder, e.g. backups/2026-11-24_18-00-00")
        parser.add_argument(
            "--no-input", "--noinput", action="store_false", dest="interactive",
            help="Do not ask for confirmation.",
        )

    def handle(self, *args, source, interactive=True, **options):
        source = Path(source)
        try:
            manifest = read_manifest(source)
            if interactive:
                self.confirm(source, manifest)
            safety = create_backup(destination_root=Path(settings.BACKUP_ROOT), label="before-restore")
            self.stdout.write(f"The state before this restore is saved in {safety}")
            restore_backup(source=source)
        except BackupError as error:
            raise CommandError(str(error)) from None
        # A backup from an older release gets the newer tables and columns.
        call_command("migrate", interactive=False, verbosity=0)
        self.stdout.write(self.style.SUCCESS(
            f"Restored the backup of {manifest['created_at']}: the {ENGINE_NAMES[manifest['database']]} "
            f"database and {manifest['media_files']} media files."
        ))

    def confirm(self, source, manifest):
        self.stdout.write(
            f"This replaces ALL current content, messages and uploaded files with the backup "
            f"made {manifest['created_at']} ({source})."
        )
        try:
            answer = input("Type yes to continue: ")
        except EOFError:
            answer = ""
        if answer.strip().lower() != "yes":
            raise CommandError("Nothing was restored.")

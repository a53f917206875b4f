"""Write a backup of the database and uploaded media: `make backup`."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from operations.backups import BackupError, create_backup


class Command(BaseCommand):
    help = "Write a consistent copy of the database and media to backups/<timestamp>/."

    def add_arguments(self, parser):
        parser.add_argument(
            "--to", dest="root", default=None,
            help="Folder that receives the backup folder (default: settings.BACKUP_ROOT).",
        )

    def handle(self, *args, root=None, **options):
        try:
            folder = create_backup(destination_root=Path(root or settings.BACKUP_ROOT))
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(self.style.SUCCESS(f"Backup written to {folder}"))
        self.stdout.write(f"Restore it with: make restore FROM={folder}")

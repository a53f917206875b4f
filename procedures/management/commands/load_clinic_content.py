"""Load the clinic's shipped content (procedures/content/) into the database.

Safe to run on every start: rows are matched by slug, and a row that already exists is
left exactly as staff edited it, so running it twice changes nothing. `--overwrite`
puts the shipped text back over any edits (steps, cards and FAQs included).
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from procedures.content_loader import load_clinic_content


class Command(BaseCommand):
    help = "Load the clinic's procedures, imaging areas, offices, physicians and guides."

    def add_arguments(self, parser):
        parser.add_argument(
            "--overwrite",
            action="store_true",
            help="Replace existing rows with the shipped content (staff edits are lost).",
        )

    def handle(self, *args, overwrite=False, **options):
        with transaction.atomic():
            report = load_clinic_content(overwrite=overwrite)
        for model_name, (created, kept) in report.items():
            self.stdout.write(f"{model_name}: {created} created, {kept} already present")
        self.stdout.write(self.style.SUCCESS("Clinic content is loaded."))

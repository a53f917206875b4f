"""Django's makemessages, reading the .svg templates too.

The pain diary's chart (templates/patients/includes/diary_chart.svg) is a template with
{% translate %} labels. Django's makemessages reads only .html, .txt and .py files by
default, so without this the chart's words would never reach the Spanish catalogue.
"""

from django.core.management.commands import makemessages

DEFAULT_EXTENSIONS = ["html", "txt", "py"]


class Command(makemessages.Command):
    def handle(self, *args, **options):
        if options.get("domain", "django") == "django":
            options["extensions"] = [*(options.get("extensions") or DEFAULT_EXTENSIONS), "svg"]
        return super().handle(*args, **options)

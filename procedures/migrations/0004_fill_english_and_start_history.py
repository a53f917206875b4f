"""Rows that existed before translations and history: their text becomes the English
version, and each gets a first history record so it can be reverted to later."""

from django.db import migrations
from django.db.models import F, Q
from django.utils import timezone

TRANSLATED = {
    "procedure": [
        "name", "summary", "what_it_is", "why_done", "how_done", "what_you_feel", "risks",
        "results", "duration", "illustration_alt",
    ],
    "preparationstep": ["title", "details"],
    "aftercarestep": ["title", "details"],
    "faq": ["question", "answer"],
    "carecard": ["title", "signs", "advice"],
    "imagingarea": ["name", "summary", "description"],
    "office": ["name", "directions"],
    "physician": ["specialty", "bio"],
    "patientguide": ["title", "intro", "body"],
    "clinicsettings": ["name", "tagline", "emergency_sentence"],
}

HISTORY_TRACKED = [
    "procedure", "preparationstep", "aftercarestep", "faq", "carecard",
    "imagingarea", "office", "openinghours", "physician", "patientguide",
]


def fill_english(apps, schema_editor):
    for model_name, fields in TRANSLATED.items():
        model = apps.get_model("procedures", model_name)
        for field in fields:
            model.objects.filter(Q(**{f"{field}_en__isnull": True}) | Q(**{f"{field}_en": ""})).update(
                **{f"{field}_en": F(field)}
            )


def start_history(apps, schema_editor):
    now = timezone.now()
    for model_name in HISTORY_TRACKED:
        model = apps.get_model("procedures", model_name)
        historical = apps.get_model("procedures", f"historical{model_name}")
        fields = [field.attname for field in model._meta.concrete_fields]
        historical.objects.bulk_create(
            historical(
                **{name: getattr(row, name) for name in fields},
                history_date=now,
                history_type="+",
                history_change_reason="History started",
            )
            for row in model.objects.all()
        )


class Migration(migrations.Migration):
    dependencies = [
        ("procedures", "0003_translated_fields_and_history"),
    ]

    operations = [
        migrations.RunPython(fill_english, migrations.RunPython.noop),
        migrations.RunPython(start_history, migrations.RunPython.noop),
    ]

"""The shipped content fits its database columns. SQLite does not enforce a CharField's
max_length, PostgreSQL refuses the row, so this catches on SQLite what would otherwise
only fail on the production database."""

import pytest
from django.apps import apps
from django.db import models

pytestmark = pytest.mark.django_db


def test_every_shipped_text_fits_its_field(clinic_content):
    too_long = []
    for model in apps.get_app_config("procedures").get_models():
        text_fields = [f for f in model._meta.fields if isinstance(f, models.CharField) and f.max_length]
        for row in model.objects.all():
            for field in text_fields:
                value = getattr(row, field.attname) or ""
                if len(value) > field.max_length:
                    too_long.append(f"{model.__name__} {row.pk} {field.name}: {len(value)} > {field.max_length}")
    assert too_long == []

"""The "Message moderators" group: exactly what answering and filing messages needs.

They may read and handle messages (view, change), publish consented questions with an
answer, and export a CSV. They may not add messages (those come from the website), delete
them (nothing is lost: spam is filed, not removed), or touch anything else.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP_NAME = "Message moderators"
PERMISSIONS = ["view_message", "change_message", "publish_message", "export_message"]


def create_group(apps, schema_editor):
    # Permissions are normally made after all migrations; make this app's now.
    app_config = apps.get_app_config("patients")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP_NAME)
    group.permissions.set(
        Permission.objects.filter(content_type__app_label="patients", codename__in=PERMISSIONS)
    )


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("patients", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]

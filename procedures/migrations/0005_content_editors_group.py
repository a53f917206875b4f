"""The "Content editors" group: staff who write the clinic's pages and nothing else.

Least privilege: they see, add and change every kind of clinic content; they delete
only the rows that belong to a page (steps, questions, care cards, opening hours, search
phrases). Whole pages are unpublished, not deleted, so nothing reviewed is lost by a
slip. No users, groups, sign-in records or patients' messages. A later migration that
adds a content model grants its permissions to this group too.
"""

from django.db import migrations

GROUP = "Content editors"
PAGES = ["clinicsettings", "physician", "office", "imagingarea", "procedure", "patientguide"]
PAGE_PARTS = ["openinghours", "preparationstep", "aftercarestep", "faq", "carecard", "searchsynonym"]


def codenames():
    for model in PAGES:
        yield from (f"view_{model}", f"add_{model}", f"change_{model}")
    for model in PAGE_PARTS:
        yield from (f"view_{model}", f"add_{model}", f"change_{model}", f"delete_{model}")


def create_group(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally made after the last migration; this one needs them now.
    app_config = apps.get_app_config("procedures")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0, using=schema_editor.connection.alias)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    wanted = set(codenames())
    permissions = list(
        Permission.objects.filter(content_type__app_label="procedures", codename__in=wanted)
    )
    missing = wanted - {p.codename for p in permissions}
    if missing:
        raise RuntimeError(f"Permissions missing for the {GROUP} group: {sorted(missing)}")
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.set(permissions)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("procedures", "0004_fill_english_and_start_history"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]

"""make backup / make restore: content, messages and uploads come back exactly.

The round trip runs on whichever database the suite runs on (SQLite or PostgreSQL), and
commits for real (transaction=True) so pg_dump, a separate process, can see the rows.
"""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from patients.models import Message
from procedures.models import ClinicSettings, Procedure
from tests.factories import MessageFactory, ProcedureFactory


def run(command, *args):
    out = io.StringIO()
    call_command(command, *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def backup_root(settings, tmp_path):
    settings.BACKUP_ROOT = tmp_path / "backups"
    return settings.BACKUP_ROOT


@pytest.mark.django_db(transaction=True)
def test_backup_then_restore_brings_back_content_messages_and_media(backup_root, settings):
    ClinicSettings.objects.create(name="Gateway Spine & Joint", main_phone="(314) 555-0100", after_hours_phone="(314) 555-0199")
    procedure = ProcedureFactory(name="Facet joint injection")
    message = MessageFactory(body="Can I drive home after the injection?")
    illustration = settings.MEDIA_ROOT / procedure.illustration.name
    original_image = illustration.read_bytes()

    output = run("backup")
    [backup] = [path for path in backup_root.iterdir()]
    assert f"Backup written to {backup}" in output
    manifest = json.loads((backup / "manifest.json").read_text())
    assert (backup / manifest["database_file"]).stat().st_size > 0
    assert (backup / "media" / procedure.illustration.name).read_bytes() == original_image

    # After the backup: a page renamed, a message lost, a new one, an image gone, a stray file.
    Procedure.objects.filter(pk=procedure.pk).update(name="Renamed by mistake")
    ClinicSettings.objects.update(name="Wrong name")
    message.delete()
    MessageFactory(body="Sent after the backup")
    illustration.unlink()
    (settings.MEDIA_ROOT / "stray.txt").write_text("not in the backup")

    output = run("restore", str(backup), "--no-input")

    assert "Restored the backup of" in output
    assert Procedure.objects.get(pk=procedure.pk).name == "Facet joint injection"
    assert ClinicSettings.objects.get().name == "Gateway Spine & Joint"
    assert list(Message.objects.values_list("body", flat=True)) == ["Can I drive home after the injection?"]
    assert illustration.read_bytes() == original_image
    assert not (settings.MEDIA_ROOT / "stray.txt").exists()
    # The state just before the restore was saved, so the restore can be undone.
    [safety] = [path for path in backup_root.iterdir() if path.name.endswith("-before-restore")]
    assert (safety / "media" / "stray.txt").exists()


def test_restore_refuses_a_folder_that_is_not_a_backup(tmp_path, backup_root):
    with pytest.raises(CommandError, match="is not a backup folder"):
        run("restore", str(tmp_path), "--no-input")


@pytest.mark.django_db
def test_restore_asks_first_and_does_nothing_without_yes(backup_root, monkeypatch):
    backup = backup_root / "2026-11-24_18-00-00"
    backup.mkdir(parents=True)
    vendor_file = {"sqlite": "db.sqlite3", "postgresql": "db.dump"}
    from django.db import connection

    manifest = {"format": 1, "created_at": "2026-11-24T18:00:00-06:00", "database": connection.vendor,
                "database_file": vendor_file[connection.vendor], "media_files": 0}
    (backup / "manifest.json").write_text(json.dumps(manifest))
    (backup / manifest["database_file"]).write_bytes(b"")
    monkeypatch.setattr("builtins.input", lambda prompt: "no")
    with pytest.raises(CommandError, match="Nothing was restored"):
        run("restore", str(backup))
    assert [path.name for path in backup_root.iterdir()] == [backup.name]

"""Consistent copies of the database and the uploaded files, and putting one back.

A backup is a folder `<root>/<timestamp>/` holding:

- `manifest.json`: when it was made, which database, how many files;
- `db.sqlite3` (SQLite, copied with SQLite's online backup API, consistent while the site
  keeps running) or `db.dump` (PostgreSQL, `pg_dump` custom format: one snapshot);
- `media/`: the uploaded images.

It is written under a `.partial` name and renamed when complete, so a folder without that
suffix is always a whole backup.
"""

import json
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.utils import timezone

MANIFEST = "manifest.json"
FORMAT = 1
DATABASE_FILES = {"sqlite": "db.sqlite3", "postgresql": "db.dump"}
ENGINE_NAMES = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}


class BackupError(Exception):
    """A backup could not be made or put back; the message says why in plain words."""


def create_backup(*, destination_root, label=""):
    """Write a backup of the database and media under destination_root; returns its folder."""
    vendor = _supported_vendor()
    destination_root = Path(destination_root)
    # Backups hold patients' messages: readable by the site's own user only.
    destination_root.mkdir(mode=0o700, parents=True, exist_ok=True)
    created = timezone.localtime()
    folder = _free_folder(destination_root, created.strftime("%Y-%m-%d_%H-%M-%S") + (f"-{label}" if label else ""))
    partial = folder.with_name(folder.name + ".partial")
    partial.mkdir(mode=0o700)
    try:
        database_file = partial / DATABASE_FILES[vendor]
        if vendor == "sqlite":
            target = sqlite3.connect(database_file)
            try:
                _django_sqlite_connection().backup(target)
            finally:
                target.close()
        else:
            _run_pg("pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--file={database_file}")
        media_files = _copy_tree(Path(settings.MEDIA_ROOT), partial / "media")
        manifest = {
            "format": FORMAT,
            "created_at": created.isoformat(timespec="seconds"),
            "database": vendor,
            "database_file": database_file.name,
            "media_files": media_files,
        }
        (partial / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
        partial.rename(folder)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return folder


def read_manifest(folder):
    """The manifest of a backup folder, or BackupError if the folder is not a whole backup."""
    folder = Path(folder)
    try:
        manifest = json.loads((folder / MANIFEST).read_text())
    except FileNotFoundError:
        raise BackupError(f"{folder} is not a backup folder: it has no {MANIFEST}.") from None
    except (OSError, ValueError) as error:
        raise BackupError(f"The manifest in {folder} cannot be read ({error}).") from None
    if manifest.get("format") != FORMAT or manifest.get("database") not in DATABASE_FILES:
        raise BackupError(f"{folder} was written by another version of this tool.")
    if not (folder / manifest["database_file"]).is_file():
        raise BackupError(f"{folder} is incomplete: {manifest['database_file']} is missing.")
    return manifest


def restore_backup(*, source):
    """Put the database and media back as they were in the backup at `source`.

    Everything written since is replaced. The database is replaced in one go (SQLite's
    backup API, or pg_restore in a single transaction), then the media folder is made to
    match the backup's, then every cache is emptied so no page shows the replaced state.
    """
    source = Path(source)
    manifest = read_manifest(source)
    vendor = _supported_vendor()
    if manifest["database"] != vendor:
        raise BackupError(
            f"This backup holds a {ENGINE_NAMES[manifest['database']]} database, but the site "
            f"now uses {ENGINE_NAMES[vendor]}. Restore it on a site set up for "
            f"{ENGINE_NAMES[manifest['database']]}."
        )
    database_file = source / manifest["database_file"]
    if vendor == "sqlite":
        backup_database = sqlite3.connect(database_file)
        try:
            backup_database.backup(_django_sqlite_connection())
        finally:
            backup_database.close()
    else:
        connection.close()
        _run_pg(
            "pg_restore", "--clean", "--if-exists", "--no-owner", "--no-privileges",
            "--single-transaction", "--exit-on-error", str(database_file),
        )
    _mirror_tree(source / "media", Path(settings.MEDIA_ROOT))
    for alias in settings.CACHES:
        caches[alias].clear()
    return manifest


def _supported_vendor():
    if connection.vendor not in DATABASE_FILES:
        raise BackupError(f"Backups work with SQLite and PostgreSQL, not {connection.vendor}.")
    return connection.vendor


def _free_folder(root, name):
    folder, number = root / name, 1
    while folder.exists() or folder.with_name(folder.name + ".partial").exists():
        number += 1
        folder = root / f"{name}-{number}"
    return folder


def _django_sqlite_connection():
    """The site's own sqlite3 connection: SQLite's backup API copies through it."""
    connection.ensure_connection()
    return connection.connection


def _run_pg(program, *args):
    """Run pg_dump or pg_restore against the site's database, as the site connects to it."""
    db = connection.settings_dict
    env = {**os.environ}
    for variable, key in [("PGHOST", "HOST"), ("PGPORT", "PORT"), ("PGUSER", "USER"), ("PGPASSWORD", "PASSWORD")]:
        if db.get(key):
            env[variable] = str(db[key])
    if db.get("OPTIONS", {}).get("sslmode"):
        env["PGSSLMODE"] = db["OPTIONS"]["sslmode"]
    command = [program, *args, f"--dbname={db['NAME']}"]
    try:
        result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=3600)
    except FileNotFoundError:
        raise BackupError(
            f"{program} is not installed. Install the PostgreSQL client tools "
            "(Debian: apt-get install postgresql-client)."
        ) from None
    if result.returncode != 0:
        raise BackupError(f"{program} failed: {result.stderr.strip()}")


def _copy_tree(source, target):
    """Copy a folder (missing: an empty one); returns how many files were copied."""
    if source.is_dir():
        shutil.copytree(source, target)
    else:
        target.mkdir()
    return sum(1 for path in target.rglob("*") if path.is_file())


def _mirror_tree(source, target):
    """Make target hold exactly source's files: copy every file, remove the others."""
    target.mkdir(parents=True, exist_ok=True)
    wanted = {path.relative_to(source) for path in source.rglob("*") if path.is_file()}
    for relative in wanted:
        destination = target / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source / relative, destination)
    for path in sorted(target.rglob("*"), reverse=True):
        if path.is_file() and path.relative_to(target) not in wanted:
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()

"""Many gunicorn workers write messages to one SQLite file: the options that make that
safe (WAL, a busy timeout, IMMEDIATE transactions) really reach the connection.

The test database lives in memory, where WAL does not exist, so this opens a connection
with the project's settings to a file of its own. bench/messages_concurrency.py shows
the same under gunicorn with 200 writers at once."""

import sqlite3

import pytest
from django.conf import settings
from django.db import connections
from django.db.backends.sqlite3.base import DatabaseWrapper

pytestmark = [
    pytest.mark.django_db,
    # These options exist only for SQLite (the default, and every `make test`); a run
    # against PostgreSQL (DATABASE_URL=postgres://...) has nothing here to check.
    pytest.mark.skipif(
        settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3",
        reason="SQLite connection options; this run uses another database",
    ),
]


@pytest.fixture
def file_connection(tmp_path):
    settings_dict = dict(connections["default"].settings_dict)
    settings_dict["NAME"] = str(tmp_path / "options.sqlite3")
    wrapper = DatabaseWrapper(settings_dict, alias="sqlite_options_check")
    yield wrapper
    wrapper.close()


def test_connection_uses_wal_and_waits_when_busy(file_connection):
    with file_connection.cursor() as cursor:
        assert cursor.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert cursor.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
        assert cursor.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL


def test_transactions_take_the_write_lock_at_begin(file_connection):
    file_connection.ensure_connection()
    assert file_connection.transaction_mode == "IMMEDIATE"
    # What transaction.atomic() runs on SQLite when it opens a transaction.
    file_connection._start_transaction_under_autocommit()
    try:
        other_writer = sqlite3.connect(file_connection.settings_dict["NAME"], timeout=0)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other_writer.execute("BEGIN IMMEDIATE")
        other_writer.close()
    finally:
        file_connection.connection.execute("ROLLBACK")

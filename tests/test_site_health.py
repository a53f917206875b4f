"""/healthz tells a load balancer whether this server can answer, and nothing more."""

import pytest
from django.db import OperationalError

pytestmark = pytest.mark.django_db


def test_healthz_answers_200_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert "no-store" in response.headers["Cache-Control"]


class UnreachableDatabase:
    def cursor(self):
        raise OperationalError(
            'connection to server at "db.internal" (10.0.0.5), port 5432 failed: '
            'password authentication failed for user "clinic"'
        )


def test_healthz_answers_503_without_details_when_the_database_is_down(client, monkeypatch, caplog):
    monkeypatch.setattr("clinic_site.health.connection", UnreachableDatabase())
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.content == b"unavailable\n"
    # The reason is for the people running the site: in the log, not in the answer.
    assert "db.internal" in caplog.text


def test_healthz_is_not_redirected_to_https(client, settings):
    """Load balancers often check over plain HTTP inside their network."""
    settings.SECURE_SSL_REDIRECT = True
    assert client.get("/healthz").status_code == 200
    assert client.get("/").status_code == 301

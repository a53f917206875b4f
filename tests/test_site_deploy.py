"""Production settings, as a server starts them: Django's deployment check finds nothing.

These run manage.py in a subprocess, because the test run itself imports the settings
once with DJANGO_DEBUG=1.
"""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parent.parent


def production_env(**extra):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("DJANGO_") and key != "DATABASE_URL"
    }
    env.update(
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="example.org",
        DJANGO_SETTINGS_MODULE="clinic_site.settings",
    )
    env.update(extra)
    return {key: value for key, value in env.items() if value is not None}


def manage(*args, env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=120,
    )


def test_deploy_check_finds_no_issues_with_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=production_env())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_production_cookies_are_secure_http_only_and_same_site():
    script = (
        "import json; from django.conf import settings as s; print(json.dumps({"
        "'debug': s.DEBUG, 'ssl_redirect': s.SECURE_SSL_REDIRECT,"
        "'session': [s.SESSION_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY, s.SESSION_COOKIE_SAMESITE],"
        "'csrf': [s.CSRF_COOKIE_SECURE, s.CSRF_COOKIE_SAMESITE]}))"
    )
    result = manage("shell", "--verbosity", "0", "-c", script, env=production_env())
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    assert values == {
        "debug": False,
        "ssl_redirect": True,
        "session": [True, True, "Lax"],
        "csrf": [True, "Lax"],
    }


def test_missing_secret_key_stops_start_up_with_a_clear_message():
    result = manage("check", env=production_env(DJANGO_SECRET_KEY=None))
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr

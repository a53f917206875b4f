import functools
import io
import struct
import zlib

import pytest
from django import forms
from django.conf import settings as django_settings
from django.utils import translation
from PIL import Image


@pytest.fixture(autouse=True)
def english_between_requests():
    """Each test starts in English. A request to /es/… leaves Spanish active in the
    thread afterwards (LocaleMiddleware does not switch back), which would otherwise
    leak into the next reverse() or the next test."""
    translation.activate(django_settings.LANGUAGE_CODE)
    yield
    translation.activate(django_settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    """Uploads and renditions go to a temporary folder, never the real media/."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Production hashes passwords slowly on purpose; tests that sign in many times
    (the lockout tests) would take a minute. Only the hashing speed differs."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def isolated_cache(settings, tmp_path):
    """File caches per test: shared like production's, but empty for each test."""
    settings.CACHES = {
        alias: {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path / "cache" / alias),
        }
        for alias in ("default", "pages")
    }
    # Pages come from the page cache as in production (debug runs turn it off).
    settings.PAGE_CACHE_ENABLED = True


def image_bytes(fmt="PNG", size=(800, 500), color=(200, 220, 240)):
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, fmt)
    return buffer.getvalue()


@functools.cache
def png_bomb_bytes(width=60_000, height=60_000):
    """A valid black-and-white PNG: about 0.4 MB on disk, width × height pixels when
    opened (3.6 billion by default). Written row by row, so making it needs no memory."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = b"\0" * (1 + (width + 7) // 8)  # a filter byte, then 8 pixels per byte
    compressor = zlib.compressobj(9)
    pixels = b"".join(compressor.compress(row * 100) for _ in range(height // 100))
    pixels += compressor.compress(row * (height % 100)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


@pytest.fixture
def png_bytes():
    return image_bytes()


@pytest.fixture
def clinic_content(db):
    """The clinic's shipped content, loaded as `make run` loads it."""
    from procedures.content_loader import load_clinic_content

    load_clinic_content()


@pytest.fixture
def staff_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@clinic.example", "a-long-test-password")
    client.force_login(user)
    return client


SECRET_DETAIL = "a detail only developers should see: db-password=hunter2"


@pytest.fixture
def broken_home_page(monkeypatch):
    """The home page raises an unexpected error (a bug), as a 500 would happen for real."""

    def broken(self, **kwargs):
        raise RuntimeError(SECRET_DETAIL)

    monkeypatch.setattr("procedures.views.HomeView.get_context_data", broken)
    return SECRET_DETAIL


def admin_form_data(response, inline_prefixes=()):
    """What a browser posts back, unchanged, from the admin form in `response`.

    Inline formsets named in `inline_prefixes` are sent empty, which leaves their
    existing rows as they are.
    """
    data = {}
    for bound in response.context["adminform"].form:
        if isinstance(bound.field, forms.FileField):
            continue  # an unchanged file keeps its current value
        value = bound.value()
        if value is None or value is False:
            continue
        if value is True:
            data[bound.html_name] = "on"
        elif isinstance(value, (list, tuple)):
            data[bound.html_name] = [str(getattr(item, "pk", item)) for item in value]
        else:
            data[bound.html_name] = str(value)
    for prefix in inline_prefixes:
        data[f"{prefix}-TOTAL_FORMS"] = "0"
        data[f"{prefix}-INITIAL_FORMS"] = "0"
    return data

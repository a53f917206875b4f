import io

import pytest
from PIL import Image


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    """Uploads and renditions go to a temporary folder, never the real media/."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def isolated_cache(settings, tmp_path):
    """A file cache per test: shared like production's, but empty for each test."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path / "cache"),
        }
    }


def image_bytes(fmt="PNG", size=(800, 500), color=(200, 220, 240)):
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, fmt)
    return buffer.getvalue()


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

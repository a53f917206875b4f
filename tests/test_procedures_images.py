"""Uploads are real images within limits; stored images get web-sized renditions."""

import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from procedures.images import responsive_image_data
from tests.conftest import image_bytes
from tests.factories import ProcedureFactory

pytestmark = pytest.mark.django_db


def change_url(procedure):
    return f"/admin/procedures/procedure/{procedure.pk}/change/"


def post_illustration(staff_client, procedure, upload):
    """Post the procedure's change form with only the illustration replaced."""
    from django.forms.models import model_to_dict

    data = {k: v for k, v in model_to_dict(procedure).items() if v is not None and k != "illustration"}
    data["imaging_areas"] = []
    data["offices"] = []
    for prefix in ["preparation_steps", "aftercare_steps", "care_cards", "faqs"]:
        data.update({f"{prefix}-TOTAL_FORMS": 0, f"{prefix}-INITIAL_FORMS": 0})
    data["illustration"] = upload
    return staff_client.post(change_url(procedure), data)


def bomb_png():
    # Small on disk, 60,000 × 60,000 pixels when opened.
    buffer = io.BytesIO()
    Image.new("1", (60_000, 60_000)).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.mark.parametrize("name,content,message", [
    ("notes.png", b"This is a text file, not a picture.", "not a picture we can use"),
    ("drawing.gif", image_bytes("GIF"), "Please upload a JPEG, PNG or WebP"),
    ("huge.png", bomb_png(), "million pixels"),
    ("evil.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "not a picture we can use"),
])
def test_bad_uploads_are_refused_with_a_reason(staff_client, name, content, message):
    procedure = ProcedureFactory()
    old_name = procedure.illustration.name
    response = post_illustration(staff_client, procedure, SimpleUploadedFile(name, content))
    assert response.status_code == 200
    assert message in response.content.decode()
    procedure.refresh_from_db()
    assert procedure.illustration.name == old_name


def test_too_large_file_is_refused(staff_client, settings):
    procedure = ProcedureFactory()
    big = image_bytes("PNG", size=(200, 200)) + b"\0" * (11 * 1024 * 1024)
    response = post_illustration(staff_client, procedure, SimpleUploadedFile("big.png", big))
    assert "Images can be at most 10 MB" in response.content.decode()


def test_good_upload_is_stored(staff_client):
    procedure = ProcedureFactory()
    response = post_illustration(
        staff_client, procedure, SimpleUploadedFile("new.jpg", image_bytes("JPEG", size=(2000, 1200)))
    )
    assert response.status_code == 302
    procedure.refresh_from_db()
    assert procedure.illustration.name.endswith(".jpg")


def test_renditions_and_srcset():
    procedure = ProcedureFactory(illustration=ContentFile(image_bytes(size=(2000, 1250)), name="wide.png"))
    data = responsive_image_data(procedure.illustration)
    assert data["width"] == 2000 and data["height"] == 1250
    assert " 480w" in data["srcset"] and " 960w" in data["srcset"] and " 1600w" in data["srcset"]
    assert " 2000w" in data["srcset"]
    # A second call reuses the stored copies.
    assert responsive_image_data(procedure.illustration)["srcset"] == data["srcset"]


def test_small_image_gets_no_upscaled_renditions():
    procedure = ProcedureFactory(illustration=ContentFile(image_bytes(size=(600, 400)), name="small.png"))
    data = responsive_image_data(procedure.illustration)
    assert " 480w" in data["srcset"] and "960w" not in data["srcset"]

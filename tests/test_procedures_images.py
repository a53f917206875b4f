"""Uploads are real images within limits; stored images get web-sized renditions."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.forms.models import model_to_dict
from django.urls import reverse
from PIL import Image

from procedures.images import responsive_image_data
from procedures.models import Procedure
from tests.conftest import image_bytes, png_bomb_bytes
from tests.factories import OfficeFactory, PhysicianFactory, ProcedureFactory

pytestmark = pytest.mark.django_db

# Every admin form that takes an upload: the row to change, its image field, its inlines.
UPLOAD_FORMS = {
    "procedure illustration": (ProcedureFactory, "illustration", ["preparation_steps", "aftercare_steps", "care_cards", "faqs"]),
    "office photo": (OfficeFactory, "photo", ["opening_hours"]),
    "physician photo": (PhysicianFactory, "photo", []),
}


def post_upload(staff_client, obj, field, inline_prefixes, upload):
    """Post the row's admin change form with only the image field replaced."""
    data = {k: v for k, v in model_to_dict(obj).items() if v is not None and k != field}
    for m2m in obj._meta.many_to_many:
        data[m2m.name] = [related.pk for related in data.get(m2m.name, [])]
    for prefix in inline_prefixes:
        data.update({f"{prefix}-TOTAL_FORMS": 0, f"{prefix}-INITIAL_FORMS": 0})
    data[field] = upload
    url = reverse(f"admin:procedures_{obj._meta.model_name}_change", args=[obj.pk])
    return staff_client.post(url, data)


def post_illustration(staff_client, procedure, upload):
    """Post the procedure's change form with only the illustration replaced."""
    _, field, inlines = UPLOAD_FORMS["procedure illustration"]
    return post_upload(staff_client, procedure, field, inlines, upload)


def bomb_png():
    # Small on disk, 60,000 × 60,000 pixels when opened.
    return png_bomb_bytes(60_000, 60_000)


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


def twenty_megabyte_png():
    return image_bytes("PNG", size=(200, 200)) + b"\0" * (20 * 1024 * 1024)


# The list of hostile uploads, on every form that takes one.
HOSTILE_UPLOADS = {
    "decompression bomb": (lambda: ("huge.png", png_bomb_bytes()), "million pixels"),
    "text with an image name": (lambda: ("photo.jpg", b"Dear clinic, this is not a photo.\n" * 50), "not a picture we can use"),
    "svg with script": (
        lambda: ("logo.png", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(document.cookie)</script></svg>'),
        "not a picture we can use",
    ),
    "20 MB file": (lambda: ("scan.png", twenty_megabyte_png()), "This file is 20.0 MB. Images can be at most 10 MB."),
}


@pytest.mark.parametrize("form", UPLOAD_FORMS)
@pytest.mark.parametrize("upload", HOSTILE_UPLOADS)
def test_hostile_uploads_are_refused_on_every_upload_form(staff_client, form, upload):
    factory, field, inlines = UPLOAD_FORMS[form]
    make_file, message = HOSTILE_UPLOADS[upload]
    obj = factory()
    old_name = getattr(obj, field).name
    name, content = make_file()
    response = post_upload(staff_client, obj, field, inlines, SimpleUploadedFile(name, content))
    assert response.status_code == 200
    assert message in response.content.decode()
    obj.refresh_from_db()
    assert getattr(obj, field).name == old_name


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


def test_stored_copies_are_reused_without_decoding_the_original(monkeypatch):
    procedure = ProcedureFactory(illustration=ContentFile(image_bytes(size=(2000, 1250)), name="wide.png"))
    first = responsive_image_data(procedure.illustration)

    def no_decoding(*args, **kwargs):
        raise AssertionError("the original was decoded again")

    monkeypatch.setattr(Image.Image, "load", no_decoding)
    assert responsive_image_data(procedure.illustration)["srcset"] == first["srcset"]


def test_a_page_reads_the_image_size_from_the_row_not_from_the_file():
    procedure = ProcedureFactory(illustration=ContentFile(image_bytes(size=(2000, 1250)), name="wide.png"))
    responsive_image_data(procedure.illustration)  # makes the web-sized copies
    stored = Procedure.objects.get(pk=procedure.pk)
    assert (stored.illustration_width, stored.illustration_height) == (2000, 1250)
    # With the original gone, only the stored size and the copies can answer.
    stored.illustration.storage.delete(stored.illustration.name)
    data = responsive_image_data(stored.illustration)
    assert (data["width"], data["height"]) == (2000, 1250)
    assert " 960w" in data["srcset"]


def test_a_missing_image_file_without_a_stored_size_does_not_break_the_page(client):
    procedure = ProcedureFactory(name="Knee injection")
    procedure.illustration.storage.delete(procedure.illustration.name)
    Procedure.objects.filter(pk=procedure.pk).update(illustration_width=None, illustration_height=None)
    response = client.get(procedure.get_absolute_url())
    assert response.status_code == 200
    assert "Knee injection" in response.content.decode()

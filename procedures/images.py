"""Image uploads: what is accepted, and the web-sized copies pages serve.

Every image an editor uploads is opened with Pillow before it is stored, so a file
that only has an image's name, a "decompression bomb", or a format the browsers we
serve cannot show is refused with a sentence the editor understands.
"""

import io
import logging
from pathlib import PurePosixPath

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import models
from PIL import Image, UnidentifiedImageError

logger = logging.getLogger(__name__)

ALLOWED_FORMATS = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WebP"}
RENDITION_WIDTHS = (480, 960, 1600)


def validate_image_upload(file):
    """Refuse anything but a real JPEG, PNG or WebP within the size and pixel limits."""
    max_bytes = settings.IMAGE_UPLOAD_MAX_BYTES
    max_pixels = settings.IMAGE_UPLOAD_MAX_PIXELS
    size = getattr(file, "size", None)
    if size is not None and size > max_bytes:
        raise ValidationError(
            "This file is %(size)s MB. Images can be at most %(limit)s MB.",
            code="file_too_large",
            params={"size": f"{size / 1024 / 1024:.1f}", "limit": max_bytes // 1024 // 1024},
        )
    # A stored image's file is closed again after its size is read (ImageField with
    # width_field does that when a form assigns it): open it to check it.
    reopened = getattr(file, "_committed", False) and getattr(file, "closed", False)
    if reopened:
        file.open("rb")
    try:
        position = file.tell() if hasattr(file, "tell") else 0
        file.seek(0)
        with Image.open(file) as image:
            image_format = image.format
            width, height = image.size
            if width * height > max_pixels:
                raise ValidationError(
                    "This image is %(width)s × %(height)s pixels. Images can have at most "
                    "%(limit)s million pixels.",
                    code="too_many_pixels",
                    params={"width": width, "height": height, "limit": max_pixels // 1_000_000},
                )
            if image_format not in ALLOWED_FORMATS:
                raise ValidationError(
                    "This is a %(format)s file. Please upload a JPEG, PNG or WebP image.",
                    code="wrong_format",
                    params={"format": image_format or "non-image"},
                )
            # verify() reads the whole file and catches truncated or corrupt data.
            image.verify()
    except ValidationError:
        raise
    except Image.DecompressionBombError:
        raise ValidationError(
            "This image has far too many pixels. Images can have at most %(limit)s million pixels.",
            code="too_many_pixels",
            params={"limit": max_pixels // 1_000_000},
        )
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise ValidationError(
            "This file is not a picture we can use. Please upload a JPEG, PNG or WebP image.",
            code="not_an_image",
        )
    finally:
        try:
            file.seek(position)
        except Exception:  # pragma: no cover - a closed file needs no rewind
            pass
        if reopened:
            file.close()


class CheckedImageFormField(forms.ImageField):
    """Runs our checks before Django's own, so editors read our clearer reasons."""

    def to_python(self, data):
        upload = forms.FileField.to_python(self, data)
        if upload is None:
            return None
        validate_image_upload(upload)
        return super().to_python(data)


class CheckedImageField(models.ImageField):
    """An ImageField whose admin form explains why an upload is refused.

    Give it width_field/height_field: the size is then read once, when a file is
    stored, and pages never open the file to learn it.
    """

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": CheckedImageFormField, **kwargs})

    def update_dimension_fields(self, instance, force=False, *args, **kwargs):
        # A stored file that went missing leaves the size empty instead of breaking
        # every page that loads the row.
        try:
            super().update_dimension_fields(instance, force, *args, **kwargs)
        except (OSError, ValueError):
            logger.warning("Could not read the size of %s", getattr(instance, self.attname, None))


def image_dimensions(field_file):
    """(width, height) from the model's width/height fields, or by opening the file."""
    field = field_file.field
    if field.width_field and field.height_field:
        width = getattr(field_file.instance, field.width_field)
        height = getattr(field_file.instance, field.height_field)
        if width and height:
            return width, height
    return field_file.width, field_file.height


def rendition_name(original_name, width):
    path = PurePosixPath(original_name)
    return f"renditions/{path.parent}/{path.stem}-{width}w.webp"


def make_renditions(field_file, original_size=None):
    """Write web-sized WebP copies of a stored image; returns the widths available.

    Safe to call again: existing copies are kept, and the original is opened only when
    a copy is missing. Widths larger than the original are skipped (the original itself
    is listed as the largest size by responsive_image_data).
    """
    if not field_file:
        return []
    try:
        original_width, _ = original_size or image_dimensions(field_file)
    except (OSError, ValueError):
        logger.exception("Could not read the size of %s", field_file.name)
        return []
    wanted = [width for width in RENDITION_WIDTHS if width < original_width]
    missing = [width for width in wanted if not default_storage.exists(rendition_name(field_file.name, width))]
    written = _write_renditions(field_file, missing) if missing else set()
    return [width for width in wanted if width not in missing or width in written]


def _write_renditions(field_file, widths):
    """Decode the original once and write the given widths; returns those written."""
    written = set()
    try:
        with field_file.storage.open(field_file.name, "rb") as source, Image.open(source) as image:
            image.load()
            original_width, original_height = image.size
            copy = image.convert("RGBA" if image.mode in ("RGBA", "LA", "P") else "RGB")
            for width in widths:
                height = round(original_height * width / original_width)
                buffer = io.BytesIO()
                copy.resize((width, height), Image.Resampling.LANCZOS).save(buffer, "WEBP", quality=82, method=4)
                default_storage.save(rendition_name(field_file.name, width), ContentFile(buffer.getvalue()))
                written.add(width)
    except (OSError, ValueError):
        logger.exception("Could not make renditions of %s", field_file.name)
    return written


def responsive_image_data(field_file):
    """What an <img> needs: src, srcset, width and height.

    The size comes from the model's width/height fields (no file opened), and
    renditions are made on first use, so an image uploaded in the admin or by the
    content loader gets them without a save() side effect.
    """
    if not field_file:
        return None
    try:
        width, height = image_dimensions(field_file)
    except (OSError, ValueError):
        return None
    widths = make_renditions(field_file, (width, height))
    candidates = [(default_storage.url(rendition_name(field_file.name, w)), w) for w in widths]
    candidates.append((field_file.url, width))
    return {
        "src": candidates[0][0] if len(candidates) > 1 else field_file.url,
        "srcset": ", ".join(f"{url} {w}w" for url, w in candidates),
        "width": width,
        "height": height,
    }

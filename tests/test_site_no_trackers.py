"""Nothing on the site loads from another site: no analytics, pixels, CDNs or embeds that
could tell a third party which procedure a patient is reading about."""

import re

import pytest
from django.urls import reverse

from procedures.models import Office, Physician, Procedure

pytestmark = pytest.mark.django_db

# Attributes that make the browser fetch something by itself.
LOADING_ATTRIBUTES = re.compile(r'<(?:script|img|source|link|iframe|embed|object|video|audio)\b[^>]*?\s(?:src|href|srcset|data)="([^"]*)"')
# Our own address: hreflang links (<link rel="alternate">) must be absolute URLs.
OWN_SITE = "http://testserver/"
TRACKER_WORDS = ["google-analytics", "googletagmanager", "gtag(", "facebook.net", "fbq(", "hotjar", "doubleclick", "segment.com", "plausible", "matomo"]


def public_pages():
    return [
        reverse("procedures:home"),
        reverse("procedures:list"),
        *[p.get_absolute_url() for p in Procedure.objects.published()],
        reverse("procedures:office_list"),
        *[o.get_absolute_url() for o in Office.objects.published()],
        reverse("procedures:physician_list"),
        *[p.get_absolute_url() for p in Physician.objects.published()],
        reverse("procedures:imaging_area_list"),
        reverse("procedures:preparing"),
        reverse("procedures:aftercare"),
        reverse("patients:contact"),
        "/es/",
    ]


def test_pages_load_nothing_from_other_sites(client, clinic_content):
    for url in public_pages():
        html = client.get(url).content.decode()
        for value in LOADING_ATTRIBUTES.findall(html):
            for candidate in value.split(","):
                address = candidate.strip().split(" ")[0]
                relative = address.startswith("/") and not address.startswith("//")
                assert relative or address.startswith(OWN_SITE), (url, address)
        for word in TRACKER_WORDS:
            assert word not in html, (url, word)

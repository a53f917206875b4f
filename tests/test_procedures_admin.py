"""Staff edit everything in the admin; what they add appears on the site."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from procedures.models import Procedure
from tests.conftest import image_bytes
from tests.factories import PhysicianFactory, ProcedureFactory

pytestmark = pytest.mark.django_db


def inline_management(prefix, total):
    return {f"{prefix}-TOTAL_FORMS": total, f"{prefix}-INITIAL_FORMS": 0, f"{prefix}-MIN_NUM_FORMS": 0, f"{prefix}-MAX_NUM_FORMS": 1000}


def test_staff_adds_a_procedure_with_steps_and_it_appears_on_the_site(staff_client, client):
    reviewer = PhysicianFactory(name="Grace Okafor")
    data = {
        "name_en": "Sacroiliac joint injection",
        "slug": "sacroiliac-joint-injection",
        "kind": "joint",
        "purpose": "both",
        "summary_en": "Medicine placed in the joint where the spine meets the pelvis.",
        "is_published": "on",
        "order": 9,
        "what_it_is_en": "An injection into the **sacroiliac joint**.",
        "why_done_en": "For low back and buttock pain.",
        "how_done_en": "A radiologist guides a thin needle with live X-ray.",
        "what_you_feel_en": "A sting, then pressure.",
        "risks_en": "Soreness for a day or two.",
        "results_en": "Relief varies.",
        "duration_en": "About 20 minutes.",
        "illustration": SimpleUploadedFile("si.png", image_bytes(size=(1200, 800))),
        "illustration_alt_en": "Drawing of the pelvis with a needle in the sacroiliac joint.",
        "reviewed_by": reviewer.pk,
        "last_reviewed": "2026-11-01",
        "next_review_due": "2027-11-01",
        **inline_management("preparation_steps", 1),
        "preparation_steps-0-timing": "day_of",
        "preparation_steps-0-order": 0,
        "preparation_steps-0-title_en": "Bring your photo ID",
        "preparation_steps-0-details_en": "And your insurance card.",
        **inline_management("aftercare_steps", 1),
        "aftercare_steps-0-timing": "first_24_hours",
        "aftercare_steps-0-order": 0,
        "aftercare_steps-0-title_en": "No heavy lifting for a day",
        "aftercare_steps-0-details_en": "Walking is fine.",
        **inline_management("care_cards", 0),
        **inline_management("faqs", 0),
    }
    response = staff_client.post("/admin/procedures/procedure/add/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    procedure = Procedure.objects.get(slug="sacroiliac-joint-injection")
    assert procedure.preparation_steps.count() == 1 and procedure.aftercare_steps.count() == 1

    html = client.get("/procedures/sacroiliac-joint-injection/").content.decode()
    assert "Sacroiliac joint injection" in html
    assert "Bring your photo ID" in html and "No heavy lifting for a day" in html
    assert "<strong>sacroiliac joint</strong>" in html
    assert "Grace Okafor" in html
    assert "Sacroiliac joint injection" in client.get("/procedures/").content.decode()


def test_publish_and_unpublish_actions(staff_client, client):
    procedure = ProcedureFactory(is_published=True)
    staff_client.post("/admin/procedures/procedure/", {"action": "unpublish", "_selected_action": [procedure.pk]})
    procedure.refresh_from_db()
    assert not procedure.is_published
    staff_client.post("/admin/procedures/procedure/", {"action": "publish", "_selected_action": [procedure.pk]})
    procedure.refresh_from_db()
    assert procedure.is_published


@pytest.mark.parametrize("url", [
    "/admin/procedures/procedure/", "/admin/procedures/office/", "/admin/procedures/physician/",
    "/admin/procedures/imagingarea/", "/admin/procedures/patientguide/", "/admin/procedures/clinicsettings/",
])
def test_every_admin_list_opens(staff_client, clinic_content, url):
    assert staff_client.get(url).status_code == 200


def test_procedure_change_page_has_inlines_preview_and_view_on_site(staff_client, clinic_content):
    procedure = Procedure.objects.get(slug="epidural-steroid-injection")
    html = staff_client.get(f"/admin/procedures/procedure/{procedure.pk}/change/").content.decode()
    for inline in ["Preparation steps", "Aftercare steps", "Care cards", "Questions and answers"]:
        assert inline in html
    assert "Current illustration" in html and "<img src=" in html
    assert "View on site" in html


def test_office_admin_has_opening_hours_inline(staff_client, clinic_content):
    from procedures.models import Office

    office = Office.objects.first()
    html = staff_client.get(f"/admin/procedures/office/{office.pk}/change/").content.decode()
    assert "Opening hours" in html and "Monday" in html


def test_the_public_cannot_open_the_admin(client):
    response = client.get("/admin/procedures/procedure/")
    assert response.status_code == 302 and "/login/" in response["Location"]

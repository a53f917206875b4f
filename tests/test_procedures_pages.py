"""Every public page type answers with its key content; unpublished is staff-only."""

import pytest
from django.urls import reverse

from procedures.models import ImagingArea, Office, Physician, Procedure
from tests.factories import ImagingAreaFactory, OfficeFactory, ProcedureFactory

pytestmark = pytest.mark.django_db


def test_home_shows_procedures_offices_phone_and_emergency_line(client, clinic_content):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    for procedure in Procedure.objects.all():
        assert procedure.name in html
    for office in Office.objects.all():
        assert office.name in html
    assert 'href="tel:+1314' in html
    assert "call" in html.lower() and 'href="tel:911"' in html


def test_procedure_list_groups_spine_and_joint(client, clinic_content):
    html = client.get("/procedures/").content.decode()
    assert "Spine injections" in html and "Joint injections" in html
    assert html.index("Spine injections") < html.index("Epidural") < html.index("Joint injections")


@pytest.mark.parametrize(
    "slug",
    ["nerve-root-block", "epidural-steroid-injection", "facet-joint-injection", "medial-branch-block", "joint-injection"],
)
def test_procedure_page_has_every_part(client, clinic_content, slug):
    procedure = Procedure.objects.get(slug=slug)
    response = client.get(f"/procedures/{slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    for heading in ["On this page", "What it is", "Why it is done", "How it is done", "What you will feel",
                    "Risks", "Results", "How long it takes", "How to prepare", "After your procedure",
                    "When to get help", "Questions and answers", "Where it is done"]:
        assert heading in html, heading
    assert "Medically reviewed by" in html and procedure.reviewed_by.name in html
    assert "Next review due" in html
    for step in procedure.preparation_steps.all():
        assert step.title in html
    for step in procedure.aftercare_steps.all():
        assert step.title in html
    assert "Emergency" in html and "Urgent" in html and "Not urgent" in html
    assert 'srcset="' in html and 'width="' in html and procedure.illustration_alt in html
    assert 'aria-label="Breadcrumb"' in html


@pytest.mark.parametrize("list_url,model", [
    ("/imaging-areas/", ImagingArea), ("/offices/", Office), ("/physicians/", Physician),
])
def test_list_and_detail_pages(client, clinic_content, list_url, model):
    html = client.get(list_url).content.decode()
    for item in model.objects.all():
        assert item.name in html
        detail = client.get(item.get_absolute_url())
        assert detail.status_code == 200
        assert item.name in detail.content.decode()


def test_six_imaging_areas_in_order(client, clinic_content):
    assert list(ImagingArea.objects.values_list("slug", flat=True)) == [
        "bone", "children", "spine", "joints", "neck", "legs"
    ]


def test_office_page_shows_hours_and_open_status(client, clinic_content):
    office = Office.objects.first()
    html = client.get(office.get_absolute_url()).content.decode()
    assert "Monday" in html and ("Open now" in html or "Closed" in html)
    assert office.phone in html


def test_guides(client, clinic_content):
    preparing = client.get("/preparing/").content.decode()
    assert "Typical preparations" in preparing
    assert reverse("procedures:detail", kwargs={"slug": "epidural-steroid-injection"}) + "#preparation" in preparing
    aftercare = client.get("/after-your-procedure/").content.decode()
    assert "#aftercare" in aftercare and 'href="tel:911"' in aftercare


def test_unknown_page_is_a_styled_404(client, clinic_content):
    response = client.get("/procedures/no-such-thing/")
    assert response.status_code == 404
    assert "We could not find that page" in response.content.decode()


def test_server_error_page_has_phone(rf, clinic_content):
    from procedures.views import server_error

    response = server_error(rf.get("/"))
    assert response.status_code == 500
    assert "something went wrong" in response.content.decode().lower()
    assert "tel:" in response.content.decode()


@pytest.mark.parametrize("factory,url_name", [
    (ProcedureFactory, "procedures:detail"),
    (OfficeFactory, "procedures:office_detail"),
])
def test_unpublished_is_404_for_public_and_preview_for_staff(client, staff_client, factory, url_name):
    item = factory(is_published=False)
    url = reverse(url_name, kwargs={"slug": item.slug})
    from django.test import Client

    assert Client().get(url).status_code == 404
    response = staff_client.get(url)
    assert response.status_code == 200
    assert "Preview" in response.content.decode()


def test_unpublished_procedure_not_listed(client, clinic_content):
    hidden = ProcedureFactory(is_published=False, name="Hidden injection")
    assert "Hidden injection" not in client.get("/procedures/").content.decode()
    assert "Hidden injection" not in client.get("/").content.decode()
    assert hidden.pk


def test_procedure_page_never_links_an_unpublished_imaging_area(client):
    procedure = ProcedureFactory()
    shown = ImagingAreaFactory(name="Spine area")
    hidden = ImagingAreaFactory(name="Hidden area", is_published=False)
    procedure.imaging_areas.set([shown, hidden])
    html = client.get(procedure.get_absolute_url()).content.decode()
    assert shown.get_absolute_url() in html
    assert hidden.get_absolute_url() not in html and "Hidden area" not in html

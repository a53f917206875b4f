"""Every page's footer lists each office with its address, phone and hours, without
costing pages extra queries, and shows an office change as soon as staff save it."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from procedures.models import Office
from tests.factories import OfficeFactory, OpeningHoursFactory

pytestmark = pytest.mark.django_db


def footer_of(html):
    return html[html.index('<footer class="site-footer">'):]


def test_footer_shows_every_office_with_address_phone_and_hours(client, clinic_content):
    footer = footer_of(client.get("/physicians/").content.decode())
    for office in Office.objects.published():
        assert office.name in footer
        assert office.street in footer and office.postal_code in footer
        assert f'href="{office.phone_uri}"' in footer
    assert "Monday–Friday" in footer and "8:00 a.m.–4:30 p.m." in footer


def test_footer_leaves_out_unpublished_offices(client):
    OfficeFactory(name="Hidden Office", is_published=False)
    OfficeFactory(name="Open Office")
    footer = footer_of(client.get("/").content.decode())
    assert "Open Office" in footer and "Hidden Office" not in footer


def test_footer_costs_no_query_once_cached(client, clinic_content):
    client.get("/imaging-areas/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/imaging-areas/")
    # No query reads office rows (the page cache's version query only counts them).
    assert not any('"procedures_office"."id"' in query["sql"] for query in queries.captured_queries)


def test_office_saved_in_the_admin_shows_in_the_footer_at_once(staff_client, client):
    office = OfficeFactory(name="Kirkwood office")
    assert "Kirkwood office" in footer_of(client.get("/").content.decode())
    data = {
        "name_en": "Webster Groves office", "slug": office.slug, "is_published": "on",
        "street": office.street, "city": office.city, "state": office.state,
        "postal_code": office.postal_code, "phone": office.phone, "fax": "", "email": "",
        "directions_en": "", "photo_alt": "",
        "opening_hours-TOTAL_FORMS": 0, "opening_hours-INITIAL_FORMS": 0,
    }
    response = staff_client.post(f"/admin/procedures/office/{office.pk}/change/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    footer = footer_of(client.get("/").content.decode())
    assert "Webster Groves office" in footer and "Kirkwood office" not in footer


def test_unpublishing_an_office_in_the_admin_removes_it_from_the_footer(staff_client, client):
    office = OfficeFactory(name="Kirkwood office")
    client.get("/")
    staff_client.post(
        "/admin/procedures/office/", {"action": "unpublish", "_selected_action": [office.pk]}
    )
    assert "Kirkwood office" not in footer_of(client.get("/").content.decode())


def hours(office, *rows):
    for weekday, opens, closes in rows:
        OpeningHoursFactory(office=office, weekday=weekday, opens=datetime.time(*opens), closes=datetime.time(*closes))
    return Office.objects.get(pk=office.pk).hours_summary()


def test_hours_summary_joins_neighbouring_days_with_the_same_hours():
    office = OfficeFactory()
    summary = hours(office, *[(day, (8, 0), (16, 30)) for day in range(5)])
    assert summary == [("Monday–Friday", "8:00 a.m.–4:30 p.m.")]


def test_hours_summary_splits_on_different_hours_and_closed_days():
    office = OfficeFactory()
    summary = hours(
        office,
        (1, (8, 0), (16, 30)), (3, (8, 0), (16, 30)), (4, (8, 0), (12, 0)),
        (5, (9, 0), (12, 0)), (5, (13, 0), (15, 0)),
    )
    assert summary == [
        ("Tuesday", "8:00 a.m.–4:30 p.m."),
        ("Thursday", "8:00 a.m.–4:30 p.m."),
        ("Friday", "8:00 a.m.–12:00 p.m."),
        ("Saturday", "9:00 a.m.–12:00 p.m., 1:00 p.m.–3:00 p.m."),
    ]


def test_hours_summary_of_an_office_without_hours_is_empty():
    assert OfficeFactory().hours_summary() == []

"""The number of queries per page does not grow with the amount of content."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories

pytestmark = pytest.mark.django_db


def build_content(scale):
    offices = [factories.OfficeFactory() for _ in range(scale)]
    for office in offices:
        for weekday in range(5):
            factories.OpeningHoursFactory(office=office, weekday=weekday, opens=datetime.time(8), closes=datetime.time(16))
    areas = [factories.ImagingAreaFactory() for _ in range(scale)]
    physicians = [factories.PhysicianFactory() for _ in range(scale)]
    procedures = []
    for _ in range(scale):
        procedure = factories.ProcedureFactory(reviewed_by=physicians[0])
        procedure.offices.set(offices)
        procedure.imaging_areas.set(areas)
        for _ in range(3):
            factories.PreparationStepFactory(procedure=procedure)
            factories.AftercareStepFactory(procedure=procedure)
            factories.FAQFactory(procedure=procedure)
        factories.CareCardFactory(procedure=procedure)
        procedures.append(procedure)
    for physician in physicians:
        physician.offices.set(offices)
        physician.procedures.set(procedures)
    return procedures[0], offices[0], areas[0], physicians[0]


def page_urls(procedure, office, area, physician):
    return [
        "/", "/procedures/", procedure.get_absolute_url(), "/imaging-areas/", area.get_absolute_url(),
        "/offices/", office.get_absolute_url(), "/physicians/", physician.get_absolute_url(),
    ]


def count_queries(client, url):
    client.get(url)  # warm: renditions are made on first view
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context.captured_queries)


def test_query_count_is_constant_with_ten_times_the_rows(client, django_assert_max_num_queries, settings):
    # What rendering a page costs: the page cache would answer the second request.
    settings.PAGE_CACHE_ENABLED = False
    small = page_urls(*build_content(1))
    small_counts = {index: count_queries(client, url) for index, url in enumerate(small)}
    large = page_urls(*build_content(10))
    for index, url in enumerate(large):
        with django_assert_max_num_queries(small_counts[index]):
            client.get(url)
        assert small_counts[index] <= 10, (url, small_counts[index])


def test_with_ten_times_the_rows_a_page_is_rendered_with_its_queries_and_the_version_then_served_with_one(client):
    for url in page_urls(*build_content(10)):
        with CaptureQueriesContext(connection) as rendering:
            assert client.get(url).status_code == 200
        with CaptureQueriesContext(connection) as cached:
            assert client.get(url).status_code == 200
        # Rendering costs the page's own queries (at most 10, the test above) plus the
        # page cache's content-version query. SQLite's `PRAGMA data_version` is the
        # cache's "has anything been written?" probe (PostgreSQL has none); it reads no
        # rows, so it is not counted.
        data_queries = [q for q in rendering.captured_queries if q["sql"] != "PRAGMA data_version"]
        assert len(data_queries) <= 10 + 1, (url, len(data_queries))
        # Only the content version: one query, whatever the amount of content.
        assert len(cached.captured_queries) == 1, (url, cached.captured_queries)

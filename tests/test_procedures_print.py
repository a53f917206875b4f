"""The printable procedure sheet: what is on it, what is not, and a date that stays true
under the page cache. (Chromium counts its pages in tests/browser.)"""

import datetime
from unittest import mock

import pytest
from django.utils import timezone

from procedures.models import AftercareStep, CareCard, PreparationStep
from tests.factories import AftercareStepFactory, CareCardFactory, PreparationStepFactory, ProcedureFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def procedure():
    procedure = ProcedureFactory(name="Facet joint injection", slug="facet-joint-injection")
    PreparationStepFactory(procedure=procedure, timing=PreparationStep.Timing.DAYS_BEFORE, title="Arrange a driver", details="**Never** drive yourself.")
    AftercareStepFactory(procedure=procedure, timing=AftercareStep.Timing.NEXT_DAY, title="Take our follow-up call")
    CareCardFactory(procedure=procedure, level=CareCard.Level.EMERGENCY, title="Call 911", signs="Trouble breathing")
    CareCardFactory(procedure=procedure, level=CareCard.Level.URGENT, title="Call us now", signs="Fever")
    return procedure


def test_sheet_has_checklist_aftercare_care_cards_and_phone_without_navigation_or_forms(client, procedure):
    from procedures.models import ClinicSettings

    ClinicSettings.objects.create(name="Gateway Spine", main_phone="(314) 555-0140", after_hours_phone="(314) 555-0141")
    response = client.get("/procedures/facet-joint-injection/print/")
    html = response.content.decode()
    assert response.status_code == 200
    for text in ["Facet joint injection", "How to prepare", "Arrange a driver", "<strong>Never</strong>",
                 "After your procedure", "Take our follow-up call", "When to get help", "Call 911", "Trouble breathing",
                 "(314) 555-0140", "(314) 555-0141", "Medically reviewed by"]:
        assert text in html, text
    assert "<nav" not in html and "<form" not in html and "<input" not in html
    assert html.index("Emergency") < html.index("Urgent")


def test_unpublished_or_unknown_procedure_has_no_sheet(client, procedure):
    procedure.is_published = False
    procedure.save()
    assert client.get("/procedures/facet-joint-injection/print/").status_code == 404
    assert client.get("/procedures/no-such-thing/print/").status_code == 404


def test_printed_date_is_today_even_from_the_page_cache(client, procedure):
    today = timezone.localdate()
    assert f"Printed {today.month}/{today.day}/{today.year}" in client.get("/procedures/facet-joint-injection/print/").content.decode()
    tomorrow = timezone.now() + datetime.timedelta(days=1)
    with mock.patch("django.utils.timezone.now", return_value=tomorrow):
        html = client.get("/procedures/facet-joint-injection/print/").content.decode()
    day = timezone.localtime(tomorrow).date()
    assert f"Printed {day.month}/{day.day}/{day.year}" in html

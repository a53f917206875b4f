"""The patient tools in Spanish: the pain diary (pages, chart, print sheet), the
procedure plan and the printable procedure sheet speak Spanish under /es/, with dates
written the Spanish way."""

import datetime
import re

import pytest
from django.utils import timezone

from patients import diary as diary_rules
from procedures.models import Procedure
from tests.factories import make_pain_diary

pytestmark = pytest.mark.django_db

DIARY = "/es/after-your-procedure/pain-diary/"
# English the tools used to show; none of it may appear on their Spanish pages.
ENGLISH = [
    "Your pain diary", "Add a score", "Your scores", "Pain before", "relief", "hours after",
    "The next morning", "Best relief", "Print", "Back to", "Emergency:", "Clinic:", "Printed",
    "Your pain score", "Pain medicine", "No pain", "Worst pain", "How to prepare",
]


def visible_text(html):
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def assert_no_english(html):
    text = visible_text(html)
    leftovers = [phrase for phrase in ENGLISH if phrase in text]
    assert leftovers == [], leftovers


@pytest.fixture
def spanish_diary(clinic_content):
    procedure = Procedure.objects.get(slug="medial-branch-block")
    injected = timezone.make_aware(datetime.datetime(2026, 11, 21, 14, 0))
    with_scores = [
        (diary_rules.TimePoint.MIN_15, 3),
        (diary_rules.TimePoint.HOUR_1, 2, True),
        (diary_rules.TimePoint.HOUR_4, 5),
    ]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(timezone, "now", lambda: injected + datetime.timedelta(days=1))
        return make_pain_diary(procedure=procedure, injected_at=injected, scores=with_scores, sent=True)


def test_the_diary_start_page_is_in_spanish(client, clinic_content):
    html = client.get(DIARY).content.decode()
    assert '<html lang="es">' in html
    assert "Diario del dolor" in html and "Empezar mi diario" in html and "Sin dolor" in html
    assert_no_english(html)


def test_a_diary_in_spanish_has_spanish_labels_chart_and_dates(client, spanish_diary):
    _diary, token = spanish_diary
    html = client.get(f"{DIARY}{token}/").content.decode()
    assert_no_english(html)
    for spanish in ["Su diario del dolor", "Agregar un puntaje", "15 minutos después", "Mayor alivio",
                    "Su puntaje de dolor", "Alivio 50%", "Dolor antes", "<text", "sem</text>"]:
        assert spanish in html, spanish
    # Spanish writes day and month names in lower case: "sáb 21 nov", never "Nov".
    assert "sáb 21 nov, 2:00 p. m." in html
    assert "Nov" not in visible_text(html)


def test_the_printed_diary_is_in_spanish_with_day_month_year_dates(client, spanish_diary):
    _diary, token = spanish_diary
    html = client.get(f"{DIARY}{token}/print/").content.decode()
    assert '<html lang="es">' in html
    assert_no_english(html)
    assert "15/03/1950" in html  # the date of birth, day first
    today = timezone.localdate()
    assert f"Impreso el {today:%d/%m/%Y}." in html


def test_an_error_on_a_diary_form_is_in_spanish(client, clinic_content):
    html = client.post(DIARY, {"procedure": "nope", "injection_date": "2026-02-30", "baseline_pain": "11"}).content.decode()
    assert "Elija su procedimiento de la lista." in html
    assert "Escriba una fecha real" in html and "Escriba la hora." in html
    assert "Elija un número entero del 0 (sin dolor) al 10" in html
    assert_no_english(html)


def test_hours_of_relief_use_a_decimal_comma_in_spanish():
    from django.utils import translation

    with translation.override("es"):
        assert str(diary_rules.format_hours(3.5)) == "3,5 horas"
    assert str(diary_rules.format_hours(3.5)) == "3.5 hours"


def test_the_plan_and_its_print_sheet_are_in_spanish(client, clinic_content):
    day = timezone.localdate() + datetime.timedelta(days=10)
    html = client.get(f"/es/preparing/plan/?procedure=medial-branch-block&date={day}&time=10:00").content.decode()
    assert "Su plan: Bloqueo de la rama medial" in html
    assert_no_english(html)
    months = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
    assert f"{day.day} {months[day.month - 1]}" in html

    sheet = client.get("/es/procedures/medial-branch-block/print/").content.decode()
    assert '<html lang="es">' in sheet
    assert_no_english(sheet)
    assert "Revisado por" in sheet and " de 20" in sheet  # "el 1 de noviembre de 2026"
    assert f"Impreso el {timezone.localdate():%d/%m/%Y}." in sheet


def test_the_english_print_sheet_keeps_us_dates(client, clinic_content):
    sheet = client.get("/procedures/medial-branch-block/print/").content.decode()
    assert '<html lang="en">' in sheet
    today = timezone.localdate()
    assert f"Printed {today.month}/{today.day}/{today.year}." in sheet


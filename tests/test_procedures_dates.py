"""Dates and times as people type them (procedures.dates), and the forms that use them."""

import datetime

import pytest
from django.utils import timezone, translation

from procedures.dates import TwoDigitYears, full_year, read_date, read_time

TODAY = datetime.date(2026, 11, 25)


@pytest.mark.parametrize(
    "text,language,expected",
    [
        ("2026-12-04", "en", datetime.date(2026, 12, 4)),
        ("2026-12-04", "es", datetime.date(2026, 12, 4)),  # what date pickers send, in every language
        ("12/04/2026", "en", datetime.date(2026, 12, 4)),
        ("12/4/2026", "en", datetime.date(2026, 12, 4)),
        ("12-4-2026", "en", datetime.date(2026, 12, 4)),
        ("04/12/2026", "es", datetime.date(2026, 12, 4)),
        ("05/03/1950", "es", datetime.date(1950, 3, 5)),
        ("5.3.1950", "es", datetime.date(1950, 3, 5)),
        ("05/03/1950", "en", datetime.date(1950, 5, 3)),
        ("4/12/26", "es", datetime.date(2026, 12, 4)),
        (" 12 / 4 / 2026 ", "en", datetime.date(2026, 12, 4)),
    ],
)
def test_dates_are_read_in_the_order_the_language_writes_them(text, language, expected):
    assert read_date(text, language=language, today=TODAY) == expected


@pytest.mark.parametrize(
    "text", ["", "yesterday", "2025-02-30", "13/01/2026", "99999-01-01", "12/4", "12/4/2026/1", "12/4-2026", "0000-01-01"]
)
def test_what_is_not_a_real_date_is_none(text):
    assert read_date(text, language="en", today=TODAY) is None


def test_spanish_refuses_a_month_13_that_english_would_read_as_a_day():
    assert read_date("25/11/2026", language="es", today=TODAY) == datetime.date(2026, 11, 25)
    assert read_date("25/11/2026", language="en", today=TODAY) is None


def test_two_digit_years_are_near_today_or_in_the_past_for_a_birth_date():
    assert full_year(26, today=TODAY) == 2026
    assert full_year(27, today=TODAY) == 2027
    assert full_year(99, today=TODAY) == 1999
    assert full_year(50, today=TODAY, rule=TwoDigitYears.PAST) == 1950
    assert full_year(26, today=TODAY, rule=TwoDigitYears.PAST) == 2026
    assert full_year(27, today=TODAY, rule=TwoDigitYears.PAST) == 1927
    assert read_date("3/15/50", language="en", today=TODAY, two_digit_years=TwoDigitYears.PAST) == datetime.date(1950, 3, 15)
    assert read_date("15/3/50", language="es", today=TODAY, two_digit_years=TwoDigitYears.PAST) == datetime.date(1950, 3, 15)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("9am", datetime.time(9)),
        ("9 am", datetime.time(9)),
        ("9 AM", datetime.time(9)),
        ("9:00 a.m.", datetime.time(9)),
        ("9:00 AM", datetime.time(9)),
        ("9:00AM", datetime.time(9)),
        ("9:00 a. m.", datetime.time(9)),  # Spanish, as the site writes it
        ("9:00\u00a0a.\u00a0m.", datetime.time(9)),  # with the non-breaking spaces of formatted text
        ("2:30 p. m.", datetime.time(14, 30)),
        ("2:30 pm", datetime.time(14, 30)),
        ("2.30pm", datetime.time(14, 30)),
        ("14:30", datetime.time(14, 30)),
        ("14:30:00", datetime.time(14, 30)),
        ("14 h", datetime.time(14)),
        ("09:05", datetime.time(9, 5)),
        ("9", datetime.time(9)),
        ("12 pm", datetime.time(12)),
        ("12:15 a.m.", datetime.time(0, 15)),
        ("0:05", datetime.time(0, 5)),
    ],
)
def test_times_are_read_as_people_write_them(text, expected):
    assert read_time(text) == expected


@pytest.mark.parametrize("text", ["", "noon", "25:00", "9:75", "13 pm", "0 am", "9:00 xm", "9:0", "9::00", "1234"])
def test_what_is_not_a_time_is_none(text):
    assert read_time(text) is None


# --- the forms ------------------------------------------------------------------------------


@pytest.fixture
def spanish():
    with translation.override("es"):
        yield


def send_form(date_of_birth):
    from patients.forms import DiarySendForm

    return DiarySendForm({"patient_name": "Ruth Example", "date_of_birth": date_of_birth, "phone": "(314) 555-0100"})


def test_a_spanish_date_of_birth_is_day_first(spanish):
    form = send_form("05/03/1950")
    assert form.is_valid(), form.errors
    assert form.cleaned_data["date_of_birth"] == datetime.date(1950, 3, 5)


def test_an_english_date_of_birth_with_a_two_digit_year_is_in_the_past():
    form = send_form("3/15/50")
    assert form.is_valid(), form.errors
    assert form.cleaned_data["date_of_birth"] == datetime.date(1950, 3, 15)


def test_a_date_of_birth_too_far_back_says_so():
    form = send_form("01/01/1800")
    assert not form.is_valid()
    assert form.errors["date_of_birth"] == [
        "Check the year of your date of birth: this date is more than 120 years ago."
    ]
    assert "in the past" in send_form("01/01/2999").errors["date_of_birth"][0]


def test_the_spanish_date_message_shows_the_day_first(spanish):
    errors = send_form("31/31/1950").errors["date_of_birth"]
    assert errors == ["Escriba una fecha real, como 15/03/1956 (día, mes, año)."]


@pytest.mark.django_db
@pytest.mark.parametrize("typed", ["9am", "9 am", "9:00 a.m.", "9:00 AM", "9:00 a. m.", "09:00"])
def test_the_plan_and_diary_forms_take_times_as_people_write_them(typed):
    from patients.forms import DiaryStartForm
    from procedures.forms import PlanForm
    from tests.factories import ProcedureFactory

    procedure = ProcedureFactory()
    now = timezone.now()
    tomorrow = (timezone.localdate() + datetime.timedelta(days=1)).isoformat()
    plan = PlanForm({"procedure": procedure.slug, "date": tomorrow, "time": typed}, now=now)
    assert plan.is_valid(), plan.errors
    assert plan.cleaned_data["time"] == datetime.time(9)
    start = DiaryStartForm(
        {"procedure": procedure.slug, "injection_date": timezone.localdate().isoformat(), "injection_time": typed,
         "baseline_pain": "5"},
        now=now,
    )
    assert start.is_valid(), start.errors
    assert timezone.localtime(start.cleaned_data["injected_at"]).time() == datetime.time(9)


@pytest.mark.django_db
def test_a_spanish_plan_reads_the_day_first(client):
    from tests.factories import ProcedureFactory

    procedure = ProcedureFactory()
    ahead = timezone.localdate() + datetime.timedelta(days=40)
    response = client.get(
        "/es/preparing/plan/", {"procedure": procedure.slug, "date": ahead.strftime("%d/%m/%Y"), "time": "9:00 a. m."}
    )
    assert response.status_code == 200
    assert response.context["appointment"].date() == ahead

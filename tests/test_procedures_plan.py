"""My procedure plan: step timings mapped to the patient's dates, the page, and the .ics."""

import datetime

import pytest
from icalendar import Calendar

from procedures import plan
from procedures.models import CLINIC_TIME_ZONE, AftercareStep, PreparationStep, Procedure
from tests.factories import AftercareStepFactory, PreparationStepFactory, ProcedureFactory

PLAN_URL = "/preparing/plan/"
ICS_URL = "/preparing/plan/calendar.ics"


def at(day, hour, minute=0, month=12, year=2025):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=CLINIC_TIME_ZONE)


def steps():
    P, A = PreparationStep.Timing, AftercareStep.Timing
    return (
        [
            PreparationStep(timing=P.DAYS_BEFORE, title="Arrange a driver", order=1),
            PreparationStep(timing=P.DAY_BEFORE, title="Pack what to bring", order=2),
            PreparationStep(timing=P.DAY_OF, title="Dress for comfort and arrive early", order=3),
        ],
        [
            AftercareStep(timing=A.RIGHT_AFTER, title="Rest for a short time"),
            AftercareStep(timing=A.FIRST_24_HOURS, title="Keep moving gently"),
            AftercareStep(timing=A.NEXT_DAY, title="Take our follow-up call", details="We **will** call you."),
            AftercareStep(timing=A.FOLLOWING_WEEKS, title="Plan your next step"),
        ],
    )


def make_plan(appointment, now):
    preparation, aftercare = steps()
    return plan.build_plan(
        procedure=Procedure(name="Medial branch block", slug="medial-branch-block"),
        appointment=appointment,
        now=now,
        preparation_steps=preparation,
        aftercare_steps=aftercare,
    )


# --- the mapping, worked by hand -------------------------------------------------------

def test_each_timing_lands_on_its_date_for_a_thursday_9_am_appointment():
    groups = make_plan(at(4, 9), now=at(20, 12, month=11))
    by_key = {group.key: group for group in groups}
    assert [g.key for g in groups] == ["week-before", "day-before", "visit", "first-day", "next-day", "weeks-after"]
    assert by_key["week-before"].starts == at(27, 9, month=11)  # Thu 27 Nov, 9:00 a.m.
    assert by_key["day-before"].starts == at(3, 18)  # Wed 3 Dec, 6:00 p.m.
    assert by_key["visit"].starts == at(4, 8, 30)  # arrive 30 minutes early
    assert by_key["visit"].ends == at(4, 11)
    assert by_key["first-day"].starts == at(4, 11)
    assert by_key["next-day"].starts == at(5, 9)  # "the clinic calls you"
    assert by_key["weeks-after"].starts == at(11, 9)
    assert [s.title for s in by_key["week-before"].steps] == ["Arrange a driver"]
    assert [(label, [s.title for s in ss]) for label, ss in by_key["visit"].sections] == [
        ("Before you leave home", ["Dress for comfort and arrive early"]),
        ("Right after the injection", ["Rest for a short time"]),
    ]
    assert by_key["week-before"].heading == "Thu 27 Nov: about a week before"
    assert by_key["visit"].heading == "Thu 4 Dec, 8:30 a.m.: arrive for your Medial branch block at 9:00 a.m."
    assert not any(group.as_soon_as_you_can for group in groups)


def test_a_reminder_that_would_be_in_the_past_becomes_as_soon_as_you_can():
    # Booked on Monday 1 Dec, 10:07 a.m., for Thursday: "a week before" has gone by.
    groups = make_plan(at(4, 9), now=at(1, 10, 7))
    first = groups[0]
    assert first.key == "week-before" and first.as_soon_as_you_can
    assert first.starts == at(1, 10, 15)  # the next quarter hour
    assert first.heading == "As soon as you can"
    assert not any(g.as_soon_as_you_can for g in groups[1:])


def test_times_are_clinic_time_across_the_end_of_daylight_saving():
    # Clocks go back on Sun 2 Nov 2025. A week before Sat 8 Nov 9:00 a.m. is still
    # 9:00 a.m. on the wall clock (Sat 1 Nov, daylight time).
    groups = make_plan(at(8, 9, month=11), now=at(20, 9, month=10))
    week_before = groups[0].starts
    assert (week_before.day, week_before.hour) == (1, 9)
    assert week_before.utcoffset() == datetime.timedelta(hours=-5)
    assert groups[2].starts.utcoffset() == datetime.timedelta(hours=-6)


def test_groups_without_steps_are_left_out_but_the_visit_stays():
    groups = plan.build_plan(
        procedure=Procedure(name="X", slug="x"), appointment=at(4, 9), now=at(1, 9),
        preparation_steps=[], aftercare_steps=[],
    )
    assert [g.key for g in groups] == ["visit"]


def test_plain_text_drops_markdown_markers():
    assert plan.plain_text("**Never stop one** unless told.\n- Bring ID") == "Never stop one unless told. Bring ID"


# --- the calendar file ------------------------------------------------------------------

def test_calendar_is_valid_icalendar_with_a_chicago_vtimezone_and_one_reminder_per_event():
    appointment = at(4, 9)
    groups = make_plan(appointment, now=at(20, 12, month=11))
    body = plan.plan_calendar(
        procedure=Procedure(name="Medial branch block", slug="medial-branch-block"),
        appointment=appointment, groups=groups, now=at(20, 12, month=11),
        clinic_name="Gateway Spine", clinic_phone="(314) 555-0140", domain="clinic.example",
    )
    assert body.startswith(b"BEGIN:VCALENDAR\r\n") and body.endswith(b"END:VCALENDAR\r\n")
    assert all(len(line) <= 75 for line in body.split(b"\r\n"))  # RFC 5545 folds at 75 octets
    calendar = Calendar.from_ical(body)
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    timezones = calendar.walk("VTIMEZONE")
    assert [str(tz["TZID"]) for tz in timezones] == ["America/Chicago"]
    assert timezones[0].walk("STANDARD") and timezones[0].walk("DAYLIGHT")
    events = calendar.walk("VEVENT")
    assert len(events) == len(groups) == 6
    for event, group in zip(events, groups):
        start = event.decoded("DTSTART")
        assert start == group.starts and str(start.tzinfo) == "America/Chicago"
        assert event["DTSTART"].params["TZID"] == "America/Chicago"
        assert event.decoded("DTEND") > start
        assert event["UID"].endswith("@clinic.example") and event["DTSTAMP"]
        alarms = event.walk("VALARM")
        assert len(alarms) == 1 and alarms[0]["ACTION"] == "DISPLAY"
    visit = events[2]
    assert visit["SUMMARY"] == "Your Medial branch block (arrive by 8:30 a.m.)"
    assert visit["LOCATION"] == "Gateway Spine"
    assert visit.walk("VALARM")[0].decoded("TRIGGER") == -datetime.timedelta(hours=2)
    assert "Dress for comfort and arrive early" in visit["DESCRIPTION"]
    assert "We will call you." in events[4]["DESCRIPTION"] and "**" not in events[4]["DESCRIPTION"]
    assert len({str(e["UID"]) for e in events}) == 6


def test_the_same_plan_made_twice_keeps_its_event_ids():
    def uids(now):
        groups = make_plan(at(4, 9), now=now)
        body = plan.plan_calendar(procedure=Procedure(name="M", slug="m"), appointment=at(4, 9), groups=groups, now=now)
        return [str(e["UID"]) for e in Calendar.from_ical(body).walk("VEVENT")]

    assert uids(at(20, 12, month=11)) == uids(at(21, 8, month=11))


# --- the page and the download -----------------------------------------------------------

@pytest.fixture
def procedure(db):
    procedure = ProcedureFactory(name="Medial branch block", slug="medial-branch-block", purpose=Procedure.Purpose.DIAGNOSTIC)
    PreparationStepFactory(procedure=procedure, timing=PreparationStep.Timing.DAYS_BEFORE, title="Arrange a driver")
    PreparationStepFactory(procedure=procedure, timing=PreparationStep.Timing.DAY_OF, title="Arrive early")
    AftercareStepFactory(procedure=procedure, timing=AftercareStep.Timing.NEXT_DAY, title="Take our follow-up call")
    return procedure


def future_query(days=10, time="09:00", slug="medial-branch-block"):
    from django.utils import timezone

    day = timezone.localdate() + datetime.timedelta(days=days)
    return {"procedure": slug, "date": day.isoformat(), "time": time}


def test_plan_page_lists_the_steps_on_dated_headings(client, procedure):
    response = client.get(PLAN_URL, future_query())
    html = response.content.decode()
    assert response.status_code == 200
    assert "Your plan: Medial branch block" in html
    for title in ["Arrange a driver", "Arrive early", "Take our follow-up call"]:
        assert title in html
    assert "8:30 a.m.: arrive for your Medial branch block at 9:00 a.m." in html
    assert 'href="/preparing/plan/calendar.ics?procedure=medial-branch-block&amp;date=' in html
    assert "/after-your-procedure/pain-diary/?procedure=medial-branch-block" not in html  # no first-day steps here


def test_plan_page_without_input_shows_the_form_and_preselects_from_the_link(client, procedure):
    html = client.get(PLAN_URL, {"procedure": "medial-branch-block"}).content.decode()
    assert '<option value="medial-branch-block" selected>' in html
    assert "Please check what you entered" not in html and "Your plan:" not in html


def test_ics_download(client, procedure):
    response = client.get(ICS_URL, future_query())
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="medial-branch-block-')
    calendar = Calendar.from_ical(response.content)
    assert len(calendar.walk("VEVENT")) == 3  # week before, visit, next day
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["America/Chicago"]


def test_nothing_is_stored(client, procedure, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        client.get(PLAN_URL, future_query())
        client.get(ICS_URL, future_query())
    writes = [q["sql"] for q in queries.captured_queries if q["sql"].split()[0].upper() in {"INSERT", "UPDATE", "DELETE"}]
    assert writes == []


@pytest.mark.parametrize(
    "overrides,message",
    [
        ({"date": "2025-02-30"}, "Enter a real date"),
        ({"date": "soon"}, "Enter a real date"),
        ({"date": "99999-12-01"}, "Enter a real date"),
        ({"date": "2000-01-01"}, "This date has passed"),
        ({"time": "3:00"}, "Choose a time between 6:00 a.m. and 8:00 p.m."),
        ({"time": "noon"}, "Enter a real time"),
        ({"time": "24:30"}, "Enter a real time"),
        ({"procedure": "no-such-thing"}, "Choose your procedure from the list"),
        ({"procedure": ""}, "Choose your procedure from the list"),
        ({"date": ""}, "Enter the date"),
    ],
)
def test_bad_input_gets_the_form_back_with_a_message_never_a_500(client, procedure, overrides, message):
    query = {**future_query(), **overrides}
    page = client.get(PLAN_URL, query)
    assert page.status_code == 200
    assert message in page.content.decode() and "Your plan:" not in page.content.decode()
    download = client.get(ICS_URL, query)
    assert download.status_code == 400
    assert message in download.content.decode()


def test_a_date_more_than_a_year_ahead_is_refused(client, procedure):
    html = client.get(PLAN_URL, future_query(days=400)).content.decode()
    assert "Choose a date within the next year" in html


def test_an_unpublished_procedure_cannot_be_planned(client, procedure):
    ProcedureFactory(slug="hidden", is_published=False)
    assert "Choose your procedure from the list" in client.get(PLAN_URL, future_query(slug="hidden")).content.decode()


def test_preparing_guide_and_procedure_page_link_to_the_plan(client, clinic_content):
    guide = client.get("/preparing/").content.decode()
    assert 'href="/preparing/plan/"' in guide
    page = client.get("/procedures/nerve-root-block/").content.decode()
    assert 'href="/preparing/plan/?procedure=nerve-root-block"' in page
    assert page.index('id="preparation"') < page.index("/preparing/plan/?procedure=") < page.index('id="aftercare"')
    assert 'href="/procedures/nerve-root-block/print/"' in page


def test_the_shipped_content_makes_a_full_plan(client, clinic_content):
    html = client.get(PLAN_URL, future_query(slug="medial-branch-block")).content.decode()
    assert "Keep a pain diary." in html
    assert html.count('class="checklist__item"') == (
        Procedure.objects.get(slug="medial-branch-block").preparation_steps.count()
        + Procedure.objects.get(slug="medial-branch-block").aftercare_steps.count()
    )


@pytest.mark.parametrize("slug", ["\x00", "nerve\x00root", "a" * 500])
def test_odd_procedure_values_are_a_form_error_on_every_database(client, procedure, slug):
    assert client.get(PLAN_URL, {"procedure": slug}).status_code == 200
    page = client.get(PLAN_URL, future_query(slug=slug))
    assert page.status_code == 200 and "Choose your procedure from the list" in page.content.decode()
    assert client.get(ICS_URL, future_query(slug=slug)).status_code == 400

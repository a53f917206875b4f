"""Open now / closed, in the clinic's own time zone, across weekdays, closing time and DST."""

import datetime
import zoneinfo

import pytest

from tests.factories import OfficeFactory, OpeningHoursFactory

pytestmark = pytest.mark.django_db
CHICAGO = zoneinfo.ZoneInfo("America/Chicago")
UTC = datetime.timezone.utc


@pytest.fixture
def office():
    office = OfficeFactory()
    for weekday in range(5):  # Monday to Friday, 8:00 to 16:30
        OpeningHoursFactory(office=office, weekday=weekday, opens=datetime.time(8), closes=datetime.time(16, 30))
    return office


def at(year, month, day, hour, minute=0, tz=CHICAGO):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=tz)


def test_open_during_hours_on_a_weekday(office):
    assert office.is_open_at(at(2026, 11, 23, 10))  # Monday


def test_closed_at_closing_time_and_open_at_opening_time(office):
    assert office.is_open_at(at(2026, 11, 23, 8, 0))
    assert office.is_open_at(at(2026, 11, 23, 16, 29))
    assert not office.is_open_at(at(2026, 11, 23, 16, 30))
    assert not office.is_open_at(at(2026, 11, 23, 7, 59))


def test_closed_on_the_weekend(office):
    assert not office.is_open_at(at(2026, 11, 28, 10))  # Saturday
    assert not office.is_open_at(at(2026, 11, 29, 10))  # Sunday


def test_utc_moment_is_read_in_clinic_time(office):
    # 15:00 UTC on Monday 23 Nov is 9:00 in St. Louis (CST, UTC-6): open.
    assert office.is_open_at(datetime.datetime(2026, 11, 23, 15, 0, tzinfo=UTC))
    # 13:30 UTC is 7:30 in St. Louis: not yet open.
    assert not office.is_open_at(datetime.datetime(2026, 11, 23, 13, 30, tzinfo=UTC))


def test_daylight_saving_time_shifts_the_utc_hours(office):
    # Summer (CDT, UTC-5): 13:30 UTC is 8:30 local, open. Winter (CST): 7:30, closed.
    assert office.is_open_at(datetime.datetime(2026, 7, 6, 13, 30, tzinfo=UTC))
    assert not office.is_open_at(datetime.datetime(2026, 1, 5, 13, 30, tzinfo=UTC))
    # The Monday after DST starts (8 March 2026) and ends (1 November 2026).
    assert office.is_open_at(datetime.datetime(2026, 3, 9, 13, 0, tzinfo=UTC))  # 8:00 CDT
    assert not office.is_open_at(datetime.datetime(2026, 11, 2, 13, 0, tzinfo=UTC))  # 7:00 CST


def test_status_sentences(office):
    assert office.open_status(at(2026, 11, 23, 10)) == (True, "Open now, until 4:30 p.m.")
    assert office.open_status(at(2026, 11, 23, 7)) == (False, "Closed — opens today 8:00 a.m.")
    assert office.open_status(at(2026, 11, 23, 18)) == (False, "Closed — opens tomorrow 8:00 a.m.")
    assert office.open_status(at(2026, 11, 27, 17)) == (False, "Closed — opens Monday 8:00 a.m.")


def test_office_without_hours_is_closed():
    office = OfficeFactory()
    assert not office.is_open_at(at(2026, 11, 23, 10))
    assert office.open_status(at(2026, 11, 23, 10)) == (False, "Closed")


def test_split_day_hours(office):
    OpeningHoursFactory(office=office, weekday=5, opens=datetime.time(9), closes=datetime.time(12))
    OpeningHoursFactory(office=office, weekday=5, opens=datetime.time(13), closes=datetime.time(15))
    assert office.is_open_at(at(2026, 11, 28, 9, 30))
    assert not office.is_open_at(at(2026, 11, 28, 12, 30))
    assert office.open_status(at(2026, 11, 28, 12, 30)) == (False, "Closed — opens today 1:00 p.m.")

"""My procedure plan: a procedure's preparation and aftercare steps laid out on the
patient's own dates, and the same plan as an iCalendar (.ics) file. Nothing is stored.

How each step timing becomes a date and time (clinic time, America/Chicago):

  Preparation, "Days before"      a week before the appointment, 9:00 a.m. A week leaves
                                  time to hear back about blood thinners, which some
                                  people stop several days ahead (the clinic decides).
  Preparation, "The day before"   the evening before, 6:00 p.m.
  Preparation, "The day of"       30 minutes before the appointment (arrive early),
                                  together with the appointment itself.
  Aftercare, "Right after"        at the clinic, straight after the injection: listed
                                  with the visit.
  Aftercare, "First 24 hours"     2 hours after the appointment starts, when most people
                                  are home (the visit takes 1 to 2 hours).
  Aftercare, "Next day"           the day after, 9:00 a.m. (the clinic's follow-up call).
  Aftercare, "Following weeks"    a week after, 9:00 a.m.

A reminder that would fall before the moment the plan is made (an appointment booked
for next Tuesday has no "a week before") is moved to "as soon as you can": the next
quarter hour. Groups with no steps are left out, except the visit itself.
"""

import dataclasses
import datetime
import hashlib

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from icalendar import Alarm, Calendar, Event

from procedures.models import CLINIC_TIME_ZONE, AftercareStep, PreparationStep, format_clock

WEEK_BEFORE = datetime.timedelta(days=7)
MORNING = datetime.time(9, 0)
EVENING = datetime.time(18, 0)
ARRIVE_EARLY = datetime.timedelta(minutes=30)
VISIT_LENGTH = datetime.timedelta(hours=2)  # "plan on 1-2 hours at the office"
HOME_AFTER = datetime.timedelta(hours=2)
REMINDER_LENGTH = datetime.timedelta(minutes=15)
# Patients are seen in the daytime; this also keeps appointments clear of the 2 a.m.
# daylight-saving changes.
EARLIEST_APPOINTMENT = datetime.time(6, 0)
LATEST_APPOINTMENT = datetime.time(20, 0)
PLAN_MAX_DAYS_AHEAD = 365


@dataclasses.dataclass(frozen=True)
class PlanGroup:
    """Steps done at one moment: one block on the page, one event in the calendar."""

    key: str
    starts: datetime.datetime
    ends: datetime.datetime
    heading: str
    summary: str
    steps: tuple
    sections: tuple = ()  # (label, steps) when a group joins two timings
    as_soon_as_you_can: bool = False
    alarm_before: datetime.timedelta = datetime.timedelta(0)

    @property
    def all_steps(self):
        return self.steps + tuple(step for _label, steps in self.sections for step in steps)


def clinic_time(day, clock):
    return datetime.datetime.combine(day, clock, tzinfo=CLINIC_TIME_ZONE)


def day_text(moment):
    """'Thu 4 Dec' in English, 'jue 4 dic' in Spanish (which writes months in lower case)."""
    # Translators: a date format (Django's date filter letters), as in "Thu 4 Dec".
    return date_format(moment.astimezone(CLINIC_TIME_ZONE), pgettext("short day and month", "D j M"))


def _next_quarter_hour(now):
    local = now.astimezone(CLINIC_TIME_ZONE).replace(second=0, microsecond=0)
    return local + datetime.timedelta(minutes=15 - local.minute % 15)


def _steps(steps, timing):
    return tuple(step for step in steps if step.timing == timing)


def build_plan(*, procedure, appointment, now, preparation_steps=None, aftercare_steps=None):
    """The patient's plan as PlanGroups in time order.

    `appointment` and `now` are aware datetimes. The step lists default to the
    procedure's own (pass prefetched lists to save queries).
    """
    appointment = appointment.astimezone(CLINIC_TIME_ZONE)
    preparation = list(procedure.preparation_steps.all() if preparation_steps is None else preparation_steps)
    aftercare = list(procedure.aftercare_steps.all() if aftercare_steps is None else aftercare_steps)
    soonest = _next_quarter_hour(now)
    day = appointment.date()
    name = procedure.name
    groups = []

    def reminder(key, starts, heading, summary, steps, **extra):
        if not steps and not extra.get("sections"):
            return
        late = starts < soonest
        if late:
            starts = soonest
            heading = _("As soon as you can")
        groups.append(
            PlanGroup(
                key=key,
                starts=starts,
                ends=starts + REMINDER_LENGTH,
                heading=heading,
                summary=summary,
                steps=steps,
                as_soon_as_you_can=late,
                **extra,
            )
        )

    week_before = clinic_time(day - WEEK_BEFORE, MORNING)
    reminder(
        "week-before",
        week_before,
        _("%(day)s: about a week before") % {"day": day_text(week_before)},
        _("A week until your %(procedure)s: get ready") % {"procedure": name},
        _steps(preparation, PreparationStep.Timing.DAYS_BEFORE),
    )
    evening_before = clinic_time(day - datetime.timedelta(days=1), EVENING)
    reminder(
        "day-before",
        evening_before,
        _("%(day)s, evening: the day before") % {"day": day_text(evening_before)},
        _("Tomorrow: your %(procedure)s") % {"procedure": name},
        _steps(preparation, PreparationStep.Timing.DAY_BEFORE),
    )
    arrive = appointment - ARRIVE_EARLY
    groups.append(
        PlanGroup(
            key="visit",
            starts=arrive,
            ends=appointment + VISIT_LENGTH,
            heading=_("%(day)s, %(time)s: arrive for your %(procedure)s at %(appointment)s")
            % {
                "day": day_text(arrive),
                "time": format_clock(arrive.time()),
                "procedure": name,
                "appointment": format_clock(appointment.time()),
            },
            summary=_("Your %(procedure)s (arrive by %(time)s)") % {"procedure": name, "time": format_clock(arrive.time())},
            steps=(),
            sections=tuple(
                (label, steps)
                for label, steps in (
                    (_("Before you leave home"), _steps(preparation, PreparationStep.Timing.DAY_OF)),
                    (_("Right after the injection"), _steps(aftercare, AftercareStep.Timing.RIGHT_AFTER)),
                )
                if steps
            ),
            alarm_before=datetime.timedelta(hours=2),
        )
    )
    home = appointment + HOME_AFTER
    reminder(
        "first-day",
        home,
        _("%(day)s, %(time)s: the first 24 hours") % {"day": day_text(home), "time": format_clock(home.time())},
        _("After your %(procedure)s: the first 24 hours") % {"procedure": name},
        _steps(aftercare, AftercareStep.Timing.FIRST_24_HOURS),
    )
    next_day = clinic_time(day + datetime.timedelta(days=1), MORNING)
    reminder(
        "next-day",
        next_day,
        _("%(day)s: the next day") % {"day": day_text(next_day)},
        _("The day after your %(procedure)s") % {"procedure": name},
        _steps(aftercare, AftercareStep.Timing.NEXT_DAY),
    )
    weeks_after = clinic_time(day + WEEK_BEFORE, MORNING)
    reminder(
        "weeks-after",
        weeks_after,
        _("From %(day)s: the following weeks") % {"day": day_text(weeks_after)},
        _("A week after your %(procedure)s") % {"procedure": name},
        _steps(aftercare, AftercareStep.Timing.FOLLOWING_WEEKS),
    )
    return sorted(groups, key=lambda group: group.starts)


def plain_text(markdown_text):
    """Editor Markdown as plain text for a calendar: bold markers and bullets dropped."""
    lines = [line.strip().removeprefix("- ").replace("**", "") for line in (markdown_text or "").splitlines()]
    return " ".join(line for line in lines if line)


def plan_calendar(*, procedure, appointment, groups, now, clinic_name="", clinic_phone="", domain="clinic.example"):
    """The plan as an RFC 5545 calendar (bytes): one event per group, each with a
    reminder, times in America/Chicago with its VTIMEZONE.

    Event UIDs come from the procedure, the appointment and the group, so importing the
    same plan twice updates the events instead of doubling them.
    """
    calendar = Calendar()
    calendar.add("prodid", f"-//{clinic_name or 'Clinic'}//My procedure plan//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", _("My %(procedure)s plan") % {"procedure": procedure.name})
    stamp = now.astimezone(datetime.timezone.utc).replace(microsecond=0)
    for group in groups:
        event = Event()
        seed = f"{procedure.slug}|{appointment.astimezone(datetime.timezone.utc).isoformat()}|{group.key}"
        event.add("uid", f"{hashlib.sha256(seed.encode()).hexdigest()[:32]}@{domain}")
        event.add("dtstamp", stamp)
        event.add("dtstart", group.starts)
        event.add("dtend", group.ends)
        event.add("summary", group.summary)
        lines = []
        for step in group.steps:
            lines.append(f"- {step.title}: {plain_text(step.details)}".rstrip(": "))
        for label, steps in group.sections:
            lines.append(f"{label}:")
            lines.extend(f"- {step.title}: {plain_text(step.details)}".rstrip(": ") for step in steps)
        if clinic_phone:
            lines.append(_("Questions? Call %(clinic)s at %(phone)s. Emergency: call 911.") % {"clinic": clinic_name, "phone": clinic_phone})
        event.add("description", "\n".join(lines))
        if group.key == "visit" and clinic_name:
            event.add("location", clinic_name)
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", group.summary)
        alarm.add("trigger", -group.alarm_before)
        event.add_component(alarm)
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()

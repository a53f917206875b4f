"""The pain diary's rules: when each score is due, and the relief maths clinics read.

After a diagnostic injection the clinic wants two figures: how much the pain eased
(relief, as a percentage of the pain before the injection) and for how long. Clinics
read a block as positive at 50 % relief, and many look for 80 %, so the summary gives
the hours spent at or above both thresholds.

The rules, in plain words:

- Relief at a reading = (pain before − pain now) ÷ pain before × 100, kept between 0 and
  100. Pain worse than before counts as 0 % relief (and is flagged as worse).
- With pain 0 before the injection there is nothing to relieve: relief cannot be worked
  out and every relief figure is None (the page says so instead of showing 0 %).
- Time at or above a threshold is counted between readings only: when two readings in a
  row both reach the threshold, the time between them counts. Relief is never assumed
  before the first reading or after the last, and time points left empty are simply
  skipped, so the figure is never larger than what the patient saw.
- Pain medicine taken (ticked, or named in the medicines box) may blur the result from
  that reading on; inside the first 8 hours it blurs the diagnostic window itself.

Everything here is plain Python on numbers and text, so it is unit tested without a
database.
"""

import dataclasses
import datetime
import re
import unicodedata

from django.db import models
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from procedures.models import CLINIC_TIME_ZONE

PAIN_MIN = 0
PAIN_MAX = 10
RELIEF_THRESHOLDS = (50, 80)
# Clinics ask patients to avoid extra pain medicine for at least the first 6-8 hours:
# that is the window in which a diagnostic block is read.
DIAGNOSTIC_WINDOW_HOURS = 8
# A "next morning" reading is due at this clinic-time hour on the day after.
NEXT_MORNING_HOUR = 8


class TimePoint(models.TextChoices):
    """The moments after the injection at which the patient scores their pain."""

    MIN_15 = "15m", _("15 minutes after")
    MIN_30 = "30m", _("30 minutes after")
    HOUR_1 = "1h", _("1 hour after")
    HOUR_2 = "2h", _("2 hours after")
    HOUR_4 = "4h", _("4 hours after")
    HOUR_6 = "6h", _("6 hours after")
    HOUR_8 = "8h", _("8 hours after")
    NEXT_MORNING = "next_morning", _("The next morning")
    DAY_2 = "day_2", _("Day 2")
    DAY_3 = "day_3", _("Day 3")
    WEEK_1 = "1w", _("1 week after")
    WEEK_2 = "2w", _("2 weeks after")


# Fixed offsets after the injection; NEXT_MORNING depends on the clock (see moment_for).
_OFFSETS = {
    TimePoint.MIN_15: datetime.timedelta(minutes=15),
    TimePoint.MIN_30: datetime.timedelta(minutes=30),
    TimePoint.HOUR_1: datetime.timedelta(hours=1),
    TimePoint.HOUR_2: datetime.timedelta(hours=2),
    TimePoint.HOUR_4: datetime.timedelta(hours=4),
    TimePoint.HOUR_6: datetime.timedelta(hours=6),
    TimePoint.HOUR_8: datetime.timedelta(hours=8),
    TimePoint.DAY_2: datetime.timedelta(days=2),
    TimePoint.DAY_3: datetime.timedelta(days=3),
    TimePoint.WEEK_1: datetime.timedelta(days=7),
    TimePoint.WEEK_2: datetime.timedelta(days=14),
}

# Short labels for the chart's time axis, where space is tight.
SHORT_LABELS = {
    TimePoint.MIN_15: _("15 min"),
    TimePoint.MIN_30: _("30 min"),
    TimePoint.HOUR_1: _("1 h"),
    TimePoint.HOUR_2: _("2 h"),
    TimePoint.HOUR_4: _("4 h"),
    TimePoint.HOUR_6: _("6 h"),
    TimePoint.HOUR_8: _("8 h"),
    TimePoint.NEXT_MORNING: _("Next a.m."),
    TimePoint.DAY_2: _("Day 2"),
    TimePoint.DAY_3: _("Day 3"),
    TimePoint.WEEK_1: _("1 wk"),
    TimePoint.WEEK_2: _("2 wk"),
}

# Readings up to 8 hours may be entered a little early (a watch is never exact); later
# ones from the start of their day.
_EARLY_GRACE = datetime.timedelta(minutes=10)


def moment_for(*, point, injected_at):
    """When `point` is due, as an aware datetime in clinic time.

    The next morning is 8:00 a.m. on the calendar day after the injection, which always
    falls after the 8-hour reading and before day 2, so the points stay in order.
    """
    local = injected_at.astimezone(CLINIC_TIME_ZONE)
    if point == TimePoint.NEXT_MORNING:
        day = local.date() + datetime.timedelta(days=1)
        return datetime.datetime.combine(
            day, datetime.time(NEXT_MORNING_HOUR), tzinfo=CLINIC_TIME_ZONE
        )
    # Python adds a timedelta to an aware datetime on the wall clock, which would be an
    # hour off across a daylight-saving change; add real elapsed time in UTC instead.
    return (injected_at.astimezone(datetime.timezone.utc) + _OFFSETS[TimePoint(point)]).astimezone(CLINIC_TIME_ZONE)


def hours_after(*, point, injected_at):
    """Real hours from the injection to `point` (UTC, so a clock change cannot skew it)."""
    utc = datetime.timezone.utc
    moment = moment_for(point=point, injected_at=injected_at)
    return (moment.astimezone(utc) - injected_at.astimezone(utc)).total_seconds() / 3600


def can_record_from(*, point, injected_at):
    """The earliest moment a reading for `point` is accepted."""
    moment = moment_for(point=point, injected_at=injected_at)
    if point in (TimePoint.NEXT_MORNING, TimePoint.DAY_2, TimePoint.DAY_3, TimePoint.WEEK_1, TimePoint.WEEK_2):
        return datetime.datetime.combine(moment.date(), datetime.time(0), tzinfo=CLINIC_TIME_ZONE)
    return moment - _EARLY_GRACE


def suggested_point(*, injected_at, now, recorded):
    """The time point the entry form offers first.

    The latest point already due that has no score yet; when every due point has one,
    the latest due point (to correct it); before the first is due, the first point.
    """
    due = [p for p in TimePoint if can_record_from(point=p, injected_at=injected_at) <= now]
    if not due:
        return TimePoint.MIN_15
    open_points = [p for p in due if p not in recorded]
    return open_points[-1] if open_points else due[-1]


def next_due(*, injected_at, now, recorded):
    """(point, moment) of the next point not yet due and not yet scored, or None."""
    for point in TimePoint:
        moment = moment_for(point=point, injected_at=injected_at)
        if point not in recorded and moment > now:
            return point, moment
    return None


def check_pain(pain):
    if isinstance(pain, bool) or not isinstance(pain, int) or not PAIN_MIN <= pain <= PAIN_MAX:
        raise ValueError(f"A pain score is a whole number from {PAIN_MIN} to {PAIN_MAX}, not {pain!r}.")
    return pain


def relief_percent(*, baseline, pain):
    """Relief from `baseline` to `pain`, 0-100, or None when the baseline is 0."""
    check_pain(baseline)
    check_pain(pain)
    if baseline == 0:
        return None
    return max(0.0, (baseline - pain) * 100 / baseline)


def reaches(*, baseline, pain, threshold):
    """Whether relief reaches `threshold` percent, in exact integer arithmetic.

    (baseline − pain) / baseline ≥ threshold / 100 without a float, so 50 % of a
    baseline of 10 is exactly 50 % and never 49.999….
    """
    if baseline == 0:
        return False
    return (baseline - pain) * 100 >= threshold * baseline


# Pain relievers people take "as needed", by generic and US brand name, with a few
# Spanish words. Usual daily medicines a patient was told to keep taking are not the
# concern; extra pain medicine is. The tick box is the main signal; the names catch a
# patient who wrote "2 Advil" and did not tick it.
PAIN_MEDICINE_WORDS = (
    "acetaminophen", "paracetamol", "tylenol", "ibuprofen", "advil", "motrin", "naproxen",
    "aleve", "aspirin", "excedrin", "diclofenac", "voltaren", "celecoxib", "celebrex",
    "meloxicam", "mobic", "ketorolac", "toradol", "tramadol", "ultram", "oxycodone",
    "oxycontin", "percocet", "hydrocodone", "norco", "vicodin", "morphine", "codeine",
    "hydromorphone", "dilaudid", "tapentadol", "nucynta", "fentanyl",
    "painkiller", "painkillers", "pain pill", "pain pills", "pain medicine",
    "pain medication", "pain reliever", "analgesico", "calmante", "para el dolor",
)
_PAIN_MEDICINE_RE = re.compile(
    r"\b(" + "|".join(re.escape(word) for word in PAIN_MEDICINE_WORDS) + r")\b"
)


def mentions_pain_medicine(text):
    """Whether free text names a pain reliever (case and accents ignored)."""
    plain = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode().lower()
    return bool(_PAIN_MEDICINE_RE.search(plain))


@dataclasses.dataclass(frozen=True)
class Reading:
    """One pain score, `hours` after the injection."""

    hours: float
    pain: int
    took_pain_medicine: bool = False
    medicines: str = ""
    label: str = ""
    key: str = ""

    @property
    def pain_medicine(self):
        return self.took_pain_medicine or mentions_pain_medicine(self.medicines)


@dataclasses.dataclass(frozen=True)
class PointResult:
    reading: Reading
    relief: float | None
    worse_than_before: bool

    @property
    def relief_rounded(self):
        return None if self.relief is None else round(self.relief)


@dataclasses.dataclass(frozen=True)
class Summary:
    """What the clinic reads off a diary."""

    baseline: int
    points: tuple
    peak_relief: float | None
    peak_at: Reading | None
    hours_at_or_above: dict
    medicine_readings: tuple

    @property
    def relief_measurable(self):
        return self.baseline > 0

    @property
    def peak_relief_rounded(self):
        return None if self.peak_relief is None else round(self.peak_relief)

    @property
    def hours_50(self):
        return self.hours_at_or_above[50]

    @property
    def hours_80(self):
        return self.hours_at_or_above[80]

    @property
    def first_pain_medicine(self):
        return self.medicine_readings[0] if self.medicine_readings else None

    @property
    def medicine_in_diagnostic_window(self):
        first = self.first_pain_medicine
        return first is not None and first.hours <= DIAGNOSTIC_WINDOW_HOURS


def hours_at_or_above(*, baseline, readings, threshold):
    """Hours between consecutive readings that both reach `threshold` % relief."""
    ordered = sorted(readings, key=lambda r: r.hours)
    total = 0.0
    for earlier, later in zip(ordered, ordered[1:]):
        if reaches(baseline=baseline, pain=earlier.pain, threshold=threshold) and reaches(
            baseline=baseline, pain=later.pain, threshold=threshold
        ):
            total += later.hours - earlier.hours
    return total


def summarise(*, baseline, readings):
    """Relief at each reading, the peak, hours at 50 % and 80 %, pain-medicine flags."""
    check_pain(baseline)
    ordered = tuple(sorted(readings, key=lambda r: r.hours))
    for reading in ordered:
        check_pain(reading.pain)
    points = tuple(
        PointResult(
            reading=r,
            relief=relief_percent(baseline=baseline, pain=r.pain),
            worse_than_before=r.pain > baseline,
        )
        for r in ordered
    )
    measured = [p for p in points if p.relief is not None]
    # The first reading with the highest relief: when relief first peaked.
    peak = max(measured, key=lambda p: p.relief, default=None)
    return Summary(
        baseline=baseline,
        points=points,
        peak_relief=peak.relief if peak else None,
        peak_at=peak.reading if peak else None,
        hours_at_or_above={
            t: hours_at_or_above(baseline=baseline, readings=ordered, threshold=t)
            for t in RELIEF_THRESHOLDS
        },
        medicine_readings=tuple(r for r in ordered if r.pain_medicine),
    )


def format_hours(hours):
    """'0 hours', '45 minutes', '3.5 hours', '2 days 4 hours' for people, not machines."""
    minutes = round(hours * 60)
    if minutes == 0:
        return _("0 hours")
    if minutes < 60:
        return _("%(n)d minutes") % {"n": minutes}
    if minutes < 48 * 60:
        value = round(minutes / 60, 1)
        # "3.5" in English, "3,5" in Spanish.
        text = number_format(value, decimal_pos=0 if value.is_integer() else 1)
        return _("1 hour") if value == 1 else _("%(n)s hours") % {"n": text}
    days, rest = divmod(round(minutes / 60), 24)
    if rest == 0:
        return _("%(d)d days") % {"d": days}
    return _("%(d)d days %(h)d hours") % {"d": days, "h": rest}

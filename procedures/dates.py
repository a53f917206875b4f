"""How the site reads a date or a clock time that a person typed.

Browsers with a date or time picker send 2025-12-04 and 14:30. People without one type
what they are used to: in English the month comes first (12/4/2025), in Spanish the day
(4/12/2025); a year may have two digits (3/15/50); a time may be 9am, 9 am, 9:00 a.m.,
9:00 AM, 9 a. m. (the way the site itself writes times in Spanish) or 14:30.

The functions are pure: they get the language and today's date and return None for
text that is not a date or a time; the form fields (procedures.forms) turn None into a
message.
"""

import datetime
import re

from django.db.models import TextChoices

# Languages that write the day before the month: 4/12/2025 is 4 December.
DAY_FIRST_LANGUAGES = {"es"}

ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
# 12/4/2025, 12-4-2025, 12.4.2025 and the same with a two-digit year.
NUMERIC_DATE = re.compile(r"([0-9]{1,2})\s*([/.-])\s*([0-9]{1,2})\s*\2\s*([0-9]{4}|[0-9]{2})")

# 9, 9:30, 9.30, 09:30:00, each with or without a.m./p.m. after it.
CLOCK = re.compile(r"([0-9]{1,2})(?:\s*[:.]\s*([0-9]{2}))?(?:\s*:\s*([0-9]{2}))?\s*(.*)")
# What may follow the numbers once spaces and dots are gone: "a. m." is "am".
MORNING, AFTERNOON, TWENTY_FOUR_HOUR = {"am", "a"}, {"pm", "p"}, {"", "h", "hs", "hrs"}


class TwoDigitYears(TextChoices):
    """Which century a two-digit year is in."""

    # The year nearest today: an appointment or an injection ("12/4/25" is 2025).
    NEAR = "near", "Nearest to today"
    # The latest year not after this one: a date of birth ("3/15/50" is 1950).
    PAST = "past", "In the past"


def day_comes_first(language):
    return (language or "").split("-")[0].lower() in DAY_FIRST_LANGUAGES


def full_year(two_digits, *, today, rule=TwoDigitYears.NEAR):
    """The four-digit year a person meant by `two_digits` (0 to 99)."""
    century = today.year // 100 * 100
    candidates = [century - 100 + two_digits, century + two_digits, century + 100 + two_digits]
    if rule == TwoDigitYears.PAST:
        return max(year for year in candidates if year <= today.year)
    return min(candidates, key=lambda year: abs(year - today.year))


def read_date(text, *, language, today, two_digit_years=TwoDigitYears.NEAR):
    """The date written in `text`, or None when it is not a real date.

    Year-month-day (what date pickers send) in every language; otherwise the order
    people write in `language`: month/day/year in English, day/month/year in Spanish.
    """
    text = " ".join(str(text).split())
    if match := ISO_DATE.fullmatch(text):
        year, month, day = (int(part) for part in match.groups())
    elif match := NUMERIC_DATE.fullmatch(text):
        first, _separator, second, year_text = match.groups()
        day, month = (first, second) if day_comes_first(language) else (second, first)
        day, month, year = int(day), int(month), int(year_text)
        if len(year_text) == 2:
            year = full_year(year, today=today, rule=two_digit_years)
    else:
        return None
    try:
        return datetime.date(year, month, day)
    except ValueError:  # 30 February, month 13, year 0
        return None


def read_time(text):
    """The clock time written in `text`, or None when it is not one.

    "9am", "9 am", "9:00 a.m.", "9:00 AM", "9 a. m.", "9.30 pm", "14:30", "14:30:00":
    with a.m./p.m. the hour is 1 to 12 (12 a.m. is midnight, 12 p.m. noon), without it
    0 to 23.
    """
    match = CLOCK.fullmatch(" ".join(str(text).split()).lower())
    if match is None:
        return None
    hour_text, minute_text, second_text, after = match.groups()
    hour, minute, second = int(hour_text), int(minute_text or 0), int(second_text or 0)
    after = re.sub(r"[\s.]", "", after)
    if after in MORNING | AFTERNOON:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if after in AFTERNOON else 0)
    elif after not in TWENTY_FOUR_HOUR:
        return None
    try:
        return datetime.time(hour, minute, second)
    except ValueError:  # 25:00, 9:75
        return None

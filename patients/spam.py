"""Rules that tell a person's message from a robot's, without ever dropping one.

A message that looks like spam is still stored (status Spam) and the sender sees the
normal thank-you page: staff can look in the spam folder, and robots learn nothing.
"""

import re
import time
from dataclasses import dataclass

from django.conf import settings
from django.core import signing

FORM_TIMER_SALT = "patients.message-form.started"
# Name of the form timer in the page cache: filled anew for every visitor (patients.apps).
FORM_TIMER_HOLE = "message-form-started"

# A link is anything a spammer hopes becomes clickable.
LINK_PATTERN = re.compile(r"(https?://|www\.|\[url|<a\s)", re.IGNORECASE)

MAX_LINKS = 3


def min_fill_seconds():
    return getattr(settings, "MESSAGES_MIN_FILL_SECONDS", 3)


def max_form_age_seconds():
    return getattr(settings, "MESSAGES_MAX_FORM_AGE_SECONDS", 24 * 60 * 60)


def sign_form_start(*, at=None):
    """A tamper-proof note of when the form was shown, put in a hidden field."""
    started = time.time() if at is None else at
    return signing.dumps(round(started, 3), salt=FORM_TIMER_SALT)


def sign_form_start_for_resend():
    """A timer for a form shown again to a person who already filled it in.

    Back-dated by the minimum time, so pressing Send again at once is not taken for a robot.
    """
    return sign_form_start(at=time.time() - min_fill_seconds())


@dataclass(frozen=True)
class FormTimer:
    """What the hidden timer says: how long the form was open, or that it is unusable."""

    seconds_open: float | None
    problem: str  # "" | "missing" | "altered" | "expired"

    @property
    def too_fast(self):
        return self.seconds_open is not None and self.seconds_open < min_fill_seconds()

    @property
    def expired(self):
        return self.problem == "expired"


def read_form_timer(*, token, now=None):
    now = time.time() if now is None else now
    if not token:
        return FormTimer(None, "missing")
    try:
        started = float(signing.loads(token, salt=FORM_TIMER_SALT))
    except (signing.BadSignature, TypeError, ValueError):
        return FormTimer(None, "altered")
    seconds_open = now - started
    if seconds_open > max_form_age_seconds():
        return FormTimer(seconds_open, "expired")
    return FormTimer(seconds_open, "")


def count_links(*, texts):
    return sum(len(LINK_PATTERN.findall(text or "")) for text in texts)


def spam_reason(*, honeypot, timer, texts):
    """Why a valid message looks like spam, or "" when it looks like a person's.

    `timer` must not be expired: an expired form is sent back to the person instead.
    """
    if honeypot:
        return "A hidden field that people never see was filled in."
    if timer.problem in {"missing", "altered"}:
        return "The form's hidden timer was missing or altered."
    if timer.too_fast:
        return f"Sent {timer.seconds_open:.1f} seconds after the form was shown."
    links = count_links(texts=texts)
    if links > MAX_LINKS:
        return f"Contains {links} links (more than {MAX_LINKS})."
    return ""

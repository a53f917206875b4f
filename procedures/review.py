"""The medical review cycle: when a clinical page is overdue, due soon or up to date,
and what marking it reviewed records.

The rules, with `today` the clinic's date:
- overdue: the due date has passed (it was due yesterday or earlier);
- due soon: due today, or within the next DUE_SOON_DAYS days (due today is not yet
  overdue: the physician still has the day);
- up to date: due later than that.
A review moves the next due date one year on.
"""

import datetime

from django.db import models, transaction

from procedures.models import PatientGuide, Procedure

DUE_SOON_DAYS = 30
REVIEWED_CONTENT = [Procedure, PatientGuide]


class ReviewStatus(models.TextChoices):
    OVERDUE = "overdue", "Overdue"
    DUE_SOON = "due_soon", f"Due within {DUE_SOON_DAYS} days"
    UP_TO_DATE = "up_to_date", "Up to date"


def due_soon_limit(*, today):
    """The last due date that still counts as "due soon"."""
    return today + datetime.timedelta(days=DUE_SOON_DAYS)


def review_status(*, next_review_due, today):
    if next_review_due < today:
        return ReviewStatus.OVERDUE
    if next_review_due <= due_soon_limit(today=today):
        return ReviewStatus.DUE_SOON
    return ReviewStatus.UP_TO_DATE


def status_sentence(*, next_review_due, today):
    """Words for staff, so the status never rests on colour alone."""
    days = (next_review_due - today).days
    due = f"{next_review_due:%b} {next_review_due.day}, {next_review_due.year}"
    if days < 0:
        late = -days
        return f"Overdue: {late} day{'s' if late != 1 else ''} late (was due {due})"
    if days == 0:
        return "Due today"
    if days == 1:
        return "Due tomorrow"
    if days <= DUE_SOON_DAYS:
        return f"Due in {days} days ({due})"
    return f"Up to date (due {due})"


def filter_by_status(queryset, *, status, today):
    """Only the rows of `queryset` (of a reviewed model) with the given status."""
    limit = due_soon_limit(today=today)
    if status == ReviewStatus.OVERDUE:
        return queryset.filter(next_review_due__lt=today)
    if status == ReviewStatus.DUE_SOON:
        return queryset.filter(next_review_due__gte=today, next_review_due__lte=limit)
    if status == ReviewStatus.UP_TO_DATE:
        return queryset.filter(next_review_due__gt=limit)
    return queryset


def pages_needing_review(*, today):
    """{OVERDUE: [...], DUE_SOON: [...]}: every procedure and guide, published or not
    (a draft is reviewed before it goes out), soonest due first."""
    found = {ReviewStatus.OVERDUE: [], ReviewStatus.DUE_SOON: []}
    for model in REVIEWED_CONTENT:
        for status, pages in found.items():
            pages.extend(filter_by_status(model.objects.select_related("reviewed_by"), status=status, today=today))
    for pages in found.values():
        pages.sort(key=lambda page: (page.next_review_due, str(page)))
    return found


def one_year_after(day):
    """The same date a year later; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


@transaction.atomic
def mark_reviewed(*, pages, reviewer, today, user):
    """Record that `reviewer` (a Physician) checked each page today. Each change is kept
    in the page's history with the staff `user` who recorded it. Returns the count."""
    count = 0
    for page in pages:
        page.reviewed_by = reviewer
        page.last_reviewed = today
        page.next_review_due = one_year_after(today)
        page._history_user = user
        page._change_reason = f"Medically reviewed by {reviewer.display_name}"
        # updated_at too: the page cache keys on it, and the review line changed.
        page.save(update_fields=["reviewed_by", "last_reviewed", "next_review_due", "updated_at"])
        count += 1
    return count

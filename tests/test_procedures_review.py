"""The medical review cycle: overdue and due-soon pages at the date boundaries, the
weekly report, the admin column and filter, and "Mark reviewed"."""

import datetime
import io
import json
import re

import pytest
from django.core.management import call_command
from django.utils import timezone, translation

from procedures import review
from procedures.models import PatientGuide, Procedure
from tests.factories import PhysicianFactory, ProcedureFactory

TODAY = datetime.date(2027, 3, 1)
DAY = datetime.timedelta(days=1)

BOUNDARIES = [
    (-1, review.ReviewStatus.OVERDUE, "Overdue: 1 day late (was due Feb 28, 2027)"),
    (0, review.ReviewStatus.DUE_SOON, "Due today"),
    (1, review.ReviewStatus.DUE_SOON, "Due tomorrow"),
    (30, review.ReviewStatus.DUE_SOON, "Due in 30 days (Mar 31, 2027)"),
    (31, review.ReviewStatus.UP_TO_DATE, "Up to date (due Apr 1, 2027)"),
]


@pytest.mark.parametrize("days, status, sentence", BOUNDARIES)
def test_status_at_the_boundaries(days, status, sentence):
    due = TODAY + days * DAY
    assert review.review_status(next_review_due=due, today=TODAY) == status
    assert review.status_sentence(next_review_due=due, today=TODAY) == sentence


@pytest.mark.django_db
@pytest.mark.parametrize("days, status, sentence", BOUNDARIES)
def test_filter_agrees_with_the_status(days, status, sentence):
    procedure = ProcedureFactory(last_reviewed=TODAY - 400 * DAY, next_review_due=TODAY + days * DAY)
    for candidate in review.ReviewStatus:
        found = review.filter_by_status(Procedure.objects.all(), status=candidate, today=TODAY)
        assert (procedure in found) == (candidate == status), candidate


def make_boundary_pages():
    reviewer = PhysicianFactory(name="Anna Reyes")
    names = {"yesterday": -1, "today": 0, "tomorrow": 1, "in 30 days": 30, "in 31 days": 31}
    for name, days in names.items():
        ProcedureFactory(
            name=f"Due {name}", reviewed_by=reviewer,
            last_reviewed=TODAY - 300 * DAY, next_review_due=TODAY + days * DAY,
        )


@pytest.mark.django_db
def test_review_report_lists_overdue_and_due_soon_pages():
    make_boundary_pages()
    out = io.StringIO()
    call_command("review_report", "--today=2027-03-01", stdout=out)
    text = out.getvalue()
    overdue, due_soon = text.split("Due within 30 days")
    assert "Overdue (1):" in overdue and "Due yesterday" in overdue
    for name in ["Due today", "Due tomorrow", "Due in 30 days"]:
        assert name in due_soon and name not in overdue
    assert "Due in 31 days" not in text
    assert "Dr. Anna Reyes" in text and "/admin/procedures/procedure/" in text


@pytest.mark.django_db
def test_review_report_says_when_nothing_is_due(clinic_content):
    out = io.StringIO()
    call_command("review_report", "--today=2026-12-01", stdout=out)
    assert out.getvalue().count("  none") == 2


@pytest.mark.parametrize("bad", ["next monday", "2027-13-01", "2027-02-30", ""])
def test_review_report_rejects_a_bad_date(bad):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="argument --today: use a date like 2027-03-01"):
        call_command("review_report", f"--today={bad}")


def test_review_report_answers_a_bad_date_on_the_command_line_with_usage_not_a_traceback(capsys):
    from procedures.management.commands.review_report import Command

    command = Command()
    command._called_from_command_line = True  # what manage.py sets: argparse prints and exits
    parser = command.create_parser("manage.py", "review_report")
    with pytest.raises(SystemExit) as exit_info:
        parser.parse_args(["--today", "2027-13-01"])
    assert exit_info.value.code == 2
    printed = capsys.readouterr().err
    assert printed.startswith("usage: manage.py review_report")
    assert "error: argument --today: use a date like 2027-03-01 (YYYY-MM-DD), not '2027-13-01'." in printed


def test_a_year_after_the_29th_of_february():
    assert review.one_year_after(datetime.date(2028, 2, 29)) == datetime.date(2029, 2, 28)
    assert review.one_year_after(datetime.date(2027, 3, 1)) == datetime.date(2028, 3, 1)


@pytest.mark.django_db
def test_changelist_names_overdue_pages_in_words_with_a_stylesheet(staff_client):
    today = timezone.localdate()
    ProcedureFactory(name="Old page", last_reviewed=today - 400 * DAY, next_review_due=today - 5 * DAY)
    ProcedureFactory(name="Fresh page", last_reviewed=today, next_review_due=today + 300 * DAY)
    html = staff_client.get("/admin/procedures/procedure/").content.decode()
    assert "Medical review" in html
    assert 'class="review-status review-status--overdue">Overdue: 5 days late' in html
    assert "review-status--up-to-date" in html
    assert "procedures/admin.css" in html
    results = html[html.index('id="result_list"'):html.index("</table>")]
    assert "style=" not in results  # the Content-Security-Policy forbids inline styles


@pytest.mark.django_db
@pytest.mark.parametrize("choice, expected", [
    ("overdue", {"Old page"}), ("due_soon", {"Due soon page"}), ("up_to_date", {"Fresh page"}),
])
def test_changelist_filter_by_review_status(staff_client, choice, expected):
    today = timezone.localdate()
    ProcedureFactory(name="Old page", last_reviewed=today - 400 * DAY, next_review_due=today - DAY)
    ProcedureFactory(name="Due soon page", last_reviewed=today - 340 * DAY, next_review_due=today + 10 * DAY)
    ProcedureFactory(name="Fresh page", last_reviewed=today, next_review_due=today + 300 * DAY)
    response = staff_client.get(f"/admin/procedures/procedure/?review={choice}")
    shown = {procedure.name for procedure in response.context["cl"].result_list}
    assert shown == expected


@pytest.mark.django_db
def test_mark_reviewed_asks_who_reviewed_then_records_it(staff_client):
    today = timezone.localdate()
    old = PhysicianFactory(name="Old Reviewer")
    new = PhysicianFactory(name="Grace Okafor")
    procedure = ProcedureFactory(reviewed_by=old, last_reviewed=today - 400 * DAY, next_review_due=today - DAY)
    url = "/admin/procedures/procedure/"
    asked = staff_client.post(url, {"action": "mark_reviewed", "_selected_action": [procedure.pk]})
    assert asked.status_code == 200
    page = asked.content.decode()
    assert "Who reviewed these pages?" in page and "Grace Okafor" in page and procedure.name in page

    missing = staff_client.post(url, {"action": "mark_reviewed", "_selected_action": [procedure.pk], "apply": "1"})
    assert "This field is required" in missing.content.decode()
    procedure.refresh_from_db()
    assert procedure.reviewed_by == old  # nothing changed without a reviewer

    done = staff_client.post(
        url, {"action": "mark_reviewed", "_selected_action": [procedure.pk], "apply": "1", "reviewer": new.pk}
    )
    assert done.status_code == 302
    procedure.refresh_from_db()
    assert procedure.reviewed_by == new
    assert procedure.last_reviewed == today
    assert procedure.next_review_due == review.one_year_after(today)
    latest = procedure.history.latest("history_date")
    assert latest.history_user.username == "editor"
    assert latest.history_change_reason == "Medically reviewed by Dr. Grace Okafor, MD"


@pytest.mark.django_db
def test_guides_have_the_review_column_filter_and_action(staff_client, clinic_content):
    html = staff_client.get("/admin/procedures/patientguide/?review=up_to_date").content.decode()
    assert "Medical review" in html and "mark_reviewed" in html
    guide = PatientGuide.objects.first()
    reviewer = PhysicianFactory()
    staff_client.post("/admin/procedures/patientguide/", {
        "action": "mark_reviewed", "_selected_action": [guide.pk], "apply": "1", "reviewer": reviewer.pk,
    })
    guide.refresh_from_db()
    assert guide.reviewed_by == reviewer and guide.last_reviewed == timezone.localdate()


@pytest.mark.django_db
def test_a_cached_page_shows_the_new_review_at_once(staff_client):
    from django.test import Client

    client = Client()  # a visitor without a session: the page cache serves them
    today = timezone.localdate()
    procedure = ProcedureFactory(last_reviewed=today - 400 * DAY, next_review_due=today - DAY)
    reviewer = PhysicianFactory(name="Grace Okafor")
    assert "Grace Okafor" not in client.get(procedure.get_absolute_url()).content.decode()  # now cached
    staff_client.post("/admin/procedures/procedure/", {
        "action": "mark_reviewed", "_selected_action": [procedure.pk], "apply": "1", "reviewer": reviewer.pk,
    })
    html = client.get(procedure.get_absolute_url()).content.decode()
    assert "Dr. Grace Okafor" in html
    assert f"{today:%B} {today.day}, {today.year}" in html


def review_line(html):
    return re.search(r'<p class="review-line">(.*?)</p>', html, re.S).group(1)


def reviewed_by_json(html):
    blocks = [json.loads(text) for text in re.findall(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', html, re.S)]
    return next(block for block in blocks if block["@type"] == "MedicalWebPage")["reviewedBy"]


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "es"])
def test_an_unpublished_reviewer_is_named_without_a_link_to_their_missing_page(client, language):
    reviewer = PhysicianFactory(name="Grace Okafor", is_published=False)
    procedure = ProcedureFactory(reviewed_by=reviewer, is_published=True)
    with translation.override(language):
        page_url, physician_url = procedure.get_absolute_url(), reviewer.get_absolute_url()
    assert client.get(physician_url).status_code == 404

    html = client.get(page_url).content.decode()
    assert reviewer.display_name in review_line(html) and "<a " not in review_line(html)
    assert physician_url not in html
    assert reviewed_by_json(html) == {"@type": "Physician", "name": reviewer.display_name}

    reviewer.is_published = True
    reviewer.save()
    html = client.get(page_url).content.decode()
    assert f'<a href="{physician_url}">{reviewer.display_name}</a>' in review_line(html)
    assert reviewed_by_json(html)["url"] == f"http://testserver{physician_url}"


@pytest.mark.django_db
def test_mark_reviewed_offers_only_published_physicians(staff_client):
    today = timezone.localdate()
    PhysicianFactory(name="Grace Okafor")
    retired = PhysicianFactory(name="Retired Reviewer", is_published=False)
    procedure = ProcedureFactory(last_reviewed=today - 400 * DAY, next_review_due=today - DAY)
    url = "/admin/procedures/procedure/"
    asked = staff_client.post(url, {"action": "mark_reviewed", "_selected_action": [procedure.pk]})
    choices = {str(label) for _, label in asked.context["form"].fields["reviewer"].choices}
    assert "Dr. Grace Okafor, MD" in choices and "Dr. Retired Reviewer, MD" not in choices
    assert "Only published physicians are listed" in asked.content.decode()

    refused = staff_client.post(
        url, {"action": "mark_reviewed", "_selected_action": [procedure.pk], "apply": "1", "reviewer": retired.pk}
    )
    assert "Select a valid choice" in refused.content.decode()
    procedure.refresh_from_db()
    assert procedure.reviewed_by != retired and procedure.last_reviewed == today - 400 * DAY

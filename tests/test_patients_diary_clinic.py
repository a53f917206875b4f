"""Sending a pain diary to the clinic, what staff see, printing, deleting, and the
automatic deletion of diaries never sent."""

import datetime
import re
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from patients import diary_services
from patients.models import DiaryEntry, PainDiary
from tests.factories import make_pain_diary

pytestmark = pytest.mark.django_db

START_URL = "/after-your-procedure/pain-diary/"
SEND = {"patient_name": "Ruth  Example", "date_of_birth": "03/15/1950", "phone": "(314) 555-0100"}


def diary_url(token, action=""):
    return f"{START_URL}{token}/" + (f"{action}/" if action else "")


def test_sending_stores_who_it_is_for_staff_and_notifies_without_health_data(client, settings):
    settings.CLINIC_NOTIFY_EMAILS = ["frontdesk@clinic.example"]
    settings.SITE_URL = "https://clinic.example"
    diary, token = make_pain_diary(baseline_pain=8, scores=[("1h", 1), ("2h", 1, True)])
    diary.entries.update(activities="Bent over to tie my shoes", medicines="Tylenol")

    response = client.post(diary_url(token, "send"), SEND)
    assert response.status_code == 302
    diary.refresh_from_db()
    assert diary.sent_at is not None and diary.staff_notified_at is not None
    assert (diary.patient_name, diary.date_of_birth, diary.phone) == (
        "Ruth Example", datetime.date(1950, 3, 15), "(314) 555-0100"
    )
    assert "can now see your diary" in client.get(response["Location"]).content.decode()

    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == ["frontdesk@clinic.example"]
    assert f"https://clinic.example/admin/patients/paindiary/{diary.pk}/change/" in email.body
    sent_text = email.subject + email.body
    for private in ["Ruth", "Example", "1950", "555-0100", "Tylenol", "shoes", diary.procedure.name, "88%", "relief"]:
        assert private not in sent_text, private
    assert not re.search(r"\b[0-9]{1,2}/10\b", sent_text)


def test_a_failed_email_keeps_the_sent_diary_and_the_patient_sees_no_error(client, settings):
    settings.EMAIL_BACKEND = "tests.test_patients_diary_clinic.BrokenEmailBackend"
    diary, token = make_pain_diary()
    response = client.post(diary_url(token, "send"), SEND)
    assert response.status_code == 302
    diary.refresh_from_db()
    assert diary.sent_at is not None and diary.staff_notified_at is None

    # Like messages, the e-mail is tried again by send_pending_notifications.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_pending_notifications", stdout=StringIO())
    diary.refresh_from_db()
    assert diary.staff_notified_at is not None
    assert [m.subject for m in mail.outbox] == ["A pain diary was sent to the clinic"]
    call_command("send_pending_notifications", stdout=StringIO())
    assert len(mail.outbox) == 1  # never twice


class BrokenEmailBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("SMTP server down")


@pytest.mark.parametrize(
    "field,value,message",
    [
        ("patient_name", "   ", "Enter your name"),
        ("patient_name", "x" * 101, "at most 100 characters"),
        ("patient_name", "<script>", "Use only letters"),
        ("date_of_birth", "1950-02-30", "Enter a real date"),
        ("date_of_birth", "01/01/2999", "should be a date in the past"),
        ("phone", "call me", "Use only numbers, spaces and + ( ) -"),
        ("phone", "12345", "Enter a phone number with 7 to 15 digits"),
        ("phone", "314-555-0100\r\nBcc: x@y.z", "Use only numbers, spaces and + ( ) -"),
    ],
)
def test_bad_contact_details_are_refused_and_nothing_is_sent(client, field, value, message):
    diary, token = make_pain_diary()
    response = client.post(diary_url(token, "send"), {**SEND, field: value})
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert 'value="(314) 555-0100"' in html or field == "phone"
    diary.refresh_from_db()
    assert diary.sent_at is None and not mail.outbox


def test_a_sent_diary_is_not_sent_twice(client):
    diary, token = make_pain_diary(sent=True)
    response = client.post(diary_url(token, "send"), SEND)
    assert response.status_code == 302
    assert not mail.outbox
    assert "You already sent this diary" in client.get(response["Location"]).content.decode()


def test_staff_see_sent_diaries_with_the_same_figures_and_chart(staff_client):
    sent, _ = make_pain_diary(baseline_pain=8, scores=[("15m", 2), ("30m", 1), ("1h", 1), ("2h", 2)], sent=True)
    unsent, _ = make_pain_diary(baseline_pain=5, scores=[("1h", 4)])
    unsent.patient_name = "Never Sent"
    unsent.save()

    listing = staff_client.get("/admin/patients/paindiary/").content.decode()
    assert "Ruth Example" in listing and "Never Sent" not in listing
    assert "88% at 30 minutes after" in listing  # peak relief 87.5 %
    assert "1.8 hours" in listing  # at least 50 %: 15 min → 2 h
    assert "<svg" in listing and "<desc" in listing

    page = staff_client.get(f"/admin/patients/paindiary/{sent.pk}/change/").content.decode()
    assert "Ruth Example" in page and "March 15, 1950" in page and "(314) 555-0100" in page
    assert "<svg" in page and "<table" in page and "88%" in page
    assert staff_client.get(f"/admin/patients/paindiary/{unsent.pk}/change/").status_code in (302, 404)
    assert staff_client.get("/admin/patients/paindiary/add/").status_code == 403


def test_admin_list_queries_do_not_grow_with_diaries(staff_client, django_assert_max_num_queries):
    for _ in range(3):
        make_pain_diary(scores=[("1h", 2), ("2h", 3)], sent=True)
    with django_assert_max_num_queries(12) as first:
        staff_client.get("/admin/patients/paindiary/")
    for _ in range(5):
        make_pain_diary(scores=[("1h", 2), ("2h", 3)], sent=True)
    with django_assert_max_num_queries(len(first.captured_queries)):
        staff_client.get("/admin/patients/paindiary/")


def test_print_sheet_has_the_figures_chart_and_table_and_no_navigation_or_forms(client):
    _, token = make_pain_diary(baseline_pain=8, scores=[("15m", 2), ("30m", 1)], sent=True)
    response = client.get(diary_url(token, "print"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Ruth Example" in html and "88%" in html
    assert "<svg" in html and "<table" in html
    assert "<nav" not in html and "<form" not in html
    assert 'href="' + diary_url(token) + '"' in html


def test_delete_asks_first_then_removes_the_diary_and_its_scores(client):
    diary, token = make_pain_diary(scores=[("1h", 2)])
    confirm = client.get(diary_url(token, "delete"))
    assert "Delete your pain diary?" in confirm.content.decode()
    assert PainDiary.objects.filter(pk=diary.pk).exists()

    response = client.post(diary_url(token, "delete"))
    assert response.status_code == 302 and response["Location"] == START_URL
    assert not PainDiary.objects.filter(pk=diary.pk).exists()
    assert not DiaryEntry.objects.filter(diary_id=diary.pk).exists()
    assert "Your pain diary is deleted" in client.get(START_URL).content.decode()
    assert client.get(diary_url(token)).status_code == 404


def test_deleting_a_sent_diary_warns_that_the_clinic_copy_goes_too(client):
    _, token = make_pain_diary(sent=True)
    assert "also removes the copy the clinic" in client.get(diary_url(token, "delete")).content.decode()


# --- 90-day automatic deletion ---------------------------------------------------------

def test_unsent_diaries_are_deleted_90_days_after_their_last_change():
    now = timezone.now()
    old, _ = make_pain_diary(scores=[("1h", 2)])
    recent, _ = make_pain_diary()
    sent_long_ago, _ = make_pain_diary(sent=True)
    PainDiary.objects.filter(pk=old.pk).update(last_changed_at=now - datetime.timedelta(days=90, minutes=1))
    PainDiary.objects.filter(pk=recent.pk).update(last_changed_at=now - datetime.timedelta(days=89, hours=23))
    PainDiary.objects.filter(pk=sent_long_ago.pk).update(last_changed_at=now - datetime.timedelta(days=400))

    assert diary_services.diaries_delete_expired(now=now) == 1
    assert set(PainDiary.objects.values_list("pk", flat=True)) == {recent.pk, sent_long_ago.pk}
    assert not DiaryEntry.objects.filter(diary_id=old.pk).exists()


def test_adding_a_score_resets_the_90_days(client):
    diary, token = make_pain_diary()
    PainDiary.objects.filter(pk=diary.pk).update(last_changed_at=timezone.now() - datetime.timedelta(days=89))
    client.post(diary_url(token), {"time_point": "1h", "pain": "3"})
    assert diary_services.diaries_delete_expired(now=timezone.now() + datetime.timedelta(days=2)) == 0


def test_the_management_command_deletes_and_reports(capsys):
    old, _ = make_pain_diary()
    PainDiary.objects.filter(pk=old.pk).update(last_changed_at=timezone.now() - datetime.timedelta(days=120))
    out = StringIO()
    call_command("delete_old_pain_diaries", "--dry-run", stdout=out)
    assert "1 pain diaries would be deleted" in out.getvalue()
    assert PainDiary.objects.filter(pk=old.pk).exists()
    out = StringIO()
    call_command("delete_old_pain_diaries", stdout=out)
    assert "Deleted 1 pain diaries" in out.getvalue()
    assert not PainDiary.objects.exists()

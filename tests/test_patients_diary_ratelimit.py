"""A script cannot start diaries, or e-mail the staff by sending them, without end: the
diary forms count toward a per-address limit, and a person over it loses nothing."""

import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from patients import ratelimit
from patients.models import Message, PainDiary
from tests.factories import ProcedureFactory, make_pain_diary, message_form_data

pytestmark = pytest.mark.django_db

START_URL = reverse("patients:diary_start")
SEND = {"patient_name": "Ruth Example", "date_of_birth": "1950-03-15", "phone": "(314) 555-0100"}


def start_data(procedure):
    return {
        "procedure": procedure.slug,
        "injection_date": timezone.localdate().isoformat(),
        "injection_time": "00:05",
        "baseline_pain": "6",
    }


def test_starting_diaries_is_limited_per_address_and_the_form_comes_back_filled(client, settings):
    settings.DIARY_RATE_LIMIT_COUNT = 2
    procedure = ProcedureFactory()
    for _ in range(2):
        assert client.post(START_URL, start_data(procedure)).status_code == 302
    response = client.post(START_URL, start_data(procedure))
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    page = response.content.decode()
    assert "please try again after" in page and "What you typed is still in the form below" in page
    assert f'<option value="{procedure.slug}" selected>' in page
    assert f'name="injection_date" value="{timezone.localdate().isoformat()}"' in page
    assert re.search(r'value="6" id="[^"]+" checked', page)
    assert PainDiary.objects.count() == 2
    # Another address is not affected.
    assert client.post(START_URL, start_data(procedure), REMOTE_ADDR="203.0.113.9").status_code == 302


def test_sending_diaries_to_the_clinic_is_limited_and_mails_nobody_over_the_limit(client, settings):
    settings.DIARY_RATE_LIMIT_COUNT = 1
    settings.CLINIC_NOTIFY_EMAILS = ["frontdesk@clinic.example"]
    first, first_token = make_pain_diary()
    second, second_token = make_pain_diary()
    assert client.post(reverse("patients:diary_send", kwargs={"token": first_token}), SEND).status_code == 302
    assert len(mail.outbox) == 1

    response = client.post(reverse("patients:diary_send", kwargs={"token": second_token}), SEND)
    assert response.status_code == 429
    page = response.content.decode()
    assert 'value="Ruth Example"' in page and 'value="1950-03-15"' in page and 'value="(314) 555-0100"' in page
    second.refresh_from_db()
    assert second.sent_at is None and len(mail.outbox) == 1


def test_mistakes_do_not_count_and_diaries_do_not_use_up_the_message_limit(client, settings):
    settings.DIARY_RATE_LIMIT_COUNT = 1
    settings.MESSAGES_RATE_LIMIT_COUNT = 1
    procedure = ProcedureFactory()
    for _ in range(3):
        assert client.post(START_URL, {**start_data(procedure), "baseline_pain": "eleven"}).status_code == 200
    assert client.post(START_URL, start_data(procedure)).status_code == 302
    assert client.post(reverse("patients:contact"), message_form_data()).status_code == 302
    assert Message.objects.count() == 1


def test_each_bucket_counts_on_its_own(settings):
    settings.MESSAGES_RATE_LIMIT_COUNT = 1
    settings.DIARY_RATE_LIMIT_COUNT = 1
    now = 1_000_000.0
    assert ratelimit.register_submission(client="198.51.100.1", bucket=ratelimit.Bucket.DIARY, now=now).allowed
    assert not ratelimit.register_submission(client="198.51.100.1", bucket=ratelimit.Bucket.DIARY, now=now + 1).allowed
    assert ratelimit.register_submission(client="198.51.100.1", now=now + 2).allowed

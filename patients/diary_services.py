"""What happens to a pain diary: started, found by its private link, scored, sent to
the clinic, deleted by the patient, and deleted when forgotten.

The private link carries a token of 256 random bits (secrets.token_urlsafe(32)). Only
its SHA-256 hash is stored and looked up; the token itself is shown once and never kept.
"""

import datetime
import hashlib
import secrets

from django.db import transaction
from django.utils import timezone

from patients.models import DiaryEntry, PainDiary

TOKEN_BYTES = 32
# A diary the patient never sent is deleted this long after its last change.
UNSENT_DIARY_LIFETIME = datetime.timedelta(days=90)


def hash_token(token):
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def diary_start(*, procedure, injected_at, baseline_pain, now=None):
    """Create a diary; returns (diary, token). The token is the only way back in."""
    now = now or timezone.now()
    token = secrets.token_urlsafe(TOKEN_BYTES)
    diary = PainDiary.objects.create(
        token_hash=hash_token(token),
        procedure=procedure,
        injected_at=injected_at,
        baseline_pain=baseline_pain,
        last_changed_at=now,
    )
    return diary, token


def diary_find(*, token):
    """The diary the token opens, or None (for any token, however malformed).

    Looking up the hash rather than the token means a timing difference in the index
    lookup could only ever reveal a hash prefix, which does not help anyone forge a link.
    """
    if not isinstance(token, str) or not 20 <= len(token) <= 100:
        return None
    return PainDiary.objects.with_entries().filter(token_hash=hash_token(token)).first()


@transaction.atomic
def diary_record_entry(*, diary, time_point, pain, activities="", medicines="", took_pain_medicine=False, now=None):
    """Store (or replace) the score at `time_point`; returns (entry, created)."""
    now = now or timezone.now()
    entry, created = DiaryEntry.objects.update_or_create(
        diary=diary,
        time_point=time_point,
        defaults={
            "pain": pain,
            "activities": activities,
            "medicines": medicines,
            "took_pain_medicine": took_pain_medicine,
        },
    )
    diary.last_changed_at = now
    diary.save(update_fields=["last_changed_at"])
    return entry, created


@transaction.atomic
def diary_send(*, diary, patient_name, date_of_birth, phone, now=None):
    """Attach the patient's name, date of birth and phone, and mark the diary sent."""
    now = now or timezone.now()
    diary.patient_name = patient_name
    diary.date_of_birth = date_of_birth
    diary.phone = phone
    diary.sent_at = now
    diary.last_changed_at = now
    diary.save(update_fields=["patient_name", "date_of_birth", "phone", "sent_at", "last_changed_at"])
    return diary


def diary_delete(*, diary):
    diary.delete()


def expired_diaries(*, now=None):
    """Diaries never sent to the clinic whose last change is over 90 days old."""
    now = now or timezone.now()
    return PainDiary.objects.filter(sent_at__isnull=True, last_changed_at__lt=now - UNSENT_DIARY_LIFETIME)


def diaries_delete_expired(*, now=None):
    """Delete expired diaries (see expired_diaries) with their entries; returns the count."""
    _, deleted_per_model = expired_diaries(now=now).delete()
    return deleted_per_model.get(PainDiary._meta.label, 0)

"""What happens to a message: stored first, then staff are told, and nothing is lost.

The row is committed in its own transaction before any e-mail is tried. If the e-mail
fails, the row stays with staff_notified=False and `manage.py send_pending_notifications`
tries again. Pain diaries sent to the clinic are announced to staff the same way, with
the same retry (staff_notified_at stays empty until the e-mail went out).
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.utils import timezone

from patients.models import Message, PainDiary, new_reference

logger = logging.getLogger(__name__)

REFERENCE_ATTEMPTS = 5


def message_submit(*, name, email, phone, topic, body, consent_to_publish, procedure=None, spam_reason=""):
    """Store a visitor's message, then tell staff about it (unless it is held as spam)."""
    message = _store_message(
        name=name,
        email=email,
        phone=phone,
        topic=topic,
        body=body,
        consent_to_publish=consent_to_publish,
        procedure=procedure,
        status=Message.Status.SPAM if spam_reason else Message.Status.NEW,
        spam_reason=spam_reason[:100],
    )
    if not spam_reason:
        notify_staff(message=message)
    return message


def _store_message(**fields):
    # durable: the row is committed here, not in some outer transaction an e-mail error
    # could roll back.
    for attempt in range(REFERENCE_ATTEMPTS):
        try:
            with transaction.atomic(durable=True):
                return Message.objects.create(reference=new_reference(), **fields)
        except IntegrityError:
            # A random reference clashed with an existing one (rare): draw another.
            if attempt == REFERENCE_ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")


def notification_text(*, message):
    """The staff e-mail: that a message waits and where. No body, no contact details."""
    link = settings.SITE_URL + message.get_admin_url()
    procedure = f" about {message.procedure.name}" if message.procedure_id else ""
    subject = f"New website message {message.reference}"
    body = (
        f"A visitor left a message on the website{procedure}.\n"
        f"Topic: {Message.Topic(message.topic).label}\n"
        f"Reference: {message.reference}\n\n"
        f"Read and answer it in the staff area (you will be asked to log in):\n{link}\n\n"
        "For privacy, this e-mail does not contain the message or the visitor's contact details.\n"
    )
    return subject, body


def send_staff_email(*, subject, body, about):
    """E-mail the clinic's notification addresses. Returns whether it reached the mail
    server; a failure is logged, never raised, so what it announces is never lost."""
    recipients = list(settings.CLINIC_NOTIFY_EMAILS)
    if not recipients:
        logger.warning("No CLINIC_NOTIFY_EMAILS set: %s is waiting unnoticed.", about)
        return False
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients, fail_silently=False)
    except Exception:  # any mail failure: the row is safe, a later run retries
        logger.exception("Could not send the notification for %s; it stays pending.", about)
        return False
    return True


def notify_staff(*, message):
    """Send the "message waiting" e-mail. Returns whether it reached the mail server."""
    subject, body = notification_text(message=message)
    if not send_staff_email(subject=subject, body=body, about=f"message {message.reference}"):
        return False
    now = timezone.now()
    Message.objects.filter(pk=message.pk).update(staff_notified=True, notified_at=now)
    message.staff_notified, message.notified_at = True, now
    return True


def diary_notification_text(*, diary):
    """The staff e-mail for a pain diary: a link behind the staff login, and nothing
    else. No name, date of birth, phone, procedure or score: health data stays in the
    admin."""
    link = settings.SITE_URL + diary.get_admin_url()
    subject = "A pain diary was sent to the clinic"
    body = (
        "A patient sent their pain diary through the website.\n\n"
        f"Open it in the staff area (you will be asked to log in):\n{link}\n\n"
        "For privacy, this e-mail has no name and no health details.\n"
    )
    return subject, body


def notify_staff_of_diary(*, diary):
    """Tell staff a pain diary is waiting. Returns whether the e-mail went out."""
    subject, body = diary_notification_text(diary=diary)
    if not send_staff_email(subject=subject, body=body, about=f"pain diary {diary.pk}"):
        return False
    now = timezone.now()
    PainDiary.objects.filter(pk=diary.pk).update(staff_notified_at=now)
    diary.staff_notified_at = now
    return True


def send_pending_notifications(*, limit=None):
    """Retry the e-mail for every message and sent pain diary staff were not told about.
    Returns (sent, failed)."""
    pending = Message.objects.waiting_for_notification().select_related("procedure").order_by("created_at")
    if limit is not None:
        pending = pending[:limit]
    sent = failed = 0
    for message in pending:
        if notify_staff(message=message):
            sent += 1
        else:
            failed += 1
    diaries = PainDiary.objects.waiting_for_notification().order_by("sent_at")
    if limit is not None:
        diaries = diaries[: max(limit - sent - failed, 0)]
    for diary in diaries:
        if notify_staff_of_diary(diary=diary):
            sent += 1
        else:
            failed += 1
    return sent, failed


def save_staff_changes(*, message, user):
    """Save what staff changed. With an answer, note who answered and when, and a new or
    in-progress message becomes Answered. A published answer that changed shows on
    the procedure page at once (patients.qa keys its cache on the content version)."""
    if message.staff_reply.strip():
        if message.replied_at is None:
            message.replied_at = timezone.now()
            message.replied_by = user
        if message.status in {Message.Status.NEW, Message.Status.IN_PROGRESS}:
            message.status = Message.Status.ANSWERED
    message.save()


def publish_messages(*, queryset):
    """Publish the messages that may be published. Returns (published, skipped)."""
    eligible = queryset.filter(consent_to_publish=True, is_published=False).exclude(staff_reply="").exclude(
        status=Message.Status.SPAM
    )
    already = queryset.filter(is_published=True).count()
    published = eligible.update(is_published=True, published_at=timezone.now())
    return published, queryset.count() - published - already


def unpublish_messages(*, queryset):
    count = queryset.filter(is_published=True).update(is_published=False)
    return count


def set_status(*, queryset, status):
    """File messages under a status. Spam is never published: it is unpublished in the same step."""
    if status == Message.Status.SPAM:
        count = queryset.update(status=status, is_published=False)
    else:
        count = queryset.update(status=status)
    return count

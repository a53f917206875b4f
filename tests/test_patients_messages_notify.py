"""Nothing lost: the message is committed before any e-mail; a failed e-mail is retried."""

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.db import connection

from patients import services
from patients.models import Message
from tests.factories import MessageFactory, message_form_data

CONTACT = "/contact/"


class BrokenMailServer(Exception):
    pass


@pytest.fixture
def mail_server_down(monkeypatch):
    def refuse(*args, **kwargs):
        raise BrokenMailServer("Connection refused")

    monkeypatch.setattr("django.core.mail.backends.locmem.EmailBackend.send_messages", refuse)


@pytest.mark.django_db
def test_failed_email_keeps_the_message_and_the_visitor_still_gets_thanks(client, mail_server_down):
    response = client.post(CONTACT, message_form_data(body="Please call me back."))
    assert response.status_code == 302
    message = Message.objects.get()
    assert message.body == "Please call me back."
    assert not message.staff_notified and message.notified_at is None
    assert list(Message.objects.waiting_for_notification()) == [message]
    assert message.reference in client.get(response["Location"]).content.decode()


@pytest.mark.django_db
def test_send_pending_notifications_retries_once_mail_works_again(client, monkeypatch, mailoutbox):
    def refuse(*args, **kwargs):
        raise BrokenMailServer("Connection refused")

    with monkeypatch.context() as patch:
        patch.setattr("django.core.mail.backends.locmem.EmailBackend.send_messages", refuse)
        client.post(CONTACT, message_form_data(body="First"))
        client.post(CONTACT, message_form_data(body="Second"), REMOTE_ADDR="192.0.2.50")
        with pytest.raises(CommandError, match="2 notification"):
            call_command("send_pending_notifications")
    assert mailoutbox == []
    assert Message.objects.filter(staff_notified=False).count() == 2

    call_command("send_pending_notifications")
    assert len(mailoutbox) == 2
    assert {m.subject for m in mailoutbox} == {f"New website message {r}" for r in Message.objects.values_list("reference", flat=True)}
    assert not Message.objects.filter(staff_notified=False).exists()

    # Run again: nothing pending, nothing sent twice.
    call_command("send_pending_notifications")
    assert len(mailoutbox) == 2


@pytest.mark.django_db
def test_pending_notifications_skip_spam():
    MessageFactory(status=Message.Status.SPAM)
    assert services.send_pending_notifications() == (0, 0)
    assert mail.outbox == []


@pytest.mark.django_db
def test_no_recipients_configured_leaves_message_pending(settings):
    settings.CLINIC_NOTIFY_EMAILS = []
    message = MessageFactory()
    assert services.notify_staff(message=message) is False
    message.refresh_from_db()
    assert not message.staff_notified


@pytest.mark.django_db(transaction=True)
def test_message_is_committed_before_the_email_is_tried(client, monkeypatch):
    seen = {}

    def check_then_refuse(backend, messages):
        # Called while sending: the row must already be committed, outside any transaction.
        seen["in_transaction"] = connection.in_atomic_block
        seen["rows"] = Message.objects.count()
        raise BrokenMailServer("down")

    monkeypatch.setattr("django.core.mail.backends.locmem.EmailBackend.send_messages", check_then_refuse)
    assert client.post(CONTACT, message_form_data()).status_code == 302
    assert seen == {"in_transaction": False, "rows": 1}
    assert Message.objects.get().staff_notified is False

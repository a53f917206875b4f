"""Public questions and answers: only consented, answered, staff-published messages are
shown, on their procedure's page, with the first name and date and never email or phone."""

import datetime

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from patients.models import Message
from tests.factories import MessageFactory, ProcedureFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def procedure():
    return ProcedureFactory(name="Knee injection")


def published(procedure, **fields):
    defaults = dict(procedure=procedure, consent_to_publish=True, staff_reply="Yes, rest for a day.",
                    is_published=True, published_at=timezone.now())
    return MessageFactory(**{**defaults, **fields})


def test_only_consented_and_published_messages_appear(client, procedure):
    shown = published(procedure, name="Rosa Martinez Lopez", email="rosa@mail.example", phone="(314) 555-0177",
                      body="Can I walk the dog after my knee injection?")
    MessageFactory(procedure=procedure, consent_to_publish=True, staff_reply="Answer", body="Consented, not published")
    MessageFactory(procedure=procedure, consent_to_publish=False, staff_reply="Answer", body="Answered, no consent")
    MessageFactory(procedure=ProcedureFactory(), consent_to_publish=True, staff_reply="Answer",
                   is_published=True, body="Published on another procedure")
    Message.objects.filter(pk=shown.pk).update(created_at=timezone.make_aware(datetime.datetime(2026, 3, 4, 10)))

    html = client.get(procedure.get_absolute_url()).content.decode()
    assert "Questions from visitors" in html and '<a href="#visitor-questions">' in html
    assert "Can I walk the dog after my knee injection?" in html and "Yes, rest for a day." in html
    assert "Rosa asked on March 4, 2026" in html
    for private in ["Martinez", "Lopez", "rosa@mail.example", "555-0177"]:
        assert private not in html, private
    for hidden in ["Consented, not published", "Answered, no consent", "Published on another procedure"]:
        assert hidden not in html


def test_no_questions_section_when_none_are_published(client, procedure):
    MessageFactory(procedure=procedure, body="A private question")
    html = client.get(procedure.get_absolute_url()).content.decode()
    assert "Questions from visitors" not in html and "A private question" not in html


def test_staff_edited_question_replaces_the_visitors_words(client, procedure):
    published(procedure, body="I am Rosa from 12 Oak St, can I drive?", public_question="Can I drive after the injection?")
    html = client.get(procedure.get_absolute_url()).content.decode()
    assert "Can I drive after the injection?" in html and "12 Oak St" not in html


def test_published_text_is_escaped(client, procedure):
    published(procedure, name="<b>Eve</b>", body="<script>alert(1)</script>", staff_reply="<img src=x onerror=alert(2)>")
    html = client.get(procedure.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&lt;img src=x onerror=alert(2)&gt;" in html


def test_database_refuses_publishing_without_consent_or_answer(procedure):
    for fields in [dict(consent_to_publish=False), dict(staff_reply=""), dict(status="spam")]:
        with pytest.raises(IntegrityError), transaction.atomic():
            published(procedure, **fields)


def test_spam_never_shows_even_if_it_was_published(client, procedure):
    message = published(procedure, body="Was fine until marked spam")
    Message.objects.filter(pk=message.pk).update(status="spam", is_published=False)
    assert "Was fine until marked spam" not in client.get(procedure.get_absolute_url()).content.decode()


def test_publishing_and_unpublishing_in_the_admin_show_at_once(client, staff_client, procedure):
    message = MessageFactory(procedure=procedure, consent_to_publish=True, staff_reply="Ice helps.",
                             body="Should I use ice or heat?")
    page = procedure.get_absolute_url()
    assert "Should I use ice or heat?" not in client.get(page).content.decode()  # and now cached

    changelist = reverse("admin:patients_message_changelist")
    staff_client.post(changelist, {"action": "publish", "_selected_action": [message.pk]})
    assert "Should I use ice or heat?" in client.get(page).content.decode()

    staff_client.post(reverse("admin:patients_message_change", args=[message.pk]), {
        "status": "answered", "staff_reply": "Ice for the first day, then heat.", "public_question": "",
    })
    assert "Ice for the first day, then heat." in client.get(page).content.decode()

    staff_client.post(changelist, {"action": "unpublish", "_selected_action": [message.pk]})
    assert "Should I use ice or heat?" not in client.get(page).content.decode()

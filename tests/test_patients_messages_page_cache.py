"""The message form on a procedure page that comes from the page cache: each visitor gets
their own CSRF token and a fresh form time, and the form still sends; published
questions show as soon as they change."""

import re

import pytest
from django.test import Client
from django.utils import timezone

from patients.models import Message
from patients.spam import read_form_timer
from tests.factories import MessageFactory, ProcedureFactory, message_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def procedure():
    return ProcedureFactory(name="Knee injection", slug="knee-injection")


def hidden_value(html, name):
    return re.search(rf'name="{name}" value="([^"]*)"', html).group(1)


def test_a_cached_page_gives_each_visitor_their_own_token_and_a_fresh_form_time(procedure, monkeypatch):
    clock = [1_900_000_000.0]
    monkeypatch.setattr("patients.spam.time.time", lambda: clock[0])
    first = Client().get(procedure.get_absolute_url())
    clock[0] += 5000  # much later, the page is still in the cache
    visitor = Client()
    second = visitor.get(procedure.get_absolute_url())
    assert first.templates and not second.templates  # the second came from the cache

    first_html, second_html = first.content.decode(), second.content.decode()
    assert hidden_value(first_html, "csrfmiddlewaretoken") != hidden_value(second_html, "csrfmiddlewaretoken")
    timer = read_form_timer(token=hidden_value(second_html, "form_started"), now=clock[0])
    assert timer.problem == "" and timer.seconds_open == pytest.approx(0, abs=0.01)


def test_the_form_on_a_cached_page_sends_with_real_csrf_checks(procedure, settings):
    settings.MESSAGES_MIN_FILL_SECONDS = 0
    Client().get(procedure.get_absolute_url())  # fills the cache
    visitor = Client(enforce_csrf_checks=True)
    response = visitor.get(procedure.get_absolute_url())
    assert not response.templates
    send_the_message_form(visitor, response.content.decode(), procedure)


def send_the_message_form(visitor, html, procedure):
    """Sends the form on the procedure page `html` as its visitor; the message is stored."""
    action = re.search(r'<form method="post" action="([^"]+)" class="message-form"', html).group(1)
    data = message_form_data(
        csrfmiddlewaretoken=hidden_value(html, "csrfmiddlewaretoken"),
        form_started=hidden_value(html, "form_started"),
    )
    response = visitor.post(action, data)
    assert response.status_code == 302
    message = Message.objects.get()
    assert message.procedure == procedure and message.status != Message.Status.SPAM


def test_a_published_question_shows_at_once_and_a_new_private_message_keeps_the_cache(procedure):
    visitor = Client()
    visitor.get(procedure.get_absolute_url())
    MessageFactory(procedure=procedure, body="Private: my neighbour Bob drives me.")
    assert not visitor.get(procedure.get_absolute_url()).templates  # nothing public changed

    MessageFactory(
        procedure=procedure, consent_to_publish=True, staff_reply="Yes, after 24 hours.",
        public_question="Can I swim after the injection?", is_published=True, published_at=timezone.now(),
    )
    html = visitor.get(procedure.get_absolute_url()).content.decode()
    assert "Can I swim after the injection?" in html and "Yes, after 24 hours." in html
    assert "neighbour Bob" not in html

    Message.objects.filter(procedure=procedure).update(is_published=False)
    assert "Can I swim after the injection?" not in visitor.get(procedure.get_absolute_url()).content.decode()

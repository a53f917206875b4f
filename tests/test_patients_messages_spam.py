"""Spam and abuse: suspected spam is stored as Spam (never dropped) behind the same
thank-you page; an expired form comes back to the person; too many messages get a 429."""

import datetime
import re
import time

import pytest
from django.test import Client, RequestFactory
from django.urls import reverse

from patients import ratelimit, spam
from patients.models import Message
from tests.factories import message_form_data

pytestmark = pytest.mark.django_db

CONTACT = "/contact/"


def post_and_follow(client, data, **extra):
    response = client.post(CONTACT, data, **extra)
    assert response.status_code == 302, response.content.decode()[:500]
    thanks = client.get(response["Location"])
    return thanks.content.decode()


@pytest.mark.parametrize(
    "overrides,reason",
    [
        ({"website": "http://cheap.example"}, "hidden field"),
        ({"seconds_ago": 1}, "seconds after the form was shown"),
        ({"form_started": ""}, "timer was missing or altered"),
        ({"form_started": "MTc5NTU2MTU1Ny40MjE:1xVzaH:forged-signature"}, "timer was missing or altered"),
        ({"body": "Buy now http://a.example http://b.example www.c.example https://d.example"}, "4 links"),
    ],
)
def test_suspected_spam_is_stored_as_spam_behind_the_same_thank_you_page(client, mailoutbox, overrides, reason):
    html = post_and_follow(client, message_form_data(**overrides))
    message = Message.objects.get()
    assert message.status == Message.Status.SPAM
    assert reason in message.spam_reason
    # Same page as a real message: a robot cannot tell it was caught.
    assert "Thank you: we have your message" in html and message.reference in html
    # Staff are not woken up for spam, and the retry command leaves it alone too.
    assert mailoutbox == [] and not message.staff_notified
    assert not Message.objects.waiting_for_notification().exists()


def test_three_links_are_fine(client):
    post_and_follow(client, message_form_data(body="See https://a.example, https://b.example and www.c.example"))
    assert Message.objects.get().status == Message.Status.NEW


def test_expired_form_comes_back_with_everything_kept_and_a_fresh_timer(client):
    data = message_form_data(seconds_ago=25 * 60 * 60, body="Written yesterday, sent today.")
    response = client.post(CONTACT, data)
    html = response.content.decode()
    assert response.status_code == 200 and not Message.objects.exists()
    assert "This page was open for more than a day" in html
    assert "Written yesterday, sent today.</textarea>" in html and 'value="Maria Lopez"' in html
    fresh = re.search(r'name="form_started" value="([^"]+)"', html).group(1)
    assert fresh != data["form_started"]

    # Pressing Send again at once is a person finishing, not a robot.
    data["form_started"] = fresh
    client.post(CONTACT, data)
    assert Message.objects.get().status == Message.Status.NEW


def test_a_form_with_mistakes_keeps_its_original_timer(client):
    data = message_form_data(seconds_ago=60, email="not-an-email")
    html = client.post(CONTACT, data).content.decode()
    assert f'name="form_started" value="{data["form_started"]}"' in html


def test_over_the_rate_limit_gets_a_429_with_the_time_and_the_filled_form(client, settings):
    settings.MESSAGES_RATE_LIMIT_COUNT = 5
    settings.MESSAGES_RATE_LIMIT_SECONDS = 600
    for n in range(5):
        assert client.post(CONTACT, message_form_data(body=f"Message {n}")).status_code == 302

    response = client.post(CONTACT, message_form_data(body="The sixth one, please keep it."))
    html = response.content.decode()
    assert response.status_code == 429
    assert 590 <= int(response["Retry-After"]) <= 600
    assert "Please wait before sending another message" in html
    assert re.search(r"please try again after \d{1,2}:\d\d [ap]\.m\. \(in about 10 minutes\)", html)
    # Nothing lost: the filled form is on the page, ready to send again later.
    assert "The sixth one, please keep it.</textarea>" in html and 'value="Maria Lopez"' in html
    assert 'action="/contact/"' in html
    assert Message.objects.count() == 5

    # Another address is not affected.
    assert client.post(CONTACT, message_form_data(), REMOTE_ADDR="203.0.113.9").status_code == 302


def test_mistakes_do_not_count_toward_the_rate_limit(client, settings):
    settings.MESSAGES_RATE_LIMIT_COUNT = 2
    for _ in range(5):
        assert client.post(CONTACT, message_form_data(email="wrong")).status_code == 200
    assert client.post(CONTACT, message_form_data()).status_code == 302


def test_rate_limit_window_slides(settings):
    settings.MESSAGES_RATE_LIMIT_COUNT = 2
    settings.MESSAGES_RATE_LIMIT_SECONDS = 600
    start = 1_000_000.0
    assert ratelimit.register_submission(client="198.51.100.1", now=start).allowed
    assert ratelimit.register_submission(client="198.51.100.1", now=start + 100).allowed
    blocked = ratelimit.register_submission(client="198.51.100.1", now=start + 200)
    assert not blocked.allowed
    assert blocked.retry_at == datetime.datetime.fromtimestamp(start + 600, tz=datetime.timezone.utc)
    assert ratelimit.register_submission(client="198.51.100.1", now=start + 601).allowed


def test_client_ip_ignores_forwarded_for_unless_a_proxy_is_trusted(settings):
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 198.51.100.7")
    settings.TRUSTED_PROXY_COUNT = 0
    assert ratelimit.client_ip(request) == "10.0.0.1"
    settings.TRUSTED_PROXY_COUNT = 1
    # The right-most entry is what our proxy saw; "6.6.6.6" is whatever the client claimed.
    assert ratelimit.client_ip(request) == "198.51.100.7"
    settings.TRUSTED_PROXY_COUNT = 3
    assert ratelimit.client_ip(request) == "10.0.0.1"  # fewer entries than proxies: do not guess


def test_spoofed_forwarded_for_does_not_escape_the_limit(client, settings):
    settings.MESSAGES_RATE_LIMIT_COUNT = 1
    assert client.post(CONTACT, message_form_data(), HTTP_X_FORWARDED_FOR="192.0.2.1").status_code == 302
    assert client.post(CONTACT, message_form_data(), HTTP_X_FORWARDED_FOR="192.0.2.2").status_code == 429


def test_form_timer_rules():
    now = time.time()
    assert spam.read_form_timer(token=spam.sign_form_start(at=now - 10), now=now).problem == ""
    assert spam.read_form_timer(token=spam.sign_form_start(at=now - 2), now=now).too_fast
    assert not spam.read_form_timer(token=spam.sign_form_start(at=now - 4), now=now).too_fast
    assert spam.read_form_timer(token=spam.sign_form_start(at=now - 86401), now=now).expired
    assert spam.read_form_timer(token="garbage", now=now).problem == "altered"
    assert spam.read_form_timer(token="", now=now).problem == "missing"


def test_link_counting():
    assert spam.count_links(texts=["no links here, just a.b"]) == 0
    assert spam.count_links(texts=["http://x.example", "WWW.y.example [url=z]", '<a href="q">']) == 4


def test_csrf_is_enforced():
    csrf_client = Client(enforce_csrf_checks=True)
    response = csrf_client.post(reverse("patients:contact"), message_form_data())
    assert response.status_code == 403
    assert not Message.objects.exists()

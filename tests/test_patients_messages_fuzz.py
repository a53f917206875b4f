"""1,000 random posts to the message forms: never a server error, and every answer is
one a visitor can act on (the form with its errors, the thank-you page, or "please wait")."""

import time
from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from patients.models import Message
from patients.spam import sign_form_start
from tests.factories import ProcedureFactory

pytestmark = pytest.mark.django_db

ANY_TEXT = st.text(max_size=300)
# Unicode hazards: NUL and other controls, line breaks, right-to-left marks, emoji, markup.
TRICKY = st.sampled_from([
    "\x00", "\r\nBcc: x@evil.example", "\u202e", "\u200b", "😀", "<script>alert(1)</script>",
    "' OR 1=1 --", "%00", "http://a.example " * 4, "=cmd|' /C calc'!A0", "a" * 5001, "  ",
])
TEXT = st.one_of(ANY_TEXT, TRICKY, st.lists(st.one_of(ANY_TEXT, TRICKY), max_size=4).map("".join))
TOPICS = st.one_of(st.sampled_from([choice for choice, _ in Message.Topic.choices]), TEXT)


def timer():
    return st.one_of(
        st.floats(min_value=-5, max_value=3 * 86400).map(lambda ago: sign_form_start(at=time.time() - ago)),
        TEXT,
    )


FORM = st.fixed_dictionaries(
    {},
    optional={
        "name": st.one_of(st.just("Maria Lopez"), TEXT),
        "email": st.one_of(st.just("maria@mail.example"), st.emails().map(str), TEXT),
        "phone": st.one_of(st.just("(314) 555-0123"), TEXT),
        "topic": TOPICS,
        "procedure": st.one_of(st.just("1"), TEXT),
        "body": st.one_of(st.just("Can I drive home?"), TEXT),
        "consent_to_publish": st.one_of(st.just("on"), TEXT),
        "website": st.one_of(st.just(""), TEXT),
        "form_started": timer(),
    },
)


@pytest.fixture
def procedure_url(db):
    return f"/contact/about/{ProcedureFactory().slug}/"


@settings(
    max_examples=1000,
    deadline=None,
    # The client, database and cache are shared across examples on purpose: rows and rate
    # counts pile up, as they do on a real server.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    form=FORM,
    extra=st.dictionaries(st.text(min_size=1, max_size=20), TEXT, max_size=3),
    address=st.ip_addresses().map(str),
    to_procedure=st.booleans(),
)
def test_random_posts_never_cause_a_server_error(client, procedure_url, form, extra, address, to_procedure):
    url = procedure_url if to_procedure else "/contact/"
    # Sent the way a browser sends this form: URL-encoded.
    body = urlencode({**extra, **form})
    response = client.post(url, body, content_type="application/x-www-form-urlencoded", REMOTE_ADDR=address)
    assert response.status_code in {200, 302, 429}, response.status_code
    if response.status_code == 302:
        assert response["Location"].startswith("/contact/thanks/")
    else:
        html = response.content.decode()
        assert "<script>alert(1)</script>" not in html
        assert 'name="csrfmiddlewaretoken"' in html and 'name="form_started"' in html

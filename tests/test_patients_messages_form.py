"""Leaving a message: the form, its notices and errors, storing, the thank-you page."""

import re

import pytest
from django.urls import reverse

from patients.models import Message
from procedures.models import ClinicSettings
from tests.factories import ProcedureFactory, message_form_data

pytestmark = pytest.mark.django_db

CONTACT = "/contact/"


@pytest.fixture
def clinic(db):
    return ClinicSettings.objects.create(
        name="Test Clinic", main_phone="(314) 555-0140", after_hours_phone="(314) 555-0141"
    )


def test_contact_page_has_the_form_notices_and_clinic_phone(client, clinic):
    html = client.get(CONTACT).content.decode()
    assert "Required fields are marked" in html
    assert "Your email address will not be published." in html
    assert "Do not use this form for emergencies: call" in html and 'href="tel:911"' in html
    assert "For urgent questions about your procedure, call" in html
    assert 'href="tel:+13145550140">(314) 555-0140</a>' in html
    for field in ["name", "email", "phone", "topic", "procedure", "body", "consent_to_publish"]:
        assert f'<label for="id_{field}"' in html or f'for="id_{field}"' in html, field
    assert 'name="csrfmiddlewaretoken"' in html and 'name="form_started"' in html
    # The visitor chooses the topic: nothing is chosen for them.
    assert '<option value="" selected>Choose a topic</option>' in html


def test_contact_link_in_site_navigation(client, clinic):
    html = client.get("/").content.decode()
    assert f'href="{reverse("patients:contact")}"' in html and ">Contact</a>" in html


def test_procedure_page_carries_a_form_tied_to_that_procedure(client, clinic):
    procedure = ProcedureFactory(name="Knee injection", slug="knee-injection")
    html = client.get(procedure.get_absolute_url()).content.decode()
    assert 'action="/contact/about/knee-injection/"' in html
    assert '<a href="#leave-message">Leave a message</a>' in html
    assert 'id="leave-message"' in html and "Your email address will not be published." in html
    assert '<option value="procedure_question" selected>' in html
    # The procedure comes from the address, not from a field anyone could change.
    assert 'name="procedure"' not in html

    response = client.post("/contact/about/knee-injection/", message_form_data())
    message = Message.objects.get()
    assert message.procedure == procedure
    assert response.status_code == 302


def test_unpublished_procedure_takes_no_messages(client, clinic):
    procedure = ProcedureFactory(is_published=False)
    response = client.post(reverse("patients:procedure_message", args=[procedure.slug]), message_form_data())
    assert response.status_code == 404
    assert not Message.objects.exists()


def test_valid_post_is_stored_notified_and_redirected_to_thanks(client, clinic, mailoutbox, settings):
    settings.SITE_URL = "https://clinic.example"
    settings.CLINIC_NOTIFY_EMAILS = ["frontdesk@clinic.example", "nurse@clinic.example"]
    procedure = ProcedureFactory(name="Facet joint injection")
    data = message_form_data(
        topic="after_procedure",
        procedure=str(procedure.pk),
        body="My back is sore since Tuesday. Is that normal?",
        consent_to_publish="on",
    )
    response = client.post(CONTACT, data)

    message = Message.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("patients:thanks", args=[message.reference])
    assert (message.name, message.email, message.phone) == ("Maria Lopez", "maria@mail.example", "(314) 555-0123")
    assert message.topic == "after_procedure" and message.procedure == procedure
    assert message.consent_to_publish and not message.is_published
    assert message.status == Message.Status.NEW and message.spam_reason == ""
    assert message.staff_notified and message.notified_at is not None

    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == ["frontdesk@clinic.example", "nurse@clinic.example"]
    assert message.reference in mail.subject
    assert f"https://clinic.example/admin/patients/message/{message.pk}/change/" in mail.body
    # Privacy: the e-mail says where to look, never what was written or who wrote it.
    for private in ["sore since Tuesday", "Maria", "Lopez", "maria@mail.example", "555-0123"]:
        assert private not in mail.body and private not in mail.subject

    thanks = client.get(response["Location"]).content.decode()
    assert "Thank you" in thanks and message.reference in thanks
    assert "What happens next" in thanks
    assert "sore since Tuesday" not in thanks


def test_reference_is_a_random_code_not_the_row_id(client, clinic):
    for _ in range(3):
        client.post(CONTACT, message_form_data())
    references = list(Message.objects.values_list("reference", flat=True))
    assert len(set(references)) == 3
    for reference in references:
        assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}", reference)
        assert not reference.replace("-", "").isdigit()


def test_unknown_reference_gives_404(client, clinic):
    assert client.get(reverse("patients:thanks", args=["ZZZZ-ZZZZ"])).status_code == 404


@pytest.mark.parametrize(
    "field,value,error",
    [
        ("name", "", "Enter your name."),
        ("name", "x" * 101, "Your name can be at most 100 characters (it has 101)."),
        ("name", "<b>Maria</b>", "Use only letters, spaces and . , &#x27; - &amp; ( ) in your name."),
        ("email", "", "Enter your email address."),
        ("email", "maria-at-mail", "Enter an email address like name@example.com."),
        ("phone", "call me", "Use only numbers, spaces and + ( ) - in your phone number."),
        ("phone", "12", "Enter a phone number with 7 to 15 digits"),
        ("topic", "", "Choose what your message is about."),
        ("topic", "billing-dept", "Choose one of the topics in the list."),
        ("procedure", "99999", "Choose one of the procedures in the list."),
        ("body", "   ", "Write your message."),
        ("body", "a" * 5001, "Your message can be at most 5000 characters (it has 5001)."),
    ],
)
def test_each_invalid_field_gives_its_error_and_keeps_the_other_values(client, clinic, field, value, error):
    data = message_form_data(**{"body": "My knee still hurts.", field: value})
    response = client.post(CONTACT, data)
    html = response.content.decode()
    assert response.status_code == 200
    assert not Message.objects.exists()
    assert error in html
    # The summary at the top links to the field, so following it moves focus there.
    summary = html[html.index('id="error-summary"'):html.index("</div>", html.index('id="error-summary"'))]
    assert f'<a href="#id_{field}">' in summary and error in summary
    assert "<title>Error:" in html
    # Everything else the visitor typed is still there.
    kept = {"name": 'value="Maria Lopez"', "email": 'value="maria@mail.example"',
            "phone": 'value="(314) 555-0123"', "body": "My knee still hurts.</textarea>"}
    for other, marker in kept.items():
        if other != field:
            assert marker in html, other
    # Django links the field to its error for screen readers.
    assert re.search(rf'aria-invalid="true"[^>]*id="id_{field}"|id="id_{field}"[^>]*aria-invalid="true"', html)


def test_line_breaks_count_once_toward_the_length_cap(client, clinic):
    # Browsers send each line break as \r\n; 2,500 of them plus text is still under 5,000 characters.
    body = "ok\r\n" * 1250
    client.post(CONTACT, message_form_data(body=body))
    assert Message.objects.get().body == ("ok\n" * 1250).strip()


def test_script_is_stored_inert_and_shown_escaped(client, clinic, staff_client):
    attack = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    client.post(CONTACT, message_form_data(body=attack))
    message = Message.objects.get()
    assert message.body == attack  # stored exactly, as text

    admin_html = staff_client.get(reverse("admin:patients_message_change", args=[message.pk])).content.decode()
    assert "<script>alert" not in admin_html and "<img src=x" not in admin_html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in admin_html


def test_header_injection_attempts_stay_inert(client, clinic, mailoutbox, settings):
    settings.CLINIC_NOTIFY_EMAILS = ["frontdesk@clinic.example"]
    # In the e-mail address: refused with a clear message, nothing sent.
    response = client.post(CONTACT, message_form_data(email="maria@mail.example\r\nBcc: victim@evil.example"))
    assert response.status_code == 200 and "Enter an email address like name@example.com." in response.content.decode()
    # In the name: folded onto one line, and refused (a name has no colon or @).
    response = client.post(CONTACT, message_form_data(name="Maria\r\nBcc: victim@evil.example"))
    assert "Use only letters" in response.content.decode()
    assert not Message.objects.exists() and mailoutbox == []

    # In the message: stored as text; the e-mail never carries visitor text, so no header appears.
    body = "Hello\r\nBcc: victim@evil.example\r\nSubject: free pills"
    client.post(CONTACT, message_form_data(body=body))
    message = Message.objects.get()
    assert message.body == "Hello\nBcc: victim@evil.example\nSubject: free pills"
    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == ["frontdesk@clinic.example"] and mail.bcc == [] and mail.cc == []
    raw = mail.message().as_string()
    assert "victim@evil.example" not in raw and "free pills" not in raw


def test_invisible_control_characters_are_dropped_not_errors(client, clinic):
    # NUL, bell, and in a name also invisible format marks such as a right-to-left override.
    client.post(CONTACT, message_form_data(name="Ma\x00ria\u202e Lopez", body="Hi\x07 there\x00"))
    message = Message.objects.get()
    assert message.name == "Maria Lopez"
    assert message.body == "Hi there"


def test_error_summary_script_is_a_static_file(client, clinic):
    html = client.post(CONTACT, message_form_data(name="")).content.decode()
    assert re.search(r'<script src="/static/js/error-summary\.js" defer></script>', html)
    # Content-Security-Policy allows no inline code: no handlers, no inline scripts or styles.
    assert "onclick" not in html and "<script>" not in html and "style=" not in html
    assert client.get("/static/js/error-summary.js").status_code == 200

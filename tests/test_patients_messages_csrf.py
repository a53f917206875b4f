"""A failed CSRF check (an old page, a blocked cookie) gives the message back, unsent."""

import pytest
from django.test import Client

from patients.models import Message
from procedures.models import ClinicSettings
from tests.factories import ProcedureFactory, message_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def strict_client(db):
    ClinicSettings.objects.create(name="Test Clinic", main_phone="(314) 555-0140", after_hours_phone="(314) 555-0141")
    return Client(enforce_csrf_checks=True)


def test_contact_post_without_token_shows_the_filled_form_again(strict_client):
    body = "My knee is still sore on day three. Is that normal?"
    response = strict_client.post("/contact/", message_form_data(body=body))
    html = response.content.decode()
    assert response.status_code == 403
    assert "Your message has not been sent yet" in html
    assert body in html and "Maria Lopez" in html and "maria@mail.example" in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert Message.objects.count() == 0


def test_procedure_message_without_token_keeps_the_procedure(strict_client):
    procedure = ProcedureFactory(name="Knee injection")
    response = strict_client.post(f"/contact/about/{procedure.slug}/", message_form_data())
    assert response.status_code == 403
    assert "Knee injection" in response.content.decode()


def test_the_refilled_form_can_then_be_sent(strict_client):
    strict_client.post("/contact/", message_form_data())
    response = strict_client.post(
        "/contact/", message_form_data(csrfmiddlewaretoken=strict_client.cookies["csrftoken"].value)
    )
    assert response.status_code == 302
    assert Message.objects.count() == 1


def test_other_csrf_failures_get_a_plain_page(strict_client):
    response = strict_client.post("/procedures/", {})
    assert response.status_code == 403
    html = response.content.decode()
    assert "Please try again" in html and "tel:" in html

"""Repeated wrong passwords pause sign-in for that name from that address (django-axes)."""

import datetime

import pytest
from axes.models import AccessAttempt
from django.test import Client

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-test-password"


@pytest.fixture
def staff_user(django_user_model):
    return django_user_model.objects.create_superuser("frontdesk", "frontdesk@clinic.example", PASSWORD)


def sign_in(client, password, username="frontdesk"):
    return client.post("/admin/login/?next=/admin/", {"username": username, "password": password})


def test_fifth_wrong_password_pauses_sign_in_with_a_clear_message(client, staff_user):
    for _ in range(4):
        response = sign_in(client, "wrong-guess")
        assert response.status_code == 200
        assert "Please enter the correct username and password" in response.content.decode()
    response = sign_in(client, "wrong-guess")
    html = response.content.decode()
    assert response.status_code == 429
    assert "Sign-in is paused for 15 minutes" in html
    assert "The password was wrong 5 times in a row for “frontdesk”" in html
    assert "Wait 15 minutes, then try again." in html


def test_during_the_pause_even_the_right_password_is_refused(client, staff_user):
    for _ in range(5):
        sign_in(client, "wrong-guess")
    response = sign_in(client, PASSWORD)
    assert response.status_code == 429
    assert "Sign-in is paused" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_after_the_pause_the_right_password_works_again(client, staff_user):
    for _ in range(5):
        sign_in(client, "wrong-guess")
    AccessAttempt.objects.update(attempt_time=datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=16))
    response = sign_in(client, PASSWORD)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(staff_user.pk)


def test_a_pause_for_one_address_does_not_lock_out_the_same_name_elsewhere(client, staff_user):
    for _ in range(5):
        sign_in(client, "wrong-guess")
    elsewhere = Client(REMOTE_ADDR="203.0.113.7")
    assert sign_in(elsewhere, PASSWORD).status_code == 302


def test_a_successful_sign_in_forgets_earlier_typos(client, staff_user):
    for _ in range(4):
        sign_in(client, "wrong-guess")
    assert sign_in(client, PASSWORD).status_code == 302
    client.logout()
    for _ in range(4):
        assert sign_in(client, "wrong-guess").status_code == 200
    assert sign_in(client, PASSWORD).status_code == 302


def test_behind_a_proxy_the_visitors_address_is_the_one_the_proxy_added(settings, staff_user):
    settings.TRUSTED_PROXY_COUNT = 1
    # The first address is whatever the visitor claimed; the proxy appended the real one.
    attacker = Client(REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.1, 192.0.2.44")
    for _ in range(5):
        sign_in(attacker, "wrong-guess")
    assert AccessAttempt.objects.get().ip_address == "192.0.2.44"
    colleague = Client(REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="192.0.2.99")
    assert sign_in(colleague, PASSWORD).status_code == 302

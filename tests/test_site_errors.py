"""With debug off, an error shows a calm page, never a stack trace, and is logged."""

import logging

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_server_error_shows_a_calm_page_without_details(settings, broken_home_page, clinic_content):
    settings.DEBUG = False
    response = Client(raise_request_exception=False).get("/")
    html = response.content.decode()
    assert response.status_code == 500
    assert "Sorry, something went wrong on our side" in html
    assert "tel:+1" in html  # the clinic's phone, so a patient can still reach someone
    assert "Traceback" not in html and "RuntimeError" not in html
    assert broken_home_page not in html


def test_server_error_is_logged_with_its_traceback(settings, broken_home_page, caplog):
    settings.DEBUG = False
    with caplog.at_level(logging.ERROR, logger="django.request"):
        Client(raise_request_exception=False).get("/")
    [record] = [r for r in caplog.records if r.name == "django.request"]
    assert record.levelno == logging.ERROR
    assert record.exc_info and str(record.exc_info[1]) == broken_home_page


def test_not_found_shows_no_debug_details(client, settings):
    settings.DEBUG = False
    html = client.get("/procedures/no-such-procedure/").content.decode()
    assert "We could not find that page" in html
    assert "URLconf" not in html and "Traceback" not in html


def test_the_spanish_error_page_links_home_in_spanish(settings, broken_home_page, clinic_content):
    settings.DEBUG = False
    html = Client(raise_request_exception=False).get("/es/").content.decode()
    assert "Lo sentimos, algo salió mal de nuestro lado" in html
    assert 'href="/es/"' in html and 'href="/"' not in html
    english = Client(raise_request_exception=False).get("/").content.decode()
    assert 'href="/"' in english and 'href="/es/"' not in english

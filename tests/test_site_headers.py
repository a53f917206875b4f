"""Every response carries the security headers: a page, the admin, error pages, static files."""

import pytest
from django.test import Client

from tests.factories import ProcedureFactory

pytestmark = pytest.mark.django_db


def csp_directives(response):
    policy = response.headers["Content-Security-Policy"]
    directives = {}
    for part in policy.split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


def assert_security_headers(response):
    headers = response.headers
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
    for feature in ["camera=()", "microphone=()", "geolocation=()", "payment=()", "browsing-topics=()"]:
        assert feature in headers["Permissions-Policy"]

    csp = csp_directives(response)
    assert csp["default-src"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["object-src"] == ["'none'"]
    for directive in ["script-src", "style-src"]:
        assert "'self'" in csp[directive]
        assert "'unsafe-inline'" not in csp[directive]
        assert "'unsafe-eval'" not in csp[directive]
    # Nothing may load from another site (no CDN, no analytics).
    for values in csp.values():
        assert not [value for value in values if value.startswith(("http:", "https:", "*"))]


def test_public_page_has_every_header(client):
    procedure = ProcedureFactory()
    response = client.get(procedure.get_absolute_url(), secure=True)
    assert response.status_code == 200
    assert_security_headers(response)


def test_admin_login_and_admin_pages_have_every_header(client, staff_client):
    assert_security_headers(Client().get("/admin/login/", secure=True))
    response = staff_client.get("/admin/procedures/procedure/", secure=True)
    assert response.status_code == 200
    assert_security_headers(response)


def test_not_found_page_has_every_header(client, settings):
    settings.DEBUG = False
    response = client.get("/no-such-page/", secure=True)
    assert response.status_code == 404
    assert "We could not find that page" in response.content.decode()
    assert_security_headers(response)


def test_server_error_page_has_every_header(settings, broken_home_page):
    settings.DEBUG = False
    response = Client(raise_request_exception=False).get("/", secure=True)
    assert response.status_code == 500
    assert_security_headers(response)


def test_static_file_has_every_header(client):
    response = client.get("/static/css/site.css", secure=True)
    assert response.status_code == 200
    assert_security_headers(response)


def test_admin_thumbnails_are_styled_by_a_stylesheet_not_inline(staff_client):
    procedure = ProcedureFactory()
    html = staff_client.get(f"/admin/procedures/procedure/{procedure.pk}/change/").content.decode()
    assert 'class="admin-thumbnail"' in html
    assert "procedures/admin.css" in html
    assert "style=" not in html


def test_session_and_csrf_cookies_are_http_only_and_same_site(client, django_user_model):
    django_user_model.objects.create_superuser("boss", "boss@clinic.example", "a-long-test-password")
    login_page = client.get("/admin/login/")
    assert login_page.cookies["csrftoken"]["samesite"] == "Lax"
    response = client.post(
        "/admin/login/?next=/admin/", {"username": "boss", "password": "a-long-test-password"}
    )
    assert response.status_code == 302
    session_cookie = response.cookies["sessionid"]
    assert session_cookie["httponly"] is True
    assert session_cookie["samesite"] == "Lax"

"""Cached pages answered early (procedures.page_cache_middleware): the same page and the
same headers as the normal path, each visitor's own CSRF token, a form that still sends,
staff never served a cached copy, and edits seen on the very next request."""

import re

import pytest
from django.core.handlers.base import BaseHandler
from django.middleware.csrf import CSRF_ALLOWED_CHARS, _unmask_cipher_token
from django.test import Client

from procedures import page_cache
from procedures.models import Procedure
from procedures.page_cache_middleware import THIS, unknown_inner_middleware
from tests import factories
from tests.test_patients_messages_page_cache import send_the_message_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def procedure():
    procedure = factories.ProcedureFactory(name="Facet joint injection", slug="facet-joint-injection")
    factories.FAQFactory(procedure=procedure, question="Will it hurt?", answer="A short sting.")
    Procedure.objects.filter(pk=procedure.pk).update(name_es="Inyección en las articulaciones facetarias")
    return procedure


@pytest.fixture
def resolved(monkeypatch):
    """The paths Django routed to a view; an early answer routes nothing."""
    paths = []
    original = BaseHandler.resolve_request

    def resolve_request(handler, request):
        paths.append(request.path)
        return original(handler, request)

    monkeypatch.setattr(BaseHandler, "resolve_request", resolve_request)
    return paths


@pytest.fixture
def normal_path_only(settings):
    """Settings without the early middleware: every request through the whole stack."""

    def use():
        settings.MIDDLEWARE = [name for name in settings.MIDDLEWARE if name != THIS]

    return use


def hidden_value(html, name):
    return re.search(rf'name="{name}" value="([^"]*)"', html).group(1)


def comparable(response):
    """Status, headers and page with this visitor's own values taken out."""
    html = response.content.decode()
    nonce = re.search(r"'nonce-([^']+)'", response.get("Content-Security-Policy", ""))
    if nonce:
        html = html.replace(nonce.group(1), "NONCE")
    html = re.sub(r'name="(csrfmiddlewaretoken|form_started)" value="[^"]*"', r'name="\1" value=""', html)
    headers = {
        name: re.sub(r"'nonce-[^']+'", "'nonce-NONCE'", value)
        for name, value in response.headers.items()
        if name != "Content-Length"  # the signed form time's length may differ by a digit
    }
    cookies = {
        name: {key: value for key, value in morsel.items() if value and key != "expires"}
        for name, morsel in response.cookies.items()
    }
    return response.status_code, headers, cookies, html


def pages_to_compare(procedure):
    url = procedure.get_absolute_url()
    return ["/", "/procedures/", url, f"/es{url}", "/es/procedures/"]


def test_the_early_answer_is_the_normal_answer(procedure, resolved, normal_path_only):
    urls = pages_to_compare(procedure)
    early = []
    for url in urls:
        Client().get(url)  # renders and stores the page
        resolved.clear()
        early.append(Client().get(url))
        assert resolved == [], f"{url} was not answered early"

    normal_path_only()
    for url, early_response in zip(urls, early):
        resolved.clear()
        normal = Client().get(url)
        assert resolved == [url] and not normal.templates  # from the cache, through the whole stack
        assert comparable(early_response) == comparable(normal), url


def test_the_early_answer_is_the_normal_one_for_a_returning_visitor_and_for_not_modified(
    procedure, resolved, normal_path_only
):
    url = procedure.get_absolute_url()
    Client().get(url)
    Client().get("/procedures/")
    etag = Client().get("/procedures/")["ETag"]

    def returning_visitor():
        visitor = Client()
        visitor.cookies["csrftoken"] = "A" * 32
        return visitor

    resolved.clear()
    early = [returning_visitor().get(url), Client().get("/procedures/", HTTP_IF_NONE_MATCH=etag), Client().head(url)]
    assert resolved == []
    normal_path_only()
    normal = [returning_visitor().get(url), Client().get("/procedures/", HTTP_IF_NONE_MATCH=etag), Client().head(url)]
    assert [r.status_code for r in early] == [200, 304, 200]
    for early_response, normal_response in zip(early, normal):
        assert comparable(early_response) == comparable(normal_response)
    # The returning visitor keeps their secret: the token in the page is made from it.
    assert _unmask_cipher_token(hidden_value(early[0].content.decode(), "csrfmiddlewaretoken")) == "A" * 32


def test_security_headers_on_an_early_answer(procedure, resolved):
    url = procedure.get_absolute_url()
    Client().get(url)
    resolved.clear()
    response = Client().get(url)
    assert resolved == []
    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert response["Content-Language"] == "en"
    assert "private" in response["Cache-Control"]
    assert "pagehole" not in response.content.decode()


@pytest.mark.urls("tests.test_procedures_page_cache")
def test_a_nonce_in_an_early_page_is_the_one_in_its_csp_header(resolved):
    factories.ImagingAreaFactory(name="Spine")
    Client().get("/visitor/")
    nonces = []
    for visitor in (Client(), Client()):
        resolved.clear()
        response = visitor.get("/visitor/")
        assert resolved == []
        nonce = response.content.decode().split("<p id=nonce>")[1].split("</p>")[0]
        assert f"'nonce-{nonce}'" in response["Content-Security-Policy"]
        nonces.append(nonce)
    assert nonces[0] != nonces[1]


def test_two_visitors_get_their_own_csrf_tokens_early(procedure, resolved):
    url = procedure.get_absolute_url()
    Client().get(url)
    resolved.clear()
    visitors = [Client(), Client()]
    tokens = [hidden_value(visitor.get(url).content.decode(), "csrfmiddlewaretoken") for visitor in visitors]
    assert resolved == []
    secrets = [visitor.cookies["csrftoken"].value for visitor in visitors]
    assert tokens[0] != tokens[1] and secrets[0] != secrets[1]
    assert [_unmask_cipher_token(token) for token in tokens] == secrets


def test_csrf_tokens_look_like_djangos_own():
    request = type("Request", (), {"META": {}})()
    tokens = {page_cache._fill_csrf(request) for _ in range(200)}
    secret = request.META["CSRF_COOKIE"]
    assert len(tokens) == 200 and request.META["CSRF_COOKIE_NEEDS_UPDATE"] is True
    assert all(len(token) == 64 and _unmask_cipher_token(token) == secret for token in tokens)
    # Every allowed character turns up, and nothing else.
    assert set("".join(tokens)) == set(CSRF_ALLOWED_CHARS)


def test_the_message_form_on_an_early_page_sends_with_real_csrf_checks(procedure, resolved, settings):
    settings.MESSAGES_MIN_FILL_SECONDS = 0
    url = procedure.get_absolute_url()
    Client().get(url)
    visitor = Client(enforce_csrf_checks=True)
    resolved.clear()
    html = visitor.get(url).content.decode()
    assert resolved == []
    send_the_message_form(visitor, html, procedure)


def test_staff_never_get_a_cached_page(procedure, resolved, staff_client):
    url = procedure.get_absolute_url()
    Client().get(url)
    Client().get(url)
    resolved.clear()
    response = staff_client.get(url)
    assert resolved == [url] and response.templates  # rendered for them
    hidden = factories.ProcedureFactory(name="Hidden injection", is_published=False)
    assert "Preview:" in staff_client.get(hidden.get_absolute_url()).content.decode()
    assert Client().get(hidden.get_absolute_url()).status_code == 404


def test_a_visitor_with_a_session_or_a_query_string_takes_the_normal_path(procedure, resolved):
    url = procedure.get_absolute_url()
    Client().get(url)
    with_session = Client()
    with_session.cookies["sessionid"] = "not-a-real-session"
    resolved.clear()
    with_session.get(url)
    Client().get(url + "?utm=x")
    assert resolved == [url, url]


def test_an_edit_shows_at_once_on_the_early_path(procedure, resolved, staff_client):
    url = procedure.get_absolute_url()
    visitor = Client()
    visitor.get(url)
    resolved.clear()
    assert "A short sting." in visitor.get(url).content.decode()
    assert resolved == []

    # From code, as in `manage.py shell`.
    Procedure.objects.filter(pk=procedure.pk).update(summary="Changed from the shell.")
    assert "Changed from the shell." in visitor.get(url).content.decode()

    # In the admin.
    from tests.test_procedures_page_cache import admin_post_back

    change_url = f"/admin/procedures/procedure/{procedure.pk}/change/"
    data = admin_post_back(staff_client.get(change_url), summary_en="Changed in the admin.")
    assert staff_client.post(change_url, data).status_code == 302
    html = visitor.get(url).content.decode()
    assert "Changed in the admin." in html and "Changed from the shell." not in html


def test_an_unknown_middleware_after_the_early_one_turns_it_off(settings):
    assert unknown_inner_middleware(settings.MIDDLEWARE) == []
    added = [*settings.MIDDLEWARE, "django.middleware.gzip.GZipMiddleware"]
    assert unknown_inner_middleware(added) == ["django.middleware.gzip.GZipMiddleware"]
    # CSP is skippable only when it also runs outside (it sets the header there).
    without_outer_csp = [name for name in settings.MIDDLEWARE if name != "csp.middleware.CSPMiddleware"]
    assert unknown_inner_middleware([*without_outer_csp, "csp.middleware.CSPMiddleware"]) == [
        "csp.middleware.CSPMiddleware"
    ]

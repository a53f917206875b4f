"""Public pages come from the shared page cache, yet every edit shows on the very next
request and no visitor ever gets another visitor's token, nonce or cookie-driven text."""

import datetime
import re
import zoneinfo
from types import SimpleNamespace

import pytest
from django.core.cache import caches
from django.template import engines
from django.urls import path
from django.views.generic import TemplateView

from procedures import page_cache
from procedures.models import FAQ, CareCard, ImagingArea, Office, Procedure
from tests import factories
from tests.conftest import admin_form_data

pytestmark = pytest.mark.django_db

CLINIC_TIME = zoneinfo.ZoneInfo("America/Chicago")


@pytest.fixture
def procedure():
    procedure = factories.ProcedureFactory(name="Facet joint injection", slug="facet-joint-injection")
    factories.FAQFactory(procedure=procedure, question="Will it hurt?", answer="A short sting.")
    factories.CareCardFactory(procedure=procedure, title="Call 911 now")
    office = factories.OfficeFactory(name="Kirkwood office")
    procedure.offices.add(office)
    return procedure


@pytest.fixture
def visitor():
    """A member of the public (staff_client is the `client` fixture, logged in)."""
    from django.test import Client

    return Client()


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def where_it_is_done(html):
    """The page's "Where it is done" section (the footer lists every office anyway)."""
    return html.split('id="where"', 1)[1].split("</section>", 1)[0]


def served_from_cache(client, url):
    """The page, and whether it came without rendering a template."""
    response = client.get(url)
    return response.content.decode(), not response.templates


# --- edits show at once ------------------------------------------------------------------

def without_visitor_values(html):
    return re.sub(r'name="(csrfmiddlewaretoken|form_started)" value="[^"]*"', "", html)


def test_second_view_comes_from_the_cache(client, procedure):
    first, first_cached = served_from_cache(client, procedure.get_absolute_url())
    second, second_cached = served_from_cache(client, procedure.get_absolute_url())
    assert not first_cached and second_cached
    assert without_visitor_values(first) == without_visitor_values(second)


def admin_post_back(response, **changes):
    """The admin change form on `response` as the browser posts it back, inlines included."""
    forms = [response.context["adminform"].form]
    for inline in response.context["inline_admin_formsets"]:
        forms += [inline.formset.management_form, *inline.formset.forms]
    data = {}
    for form in forms:
        data.update(admin_form_data(SimpleNamespace(context={"adminform": SimpleNamespace(form=form)})))
    data.update(changes)
    return data


def test_an_admin_edit_of_a_question_shows_on_the_next_request(visitor, staff_client, procedure):
    url = procedure.get_absolute_url()
    assert "A short sting." in page(visitor, url)

    change_url = f"/admin/procedures/procedure/{procedure.pk}/change/"
    data = admin_post_back(
        staff_client.get(change_url), summary_en="Now with a new summary.", **{"faqs-0-answer_en": "You may feel pressure."}
    )
    response = staff_client.post(change_url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors

    html = page(visitor, url)
    assert "Now with a new summary." in html and "You may feel pressure." in html
    assert "A short sting." not in html


def test_an_admin_unpublish_action_hides_the_page_at_once(visitor, staff_client, procedure):
    assert "Facet joint injection" in page(visitor, "/procedures/")
    response = staff_client.post(
        "/admin/procedures/procedure/",
        {"action": "unpublish", "_selected_action": [procedure.pk]},
    )
    assert response.status_code == 302
    assert "Facet joint injection" not in page(visitor, "/procedures/")
    assert visitor.get(procedure.get_absolute_url()).status_code == 404


def test_a_save_from_code_shows_on_the_next_request(client, procedure):
    url = procedure.get_absolute_url()
    assert "A short sting." in page(client, url)
    faq = FAQ.objects.get(procedure=procedure)
    faq.answer = "Most people feel only pressure."
    faq.save()
    assert "Most people feel only pressure." in page(client, url)


def test_a_queryset_update_from_code_shows_on_the_next_request(client, procedure):
    url = procedure.get_absolute_url()
    page(client, url)
    Procedure.objects.filter(pk=procedure.pk).update(summary="Updated from the shell.")
    assert "Updated from the shell." in page(client, url)
    FAQ.objects.filter(procedure=procedure).update(question="Does it hurt much?")
    assert "Does it hurt much?" in page(client, url)


def test_deleting_a_row_or_a_link_shows_on_the_next_request(client, procedure):
    url = procedure.get_absolute_url()
    html = page(client, url)
    assert "Call 911 now" in html and "Kirkwood office" in where_it_is_done(html)
    CareCard.objects.filter(procedure=procedure).delete()
    assert "Call 911 now" not in page(client, url)
    procedure.offices.clear()
    assert "Kirkwood office" not in where_it_is_done(page(client, url))


def test_swapping_links_between_two_pages_shows_on_both(client):
    first, second = factories.ProcedureFactory(), factories.ProcedureFactory()
    north, south = factories.OfficeFactory(name="North office"), factories.OfficeFactory(name="South office")
    first.offices.add(north)
    second.offices.add(south)
    assert "North office" in where_it_is_done(page(client, first.get_absolute_url()))
    assert "South office" in where_it_is_done(page(client, second.get_absolute_url()))
    # Same number of links, same ids in them: only which goes where changes.
    first.offices.set([south])
    second.offices.set([north])
    assert "South office" in where_it_is_done(page(client, first.get_absolute_url()))
    assert "North office" in where_it_is_done(page(client, second.get_absolute_url()))


def test_another_worker_with_its_own_memory_serves_the_same_fresh_page(client, procedure):
    url = procedure.get_absolute_url()
    page(client, url)
    caches[page_cache.CACHE_ALIAS].__dict__.pop("_recent_skeletons")  # as a second worker
    assert page_cache.content_version() == page_cache.content_version()
    html, cached = served_from_cache(client, url)
    assert cached and "A short sting." in html
    Procedure.objects.filter(pk=procedure.pk).update(summary="Seen by every worker.")
    assert "Seen by every worker." in page(client, url)


def test_the_page_cache_is_shared_by_workers(settings):
    from clinic_site import settings as project_settings

    backends = {alias: config["BACKEND"] for alias, config in project_settings.CACHES.items()}
    assert "locmem" not in " ".join(backends.values()).lower()
    assert backends[page_cache.CACHE_ALIAS].endswith(("FileBasedCache", "RedisCache"))


# --- who gets a cached page ----------------------------------------------------------------

def test_staff_preview_is_never_cached_for_the_public(visitor, staff_client):
    hidden = factories.ProcedureFactory(name="Hidden injection", is_published=False)
    assert "Preview:" in page(staff_client, hidden.get_absolute_url())
    assert visitor.get(hidden.get_absolute_url()).status_code == 404


def test_an_office_page_says_open_or_closed_for_the_minute_it_is_served(client, monkeypatch):
    office = factories.OfficeFactory()
    factories.OpeningHoursFactory(office=office, weekday=0, opens=datetime.time(8), closes=datetime.time(16, 30))
    monday_morning = datetime.datetime(2026, 11, 2, 10, 0, tzinfo=CLINIC_TIME)
    monkeypatch.setattr("django.utils.timezone.now", lambda: monday_morning)
    assert "Open now, until 4:30 p.m." in page(client, office.get_absolute_url())
    monkeypatch.setattr("django.utils.timezone.now", lambda: monday_morning.replace(hour=16, minute=30))
    assert "Closed — opens" in page(client, office.get_absolute_url())


def test_unchanged_page_answers_not_modified_and_an_edit_changes_its_etag(client, procedure):
    first = client.get("/procedures/")
    etag = first["ETag"]
    assert "no-cache" in first["Cache-Control"]
    assert client.get("/procedures/", HTTP_IF_NONE_MATCH=etag).status_code == 304
    Procedure.objects.filter(pk=procedure.pk).update(name="Renamed injection")
    again = client.get("/procedures/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 200 and again["ETag"] != etag
    assert "Renamed injection" in again.content.decode()


# --- per-visitor values, on a page made for these tests ------------------------------------

VISITOR_TEMPLATE = engines["django"].from_string(
    "<form method=post>{% csrf_token %}</form>"
    "<p id=nonce>{{ request.csp_nonce }}</p><p id=area>{{ area.name }}</p>"
)


class VisitorPage(page_cache.CachedPageMixin, TemplateView):
    template_name = None

    def get_template_names(self):
        return []

    def render_to_response(self, context, **kwargs):
        context["area"] = ImagingArea.objects.first()
        return self.response_class(request=self.request, template=VISITOR_TEMPLATE, context=context)


COOKIE_TEMPLATE = engines["django"].from_string("<p>{{ request.COOKIES.flavour }}</p>")


class CookiePage(VisitorPage):
    def render_to_response(self, context, **kwargs):
        return self.response_class(request=self.request, template=COOKIE_TEMPLATE, context=context)


LANGUAGE_TEMPLATE = engines["django"].from_string(
    "{% load i18n %}{% get_current_language as lang %}<p>{{ lang }}</p>"
)


class LanguagePage(VisitorPage):
    def render_to_response(self, context, **kwargs):
        return self.response_class(request=self.request, template=LANGUAGE_TEMPLATE, context=context)


urlpatterns = [
    path("visitor/", VisitorPage.as_view()),
    path("cookie/", CookiePage.as_view()),
    path("language/", LanguagePage.as_view()),
]


def csrf_value(html):
    return html.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]


@pytest.mark.urls(__name__)
def test_two_visitors_get_their_own_csrf_tokens_from_one_cached_page(client):
    from django.middleware.csrf import _unmask_cipher_token
    from django.test import Client

    factories.ImagingAreaFactory(name="Spine")
    other = Client()
    mine, _ = served_from_cache(client, "/visitor/")
    theirs, theirs_cached = served_from_cache(other, "/visitor/")
    assert theirs_cached
    assert csrf_value(mine) != csrf_value(theirs)
    assert "pagehole" not in mine and "pagehole" not in theirs
    # Each token belongs to its own visitor's cookie.
    assert _unmask_cipher_token(csrf_value(mine)) == client.cookies["csrftoken"].value
    assert _unmask_cipher_token(csrf_value(theirs)) == other.cookies["csrftoken"].value
    # A page with tokens is private to its visitor.
    assert "private" in other.get("/visitor/")["Cache-Control"]


@pytest.mark.urls(__name__)
def test_two_visitors_get_their_own_csp_nonces(client, settings):
    from django.test import Client

    from csp.constants import NONCE

    settings.MIDDLEWARE = [*settings.MIDDLEWARE, "csp.middleware.CSPMiddleware"]
    settings.CONTENT_SECURITY_POLICY = {"DIRECTIVES": {"script-src": ["'self'", NONCE]}}
    factories.ImagingAreaFactory(name="Spine")
    nonces = []
    for visitor in (client, Client()):
        response = visitor.get("/visitor/")
        nonce = response.content.decode().split("<p id=nonce>")[1].split("</p>")[0]
        assert f"'nonce-{nonce}'" in response["Content-Security-Policy"]
        nonces.append(nonce)
    assert nonces[0] != nonces[1]


@pytest.mark.urls(__name__)
def test_a_page_that_reads_a_cookie_is_never_shared(client):
    from django.test import Client

    client.cookies["flavour"] = "vanilla"
    other = Client()
    other.cookies["flavour"] = "mint"
    assert "vanilla" in page(client, "/cookie/")
    assert "mint" in page(other, "/cookie/")


@pytest.mark.urls(__name__)
def test_english_and_spanish_never_share_a_cached_page(client, settings):
    settings.LANGUAGES = [("en", "English"), ("es", "Español")]
    settings.LANGUAGE_CODE = "en"
    settings.MIDDLEWARE = [
        *settings.MIDDLEWARE[:3],
        "django.middleware.locale.LocaleMiddleware",
        *settings.MIDDLEWARE[3:],
    ]
    # The same address in both languages, each asked for twice: the second from the cache.
    for _ in range(2):
        spanish, english = (
            client.get("/language/", HTTP_ACCEPT_LANGUAGE=code).content.decode() for code in ("es", "en")
        )
        assert "<p>es</p>" in spanish and "<p>en</p>" in english


def test_an_office_phone_changed_from_code_shows_in_every_page_footer_at_once(client, procedure):
    assert "(314) 555-0199" in page(client, "/procedures/")
    Office.objects.update(phone="(314) 555-0111")
    html = page(client, "/procedures/")
    assert "(314) 555-0111" in html and "(314) 555-0199" not in html


def test_spanish_and_english_procedure_pages_never_mix_in_the_cache(client, procedure):
    Procedure.objects.filter(pk=procedure.pk).update(name_es="Inyección en las articulaciones facetarias")
    url = procedure.get_absolute_url()
    for _ in range(2):  # the second round comes from the cache
        spanish, english = page(client, f"/es{url}"), page(client, url)
        assert '<html lang="es"' in spanish and "Inyección en las articulaciones facetarias" in spanish
        assert '<html lang="en"' in english and "Inyección en las articulaciones facetarias" not in english


def test_on_sqlite_a_write_by_another_worker_or_by_this_one_is_seen_at_once(tmp_path):
    import sqlite3

    from django.db import connection
    from django.db.backends.sqlite3.base import DatabaseWrapper

    path = tmp_path / "shared.sqlite3"
    other_worker = sqlite3.connect(path)
    other_worker.execute("CREATE TABLE note (id INTEGER PRIMARY KEY)")
    other_worker.commit()
    this_worker = DatabaseWrapper({**connection.settings_dict, "NAME": str(path)}, alias="page-cache-test")
    count = "SELECT COUNT(*) FROM note"
    try:
        assert page_cache._version_row(this_worker, count, []) == (0,)
        other_worker.execute("INSERT INTO note DEFAULT VALUES")
        other_worker.commit()
        assert page_cache._version_row(this_worker, count, []) == (1,)
        with this_worker.cursor() as cursor:
            cursor.execute("INSERT INTO note DEFAULT VALUES")
        assert page_cache._version_row(this_worker, count, []) == (2,)
        assert page_cache._version_row(this_worker, count, []) == (2,)
    finally:
        this_worker.close()
        other_worker.close()

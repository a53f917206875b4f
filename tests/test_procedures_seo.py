"""What search engines and link previews read: sitemap, robots.txt, page metadata, JSON-LD."""

import datetime
import importlib
import json
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from procedures import structured_data
from procedures.models import (
    FAQ,
    AftercareStep,
    CareCard,
    ClinicSettings,
    GlossaryTerm,
    ImagingArea,
    Office,
    PatientGuide,
    Physician,
    PreparationStep,
    Procedure,
)
from tests.factories import FAQFactory, ImagingAreaFactory, PreparationStepFactory, ProcedureFactory

pytestmark = pytest.mark.django_db

SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


class HeadReader(HTMLParser):
    """The <title>, <meta>, canonical link and JSON-LD blocks of a page."""

    def __init__(self):
        super().__init__()
        self.title, self.meta, self.canonical, self.json_ld = "", {}, [], []
        self._in = None
        self._script_attrs = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "title":
            self._in = "title"
        elif tag == "meta" and ("property" in attrs or "name" in attrs):
            self.meta[attrs.get("property") or attrs.get("name")] = attrs.get("content")
        elif tag == "link" and attrs.get("rel") == "canonical":
            self.canonical.append(attrs["href"])
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in, self._script_attrs = "json", attrs
            self.json_ld.append("")

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in == "title":
            self.title += data
        elif self._in == "json":
            self.json_ld[-1] += data

    def blocks(self):
        return [json.loads(text) for text in self.json_ld]

    def block(self, kind):
        matches = [block for block in self.blocks() if block["@type"] == kind]
        assert len(matches) == 1, (kind, [block["@type"] for block in self.blocks()])
        return matches[0]


def read(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    reader = HeadReader()
    reader.feed(response.content.decode())
    reader.response = response
    return reader


def public_urls():
    urls = [reverse(name) for name in [
        "procedures:home", "procedures:list", "procedures:imaging_area_list", "procedures:office_list",
        "procedures:physician_list", "procedures:preparing", "procedures:aftercare", "procedures:glossary",
        "procedures:search", "procedures:plan", "patients:contact", "patients:diary_start",
    ]]
    for model in [Procedure, ImagingArea, Office, Physician]:
        urls += [row.get_absolute_url() for row in model.objects.published()]
    return urls


# --- Sitemap and robots.txt ----------------------------------------------------------------


def local_date(moment):
    """The sitemap writes dates in the site's time zone (St. Louis), not UTC."""
    return timezone.localtime(moment).date().isoformat()


def test_sitemap_lists_every_published_page_with_its_last_change(client, clinic_content):
    hidden = ProcedureFactory(is_published=False)
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    entries = {
        url.find(f"{SITEMAP_NS}loc").text: getattr(url.find(f"{SITEMAP_NS}lastmod"), "text", None)
        for url in root.iter(f"{SITEMAP_NS}url")
    }
    # Search results and the pain diary (X-Robots-Tag noindex) are kept out of search engines.
    unlisted = {reverse("procedures:search"), reverse("patients:diary_start")}
    english = [url for url in public_urls() if url not in unlisted]
    # Every page in both languages: English at /, Spanish at /es/.
    assert set(entries) == {f"http://testserver{prefix}{url}" for url in english for prefix in ["", "/es"]}
    assert f'hreflang="es" href="http://testserver/es{english[-1]}"' in response.content.decode()
    assert f"http://testserver{hidden.get_absolute_url()}" not in entries
    for model in [Procedure, ImagingArea, Office, Physician]:
        for row in model.objects.published():
            assert entries[f"http://testserver{row.get_absolute_url()}"] == local_date(row.updated_at)
    guide = PatientGuide.objects.get(topic=PatientGuide.Topic.AFTERCARE)
    assert entries[f"http://testserver{reverse('procedures:aftercare')}"] == local_date(guide.updated_at)
    newest_term = GlossaryTerm.objects.order_by("-updated_at").first()
    assert entries[f"http://testserver{reverse('procedures:glossary')}"] == local_date(newest_term.updated_at)
    newest_procedure = Procedure.objects.published().order_by("-updated_at").first()
    assert entries[f"http://testserver{reverse('procedures:plan')}"] == local_date(newest_procedure.updated_at)
    newest = max(newest_procedure.updated_at, ClinicSettings.objects.get().updated_at)
    assert entries["http://testserver/es/contact/"] == local_date(newest)


def test_robots_txt_points_to_the_sitemap_and_keeps_out_admin_and_search(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert f"Disallow: {reverse('procedures:search')}" in lines
    assert "Disallow: /es/search/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_robots_txt_never_names_a_custom_admin_path(rf):
    from procedures.views import RobotsTxtView

    # The root urls pass [] when DJANGO_ADMIN_URL is custom (clinic_site.urls.ROBOTS_DISALLOW).
    text = RobotsTxtView.as_view(disallow=[])(rf.get("/robots.txt")).content.decode()
    assert "admin" not in text and "Sitemap: http://testserver/sitemap.xml" in text


# --- Titles, descriptions, canonical, Open Graph, Twitter ---------------------------------------


def test_every_page_has_its_own_title_description_canonical_and_social_tags(client, clinic_content):
    titles = {}
    for url in public_urls():
        page = read(client, url)
        title = " ".join(page.title.split())
        assert title not in titles, f"{url} has the same title as {titles.get(title)}"
        titles[title] = url
        assert len(page.meta["description"]) >= 40, url
        assert page.canonical == [f"http://testserver{url}"]
        for key in ["og:title", "og:description", "og:url", "og:type", "og:image", "og:site_name",
                    "twitter:card", "twitter:title", "twitter:description"]:
            assert page.meta.get(key), (url, key)
        assert page.meta["og:url"] == f"http://testserver{url}"
        assert page.meta["og:image"].startswith("http://testserver/")
        assert title.startswith(page.meta["og:title"])


def test_search_results_have_their_own_title_a_canonical_without_the_query_and_noindex(client, clinic_content):
    page = read(client, reverse("procedures:search") + "?q=knee")
    assert "knee" in page.title
    assert page.canonical == ["http://testserver/search/"]
    assert page.meta["robots"] == "noindex, follow"


def test_procedure_pages_share_their_illustration(client, clinic_content):
    procedure = Procedure.objects.get(slug="joint-injection")
    page = read(client, procedure.get_absolute_url())
    assert page.meta["og:type"] == "article"
    assert page.meta["og:image"] == f"http://testserver{procedure.illustration.url}"
    assert page.meta["og:image:alt"] == procedure.illustration_alt
    assert page.meta["twitter:card"] == "summary_large_image"


def test_titles_and_descriptions_are_escaped_once(client, db):
    procedure = ProcedureFactory(name='Tom & "Jerry" <b>', summary="Knee & hip <i>shots</i>, explained for patients.")
    page = read(client, procedure.get_absolute_url())
    html = page.response.content.decode()
    assert '<meta property="og:title" content="Tom &amp; &quot;Jerry&quot; &lt;b&gt;: what to expect' in html
    assert page.meta["og:title"].startswith('Tom & "Jerry" <b>: ')
    assert page.meta["description"] == "Knee & hip <i>shots</i>, explained for patients."


# --- JSON-LD ---------------------------------------------------------------------------------


def test_every_page_has_a_breadcrumb_list_that_ends_at_the_page(client, clinic_content):
    for url in public_urls():
        crumbs = read(client, url).block("BreadcrumbList")["itemListElement"]
        assert [item["position"] for item in crumbs] == list(range(1, len(crumbs) + 1))
        assert crumbs[0]["item"] == "http://testserver/" and crumbs[0]["name"] == "Home"
        assert crumbs[-1]["item"] == f"http://testserver{url}", url


def test_procedure_page_is_a_reviewed_medical_web_page_about_the_procedure(client, clinic_content):
    procedure = Procedure.objects.get(slug="epidural-steroid-injection")
    page = read(client, procedure.get_absolute_url())
    data = page.block("MedicalWebPage")
    assert data["@context"] == "https://schema.org"
    assert data["lastReviewed"] == procedure.last_reviewed.isoformat()
    assert data["reviewedBy"] == {
        "@type": "Physician",
        "name": procedure.reviewed_by.display_name,
        "url": f"http://testserver{procedure.reviewed_by.get_absolute_url()}",
    }
    assert data["audience"] == "https://schema.org/Patient"
    main = data["mainEntity"]
    assert main["@type"] == "MedicalProcedure" and main["name"] == procedure.name
    assert main["procedureType"] == "https://schema.org/PercutaneousProcedure"
    assert "Spine" in main["bodyLocation"]
    assert "fluoroscopy" in main["howPerformed"] and "**" not in main["howPerformed"]
    assert procedure.preparation_steps.first().title.rstrip(".") in main["preparation"]
    assert procedure.aftercare_steps.first().title.rstrip(".") in main["followup"]


def test_office_page_is_a_medical_clinic_with_hours_and_services(client, clinic_content):
    office = Office.objects.get(slug="chesterfield")
    data = read(client, office.get_absolute_url()).block("MedicalClinic")
    assert data["name"] == office.name and data["telephone"] == office.phone
    assert data["address"]["streetAddress"] == office.street
    assert data["address"]["postalCode"] == office.postal_code and data["address"]["addressCountry"] == "US"
    hours = data["openingHoursSpecification"]
    assert len(hours) == office.opening_hours.count()
    first = office.opening_hours.order_by("weekday", "opens").first()
    assert hours[0]["dayOfWeek"] == f"https://schema.org/{first.get_weekday_display()}"
    assert hours[0]["opens"] == first.opens.strftime("%H:%M") and hours[0]["closes"] == first.closes.strftime("%H:%M")
    assert {service["name"] for service in data["availableService"]} == set(
        office.procedures.published().values_list("name", flat=True)
    )


def test_physician_page_is_a_physician(client, clinic_content):
    physician = Physician.objects.get(slug="anna-reyes")
    data = read(client, physician.get_absolute_url()).block("Physician")
    assert data["name"] == physician.display_name
    assert data["url"] == f"http://testserver{physician.get_absolute_url()}"
    assert {place["name"] for place in data["location"]} == set(physician.offices.values_list("name", flat=True))


def test_home_guides_and_glossary_describe_themselves(client, clinic_content):
    assert read(client, "/").block("MedicalOrganization")["telephone"]
    guide = read(client, reverse("procedures:preparing")).block("MedicalWebPage")
    assert guide["lastReviewed"] and guide["reviewedBy"]["@type"] == "Physician"
    terms = read(client, reverse("procedures:glossary")).block("DefinedTermSet")["hasDefinedTerm"]
    assert len(terms) == GlossaryTerm.objects.published().count()


def test_json_ld_cannot_break_out_of_its_script_block(client, db):
    name = "</script><script>alert(1)</script> & <!--"
    procedure = ProcedureFactory(name=name)
    page = read(client, procedure.get_absolute_url())
    html = page.response.content.decode()
    assert "<script>alert(1)" not in html
    assert "\\u003C/script\\u003E" in html
    assert page.block("MedicalWebPage")["mainEntity"]["name"] == name


def test_json_ld_needs_no_nonce_so_pages_stay_cacheable(client, clinic_content):
    page = read(client, "/")
    assert page.json_ld and "nonce" not in page._script_attrs



def test_spanish_pages_point_to_themselves(client, clinic_content):
    page = read(client, "/es/procedures/joint-injection/")
    assert page.canonical == ["http://testserver/es/procedures/joint-injection/"]
    assert page.meta["og:url"] == "http://testserver/es/procedures/joint-injection/"
    crumbs = page.block("BreadcrumbList")["itemListElement"]
    assert crumbs[0]["item"] == "http://testserver/es/"
    assert page.block("MedicalWebPage")["inLanguage"] == "es"


SCHEMA_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def test_opening_days_are_schema_org_day_names_in_every_language(client, clinic_content):
    # The day URLs once came from the translated labels when the module was imported:
    # imported while Spanish was active, Monday became https://schema.org/lunes.
    try:
        with translation.override("es"):
            importlib.reload(structured_data)
            assert list(structured_data.DAY_NAMES.values()) == [f"https://schema.org/{day}" for day in SCHEMA_DAYS]
    finally:
        importlib.reload(structured_data)
    office = Office.objects.get(slug="chesterfield")
    with translation.override("es"):
        spanish_url = office.get_absolute_url()
    hours = read(client, spanish_url).block("MedicalClinic")["openingHoursSpecification"]
    first = office.opening_hours.order_by("weekday", "opens").first()
    assert hours[0]["dayOfWeek"] == f"https://schema.org/{SCHEMA_DAYS[first.weekday]}"
    assert {row["dayOfWeek"] for row in hours} <= {f"https://schema.org/{day}" for day in SCHEMA_DAYS}


@pytest.mark.parametrize("language", ["en", "es"])
def test_body_location_names_only_parts_of_the_body_not_who_is_treated(client, clinic_content, language):
    procedure = Procedure.objects.get(slug="joint-injection")
    children = ImagingArea.objects.get(slug="children")
    assert children.kind == ImagingArea.Kind.PATIENT_GROUP and procedure.imaging_areas.filter(pk=children.pk).exists()
    older = ImagingAreaFactory(name="Older adults", kind=ImagingArea.Kind.PATIENT_GROUP)
    procedure.imaging_areas.add(older)
    with translation.override(language):
        url = procedure.get_absolute_url()
        body_parts = [area.name for area in procedure.imaging_areas.filter(kind=ImagingArea.Kind.BODY_PART)]
        groups = [children.name, older.name]
    location = read(client, url).block("MedicalWebPage")["mainEntity"]["bodyLocation"]
    assert location == ", ".join(body_parts) and len(body_parts) == 3
    assert not any(group in location for group in groups)


def sitemap_lastmods(client):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    return {url.find(f"{SITEMAP_NS}loc").text: url.find(f"{SITEMAP_NS}lastmod").text for url in root.iter(f"{SITEMAP_NS}url")}


def test_sitemap_lastmod_is_the_newest_change_of_anything_the_page_shows(client, clinic_content):
    start = timezone.now() - datetime.timedelta(days=60)
    for model in [Procedure, PreparationStep, AftercareStep, FAQ, CareCard, ImagingArea, Office, Physician, ClinicSettings]:
        model.objects.update(updated_at=start)  # as a script or data fix would, outside the admin
    procedure = Procedure.objects.get(slug="facet-joint-injection")
    page, home = f"http://testserver{procedure.get_absolute_url()}", "http://testserver/"
    assert sitemap_lastmods(client)[page] == local_date(start)

    own_rows = [procedure.preparation_steps.all(), procedure.aftercare_steps.all(), procedure.faqs.all(), procedure.care_cards.all()]
    shared_rows = [Physician.objects.filter(pk=procedure.reviewed_by_id), procedure.imaging_areas.all(), procedure.offices.all()]
    for days, rows in enumerate(own_rows + shared_rows, start=1):
        changed = start + datetime.timedelta(days=days)
        rows.model.objects.filter(pk=rows.first().pk).update(updated_at=changed)
        lastmods = sitemap_lastmods(client)
        assert lastmods[page] == lastmods[page.replace("testserver/", "testserver/es/")] == local_date(changed), rows.model
        if rows.model is CareCard:  # another procedure's page did not move with this one's rows
            other = Procedure.objects.published().exclude(pk=procedure.pk).first()
            assert lastmods[f"http://testserver{other.get_absolute_url()}"] == local_date(start)

    for days, model in enumerate([ImagingArea, ClinicSettings], start=20):
        changed = start + datetime.timedelta(days=days)
        model.objects.filter(pk=model.objects.first().pk).update(updated_at=changed)
        assert sitemap_lastmods(client)[home] == local_date(changed), model


def test_the_sitemap_takes_the_same_number_of_queries_however_many_procedures(client, clinic_content):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/sitemap.xml").status_code == 200
        return len(captured.captured_queries)

    # Each count is taken on a second request: a first one may fill a cache (a query more).
    queries()
    before = queries()
    for _ in range(3):
        procedure = ProcedureFactory()
        PreparationStepFactory(procedure=procedure)
        FAQFactory(procedure=procedure)
    queries()
    assert queries() == before

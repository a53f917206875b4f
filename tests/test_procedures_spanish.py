"""The site in Spanish: /es/ addresses, the lang attribute, hreflang links, the language
switch, and English shown (and said so) where the Spanish is not written yet."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from procedures.models import Procedure
from tests.factories import (
    AftercareStepFactory,
    CareCardFactory,
    FAQFactory,
    PreparationStepFactory,
    ProcedureFactory,
)

pytestmark = pytest.mark.django_db


def html_lang(html):
    return re.search(r'<html lang="([\w-]+)"', html).group(1)


def test_english_stays_at_the_root_and_spanish_is_under_es(client, clinic_content):
    english = client.get("/procedures/nerve-root-block/")
    spanish = client.get("/es/procedures/nerve-root-block/")
    assert english.status_code == spanish.status_code == 200
    assert html_lang(english.content.decode()) == "en"
    assert html_lang(spanish.content.decode()) == "es"
    assert "<h1>Bloqueo de raíz nerviosa</h1>" in spanish.content.decode()
    assert "<h1>Nerve root block</h1>" in english.content.decode()
    assert client.get("/en/procedures/nerve-root-block/").status_code == 404  # one address per page


def test_a_spanish_browser_still_gets_english_at_the_root(client, clinic_content):
    response = client.get("/procedures/", HTTP_ACCEPT_LANGUAGE="es")
    assert response.status_code == 200 and html_lang(response.content.decode()) == "en"


def test_links_on_a_spanish_page_stay_in_spanish(client, clinic_content):
    html = client.get("/es/").content.decode()
    assert 'href="/es/procedures/nerve-root-block/"' in html
    assert 'href="/es/procedures/"' in html


def test_hreflang_links_name_both_versions(client, clinic_content):
    html = client.get("/es/offices/chesterfield/").content.decode()
    head = html.split("</head>")[0]
    assert '<link rel="alternate" hreflang="en" href="http://testserver/offices/chesterfield/">' in head
    assert '<link rel="alternate" hreflang="es" href="http://testserver/es/offices/chesterfield/">' in head
    assert '<link rel="alternate" hreflang="x-default" href="http://testserver/offices/chesterfield/">' in head


@pytest.mark.parametrize("english, spanish", [
    ("/", "/es/"),
    ("/procedures/facet-joint-injection/", "/es/procedures/facet-joint-injection/"),
    ("/after-your-procedure/", "/es/after-your-procedure/"),
    ("/contact/", "/es/contact/"),
])
def test_the_language_switch_links_to_the_same_page(client, clinic_content, english, spanish):
    english_html = client.get(english).content.decode()
    assert f'<a class="site-language" href="{spanish}" hreflang="es" lang="es">Español</a>' in english_html
    spanish_html = client.get(spanish).content.decode()
    assert f'<a class="site-language" href="{english}" hreflang="en" lang="en">English</a>' in spanish_html


def test_the_language_switch_keeps_the_search(client, clinic_content):
    html = client.get("/search/?q=knee").content.decode()
    assert 'class="site-language" href="/es/search/?q=knee"' in html


def test_the_admin_stays_unprefixed_and_in_english(staff_client):
    assert staff_client.get("/admin/").status_code == 200
    assert staff_client.get("/es/admin/").status_code == 404
    html = staff_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="es").content.decode()
    assert html_lang(html) == "en"


def test_spanish_content_falls_back_to_english_with_a_notice(client):
    procedure = ProcedureFactory(name="Sacroiliac joint injection", what_it_is="English only text.")
    assert not procedure.name_es
    html = client.get(f"/es/procedures/{procedure.slug}/").content.decode()
    assert html_lang(html) == "es"
    assert "Sacroiliac joint injection" in html and "English only text." in html
    assert 'class="alert alert-info translation-fallback"' in html


def test_a_fully_translated_page_has_no_fallback_notice(client, clinic_content):
    html = client.get("/es/procedures/medial-branch-block/").content.decode()
    assert "translation-fallback" not in html
    assert "translation-fallback" not in client.get("/procedures/medial-branch-block/").content.decode()


def test_an_untranslated_step_alone_brings_the_notice(client):
    procedure = ProcedureFactory(name_es="Inyección de prueba", summary_es="Resumen.", what_it_is_es="Texto.",
                                 why_done_es="Texto.", how_done_es="Texto.", what_you_feel_es="Texto.",
                                 risks_es="Texto.", results_es="Texto.", duration_es="Texto.",
                                 illustration_alt_es="Dibujo.")
    step = PreparationStepFactory(procedure=procedure, title_es="Paso", details_es="Detalles.")
    AftercareStepFactory(procedure=procedure, title_es="Después", details_es="Descanse.")
    FAQFactory(procedure=procedure, question_es="¿Pregunta?", answer_es="Respuesta.")
    CareCardFactory(procedure=procedure, title_es="Llame al 911", signs_es="Debilidad nueva")
    url = f"/es/procedures/{procedure.slug}/"
    assert "translation-fallback" not in client.get(url).content.decode()
    step.details_es = ""
    step.save()
    assert "translation-fallback" in client.get(url).content.decode()


def test_reverse_follows_the_active_language():
    with translation.override("es"):
        assert reverse("procedures:list") == "/es/procedures/"
    assert reverse("procedures:list") == "/procedures/"


def test_procedure_kind_and_weekday_labels_follow_the_language():
    procedure = Procedure(kind=Procedure.Kind.JOINT)
    assert procedure.kind_name == "Joint injection"


def test_the_spanish_procedure_page_has_spanish_headings_and_interface(client, clinic_content):
    html = client.get("/es/procedures/facet-joint-injection/").content.decode()
    assert html_lang(html) == "es"
    for heading in ["Qué es", "Por qué se hace", "Cómo se hace", "Qué sentirá", "Riesgos", "Resultados",
                    "Cuánto tiempo toma", "Cómo prepararse", "Después de su procedimiento", "Cuándo pedir ayuda",
                    "Preguntas y respuestas", "Dónde se hace"]:
        assert f">{heading}</h2>" in html, heading
    assert "Saltar al contenido principal" in html and "Llame al 911" in html
    assert "Inyección en la columna · " in html
    # The review line, with the date the Spanish way.
    assert re.search(r"Revisado por <a href=\"/es/physicians/[\w-]+/\">Dr\. [^<]+</a> el <time datetime=\"\d{4}-\d\d-\d\d\">\d{1,2} de \w+ de \d{4}</time>", html)
    for english in ["What it is", "When to get help", "Skip to main content", "Medically reviewed by"]:
        assert english not in html, english


def test_the_fallback_notice_is_in_spanish(client):
    procedure = ProcedureFactory(name="Sacroiliac joint injection")
    html = client.get(f"/es/procedures/{procedure.slug}/").content.decode()
    assert "Parte de esta página todavía no está disponible en español, por eso se muestra en inglés." in html


def test_opening_hours_read_in_spanish():
    import datetime

    from django.utils import timezone

    from tests.factories import OfficeFactory, OpeningHoursFactory

    office = OfficeFactory()
    OpeningHoursFactory(office=office, weekday=1, opens=datetime.time(8), closes=datetime.time(16, 30))
    saturday_noon = timezone.make_aware(datetime.datetime(2027, 3, 6, 12, 0))  # a Saturday
    with translation.override("es"):
        assert office.open_status(saturday_noon) == (False, "Cerrado — abre el martes a las 8:00 a. m.")
        assert office.hours_summary() == [("martes", "8:00 a. m.–4:30 p. m.")]
    assert office.open_status(saturday_noon) == (False, "Closed — opens Tuesday 8:00 a.m.")


def test_every_spanish_page_answers_in_spanish(client, clinic_content):
    from procedures.models import ImagingArea, Office, Physician

    urls = ["/es/", "/es/procedures/", "/es/imaging-areas/", "/es/offices/", "/es/physicians/",
            "/es/preparing/", "/es/after-your-procedure/", "/es/contact/", "/es/search/?q=rodilla"]
    with translation.override("es"):
        urls += [obj.get_absolute_url() for model in [Procedure, ImagingArea, Office, Physician] for obj in model.objects.all()]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert html_lang(html) == "es", url
        assert "translation-fallback" not in html, url  # all shipped content has its Spanish
        assert "Skip to main content" not in html and "Saltar al contenido principal" in html, url


def test_the_spanish_404_page_is_in_spanish(client, settings):
    settings.DEBUG = False
    response = client.get("/es/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert html_lang(html) == "es" and "No encontramos esa página" in html

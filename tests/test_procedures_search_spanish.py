"""Site search on /es/ understands the words Spanish speakers type for a procedure."""

import pytest
from django.utils import translation

from procedures.models import Procedure
from procedures.search import search_site

pytestmark = pytest.mark.django_db


def spanish_results(query):
    with translation.override("es"):
        return [result.document.title for result in search_site(query=query).results]


def spanish_name(slug):
    with translation.override("es"):
        return Procedure.objects.get(slug=slug).name


@pytest.mark.parametrize("query,slugs", [
    ("inyección de esteroides", {"epidural-steroid-injection"}),
    ("inyecciones de esteroide", {"epidural-steroid-injection"}),
    ("ciática", {"epidural-steroid-injection", "nerve-root-block"}),
    ("ciatica", {"epidural-steroid-injection", "nerve-root-block"}),
    ("nervio pinchado", {"nerve-root-block", "epidural-steroid-injection"}),
    ("inyección en la rodilla", {"joint-injection"}),
    ("artritis", {"facet-joint-injection", "joint-injection"}),
    ("quemar el nervio", {"medial-branch-block"}),
])
def test_spanish_phrases_put_their_procedures_first(clinic_content, query, slugs):
    assert set(spanish_results(query)[: len(slugs)]) == {spanish_name(slug) for slug in slugs}


def test_the_spanish_search_page_finds_the_spanish_glossary_word(client, clinic_content):
    html = client.get("/es/search/", {"q": "fluoroscopia"}).content.decode()
    assert 'href="/es/glossary/#fluoroscopy"' in html
    assert "<mark>fluoroscopia</mark>" in html.lower()

"""The glossary in Spanish: /es/glossary/ explains the Spanish words, and Spanish pages
link the first use of the Spanish word (never inside a heading or a link)."""

import html5lib
import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from textstat.textstat import textstatistics

from procedures.content.es import SPANISH
from procedures.content.glossary import GLOSSARY
from procedures.models import GlossaryTerm
from tests.test_procedures_glossary import check_structure

SPANISH_WORDS = {
    "fluoroscopy": "fluoroscopia",
    "contrast": "medio de contraste",
    "epidural-space": "espacio epidural",
    "facet-joint": "articulación facetaria",
    "nerve-root": "raíz nerviosa",
    "steroid": "esteroide",
    "local-anesthetic": "anestésico local",
    "sciatica": "ciática",
    "radiologist": "radiólogo",
}


def test_every_shipped_term_has_its_spanish():
    assert set(SPANISH["glossary"]) == {entry["slug"] for entry in GLOSSARY}
    for slug, entry in SPANISH["glossary"].items():
        assert entry["term"] and entry["definition"], slug


# Inflesz scale for the Szigriszt-Pazos index: 55 and up is "normal" text, what a reader
# of about 13 reads easily (the English definitions are held to US grade 8).
INFLESZ_NORMAL = 55


@pytest.mark.parametrize("slug", sorted(SPANISH["glossary"]))
def test_spanish_definitions_are_plain_words(slug):
    spanish = textstatistics()
    spanish.set_lang("es")
    assert spanish.szigriszt_pazos(SPANISH["glossary"][slug]["definition"]) >= INFLESZ_NORMAL


@pytest.mark.django_db
def test_the_spanish_glossary_shows_spanish_terms(client, clinic_content):
    html = client.get("/es/glossary/").content.decode()
    assert '<html lang="es">' in html and "<h1>Glosario</h1>" in html
    for slug, word in SPANISH_WORDS.items():
        assert f'id="{slug}"' in html and f"<dfn>{word}</dfn>" in html
    assert "Una imagen de rayos X en vivo en una pantalla." in html
    assert "<dfn>fluoroscopy</dfn>" not in html and "A live X-ray picture" not in html
    # What search engines read says the same, in Spanish.
    assert '"@type": "DefinedTermSet", "name": "Glosario"' in html
    assert '"name": "fluoroscopia", "description": "Una imagen de rayos X en vivo' in html
    # A to Z in Spanish.
    terms = [html.split("<dfn>", 1)[1].split("</dfn>", 1)[0]]
    terms += [part.split("</dfn>", 1)[0] for part in html.split("<dfn>")[2:]]
    assert terms == sorted(terms)


@pytest.mark.django_db
@pytest.mark.parametrize("slug", ["epidural-steroid-injection", "nerve-root-block", "facet-joint-injection"])
def test_a_spanish_procedure_links_spanish_words_once_never_in_headings_or_links(client, clinic_content, slug):
    html = client.get(f"/es/procedures/{slug}/").content.decode()
    html5lib.HTMLParser(strict=True).parse(html)
    checker = check_structure(html)  # fails on a glossary link inside a heading or a link
    assert checker.glossary_links
    assert len(checker.glossary_links) == len(set(checker.glossary_links))
    assert all(link.startswith("/es/glossary/#") for link in checker.glossary_links)
    assert '<a class="glossary-link" href="/es/glossary/#fluoroscopy">fluoroscopia</a>' in html
    assert '<a class="glossary-link" href="/es/glossary/#contrast">medio de contraste</a>' in html


@pytest.mark.django_db
def test_the_epidural_page_links_the_spanish_words_it_uses(client, clinic_content):
    html = client.get("/es/procedures/epidural-steroid-injection/").content.decode()
    for slug in ["epidural-space", "steroid", "sciatica", "radiologist", "fluoroscopy", "contrast"]:
        assert html.count(f'href="/es/glossary/#{slug}"') == 1, slug
    nerve_root = client.get("/es/procedures/nerve-root-block/").content.decode()
    assert '<a class="glossary-link" href="/es/glossary/#nerve-root">raíz nerviosa</a>' in nerve_root
    facet = client.get("/es/procedures/facet-joint-injection/").content.decode()
    assert 'href="/es/glossary/#facet-joint">articulaciones facetarias</a>' in facet
    assert 'href="/es/glossary/#local-anesthetic">anestesia local</a>' in facet


@pytest.mark.django_db
def test_each_language_keeps_its_own_word_list_in_the_cache(client, clinic_content):
    english = client.get("/procedures/nerve-root-block/").content.decode()
    spanish = client.get("/es/procedures/nerve-root-block/").content.decode()
    english_again = client.get("/procedures/facet-joint-injection/").content.decode()
    assert '<a class="glossary-link" href="/glossary/#fluoroscopy">fluoroscopy</a>' in english
    assert '<a class="glossary-link" href="/es/glossary/#fluoroscopy">fluoroscopia</a>' in spanish
    assert '<a class="glossary-link" href="/glossary/#fluoroscopy">fluoroscopy</a>' in english_again
    assert "fluoroscopia" not in english_again


@pytest.mark.django_db
def test_a_term_without_spanish_shows_its_english():
    GlossaryTerm.objects.create(slug="gout", term_en="gout", definition_en="Joint pain from crystals.")
    GlossaryTerm.objects.create(slug="bursa", term_en="bursa", definition_en="A small sac of fluid.")
    assert GlossaryTerm.objects.filter(term_es__isnull=True).count() == 2  # never two "" terms
    with translation.override("es"):
        assert GlossaryTerm.objects.get(slug="gout").term == "gout"


@pytest.mark.django_db
def test_loader_adds_spanish_only_where_the_english_is_still_shipped(clinic_content):
    fluoroscopy = GlossaryTerm.objects.get(slug="fluoroscopy")
    assert (fluoroscopy.term_en, fluoroscopy.term_es) == ("fluoroscopy", "fluoroscopia")
    GlossaryTerm.objects.filter(slug="fluoroscopy").update(term_es=None, definition_es="")
    GlossaryTerm.objects.filter(slug="steroid").update(definition_en="Edited by staff.", definition_es="")
    GlossaryTerm.objects.filter(slug="sedation").update(definition_es="Escrito por el personal.")

    call_command("load_clinic_content", verbosity=0)

    assert GlossaryTerm.objects.get(slug="fluoroscopy").term_es == "fluoroscopia"
    assert GlossaryTerm.objects.get(slug="steroid").definition_es == ""
    assert GlossaryTerm.objects.get(slug="sedation").definition_es == "Escrito por el personal."


@pytest.mark.django_db
def test_admin_edits_both_languages(staff_client, clinic_content):
    term = GlossaryTerm.objects.get(slug="sciatica")
    html = staff_client.get(reverse("admin:procedures_glossaryterm_change", args=[term.pk])).content.decode()
    for name in ["term_en", "term_es", "other_forms_en", "other_forms_es", "definition_en", "definition_es"]:
        assert f'name="{name}"' in html, name
    response = staff_client.post(
        reverse("admin:procedures_glossaryterm_change", args=[term.pk]),
        {
            "term_en": "sciatica", "term_es": "ciática", "slug": "sciatica", "other_forms_en": "",
            "other_forms_es": "nervio ciático", "definition_en": term.definition_en,
            "definition_es": "Dolor que baja por la pierna.", "is_published": "on",
        },
    )
    assert response.status_code == 302
    term.refresh_from_db()
    assert term.definition_es == "Dolor que baja por la pierna." and term.other_forms_es == "nervio ciático"

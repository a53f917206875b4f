"""The shipped Spanish text (procedures/content/es.py) reaches the database through the
content loader, next to the English, without ever overwriting what staff wrote."""

import pytest
from django.core.management import call_command
from django.utils import translation

from procedures import models
from procedures.content import es as spanish_content
from procedures.content import procedures as procedure_content

pytestmark = pytest.mark.django_db
SPANISH = spanish_content.SPANISH


def test_spanish_content_mirrors_the_english_structure():
    for english in procedure_content.PROCEDURES:
        spanish = SPANISH["procedures"][english["slug"]]
        for key in ["preparation", "aftercare", "faqs"]:
            assert len(spanish[key]) == len(english[key]), (english["slug"], key)
        assert set(spanish["care_cards"]) == set(english["care_cards"])
        for level, card in english["care_cards"].items():
            assert len(spanish["care_cards"][level]["signs"]) == len(card["signs"]), (english["slug"], level)


def test_loader_stores_both_languages(clinic_content):
    procedure = models.Procedure.objects.get(slug="nerve-root-block")
    assert procedure.name_en == "Nerve root block"
    assert procedure.name_es == "Bloqueo de raíz nerviosa"
    step = procedure.preparation_steps.first()
    assert step.title_en and step.title_es and step.title_en != step.title_es
    card = procedure.care_cards.get(level=models.CareCard.Level.EMERGENCY)
    assert "911" in card.title_es
    with translation.override("es"):
        assert procedure.name == "Bloqueo de raíz nerviosa"
        assert models.Office.objects.get(slug="chesterfield").name == "Consultorio de Chesterfield"
    with translation.override("en"):
        assert procedure.name == "Nerve root block"


def test_rows_without_spanish_get_it_only_where_the_english_is_unchanged():
    call_command("load_clinic_content", verbosity=0)
    procedure = models.Procedure.objects.get(slug="facet-joint-injection")
    procedure.summary_en = "Edited by staff."
    procedure.summary_es = ""
    procedure.what_it_is_es = ""
    procedure.save()
    step = procedure.aftercare_steps.first()
    step.title_es = ""
    step.save()

    call_command("load_clinic_content", verbosity=0)

    procedure.refresh_from_db()
    step.refresh_from_db()
    assert procedure.what_it_is_es.startswith("Las articulaciones facetarias")
    assert procedure.summary_es == ""  # no Spanish for English staff rewrote
    assert step.title_es


def test_second_run_writes_no_history():
    call_command("load_clinic_content", verbosity=0)
    before = models.Procedure.history.count() + models.PreparationStep.history.count()
    call_command("load_clinic_content", verbosity=0)
    assert models.Procedure.history.count() + models.PreparationStep.history.count() == before


def test_spanish_added_later_reaches_a_cached_page(client):
    call_command("load_clinic_content", verbosity=0)
    models.Procedure.objects.filter(slug="joint-injection").update(name_es="")
    url = "/es/procedures/joint-injection/"
    assert "translation-fallback" in client.get(url).content.decode()  # now cached
    call_command("load_clinic_content", verbosity=0)
    assert "translation-fallback" not in client.get(url).content.decode()

"""The content loader fills the site once and changes nothing the second time."""

import pytest
from django.core.management import call_command

from procedures import models
from procedures.content import procedures as procedure_content

pytestmark = pytest.mark.django_db

COUNTED = [
    models.ClinicSettings, models.Procedure, models.PreparationStep, models.AftercareStep,
    models.FAQ, models.CareCard, models.ImagingArea, models.Office, models.OpeningHours,
    models.Physician, models.PatientGuide, models.SearchSynonym,
    models.GlossaryTerm,
]


def counts():
    return {model.__name__: model.objects.count() for model in COUNTED}


def test_loader_is_idempotent():
    call_command("load_clinic_content", verbosity=0)
    first = counts()
    edited = models.Procedure.objects.get(slug="facet-joint-injection")
    edited.summary = "Edited by staff."
    edited.save()
    call_command("load_clinic_content", verbosity=0)
    assert counts() == first
    assert models.Procedure.objects.get(slug="facet-joint-injection").summary == "Edited by staff."


def test_loader_fills_everything_the_clinic_needs():
    call_command("load_clinic_content", verbosity=0)
    assert models.Procedure.objects.count() == 5
    assert models.ImagingArea.objects.count() == 6
    assert models.Office.objects.count() == 2
    assert models.Physician.objects.count() == 3
    assert models.SearchSynonym.objects.filter(phrase="steroid shot", procedures__slug="epidural-steroid-injection").exists()
    for procedure in models.Procedure.objects.all():
        assert procedure.illustration and procedure.illustration_alt
        assert procedure.preparation_steps.exists() and procedure.aftercare_steps.exists()
        assert procedure.faqs.exists()
        assert {card.level for card in procedure.care_cards.all()} == set(models.CareCard.Level.values)
        assert procedure.reviewed_by_id and procedure.next_review_due > procedure.last_reviewed


def test_overwrite_restores_shipped_text():
    call_command("load_clinic_content", verbosity=0)
    models.Procedure.objects.filter(slug="nerve-root-block").update(summary="Changed")
    call_command("load_clinic_content", overwrite=True, verbosity=0)
    shipped = next(p for p in procedure_content.PROCEDURES if p["slug"] == "nerve-root-block")
    assert models.Procedure.objects.get(slug="nerve-root-block").summary == shipped["summary"]


def test_facet_aftercare_carries_the_source_facts():
    call_command("load_clinic_content", verbosity=0)
    facet = models.Procedure.objects.get(slug="facet-joint-injection")
    text = " ".join(f"{s.title} {s.details}" for s in facet.aftercare_steps.all()).lower()
    for fact in ["walk", "24 hours", "ice", "pain medicine", "next day", "medial branch"]:
        assert fact in text, fact


def test_joint_injection_covers_every_joint_and_fluid_sampling():
    call_command("load_clinic_content", verbosity=0)
    joint = models.Procedure.objects.get(slug="joint-injection")
    text = " ".join(body for _, _, body in joint.sections).lower()
    for word in ["hip", "knee", "ankle", "elbow", "shoulder", "wrist", "fluid"]:
        assert word in text, word


def test_emergency_cards_name_the_911_signs():
    call_command("load_clinic_content", verbosity=0)
    for card in models.CareCard.objects.filter(level=models.CareCard.Level.EMERGENCY):
        signs = card.signs.lower()
        assert "bladder" in signs and "breath" in signs and "weak" in signs

"""Factories for tests: each makes a valid, published row with realistic text."""

import datetime
import time

import factory
from django.core.files.base import ContentFile

from patients.spam import sign_form_start
from procedures import models
from tests.conftest import image_bytes


class PhysicianFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Physician

    name = factory.Sequence(lambda n: f"Test Physician {n}")
    slug = factory.Sequence(lambda n: f"test-physician-{n}")
    credentials = "MD"
    specialty = "Diagnostic radiology"
    bio = "Does image-guided injections."


class OfficeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Office

    name = factory.Sequence(lambda n: f"Test Office {n}")
    slug = factory.Sequence(lambda n: f"test-office-{n}")
    street = "100 Main Street"
    city = "St. Louis"
    state = "MO"
    postal_code = "63110"
    phone = "(314) 555-0199"


class OpeningHoursFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.OpeningHours

    office = factory.SubFactory(OfficeFactory)
    weekday = 0
    opens = datetime.time(8, 0)
    closes = datetime.time(16, 30)


class ImagingAreaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.ImagingArea

    name = factory.Sequence(lambda n: f"Area {n}")
    slug = factory.Sequence(lambda n: f"area-{n}")
    summary = "A part of the body we image."
    description = "We image this area."


class ProcedureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Procedure

    name = factory.Sequence(lambda n: f"Test Procedure {n}")
    slug = factory.Sequence(lambda n: f"test-procedure-{n}")
    kind = models.Procedure.Kind.SPINE
    purpose = models.Procedure.Purpose.BOTH
    summary = "A test injection."
    what_it_is = "An injection."
    why_done = "To ease pain."
    how_done = "With a thin needle."
    what_you_feel = "A sting."
    risks = "Soreness."
    results = "Relief varies."
    duration = "About 30 minutes."
    illustration = factory.LazyFunction(lambda: ContentFile(image_bytes(size=(1200, 750)), name="test.png"))
    illustration_alt = "A drawing of the spine."
    is_published = True
    reviewed_by = factory.SubFactory(PhysicianFactory)
    last_reviewed = datetime.date(2026, 11, 1)
    next_review_due = datetime.date(2027, 11, 1)


class PreparationStepFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.PreparationStep

    procedure = factory.SubFactory(ProcedureFactory)
    timing = models.PreparationStep.Timing.DAY_OF
    title = factory.Sequence(lambda n: f"Preparation step {n}")
    details = "Do this."


class AftercareStepFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.AftercareStep

    procedure = factory.SubFactory(ProcedureFactory)
    timing = models.AftercareStep.Timing.FIRST_24_HOURS
    title = factory.Sequence(lambda n: f"Aftercare step {n}")
    details = "Rest."


class FAQFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.FAQ

    procedure = factory.SubFactory(ProcedureFactory)
    question = factory.Sequence(lambda n: f"Question {n}?")
    answer = "An answer."


class CareCardFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.CareCard

    procedure = factory.SubFactory(ProcedureFactory)
    level = models.CareCard.Level.EMERGENCY
    title = "Call 911"
    signs = "New leg weakness\nTrouble breathing"


class MessageFactory(factory.django.DjangoModelFactory):
    """A visitor's message as the website stores it (see patients.services.message_submit)."""

    class Meta:
        model = "patients.Message"

    name = factory.Sequence(lambda n: f"Maria Visitor{n}")
    email = factory.Sequence(lambda n: f"visitor{n}@mail.example")
    phone = "(314) 555-0123"
    topic = "procedure_question"
    body = "Can I drive home after the injection?"


def message_form_data(*, seconds_ago=10, **overrides):
    """What a person's browser posts after filling the message form for `seconds_ago` seconds."""
    data = {
        "name": "Maria Lopez",
        "email": "maria@mail.example",
        "phone": "(314) 555-0123",
        "topic": "procedure_question",
        "body": "Can I drive home after the injection?",
        "website": "",
        "form_started": sign_form_start(at=time.time() - seconds_ago),
    }
    data.update(overrides)
    return data


def make_pain_diary(*, procedure=None, injected_at=None, baseline_pain=7, scores=(), sent=False):
    """A pain diary made the way the site makes one; returns (diary, token).

    `scores`: (time_point, pain) pairs, or (time_point, pain, took_pain_medicine).
    """
    from django.utils import timezone

    from patients import diary_services

    procedure = procedure or ProcedureFactory(purpose=models.Procedure.Purpose.DIAGNOSTIC)
    injected_at = injected_at or timezone.now() - datetime.timedelta(days=3)
    diary, token = diary_services.diary_start(
        procedure=procedure, injected_at=injected_at, baseline_pain=baseline_pain
    )
    for point, pain, *medicine in scores:
        diary_services.diary_record_entry(
            diary=diary, time_point=point, pain=pain, took_pain_medicine=bool(medicine and medicine[0])
        )
    if sent:
        diary_services.diary_send(
            diary=diary, patient_name="Ruth Example", date_of_birth=datetime.date(1950, 3, 15), phone="(314) 555-0100"
        )
    return diary, token

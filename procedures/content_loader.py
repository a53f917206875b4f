"""Turns the clinic's content modules (procedures/content/) into database rows.

Rows are matched by slug (or topic). Existing rows are kept as staff left them unless
`overwrite` is set, which makes the loader idempotent and safe to run on every start.
"""

import datetime
from pathlib import Path

from django.core.files import File

from procedures.content import clinic as clinic_content
from procedures.content import guides as guide_content
from procedures.content import imaging_areas as area_content
from procedures.content import offices as office_content
from procedures.content import physicians as physician_content
from procedures.content import procedures as procedure_content
from procedures.content import search_synonyms as synonym_content
from procedures.models import (
    FAQ,
    AftercareStep,
    CareCard,
    ClinicSettings,
    ImagingArea,
    Office,
    OpeningHours,
    PatientGuide,
    Physician,
    PreparationStep,
    Procedure,
    SearchSynonym,
)

IMAGES_DIR = Path(__file__).resolve().parent / "content" / "images"


def _date(value):
    return value if isinstance(value, datetime.date) else datetime.date.fromisoformat(value)


def _time(value):
    return value if isinstance(value, datetime.time) else datetime.time.fromisoformat(value)


def _upsert(model, lookup, defaults, overwrite):
    """get_or_create, or update_or_create when overwriting. Returns (obj, created)."""
    if overwrite:
        return model.objects.update_or_create(**lookup, defaults=defaults)
    return model.objects.get_or_create(**lookup, defaults=defaults)


def load_clinic_settings(overwrite):
    data = clinic_content.CLINIC
    defaults = {
        "name": data["name"],
        "tagline": data.get("tagline", ""),
        "main_phone": data["main_phone"],
        "after_hours_phone": data["after_hours_phone"],
        "email": data.get("email", ""),
        "emergency_sentence": data["emergency_sentence"],
    }
    _, created = _upsert(ClinicSettings, {"pk": 1}, defaults, overwrite)
    return created


def load_imaging_areas(overwrite):
    created_count = 0
    for order, data in enumerate(area_content.IMAGING_AREAS):
        _, created = _upsert(
            ImagingArea,
            {"slug": data["slug"]},
            {
                "name": data["name"],
                "summary": data["summary"],
                "description": data["description"],
                "order": order,
                "is_published": True,
            },
            overwrite,
        )
        created_count += created
    return created_count


def load_offices(overwrite):
    created_count = 0
    for data in office_content.OFFICES:
        office, created = _upsert(
            Office,
            {"slug": data["slug"]},
            {
                key: data.get(key, "")
                for key in ["name", "street", "city", "state", "postal_code", "phone", "fax", "email", "directions"]
            },
            overwrite,
        )
        if created or overwrite:
            office.opening_hours.all().delete()
            OpeningHours.objects.bulk_create(
                OpeningHours(office=office, weekday=weekday, opens=_time(opens), closes=_time(closes))
                for weekday, opens, closes in data["hours"]
            )
        created_count += created
    return created_count


def load_physicians(overwrite):
    created_count = 0
    for data in physician_content.PHYSICIANS:
        physician, created = _upsert(
            Physician,
            {"slug": data["slug"]},
            {key: data.get(key, "") for key in ["name", "credentials", "specialty", "bio"]},
            overwrite,
        )
        if created or overwrite:
            physician.offices.set(Office.objects.filter(slug__in=data.get("offices", [])))
        created_count += created
    return created_count


def _attach_illustration(procedure, filename):
    path = IMAGES_DIR / filename
    if not path.exists():
        raise FileNotFoundError(f"Illustration {path} is missing from procedures/content/images/.")
    with path.open("rb") as handle:
        procedure.illustration.save(filename, File(handle), save=True)


def load_procedures(overwrite):
    created_count = 0
    physicians = {p.slug: p for p in Physician.objects.all()}
    for order, data in enumerate(procedure_content.PROCEDURES):
        fields = {
            key: data[key]
            for key in [
                "name", "kind", "purpose", "summary", "what_it_is", "why_done", "how_done",
                "what_you_feel", "risks", "results", "duration", "illustration_alt",
            ]
        }
        fields.update(
            order=order,
            is_published=True,
            reviewed_by=physicians[data["reviewer"]],
            last_reviewed=_date(data["last_reviewed"]),
            next_review_due=_date(data["next_review_due"]),
        )
        procedure, created = _upsert(Procedure, {"slug": data["slug"]}, fields, overwrite)
        if not (created or overwrite):
            continue
        created_count += created
        if created or not procedure.illustration:
            _attach_illustration(procedure, data["illustration"])
        procedure.imaging_areas.set(ImagingArea.objects.filter(slug__in=data.get("imaging_areas", [])))
        procedure.offices.set(Office.objects.all() if "offices" not in data else Office.objects.filter(slug__in=data["offices"]))
        _replace_rows(procedure, data)
    # Physicians list the procedures they perform; link once both exist.
    procedures = {p.slug: p for p in Procedure.objects.all()}
    for data in physician_content.PHYSICIANS:
        physician = physicians[data["slug"]]
        if overwrite or not physician.procedures.exists():
            physician.procedures.set([procedures[s] for s in data.get("procedures", []) if s in procedures])
    for data in office_content.OFFICES:
        office = Office.objects.get(slug=data["slug"])
        if "procedures" in data and (overwrite or not office.procedures.exists()):
            office.procedures.set([procedures[s] for s in data["procedures"] if s in procedures])
    return created_count


def _replace_rows(procedure, data):
    procedure.preparation_steps.all().delete()
    procedure.aftercare_steps.all().delete()
    procedure.faqs.all().delete()
    procedure.care_cards.all().delete()
    PreparationStep.objects.bulk_create(
        PreparationStep(procedure=procedure, timing=timing, title=title, details=details, order=index)
        for index, (timing, title, details) in enumerate(data["preparation"])
    )
    AftercareStep.objects.bulk_create(
        AftercareStep(procedure=procedure, timing=timing, title=title, details=details, order=index)
        for index, (timing, title, details) in enumerate(data["aftercare"])
    )
    FAQ.objects.bulk_create(
        FAQ(procedure=procedure, question=question, answer=answer, order=index)
        for index, (question, answer) in enumerate(data["faqs"])
    )
    CareCard.objects.bulk_create(
        CareCard(
            procedure=procedure,
            level=level,
            title=card["title"],
            signs="\n".join(card["signs"]),
            advice=card.get("advice", ""),
        )
        for level, card in data["care_cards"].items()
    )


def load_guides(overwrite):
    created_count = 0
    physicians = {p.slug: p for p in Physician.objects.all()}
    for topic, data in guide_content.GUIDES.items():
        _, created = _upsert(
            PatientGuide,
            {"topic": topic},
            {
                "title": data["title"],
                "intro": data["intro"],
                "body": data["body"],
                "reviewed_by": physicians[data["reviewer"]],
                "last_reviewed": _date(data["last_reviewed"]),
                "next_review_due": _date(data["next_review_due"]),
            },
            overwrite,
        )
        created_count += created
    return created_count


def load_search_synonyms(overwrite):
    created_count = 0
    procedures = {p.slug: p for p in Procedure.objects.all()}
    for phrase, slugs, note in synonym_content.SEARCH_SYNONYMS:
        synonym, created = _upsert(SearchSynonym, {"phrase": phrase}, {"note": note}, overwrite)
        if created or overwrite:
            synonym.procedures.set([procedures[slug] for slug in slugs if slug in procedures])
        created_count += created
    return created_count


def load_clinic_content(*, overwrite=False):
    """Load everything; returns {model name: (created, already present)}."""
    steps = [
        ("Clinic settings", ClinicSettings, lambda: int(load_clinic_settings(overwrite)), 1),
        ("Imaging areas", ImagingArea, lambda: load_imaging_areas(overwrite), len(area_content.IMAGING_AREAS)),
        ("Offices", Office, lambda: load_offices(overwrite), len(office_content.OFFICES)),
        ("Physicians", Physician, lambda: load_physicians(overwrite), len(physician_content.PHYSICIANS)),
        ("Procedures", Procedure, lambda: load_procedures(overwrite), len(procedure_content.PROCEDURES)),
        ("Guides", PatientGuide, lambda: load_guides(overwrite), len(guide_content.GUIDES)),
        (
            "Search synonyms",
            SearchSynonym,
            lambda: load_search_synonyms(overwrite),
            len(synonym_content.SEARCH_SYNONYMS),
        ),
    ]
    report = {}
    for name, _model, load, shipped in steps:
        created = load()
        report[name] = (created, shipped - created)
    return report

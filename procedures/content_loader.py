"""Turns the clinic's content modules (procedures/content/) into database rows.

Rows are matched by slug (or topic). Existing rows are kept as staff left them unless
`overwrite` is set, which makes the loader idempotent and safe to run on every start.

Each text is stored in English and Spanish (procedures/content/es.py mirrors the
English modules). A row that already exists gets only the Spanish text it lacks, and
only where its English is still the shipped English, so a staff edit is never paired
with a translation of the old text. Child rows are written with their history, so a
procedure can be reverted with its steps (procedures/revisions.py).
"""

import datetime
from pathlib import Path

from django.core.files import File
from simple_history.utils import bulk_create_with_history

from procedures.content import clinic as clinic_content
from procedures.content import es as spanish_content
from procedures.content import glossary as glossary_content
from procedures.content import guides as guide_content
from procedures.content import imaging_areas as area_content
from procedures.content import offices as office_content
from procedures.content import physicians as physician_content
from procedures.content import procedures as procedure_content
from procedures.content import search_synonyms as synonym_content
from procedures.footer import forget_footer_offices
from procedures.glossary import forget_published_terms
from procedures.models import (
    FAQ,
    AftercareStep,
    CareCard,
    ClinicSettings,
    GlossaryTerm,
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
SPANISH = spanish_content.SPANISH
LOADER_REASON = "Shipped content"

PROCEDURE_TEXT_FIELDS = [
    "name", "summary", *(field for field, _ in Procedure.SECTIONS), "illustration_alt",
]
STEP_FIELDS = ["title", "details"]
FAQ_FIELDS = ["question", "answer"]
CARD_FIELDS = ["title", "signs", "advice"]


def _bilingual(english, spanish, fields):
    """{"name_en": …, "name_es": …} for each field; Spanish is "" where none is written."""
    values = {}
    for field in fields:
        values[f"{field}_en"] = english[field]
        values[f"{field}_es"] = spanish.get(field, "")
    return values


def _fill_missing_spanish(obj, english, spanish, fields):
    """Give an existing row the shipped Spanish it lacks (saved with its history).

    Only fields whose English is still exactly the shipped English are filled, and a
    Spanish text staff wrote is never replaced.
    """
    changed = [
        field
        for field in fields
        if spanish.get(field)
        and not getattr(obj, f"{field}_es")
        and getattr(obj, f"{field}_en") == english[field]
    ]
    for field in changed:
        setattr(obj, f"{field}_es", spanish[field])
    if changed:
        obj._change_reason = "Spanish text added from the shipped content"
        # updated_at too: the page cache keys on it.
        obj.save(update_fields=[*(f"{field}_es" for field in changed), "updated_at"])


def _fill_missing_spanish_rows(rows, english_rows, spanish_rows, fields):
    """The same for child rows (steps, questions), matched on their English text."""
    for row in rows:
        for english, spanish in zip(english_rows, spanish_rows):
            if all(getattr(row, f"{field}_en") == english[field] for field in fields):
                _fill_missing_spanish(row, english, spanish, fields)
                break


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
    data = {"tagline": "", "email": "", **clinic_content.CLINIC}
    spanish = SPANISH["clinic"]
    fields = ["name", "tagline", "emergency_sentence"]
    defaults = {
        "main_phone": data["main_phone"],
        "after_hours_phone": data["after_hours_phone"],
        "email": data["email"],
        **_bilingual(data, spanish, fields),
    }
    settings_row, created = _upsert(ClinicSettings, {"pk": 1}, defaults, overwrite)
    if not (created or overwrite):
        _fill_missing_spanish(settings_row, data, spanish, fields)
    return created


def load_imaging_areas(overwrite):
    created_count = 0
    fields = ["name", "summary", "description"]
    for order, data in enumerate(area_content.IMAGING_AREAS):
        spanish = SPANISH["imaging_areas"].get(data["slug"], {})
        area, created = _upsert(
            ImagingArea,
            {"slug": data["slug"]},
            {
                **_bilingual(data, spanish, fields),
                "kind": data.get("kind", ImagingArea.Kind.BODY_PART),
                "order": order,
                "is_published": True,
            },
            overwrite,
        )
        if not (created or overwrite):
            _fill_missing_spanish(area, data, spanish, fields)
        created_count += created
    return created_count


def load_offices(overwrite):
    created_count = 0
    fields = ["name", "directions"]
    for data in office_content.OFFICES:
        data = {"directions": "", **data}
        spanish = SPANISH["offices"].get(data["slug"], {})
        office, created = _upsert(
            Office,
            {"slug": data["slug"]},
            {
                **{key: data.get(key, "") for key in ["street", "city", "state", "postal_code", "phone", "fax", "email"]},
                **_bilingual(data, spanish, fields),
            },
            overwrite,
        )
        if created or overwrite:
            office.opening_hours.all().delete()
            bulk_create_with_history(
                [
                    OpeningHours(office=office, weekday=weekday, opens=_time(opens), closes=_time(closes))
                    for weekday, opens, closes in data["hours"]
                ],
                OpeningHours,
                default_change_reason=LOADER_REASON,
            )
        else:
            _fill_missing_spanish(office, data, spanish, fields)
        created_count += created
    return created_count


def load_physicians(overwrite):
    created_count = 0
    fields = ["specialty", "bio"]
    for data in physician_content.PHYSICIANS:
        data = {"bio": "", **data}
        spanish = SPANISH["physicians"].get(data["slug"], {})
        physician, created = _upsert(
            Physician,
            {"slug": data["slug"]},
            {
                "name": data["name"],
                "credentials": data.get("credentials", ""),
                **_bilingual(data, spanish, fields),
            },
            overwrite,
        )
        if created or overwrite:
            physician.offices.set(Office.objects.filter(slug__in=data.get("offices", [])))
        else:
            _fill_missing_spanish(physician, data, spanish, fields)
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
        spanish = SPANISH["procedures"].get(data["slug"], {})
        fields = {
            "kind": data["kind"],
            "purpose": data["purpose"],
            **_bilingual(data, spanish, PROCEDURE_TEXT_FIELDS),
            "order": order,
            "is_published": True,
            "reviewed_by": physicians[data["reviewer"]],
            "last_reviewed": _date(data["last_reviewed"]),
            "next_review_due": _date(data["next_review_due"]),
        }
        procedure, created = _upsert(Procedure, {"slug": data["slug"]}, fields, overwrite)
        if not (created or overwrite):
            _fill_missing_spanish(procedure, data, spanish, PROCEDURE_TEXT_FIELDS)
            _fill_missing_spanish_children(procedure, data, spanish)
            continue
        created_count += created
        if created or not procedure.illustration:
            _attach_illustration(procedure, data["illustration"])
        procedure.imaging_areas.set(ImagingArea.objects.filter(slug__in=data.get("imaging_areas", [])))
        procedure.offices.set(Office.objects.all() if "offices" not in data else Office.objects.filter(slug__in=data["offices"]))
        _replace_rows(procedure, data, spanish)
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


def _child_texts(data, spanish):
    """The shipped steps, questions and care cards as {field: text} dicts, English
    and Spanish side by side (Spanish rows are {} where none is written)."""

    def steps(key):
        english = [{"timing": t, "title": title, "details": details} for t, title, details in data[key]]
        written = spanish.get(key, [])
        return english, [dict(zip(STEP_FIELDS, row)) for row in written] or [{} for _ in english]

    def card(values):
        return {"title": values["title"], "signs": "\n".join(values["signs"]), "advice": values.get("advice", "")}

    faqs = [dict(zip(FAQ_FIELDS, row)) for row in data["faqs"]]
    spanish_faqs = [dict(zip(FAQ_FIELDS, row)) for row in spanish.get("faqs", [])] or [{} for _ in faqs]
    cards = {level: card(values) for level, values in data["care_cards"].items()}
    spanish_cards = {level: card(values) for level, values in spanish.get("care_cards", {}).items()}
    return {
        "preparation": steps("preparation"),
        "aftercare": steps("aftercare"),
        "faqs": (faqs, spanish_faqs),
        "care_cards": (cards, spanish_cards),
    }


def _replace_rows(procedure, data, spanish):
    texts = _child_texts(data, spanish)
    procedure.preparation_steps.all().delete()
    procedure.aftercare_steps.all().delete()
    procedure.faqs.all().delete()
    procedure.care_cards.all().delete()
    for model, key in [(PreparationStep, "preparation"), (AftercareStep, "aftercare")]:
        english, translated = texts[key]
        rows = [
            model(procedure=procedure, timing=en["timing"], order=index, **_bilingual(en, es, STEP_FIELDS))
            for index, (en, es) in enumerate(zip(english, translated))
        ]
        bulk_create_with_history(rows, model, default_change_reason=LOADER_REASON)
    english, translated = texts["faqs"]
    bulk_create_with_history(
        [
            FAQ(procedure=procedure, order=index, **_bilingual(en, es, FAQ_FIELDS))
            for index, (en, es) in enumerate(zip(english, translated))
        ],
        FAQ,
        default_change_reason=LOADER_REASON,
    )
    english, translated = texts["care_cards"]
    bulk_create_with_history(
        [
            CareCard(procedure=procedure, level=level, **_bilingual(en, translated.get(level, {}), CARD_FIELDS))
            for level, en in english.items()
        ],
        CareCard,
        default_change_reason=LOADER_REASON,
    )


def _fill_missing_spanish_children(procedure, data, spanish):
    texts = _child_texts(data, spanish)
    for rows, key in [(procedure.preparation_steps.all(), "preparation"), (procedure.aftercare_steps.all(), "aftercare")]:
        _fill_missing_spanish_rows(rows, *texts[key], STEP_FIELDS)
    _fill_missing_spanish_rows(procedure.faqs.all(), *texts["faqs"], FAQ_FIELDS)
    english, translated = texts["care_cards"]
    for card in procedure.care_cards.all():
        if card.level in english:
            _fill_missing_spanish(card, english[card.level], translated.get(card.level, {}), CARD_FIELDS)


def load_guides(overwrite):
    created_count = 0
    physicians = {p.slug: p for p in Physician.objects.all()}
    fields = ["title", "intro", "body"]
    for topic, data in guide_content.GUIDES.items():
        spanish = SPANISH["guides"].get(topic, {})
        guide, created = _upsert(
            PatientGuide,
            {"topic": topic},
            {
                **_bilingual(data, spanish, fields),
                "reviewed_by": physicians[data["reviewer"]],
                "last_reviewed": _date(data["last_reviewed"]),
                "next_review_due": _date(data["next_review_due"]),
            },
            overwrite,
        )
        if not (created or overwrite):
            _fill_missing_spanish(guide, data, spanish, fields)
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


GLOSSARY_FIELDS = ["term", "other_forms", "definition"]


def _glossary_text(entry):
    """A glossary entry with its other forms as the admin shows them: one per line."""
    return {**entry, "other_forms": "\n".join(entry.get("other_forms", []))}


def load_glossary(overwrite):
    created_count = 0
    for data in glossary_content.GLOSSARY:
        english = _glossary_text(data)
        spanish = _glossary_text(SPANISH["glossary"].get(data["slug"], {}))
        values = _bilingual(english, spanish, GLOSSARY_FIELDS)
        # Terms are unique in each language: a term still without Spanish is NULL, not "".
        values["term_es"] = values["term_es"] or None
        term, created = _upsert(GlossaryTerm, {"slug": data["slug"]}, {**values, "is_published": True}, overwrite)
        if not (created or overwrite):
            _fill_missing_spanish(term, english, spanish, GLOSSARY_FIELDS)
        created_count += created
    forget_published_terms()
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
        ("Glossary", GlossaryTerm, lambda: load_glossary(overwrite), len(glossary_content.GLOSSARY)),
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
    forget_footer_offices()
    return report

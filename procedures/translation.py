"""Which content fields have a Spanish version, and which models keep a history.

django-modeltranslation adds `<field>_en` and `<field>_es` columns for each field named
here; reading `procedure.name` gives the active language's text, or the English text
when the Spanish one is empty (settings.MODELTRANSLATION_FALLBACK_LANGUAGES).

History is registered here too, after the translation fields exist, so that each
revision keeps both languages (a `history = HistoricalRecords()` on the model would
build the history table before the `_en`/`_es` columns are added, and lose them).
"""

import simple_history
from modeltranslation.translator import TranslationOptions, translator

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
)


class EnglishRequired(TranslationOptions):
    # English stays as required as the field itself was; Spanish is always optional.
    required_languages = ("en",)


class ProcedureTranslation(EnglishRequired):
    fields = ("name", "summary", *(field for field, _ in Procedure.SECTIONS), "illustration_alt")


class StepTranslation(EnglishRequired):
    fields = ("title", "details")


class FAQTranslation(EnglishRequired):
    fields = ("question", "answer")


class CareCardTranslation(EnglishRequired):
    fields = ("title", "signs", "advice")


class ImagingAreaTranslation(EnglishRequired):
    fields = ("name", "summary", "description")


class OfficeTranslation(EnglishRequired):
    fields = ("name", "directions")


class PhysicianTranslation(EnglishRequired):
    fields = ("specialty", "bio")


class GuideTranslation(EnglishRequired):
    fields = ("title", "intro", "body")


class ClinicSettingsTranslation(EnglishRequired):
    fields = ("name", "tagline", "emergency_sentence")


class GlossaryTermTranslation(EnglishRequired):
    fields = ("term", "other_forms", "definition")
    # The term is unique in each language; an empty Spanish term is stored as NULL, so
    # any number of terms can still wait for their Spanish.
    empty_values = {"term": None}


TRANSLATED = {
    Procedure: ProcedureTranslation,
    PreparationStep: StepTranslation,
    AftercareStep: StepTranslation,
    FAQ: FAQTranslation,
    CareCard: CareCardTranslation,
    ImagingArea: ImagingAreaTranslation,
    Office: OfficeTranslation,
    Physician: PhysicianTranslation,
    PatientGuide: GuideTranslation,
    ClinicSettings: ClinicSettingsTranslation,
    GlossaryTerm: GlossaryTermTranslation,
}

for model, options in TRANSLATED.items():
    translator.register(model, options)

# Clinical and practical content whose every change is kept with who and when.
HISTORY_TRACKED = [
    Procedure, PreparationStep, AftercareStep, FAQ, CareCard,
    ImagingArea, Office, OpeningHours, Physician, PatientGuide,
]

for model in HISTORY_TRACKED:
    simple_history.register(model, app="procedures")


def translated_fields(model):
    """The names of a model's translated fields (the English/Spanish pairs)."""
    return list(TRANSLATED[model].fields) if model in TRANSLATED else []


def missing_translations(obj, language):
    """The translated fields of `obj` that have English text but none in `language`."""
    if language == "en" or type(obj) not in TRANSLATED:
        return []
    return [
        field
        for field in translated_fields(type(obj))
        if getattr(obj, f"{field}_en", "") and not getattr(obj, f"{field}_{language}", "")
    ]


def page_falls_back(page, language):
    """Whether some text of `page` shows in English because `language` has none. A
    procedure page counts its steps, questions and care cards too (read from the rows
    the view prefetched, so no extra query)."""
    rows = [page]
    if isinstance(page, Procedure):
        rows += [
            *page.preparation_steps.all(), *page.aftercare_steps.all(),
            *page.faqs.all(), *page.care_cards.all(),
        ]
    return any(missing_translations(row, language) for row in rows)

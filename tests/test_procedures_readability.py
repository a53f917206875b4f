"""Patient text reads at US grade 8 or below; the admin shows the grade and warns."""

import pytest

from procedures import readability
from procedures.content import guides as guide_content
from procedures.content import imaging_areas as area_content
from procedures.content import procedures as procedure_content
from procedures.models import Procedure
from tests.conftest import admin_form_data
from tests.factories import PreparationStepFactory, ProcedureFactory

HARD = (
    "Corticosteroid administration, notwithstanding considerable interindividual variability, "
    "characteristically precipitates transient hyperglycemia necessitating intensified "
    "glucose monitoring, particularly among individuals with preexisting diabetes mellitus."
)


def shipped_clinical_texts():
    """(where, text) for every clinical text the clinic ships, in English."""
    texts = []
    for page in procedure_content.PROCEDURES:
        slug = page["slug"]
        texts.append((f"{slug} summary", page["summary"]))
        texts += [(f"{slug} {field}", page[field]) for field, _ in Procedure.SECTIONS]
        for kind in ["preparation", "aftercare"]:
            texts += [(f"{slug} {kind}: {title}", f"{title}\n\n{details}") for _, title, details in page[kind]]
        texts += [(f"{slug} answer: {question}", answer) for question, answer in page["faqs"]]
        for level, card in page["care_cards"].items():
            signs = "\n".join(card["signs"])
            texts.append((f"{slug} care card {level}", f"{card['title']}\n{signs}\n\n{card.get('advice', '')}"))
    for topic, guide in guide_content.GUIDES.items():
        texts += [(f"guide {topic} intro", guide["intro"]), (f"guide {topic} body", guide["body"])]
    for area in area_content.IMAGING_AREAS:
        texts += [(f"area {area['slug']} summary", area["summary"]), (f"area {area['slug']} description", area["description"])]
    return texts


def test_every_shipped_clinical_text_reads_at_grade_8_or_below():
    texts = shipped_clinical_texts()
    assert len(texts) > 150  # every procedure, step, answer, card, guide and area
    grades = [(where, readability.reading_grade(text=text)) for where, text in texts]
    assert [where for where, grade in grades if grade is None] == []  # all long enough to grade
    assert [(where, round(grade, 1)) for where, grade in grades if readability.is_too_hard(grade)] == []


def test_markdown_marks_are_dropped_and_each_bullet_is_a_sentence():
    text = "Possible risks include:\n\n- **Soreness** where the needle went in\n- [Infection](https://example.org)\n\n### After"
    assert readability.plain_text(text) == "Possible risks include. Soreness where the needle went in. Infection. After."


def test_grades_tell_plain_from_hard_text():
    plain = readability.reading_grade(text="You lie on the table. We clean your skin. It stings for a moment.")
    assert plain < 4
    assert readability.reading_grade(text=HARD) > 12
    assert readability.reading_grade(text="") is None
    assert readability.reading_grade(text="Relief varies.") is None  # too short to mean anything
    assert not readability.is_too_hard(8.0) and readability.is_too_hard(8.1)


@pytest.mark.django_db
def test_procedure_admin_shows_each_section_grade_and_warns_above_8(staff_client):
    procedure = ProcedureFactory(
        risks=HARD, what_it_is="You lie on the table. We clean your skin. It stings for a moment.", results="Varies."
    )
    html = staff_client.get(f"/admin/procedures/procedure/{procedure.pk}/change/").content.decode()
    assert html.count("Reading grade (English)") == len(Procedure.SECTIONS)
    assert html.count("harder than grade 8") == 1  # the risks section
    assert html.count("plain enough") == 1  # what it is
    assert "Too short to grade" in html  # results


@pytest.mark.django_db
def test_saving_hard_text_is_allowed_with_a_warning(staff_client):
    procedure = ProcedureFactory()
    PreparationStepFactory(procedure=procedure, title="Diabetes", details=HARD)
    url = f"/admin/procedures/procedure/{procedure.pk}/change/"
    data = admin_form_data(staff_client.get(url), ["preparation_steps", "aftercare_steps", "care_cards", "faqs"])
    data["results_en"] = HARD
    saved = staff_client.post(url, data, follow=True)
    procedure.refresh_from_db()
    assert procedure.results == HARD  # saved, not blocked
    text = saved.content.decode()
    assert "Some text reads above grade 8" in text
    assert "Results (grade" in text and "Preparation: Diabetes (grade" in text

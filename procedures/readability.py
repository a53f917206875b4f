"""How hard the clinic's English text is to read: the Flesch–Kincaid US grade level.

Patient text should read at grade 8 or below. A grade above that is a warning for the
editor, never a reason to refuse a save: a medical word sometimes has to stay.

The text is Markdown. It is measured the way a reader meets it: the Markdown marks are
dropped, and each bullet, heading and paragraph counts as a sentence of its own (a
list without full stops would otherwise be scored as one endless sentence). The
formula is for English; the Spanish text is not graded. Below MIN_WORDS words the
formula says little (two long words score as grade 9), so such text is not graded.
"""

import re

import textstat

GRADE_LIMIT = 8.0
MIN_WORDS = 10

_LIST_OR_HEADING_MARK = re.compile(r"^\s*(#{1,6}|[-*+•]|\d+[.)])\s+")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")


def plain_text(markdown_text):
    """The words of `markdown_text`, one sentence per paragraph, bullet or heading."""
    sentences = []
    for line in (markdown_text or "").splitlines():
        line = _LIST_OR_HEADING_MARK.sub("", line)
        line = _LINK.sub(r"\1", line)
        line = _EMPHASIS.sub(r"\2", line).strip()
        if not line:
            continue
        if line.endswith(":"):
            line = line[:-1] + "."  # a list's lead-in is read as a sentence
        elif line[-1] not in ".!?":
            line += "."
        sentences.append(line)
    return " ".join(sentences)


def reading_grade(*, text):
    """The Flesch–Kincaid grade of `text` (Markdown), or None when it is too short to
    grade (fewer than MIN_WORDS words)."""
    words = plain_text(text)
    if textstat.lexicon_count(words) < MIN_WORDS:
        return None
    return max(0.0, float(textstat.flesch_kincaid_grade(words)))


def is_too_hard(grade):
    return grade is not None and grade > GRADE_LIMIT


def procedure_texts(procedure):
    """Every clinical English text of a procedure page, as (label, text) pairs: its
    sections and each step, answer and care card."""
    texts = [(heading, getattr(procedure, f"{field}_en") or "") for field, heading in procedure.SECTIONS]
    for label, steps in [("Preparation", procedure.preparation_steps.all()), ("Aftercare", procedure.aftercare_steps.all())]:
        texts += [(f"{label}: {step.title_en}", f"{step.title_en}\n\n{step.details_en or ''}") for step in steps]
    texts += [(f"Answer to “{faq.question_en}”", faq.answer_en or "") for faq in procedure.faqs.all()]
    texts += [
        (f"Care card: {card.get_level_display()}", f"{card.title_en}\n{card.signs_en}\n\n{card.advice_en or ''}")
        for card in procedure.care_cards.all()
    ]
    return texts


def hard_texts(texts):
    """The (label, grade) of each (label, text) pair that reads above the limit."""
    graded = [(label, reading_grade(text=text)) for label, text in texts]
    return [(label, grade) for label, grade in graded if is_too_hard(grade)]

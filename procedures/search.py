"""Site search in patients' own words.

`search_site(query=...)` answers the search page. How it works, and why this way:

- The query is cleaned (NUL and other control characters dropped, spaces collapsed)
  and cut to MAX_QUERY_LENGTH characters, so no input can make the search fail.
- Every published page is read in a fixed number of database queries (one per kind of
  page, plus its prefetched rows): the query count never grows with the content. The
  clinic publishes tens of pages, so ranking them in Python takes milliseconds and
  gives exactly the same order on SQLite and PostgreSQL. The query text itself is never
  sent to the database, so quotes, `%`, `_` or NUL bytes mean nothing special.
- Words are reduced to their stem with the Snowball stemmer of the active language (the
  algorithm PostgreSQL's full-text search uses too), so "shots" finds "shot" and
  "injections" finds "injection".
- Staff keep a list of patient phrases (SearchSynonym, in the admin): a search that
  contains "steroid shot" or "sciatica" puts the procedures the phrase names first.
- Each result shows its best matching sentence, escaped, with the matching words
  wrapped in <mark>.
"""

import re
import threading
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import snowballstemmer
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from procedures.models import (
    GlossaryTerm,
    ImagingArea,
    Office,
    PatientGuide,
    Physician,
    Procedure,
    SearchSynonym,
)

MAX_QUERY_LENGTH = 100
MAX_TERMS = 12
SNIPPET_LENGTH = 220
# A synonym match outranks any amount of plain word matches: it is what staff said
# the phrase means.
SYNONYM_BOOST = 1000
TITLE_WEIGHT = 10
SUMMARY_WEIGHT = 4
HEADING_WEIGHT = 3
BODY_WEIGHT = 1
# Terms this long also match words that start with them ("epidur" finds "epidural").
PREFIX_MIN_LENGTH = 4

WORD_RE = re.compile(r"[^\W_]+")
SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+")
CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f]")

STEMMER_LANGUAGES = {"en": "english", "es": "spanish"}
STOP_WORDS = {
    "english": set(
        "a an and are as at be but by can do does for from how i if in into is it its me "
        "my of on or so than that the their then there these this to was what when where "
        "which who why will with you your".split()
    ),
    "spanish": set(
        "a al como con de del el en es la las lo los mi mis o para por que se su sus un "
        "una uno y".split()
    ),
}


# ---------------------------------------------------------------------------
# Words
# ---------------------------------------------------------------------------

_local = threading.local()


def _stemmer(language):
    # Snowball stemmer objects keep state while they work: one per thread.
    stemmers = getattr(_local, "stemmers", None)
    if stemmers is None:
        stemmers = _local.stemmers = {}
    if language not in stemmers:
        stemmers[language] = snowballstemmer.stemmer(language)
    return stemmers[language]


@lru_cache(maxsize=50_000)
def stem(word, language="english"):
    """The stem of one lower-case word."""
    return _stemmer(language).stemWord(word)


def stemmer_language():
    return STEMMER_LANGUAGES.get((get_language() or "en").split("-")[0], "english")


def terms_of(text, language="english"):
    """The stems of the words in `text` that carry meaning, in order."""
    stop_words = STOP_WORDS[language]
    terms = []
    for match in WORD_RE.finditer(text.casefold()):
        word = match.group()
        if word in stop_words or (len(word) < 2 and not word.isdigit()):
            continue
        terms.append(stem(word, language))
    return terms


def clean_query(raw):
    """(query, was_shortened): printable text, single-spaced, at most MAX_QUERY_LENGTH."""
    text = unicodedata.normalize("NFKC", str(raw or ""))
    text = CONTROL_RE.sub(" ", text)
    text = " ".join(text.split())
    if len(text) <= MAX_QUERY_LENGTH:
        return text, False
    return text[:MAX_QUERY_LENGTH].rstrip(), True


def markdown_to_plain(text):
    """Editors' simple Markdown as plain lines of text (list marks, stars and links removed)."""
    lines = []
    for line in (text or "").splitlines():
        line = re.sub(r"^\s*(#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s?)", "", line)
        line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)
        line = line.replace("**", "").replace("__", "")
        line = re.sub(r"(?<!\w)\*(\S[^*]*)\*(?!\w)", r"\1", line)
        if line.strip():
            lines.append(line.strip())
    return lines


def sentences_of(text):
    """The sentences of `text`; a very short one ("Sciatica.") keeps the next for context."""
    for line in markdown_to_plain(text):
        pending = ""
        for sentence in SENTENCE_END_RE.split(line):
            pending = f"{pending} {sentence.strip()}".strip()
            if len(pending) >= 30:
                yield pending
                pending = ""
        if pending:
            yield pending


# ---------------------------------------------------------------------------
# What can be found
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Passage:
    """A piece of a page's text, how much a match in it counts, and where it is."""

    text: str
    weight: int = BODY_WEIGHT
    anchor: str = ""
    section: str = ""


@dataclass
class Document:
    """One public page as search sees it."""

    kind: str
    title: str
    url: str
    summary: str
    passages: list
    procedure_id: int | None = None


def _procedure_document(procedure):
    passages = [
        Passage(procedure.name, TITLE_WEIGHT),
        Passage(procedure.summary, SUMMARY_WEIGHT),
    ]
    for field_name, heading, text in procedure.sections:
        passages.append(Passage(text, BODY_WEIGHT, field_name, heading))
    steps = [
        (procedure.preparation_steps.all(), "preparation", _("How to prepare")),
        (procedure.aftercare_steps.all(), "aftercare", _("After your procedure")),
    ]
    for rows, anchor, section in steps:
        for step in rows:
            passages.append(Passage(step.title, HEADING_WEIGHT, anchor, section))
            passages.append(Passage(step.details, BODY_WEIGHT, anchor, section))
    for card in procedure.care_cards.all():
        passages.append(Passage(card.title, BODY_WEIGHT, "when-to-get-help", _("When to get help")))
        passages.append(Passage(card.signs, BODY_WEIGHT, "when-to-get-help", _("When to get help")))
    for faq in procedure.faqs.all():
        passages.append(Passage(faq.question, HEADING_WEIGHT, "faq", _("Questions and answers")))
        passages.append(Passage(faq.answer, BODY_WEIGHT, "faq", _("Questions and answers")))
    return Document(
        kind=_("Procedure"),
        title=procedure.name,
        url=procedure.get_absolute_url(),
        summary=procedure.summary,
        passages=passages,
        procedure_id=procedure.pk,
    )


def _area_document(area):
    return Document(
        kind=_("Imaging area"),
        title=area.name,
        url=area.get_absolute_url(),
        summary=area.summary,
        passages=[
            Passage(area.name, TITLE_WEIGHT),
            Passage(area.summary, SUMMARY_WEIGHT),
            Passage(area.description),
        ],
    )


def _office_document(office):
    return Document(
        kind=_("Office"),
        title=office.name,
        url=office.get_absolute_url(),
        summary=f"{office.one_line_address}. {office.phone}",
        passages=[
            Passage(office.name, TITLE_WEIGHT),
            Passage(office.one_line_address, HEADING_WEIGHT),
            Passage(office.directions),
        ],
    )


def _physician_document(physician):
    return Document(
        kind=_("Physician"),
        title=physician.display_name,
        url=physician.get_absolute_url(),
        summary=physician.specialty,
        passages=[
            Passage(physician.name, TITLE_WEIGHT),
            Passage(physician.specialty, HEADING_WEIGHT),
            Passage(physician.bio),
        ],
    )


def _guide_document(guide):
    return Document(
        kind=_("Guide"),
        title=guide.title,
        url=guide.get_absolute_url(),
        summary=guide.intro,
        passages=[
            Passage(guide.title, TITLE_WEIGHT),
            Passage(guide.intro, SUMMARY_WEIGHT),
            Passage(guide.body),
        ],
    )


def _glossary_document(term):
    return Document(
        kind=_("Glossary"),
        title=term.term,
        url=term.get_absolute_url(),
        summary=term.definition,
        passages=[
            Passage(" ".join(term.forms), TITLE_WEIGHT),
            Passage(term.definition, SUMMARY_WEIGHT),
        ],
    )


def published_documents():
    """Every public page as a Document, read in a fixed number of queries."""
    procedures = Procedure.objects.published().prefetch_related(
        "preparation_steps", "aftercare_steps", "faqs", "care_cards"
    )
    documents = [_procedure_document(p) for p in procedures]
    documents += [_area_document(a) for a in ImagingArea.objects.published()]
    documents += [_office_document(o) for o in Office.objects.published()]
    documents += [_physician_document(p) for p in Physician.objects.published()]
    documents += [_guide_document(g) for g in PatientGuide.objects.all()]
    documents += [_glossary_document(t) for t in GlossaryTerm.objects.published()]
    return documents


def synonym_rows():
    """[(phrase, {procedure id, ...})] for every synonym that names a published procedure."""
    links = SearchSynonym.procedures.through.objects.filter(procedure__is_published=True)
    by_phrase = {}
    for phrase, procedure_id in links.values_list("searchsynonym__phrase", "procedure_id"):
        by_phrase.setdefault(phrase, set()).add(procedure_id)
    return sorted(by_phrase.items())


# ---------------------------------------------------------------------------
# Ranking and snippets
# ---------------------------------------------------------------------------


@dataclass
class SearchResult:
    document: Document
    score: float
    snippet: SafeString
    url: str
    section: str = ""


@dataclass
class SearchOutcome:
    query: str
    was_shortened: bool = False
    terms: list = field(default_factory=list)
    results: list = field(default_factory=list)
    matched_phrases: list = field(default_factory=list)

    @property
    def count(self):
        return len(self.results)

    @property
    def has_query(self):
        return bool(self.terms)


def _contains_run(haystack, needle):
    """Whether `needle` appears in `haystack` as consecutive items."""
    size = len(needle)
    return size > 0 and any(haystack[i : i + size] == needle for i in range(len(haystack) - size + 1))


class _Matcher:
    """Tells whether a word's stem matches one of the query's terms."""

    def __init__(self, terms):
        self.terms = set(terms)
        self.prefixes = {term for term in self.terms if len(term) >= PREFIX_MIN_LENGTH}

    def term_for(self, word_stem):
        """The query term `word_stem` matches, with the strength of the match (1 or 0.5)."""
        if word_stem in self.terms:
            return word_stem, 1.0
        for prefix in self.prefixes:
            if word_stem.startswith(prefix):
                return prefix, 0.5
        return None, 0.0


def _score(document, matcher, language, phrase_terms):
    per_term = Counter()
    for passage in document.passages:
        counts = Counter(terms_of(passage.text, language))
        for word_stem, count in counts.items():
            term, strength = matcher.term_for(word_stem)
            if term:
                per_term[term] += passage.weight * min(count, 3) * strength
    if not per_term:
        return 0.0
    coverage = len(per_term) / len(matcher.terms)
    score = sum(per_term.values()) * coverage * coverage
    title_terms = terms_of(document.title, language)
    if phrase_terms and _contains_run(title_terms, phrase_terms):
        score += 5 * TITLE_WEIGHT
    return score


def _window(sentence, first_match_at):
    """At most SNIPPET_LENGTH characters of `sentence`, around its first match."""
    if len(sentence) <= SNIPPET_LENGTH:
        return sentence
    start = max(0, first_match_at - SNIPPET_LENGTH // 4)
    if start:
        space = sentence.find(" ", start)
        start = space + 1 if 0 <= space < first_match_at else start
    end = start + SNIPPET_LENGTH
    if end < len(sentence):
        space = sentence.rfind(" ", start, end)
        end = space if space > start else end
    return ("… " if start else "") + sentence[start:end] + (" …" if end < len(sentence) else "")


def highlight(sentence, matcher, language="english"):
    """The sentence, escaped, with every matching word wrapped in <mark>."""
    pieces = []
    last = 0
    for match in WORD_RE.finditer(sentence):
        term, _strength = matcher.term_for(stem(match.group().casefold(), language))
        if term:
            pieces.append(escape(sentence[last : match.start()]))
            pieces.append(format_html("<mark>{}</mark>", match.group()))
            last = match.end()
    pieces.append(escape(sentence[last:]))
    # Every piece above went through escape() or format_html().
    return mark_safe("".join(pieces))


def _best_sentence(document, matcher, language):
    """(sentence, passage) with the most distinct query terms, or (None, None)."""
    best = (0, 0, 0, None, None)
    for passage in document.passages:
        if passage.weight == TITLE_WEIGHT:
            continue  # the title is shown anyway
        for sentence in sentences_of(passage.text):
            matched = {
                matcher.term_for(word_stem)[0] for word_stem in terms_of(sentence, language)
            } - {None}
            # Ties go to the fuller sentence: "Sciatica." alone says little.
            candidate = (len(matched), passage.weight, min(len(sentence), 120), sentence, passage)
            if candidate[:3] > best[:3]:
                best = candidate
    return best[3], best[4]


def _snippet(document, matcher, language):
    sentence, passage = _best_sentence(document, matcher, language)
    if sentence is None:
        return escape(document.summary), document.url, ""
    first = next(
        (m.start() for m in WORD_RE.finditer(sentence) if matcher.term_for(stem(m.group().casefold(), language))[0]),
        0,
    )
    url = f"{document.url}#{passage.anchor}" if passage.anchor else document.url
    return highlight(_window(sentence, first), matcher, language), url, passage.section


def search_site(*, query):
    """Search every published page for `query` (raw visitor input); best first."""
    text, was_shortened = clean_query(query)
    language = stemmer_language()
    terms = terms_of(text, language)[:MAX_TERMS]
    outcome = SearchOutcome(query=text, was_shortened=was_shortened, terms=terms)
    if not terms:
        return outcome

    boosts = Counter()
    for phrase, procedure_ids in synonym_rows():
        if _contains_run(terms, terms_of(phrase, language)):
            outcome.matched_phrases.append(phrase)
            for procedure_id in procedure_ids:
                boosts[procedure_id] += 1

    matcher = _Matcher(terms)
    ranked = []
    for order, document in enumerate(published_documents()):
        score = _score(document, matcher, language, terms)
        if document.procedure_id in boosts:
            score += SYNONYM_BOOST * boosts[document.procedure_id]
        if score > 0:
            ranked.append((-score, order, document))
    ranked.sort(key=lambda item: item[:2])
    for negative_score, _order, document in ranked:
        snippet, url, section = _snippet(document, matcher, language)
        outcome.results.append(
            SearchResult(document=document, score=-negative_score, snippet=snippet, url=url, section=section)
        )
    return outcome

"""Glossary: plain meanings on /glossary/, and first-use links that never break a page."""

from html.parser import HTMLParser

import html5lib
import pytest
import textstat
from django.urls import reverse
from hypothesis import given, settings
from hypothesis import strategies as st

from procedures.content.glossary import GLOSSARY
from procedures.glossary import GlossaryLinker
from procedures.models import GlossaryTerm, Procedure
from procedures.text import render_markdown

HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class StructureCheck(HTMLParser):
    """Balance of open and close tags, links inside links, glossary links inside headings."""

    def __init__(self):
        super().__init__()
        self.stack, self.problems, self.glossary_links, self.text = [], [], [], []

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        if tag == "a" and "a" in self.stack:
            self.problems.append(f"<a> inside a link: {self.stack}")
        if tag == "a" and ("class", "glossary-link") in attrs:
            self.glossary_links.append(dict(attrs)["href"])
            if HEADINGS & set(self.stack):
                self.problems.append(f"glossary link inside a heading: {self.stack}")
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            if tag in self.stack:
                del self.stack[len(self.stack) - 1 - self.stack[::-1].index(tag):]
            return
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def check_structure(html):
    checker = StructureCheck()
    checker.feed(html)
    checker.close()
    assert checker.problems == []
    assert checker.stack == []
    return checker


def linker_for_shipped_terms():
    return GlossaryLinker(((g["slug"], [g["term"], *g["other_forms"]]) for g in GLOSSARY), "/glossary/")


# --- The glossary page ---------------------------------------------------------------------


@pytest.mark.django_db
def test_glossary_page_defines_every_published_term(client, clinic_content):
    GlossaryTerm.objects.filter(slug="cartilage").update(is_published=False)
    html = client.get(reverse("procedures:glossary")).content.decode()
    for term in GlossaryTerm.objects.published():
        assert f'id="{term.slug}"' in html and f"<dfn>{term.term}</dfn>" in html
    assert "Smooth, tough tissue" not in html


@pytest.mark.django_db
def test_glossary_ships_the_words_the_pages_use(clinic_content):
    shipped = set(GlossaryTerm.objects.values_list("slug", flat=True))
    assert {
        "fluoroscopy", "contrast", "epidural-space", "facet-joint", "medial-branch-nerve", "nerve-root",
        "steroid", "local-anesthetic", "sciatica", "radiologist", "radiofrequency-ablation", "aspiration",
        "vertebra", "disc",
    } <= shipped
    assert "corticosteroid" in GlossaryTerm.objects.get(slug="steroid").forms


@pytest.mark.parametrize("entry", GLOSSARY, ids=[g["slug"] for g in GLOSSARY])
def test_definitions_are_plain_words(entry):
    assert textstat.flesch_kincaid_grade(entry["definition"]) <= 8


# --- First-use links on real pages ------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("url_name,kwargs", [
    ("procedures:detail", {"slug": "epidural-steroid-injection"}),
    ("procedures:detail", {"slug": "medial-branch-block"}),
    ("procedures:detail", {"slug": "joint-injection"}),
    ("procedures:preparing", {}),
    ("procedures:imaging_area_detail", {"slug": "spine"}),
])
def test_pages_link_each_word_once_and_stay_well_formed(client, clinic_content, url_name, kwargs):
    html = client.get(reverse(url_name, kwargs=kwargs)).content.decode()
    # html5lib in strict mode raises on any HTML parse error.
    html5lib.HTMLParser(strict=True).parse(html)
    checker = check_structure(html)
    assert checker.glossary_links, "no glossary word was linked"
    assert len(checker.glossary_links) == len(set(checker.glossary_links))


@pytest.mark.django_db
def test_first_use_in_the_page_is_the_one_linked(client, clinic_content):
    html = client.get(reverse("procedures:detail", kwargs={"slug": "nerve-root-block"})).content.decode()
    main = html.split('id="how_done"', 1)[1]
    link = '<a class="glossary-link" href="/glossary/#fluoroscopy">fluoroscopy</a>'
    assert link in main
    assert main.index(link) < main.lower().index("fluoroscopy", main.index(link) + len(link))
    assert html.count("/glossary/#fluoroscopy") == 1


@pytest.mark.django_db
def test_unpublished_terms_are_not_linked(client, clinic_content):
    GlossaryTerm.objects.filter(slug="fluoroscopy").update(is_published=False)
    html = client.get(Procedure.objects.get(slug="nerve-root-block").get_absolute_url()).content.decode()
    assert "/glossary/#fluoroscopy" not in html


# --- The linker on its own ----------------------------------------------------------------------


def test_never_inside_headings_links_or_attributes():
    html = render_markdown(
        "### Fluoroscopy\n\n"
        'Read [about fluoroscopy](https://example.com/fluoroscopy "fluoroscopy") first.\n\n'
        "Then fluoroscopy guides the needle. Fluoroscopy again."
    )
    linked = linker_for_shipped_terms().link(html)
    assert "<h3>Fluoroscopy</h3>" in linked
    assert 'href="https://example.com/fluoroscopy" title="fluoroscopy"' in linked
    assert "Then <a class=\"glossary-link\" href=\"/glossary/#fluoroscopy\">fluoroscopy</a> guides" in linked
    assert linked.count("glossary-link") == 1
    check_structure(linked)


def test_state_is_per_page_and_longest_form_wins():
    linker = linker_for_shipped_terms()
    first = linker.link("<p>Two nerve roots and a nerve root.</p>")
    second = linker.link("<p>A nerve root.</p>")
    assert first == '<p>Two <a class="glossary-link" href="/glossary/#nerve-root">nerve roots</a> and a nerve root.</p>'
    assert second == "<p>A nerve root.</p>"
    assert linker_for_shipped_terms().link("<p>A nerve root.</p>").count("glossary-link") == 1


def test_entities_and_unsafe_forms_pass_through_untouched():
    linker = GlossaryLinker([("amp", ["amp"]), ("bad", ["<b>x", 'a"b']), ("dye", ["X-ray dye"])], "/g/")
    html = "<p>Fish &amp; chips &#39;x&#39; <b>x</b> a&quot;b, X-ray dye.</p>"
    assert linker.link(html) == (
        '<p>Fish &amp; chips &#39;x&#39; <b>x</b> a&quot;b, <a class="glossary-link" href="/g/#dye">X-ray dye</a>.</p>'
    )


WORDS = ["fluoroscopy", "Steroid", "nerve roots", "the", "disc", "X-ray dye", "<", "&", '"', "**", "*", "\n\n",
         "\n- ", "### ", "[link](https://example.com/disc)", "`code disc`", "<a href='x'>steroid</a>", "é", " "]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join))
def test_linking_keeps_any_markdown_well_formed_and_its_text(text):
    html = render_markdown(text)
    linked = linker_for_shipped_terms().link(html)
    after = check_structure(str(linked))
    before = check_structure(html)
    assert "".join(after.text) == "".join(before.text)
    assert len(after.glossary_links) == len(set(after.glossary_links))


@pytest.mark.django_db
def test_admin_edits_show_on_the_next_page_view(client, staff_client, clinic_content):
    page = Procedure.objects.get(slug="nerve-root-block").get_absolute_url()
    assert "/glossary/#fluoroscopy" in client.get(page).content.decode()  # word list now cached
    term = GlossaryTerm.objects.get(slug="fluoroscopy")
    response = staff_client.post(
        reverse("admin:procedures_glossaryterm_changelist"),
        {"action": "unpublish", "_selected_action": [term.pk]},
    )
    assert response.status_code == 302
    assert "/glossary/#fluoroscopy" not in client.get(page).content.decode()
    response = staff_client.post(
        reverse("admin:procedures_glossaryterm_change", args=[term.pk]),
        {
            "term_en": term.term_en, "term_es": term.term_es, "slug": term.slug, "other_forms_en": "",
            "other_forms_es": "", "definition_en": "A live X-ray.", "definition_es": term.definition_es,
            "is_published": "on",
        },
    )
    assert response.status_code == 302
    assert "/glossary/#fluoroscopy" in client.get(page).content.decode()

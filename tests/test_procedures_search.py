"""Site search: patients' words find the right pages, and no input can break the page."""

from html.parser import HTMLParser

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from procedures.models import Procedure, SearchSynonym
from procedures.search import MAX_QUERY_LENGTH, _Matcher, clean_query, highlight, search_site, terms_of
from tests import factories

pytestmark = pytest.mark.django_db


def result_titles(query):
    return [result.document.title for result in search_site(query=query).results]


class ResultCollector(HTMLParser):
    """The result links and the <mark>ed words of a search page, as a person sees them."""

    def __init__(self):
        super().__init__()
        self.titles, self.marked, self._in_title, self._in_mark = [], [], False, False

    def handle_starttag(self, tag, attrs):
        if tag == "h2" and ("class", "search-result__title") in attrs:
            self._in_title = True
        self._in_mark = self._in_mark or tag == "mark"

    def handle_endtag(self, tag):
        self._in_title = self._in_title and tag != "h2"
        self._in_mark = self._in_mark and tag != "mark"

    def handle_data(self, data):
        if self._in_title and data.strip():
            self.titles.append(data.strip())
        if self._in_mark:
            self.marked.append(data)


def search_page(client, query):
    response = client.get(reverse("procedures:search"), {"q": query})
    assert response.status_code == 200
    collector = ResultCollector()
    collector.feed(response.content.decode())
    return response.content.decode(), collector


# --- The examples patients type ------------------------------------------------------


def test_steroid_shot_puts_the_epidural_page_first(client, clinic_content):
    html, page = search_page(client, "steroid shot")
    assert page.titles[0] == "Epidural steroid injection"
    assert len(page.titles) > 1  # other pages that mention steroid follow
    assert "steroid" in [word.lower() for word in page.marked]


def test_sciatica_finds_epidural_and_nerve_root_block_first(client, clinic_content):
    _html, page = search_page(client, "sciatica")
    assert set(page.titles[:2]) == {"Epidural steroid injection", "Nerve root block"}


def test_knee_finds_joint_injection_first(client, clinic_content):
    _html, page = search_page(client, "knee")
    assert page.titles[0] == "Joint injection"


@pytest.mark.parametrize("query,slug", [
    ("cortisone injection", "epidural-steroid-injection"),
    ("pinched nerve", "nerve-root-block"),
    ("Burn the nerve", "medial-branch-block"),
    ("my hip hurts", "joint-injection"),
])
def test_everyday_words_find_their_procedure(clinic_content, query, slug):
    assert result_titles(query)[0] == Procedure.objects.get(slug=slug).name


def test_cortisone_shot_finds_both_steroid_procedures_first(clinic_content):
    assert set(result_titles("cortisone shot")[:2]) == {"Epidural steroid injection", "Joint injection"}


def test_word_endings_and_case_do_not_matter(clinic_content):
    assert result_titles("STEROID SHOTS")[0] == "Epidural steroid injection"
    assert "Chesterfield office" in result_titles("chesterfield")


def test_steps_faqs_offices_and_physicians_are_searched(clinic_content):
    blood_thinner = search_site(query="blood thinners")
    assert any(result.url.endswith("#preparation") for result in blood_thinner.results)
    muscle = search_site(query="muscle-building")
    assert any(result.url.endswith("#faq") for result in muscle.results)
    assert any("Anna Reyes" in title for title in result_titles("Reyes"))
    assert any("office" in title.lower() for title in result_titles("parking"))


def test_unpublished_pages_are_never_found(clinic_content):
    Procedure.objects.filter(slug="joint-injection").update(is_published=False)
    assert "Joint injection" not in result_titles("knee")
    assert "Joint injection" not in result_titles("joint injection")


# --- Synonyms are the clinic's to edit ------------------------------------------------


def test_a_synonym_added_in_the_admin_is_used(staff_client, clinic_content):
    facet = Procedure.objects.get(slug="facet-joint-injection")
    assert result_titles("lumbago") == []
    response = staff_client.post(
        reverse("admin:procedures_searchsynonym_add"),
        {"phrase": "Lumbago", "procedures": [facet.pk], "note": "Patients say this."},
    )
    assert response.status_code == 302
    assert SearchSynonym.objects.filter(phrase="Lumbago").exists()
    assert result_titles("my lumbago")[0] == "Facet joint injection"


def test_shipped_synonyms_point_at_real_procedures(clinic_content):
    for synonym in SearchSynonym.objects.prefetch_related("procedures"):
        assert synonym.procedures.exists(), synonym.phrase


# --- What the page shows ----------------------------------------------------------------


def test_results_page_shows_count_snippet_and_section_link(client, clinic_content):
    html, page = search_page(client, "sciatica")
    outcome = search_site(query="sciatica")
    assert f"{outcome.count} pages found for “sciatica”" in html
    assert len(page.titles) == outcome.count
    assert "<mark>sciatica</mark>" in html.lower()
    assert 'href="/procedures/nerve-root-block/#why_done"' in html


def test_snippets_are_escaped_before_marking(client, db):
    factories.ProcedureFactory(
        name="Odd page", what_it_is='Tom & Jerry said "<script>alert(1)</script>" about the sciatica.'
    )
    html, page = search_page(client, "sciatica <script>")
    assert "<script>alert(1)" not in html
    assert "&lt;<mark>script</mark>&gt;alert(1)&lt;/<mark>script</mark>&gt;" in html
    assert "Tom &amp; Jerry" in html
    assert [word.lower() for word in page.marked] == ["script", "script", "sciatica"]


def test_empty_result_offers_phone_and_procedures(client, clinic_content):
    html, page = search_page(client, "zebra crossing")
    assert page.titles == []
    assert "We found no pages for “zebra crossing”" in html
    assert 'href="tel:+13145550140"' in html
    for procedure in Procedure.objects.published():
        assert procedure.get_absolute_url() in html


def test_search_page_without_a_query_shows_the_form(client, clinic_content):
    html, page = search_page(client, "")
    assert 'id="search-page-q"' in html and page.titles == []
    assert "We found no pages" not in html


def test_header_has_a_search_form_that_works_without_javascript(client, clinic_content):
    html = client.get("/").content.decode()
    assert f'action="{reverse("procedures:search")}" method="get"' in html
    assert 'for="site-search-q"' in html and 'id="site-search-q" name="q"' in html
    # A plain GET submit: the URL it builds is the results page.
    assert client.get(reverse("procedures:search") + "?q=knee").status_code == 200


def test_long_queries_are_cut_and_say_so(client, clinic_content):
    long_query = "knee " * 100
    html, page = search_page(client, long_query)
    assert "first 100 characters" in html
    assert page.titles[0] == "Joint injection"
    assert f'maxlength="{MAX_QUERY_LENGTH}"' in html


# --- Odd input never errors ------------------------------------------------------------

ODD_PIECES = ['"', "'", "%", "_", "\\", "\x00", "😀", "<", ">", "&", "%00", "--", ";", "*", " ", "knee", "é", "\u202e"]


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(ODD_PIECES), max_size=40).map("".join),
    st.builds(lambda piece, times: piece * times, st.sampled_from(ODD_PIECES + ["a"]), st.integers(2_000, 10_240)),
))
def test_any_input_gives_a_normal_page(client, clinic_content, query):
    response = client.get(reverse("procedures:search"), {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    assert "\x00" not in html

    class SearchBoxValue(HTMLParser):
        value = None

        def handle_starttag(self, tag, attrs):
            if tag == "input" and ("id", "search-page-q") in attrs:
                self.value = dict(attrs)["value"]

    box = SearchBoxValue()
    box.feed(html)
    # What the page shows back is exactly the cleaned text: escaped, never markup.
    assert box.value == clean_query(query)[0]


def test_query_text_is_cleaned_and_capped():
    assert clean_query("  steroid\x00\tshot\n ") == ("steroid shot", False)
    text, shortened = clean_query("a" * 10_240)
    assert shortened and len(text) == MAX_QUERY_LENGTH
    assert clean_query(None) == ("", False)


def test_highlight_marks_whole_words_only():
    matcher = _Matcher(terms_of("hip"))
    html = highlight("Hips & hippos <b>", matcher)
    assert html == "<mark>Hips</mark> &amp; hippos &lt;b&gt;"


# --- Cost -------------------------------------------------------------------------------


def build_pages(count):
    reviewer = factories.PhysicianFactory()
    for index in range(count):
        procedure = factories.ProcedureFactory(reviewed_by=reviewer, what_it_is=f"Knee page {index}.")
        for _ in range(3):
            factories.PreparationStepFactory(procedure=procedure, details="Bring your knee brace.")
            factories.AftercareStepFactory(procedure=procedure)
            factories.FAQFactory(procedure=procedure)
        factories.CareCardFactory(procedure=procedure)
        factories.ImagingAreaFactory(description="Knee pictures.")
        factories.OfficeFactory()
        factories.PhysicianFactory(bio="Treats knee pain.")
        synonym = SearchSynonym.objects.create(phrase=f"knee thing {count}-{index}")
        synonym.procedures.add(procedure)


def queries_for_search(client):
    client.get(reverse("procedures:search"), {"q": "knee"})  # warm: the footer's offices are cached
    with CaptureQueriesContext(connection) as context:
        response = client.get(reverse("procedures:search"), {"q": "knee"})
    assert response.status_code == 200
    return len(context.captured_queries), response.content.decode().count('class="search-result__title"')


def test_queries_per_search_do_not_grow_with_content(client):
    build_pages(1)
    small_queries, small_results = queries_for_search(client)
    build_pages(10)
    large_queries, large_results = queries_for_search(client)
    assert large_results > small_results
    assert large_queries == small_queries
    assert small_queries <= 12


def test_spanish_pages_are_searched_in_spanish(client, clinic_content):
    html, page = search_page_at(client, "/es/search/", "rodilla")
    assert 'href="/es/procedures/joint-injection/"' in html.split('class="search-result__title"', 2)[1]
    assert page.marked and all(word.lower().startswith("rodilla") for word in page.marked)


def search_page_at(client, path, query):
    response = client.get(path, {"q": query})
    assert response.status_code == 200
    collector = ResultCollector()
    collector.feed(response.content.decode())
    return response.content.decode(), collector

"""Patient tools in Chromium: printed sheets fit their pages, the pain diary and the
procedure plan work with a keyboard on a phone and pass axe."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from playwright.sync_api import expect

from patients.diary import TimePoint
from procedures.content import procedures as shipped
from tests.factories import make_pain_diary

pytestmark = pytest.mark.browser

PROCEDURE_SLUGS = [p["slug"] for p in shipped.PROCEDURES]


def pdf_pages(pdf):
    """Pages in a PDF: its /Type /Page objects (not the /Pages tree nodes)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def test_pdf_page_counter_counts_pages_not_the_page_tree():
    assert pdf_pages(b"<< /Type /Pages /Kids [3 0 R 4 0 R] >> << /Type /Page >> << /Type/Page >>") == 2


# The print sheet's headings and the reading size it must keep, per language prefix.
SHEET_LANGUAGES = {"": ("en", "When to get help"), "/es": ("es", "Cuándo pedir ayuda")}
SMALLEST_BODY_PT = 10.5  # steps, checklist and care cards: easy to read for older eyes


@pytest.mark.parametrize("prefix", list(SHEET_LANGUAGES), ids=["en", "es"])
@pytest.mark.parametrize("slug", PROCEDURE_SLUGS)
def test_procedure_sheet_prints_on_at_most_two_pages(desktop_page, slug, prefix):
    language, help_heading = SHEET_LANGUAGES[prefix]
    with translation.override(language):
        path = reverse("procedures:print", kwargs={"slug": slug})
    assert path.startswith(f"{prefix}/procedures/")
    response = desktop_page.goto(path)
    assert response.status == 200
    assert desktop_page.locator("nav, form").count() == 0
    assert desktop_page.get_by_text(help_heading).count() == 1
    desktop_page.emulate_media(media="print")
    sizes_pt = desktop_page.eval_on_selector_all(
        ".sheet-checklist li, .sheet-steps li, .sheet-card li",
        "items => items.map(item => parseFloat(getComputedStyle(item).fontSize) * 0.75)",
    )
    assert sizes_pt and min(sizes_pt) >= SMALLEST_BODY_PT
    for paper in ("Letter", "A4"):
        pages = pdf_pages(desktop_page.pdf(format=paper))
        assert 1 <= pages <= 2, f"{prefix or 'en'} {slug} prints on {pages} {paper} pages"


def full_diary():
    """Every time point scored, each with a short note, pain medicine on two of them."""
    scores = [(point.value, min(n, 10), n == 5) for n, point in enumerate(TimePoint)]
    diary, token = make_pain_diary(
        injected_at=timezone.now() - datetime.timedelta(days=15), baseline_pain=8, scores=scores, sent=True
    )
    diary.entries.update(activities="Walked to the mailbox and bent over to tie my shoes")
    diary.entries.filter(time_point__in=["6h", "day_2"]).update(medicines="2 Tylenol (500 mg)")
    return diary, token


def test_a_full_pain_diary_prints_on_one_page(desktop_page):
    # Notes of a few words per score fit; several long paragraphs of notes may not.
    _, token = full_diary()
    desktop_page.goto(reverse("patients:diary_print", kwargs={"token": token}))
    assert desktop_page.locator("svg title").count() == 1
    for paper in ("Letter", "A4"):
        assert pdf_pages(desktop_page.pdf(format=paper)) == 1, paper


def test_starting_a_diary_and_adding_a_score_by_keyboard_on_a_phone(phone_page, assert_accessible, assert_no_horizontal_scroll):
    page = phone_page
    page.goto(reverse("patients:diary_start") + "?procedure=medial-branch-block")
    assert_accessible(page)
    assert_no_horizontal_scroll(page)
    page.get_by_label("Date of your injection").fill(timezone.localdate().isoformat())
    page.get_by_label("Time of your injection").fill("00:01")
    page.get_by_role("group", name="Your pain just before the injection").get_by_label("7", exact=True).check()
    page.get_by_role("button", name="Start my diary").press("Enter")

    page.get_by_role("heading", name="Bookmark this page now").wait_for()
    assert "/after-your-procedure/pain-diary/" in page.url
    assert page.url.split("/")[-2] in page.locator(".diary-new__link").inner_text()
    assert_accessible(page)
    assert_no_horizontal_scroll(page)

    page.get_by_label("Which score is this?").select_option("15m")
    pain = page.get_by_role("group", name="Your pain now")
    pain.get_by_label("2", exact=True).focus()
    page.keyboard.press("Space")
    page.get_by_label("Activities I tried (optional)").fill("Walked to the mailbox")
    page.get_by_role("button", name="Save my score").press("Enter")

    page.get_by_text("Saved: your score for “15 minutes after”").wait_for()
    row = page.locator("table.diary-table tr", has_text="15 minutes after")
    assert "71%" in row.inner_text()  # (7 − 2) / 7
    assert page.locator("svg.diary-chart circle[r='6']").count() == 1
    assert page.locator("body").get_by_text("Bookmark this page now").count() == 0


def test_a_bad_score_is_explained_and_focusable(phone_page, assert_accessible):
    _, token = make_pain_diary(injected_at=timezone.now() - datetime.timedelta(hours=3))
    page = phone_page
    page.goto(reverse("patients:diary_detail", kwargs={"token": token}))
    page.get_by_role("button", name="Save my score").click()
    summary = page.get_by_role("alert")
    assert "Choose a whole number from 0 (no pain) to 10" in summary.inner_text()
    summary.get_by_role("link", name="Your pain now").click()
    assert page.evaluate("location.hash") == "#id_pain"
    assert_accessible(page)


@pytest.mark.parametrize("action", ["detail", "send", "delete", "print"])
def test_diary_pages_pass_axe_at_both_sizes(browser, site, action, assert_accessible, assert_no_horizontal_scroll):
    _, token = full_diary() if action == "detail" else make_pain_diary(scores=[("1h", 3)])
    for viewport in ({"width": 375, "height": 812}, {"width": 1280, "height": 800}):
        context = browser.new_context(base_url=site, viewport=viewport)
        page = context.new_page()
        page.goto(reverse(f"patients:diary_{action}", kwargs={"token": token}))
        assert_accessible(page)
        assert_no_horizontal_scroll(page)
        context.close()


def test_tampered_diary_link_page_passes_axe(phone_page, assert_accessible):
    response = phone_page.goto(reverse("patients:diary_detail", kwargs={"token": "not-a-real-diary-link-at-all"}))
    assert response.status == 404
    assert_accessible(phone_page)


def test_plan_and_calendar_download(any_page, assert_accessible, assert_no_horizontal_scroll):
    page = any_page
    page.goto(reverse("procedures:plan") + "?procedure=nerve-root-block")
    page.get_by_label("Date of your appointment").fill((timezone.localdate() + datetime.timedelta(days=10)).isoformat())
    page.get_by_label("Time of your appointment").fill("09:30")
    page.get_by_role("button", name="Make my plan").click()
    page.get_by_role("heading", name="Your plan: Nerve root block").wait_for()
    # The plan comes below the form: the page opens at the plan, not at the form again.
    expect(page.get_by_role("heading", name="Your plan: Nerve root block")).to_be_in_viewport()
    assert page.get_by_text("arrive for your Nerve root block at 9:30 a.m.").count() == 1
    assert_accessible(page)
    assert_no_horizontal_scroll(page)
    with page.expect_download() as download:
        page.get_by_role("link", name="Add the reminders to my calendar (.ics)").click()
    assert download.value.suggested_filename.startswith("nerve-root-block-")
    assert download.value.suggested_filename.endswith(".ics")


def test_print_button_appears_when_the_script_runs_under_the_csp(phone_page):
    # axe and the phone width are checked with every public page (test_browser_accessibility.py).
    phone_page.goto(reverse("procedures:print", kwargs={"slug": "facet-joint-injection"}))
    assert phone_page.get_by_role("button", name="Print this sheet").is_visible()
    assert phone_page.get_by_text("Use your browser’s Print command").is_hidden()


SMALLEST_TEXT = """() => {
    const sizes = [...document.querySelectorAll('body *')]
        .filter(el => !el.closest('svg') && el.getClientRects().length)
        .filter(el => [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()))
        .map(el => [parseFloat(getComputedStyle(el).fontSize), el.tagName.toLowerCase() + '.' + el.className]);
    return sizes.sort((a, b) => a[0] - b[0])[0];
}"""


@pytest.mark.parametrize("sheet", ["procedure", "diary"])
def test_printable_sheets_are_read_at_body_size_on_a_phone(phone_page, sheet):
    # Paper keeps its compact sizes; a phone shows the sheet at the site's 18 px, nothing under 16.
    if sheet == "procedure":
        path = reverse("procedures:print", kwargs={"slug": "epidural-steroid-injection"})
    else:
        path = reverse("patients:diary_print", kwargs={"token": full_diary()[1]})
    phone_page.goto(path)
    assert phone_page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)") >= 18
    size, element = phone_page.evaluate(SMALLEST_TEXT)
    assert size >= 16, f"{element} is {size} px on a phone"

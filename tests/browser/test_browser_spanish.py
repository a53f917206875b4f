"""The Spanish pages (longer words than the English) pass the same checks: axe-core's
WCAG 2.2 A/AA rules, lang="es", and no sideways scrolling on a 375 px phone."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from patients.diary import TimePoint
from tests.factories import make_pain_diary

SPANISH_PAGES = {
    "home": "/es/",
    "procedure-detail": "/es/procedures/facet-joint-injection/",
    "office-detail": "/es/offices/chesterfield/",
    "aftercare": "/es/after-your-procedure/",
    "contact": "/es/contact/",
    "glossary": "/es/glossary/",
    "pain-diary-start": "/es/after-your-procedure/pain-diary/",
    "plan": "/es/preparing/plan/?procedure=nerve-root-block&time=09:30&date="
    + (datetime.date.today() + datetime.timedelta(days=10)).isoformat(),
    "procedure-print": "/es/procedures/epidural-steroid-injection/print/",
}


@pytest.mark.parametrize("path", SPANISH_PAGES.values(), ids=SPANISH_PAGES.keys())
def test_spanish_page_has_no_wcag_violations(any_page, path, assert_accessible):
    response = any_page.goto(path)
    assert response.status == 200
    assert any_page.evaluate("document.documentElement.lang") == "es"
    assert_accessible(any_page)


@pytest.mark.parametrize("path", SPANISH_PAGES.values(), ids=SPANISH_PAGES.keys())
def test_spanish_page_fits_a_phone_screen(phone_page, path, assert_no_horizontal_scroll):
    phone_page.goto(path)
    assert_no_horizontal_scroll(phone_page)


@pytest.mark.parametrize("action", ["detail", "print"])
def test_a_full_spanish_pain_diary_fits_a_phone(phone_page, action, assert_accessible, assert_no_horizontal_scroll):
    # Every time point scored with a note: the table's four columns in Spanish are the widest.
    scores = [(point.value, min(n, 10), n == 5) for n, point in enumerate(TimePoint)]
    diary, token = make_pain_diary(
        injected_at=timezone.now() - datetime.timedelta(days=15), baseline_pain=8, scores=scores
    )
    diary.entries.update(activities="Caminé hasta el buzón", medicines="2 Tylenol (500 mg)")
    with translation.override("es"):
        phone_page.goto(reverse(f"patients:diary_{action}", kwargs={"token": token}))
    assert_accessible(phone_page)
    assert_no_horizontal_scroll(phone_page)
    table = phone_page.locator("table.diary-table")
    assert table.evaluate("el => el.parentElement.scrollWidth <= el.parentElement.clientWidth"), (
        "the table of scores scrolls sideways inside its box"
    )

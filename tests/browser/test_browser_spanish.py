"""The Spanish pages (longer words than the English) pass the same checks: axe-core's
WCAG 2.2 A/AA rules, lang="es", and no sideways scrolling on a 375 px phone."""

import pytest

SPANISH_PAGES = {
    "home": "/es/",
    "procedure-detail": "/es/procedures/facet-joint-injection/",
    "office-detail": "/es/offices/chesterfield/",
    "aftercare": "/es/after-your-procedure/",
    "contact": "/es/contact/",
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

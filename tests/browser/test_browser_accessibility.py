"""Every public page type passes axe-core's WCAG 2.2 A/AA rules on a phone and a desktop
screen, and nothing makes a reader scroll sideways (on a 375 px phone above all)."""

import pytest
from django.urls import URLResolver, get_resolver, resolve, reverse
from django.utils import translation
from playwright.sync_api import expect

from procedures.content import imaging_areas, offices, physicians, procedures

PUBLIC_PAGES = {
    "home": reverse("procedures:home"),
    "procedure-list": reverse("procedures:list"),
    "procedure-detail": reverse("procedures:detail", kwargs={"slug": procedures.PROCEDURES[0]["slug"]}),
    "imaging-area-list": reverse("procedures:imaging_area_list"),
    "imaging-area-detail": reverse(
        "procedures:imaging_area_detail", kwargs={"slug": imaging_areas.IMAGING_AREAS[0]["slug"]}
    ),
    "office-list": reverse("procedures:office_list"),
    "office-detail": reverse("procedures:office_detail", kwargs={"slug": offices.OFFICES[0]["slug"]}),
    "physician-list": reverse("procedures:physician_list"),
    "physician-detail": reverse(
        "procedures:physician_detail", kwargs={"slug": physicians.PHYSICIANS[0]["slug"]}
    ),
    "preparing": reverse("procedures:preparing"),
    "aftercare": reverse("procedures:aftercare"),
    "glossary": reverse("procedures:glossary"),
    "search-results": reverse("procedures:search") + "?q=steroid+shot",
    "search-empty": reverse("procedures:search") + "?q=zebra",
    "contact": reverse("patients:contact"),
    "procedure-message": reverse(
        "patients:procedure_message", kwargs={"slug": procedures.PROCEDURES[0]["slug"]}
    ),
    "pain-diary-start": reverse("patients:diary_start"),
    "procedure-plan-form": reverse("procedures:plan"),
    "procedure-print": reverse("procedures:print", kwargs={"slug": procedures.PROCEDURES[0]["slug"]}),
    "not-found": "/no-such-page/",
}
with translation.override("es"):
    PUBLIC_PAGES["home-spanish"] = reverse("procedures:home")
    PUBLIC_PAGES["procedure-detail-spanish"] = reverse(
        "procedures:detail", kwargs={"slug": procedures.PROCEDURES[0]["slug"]}
    )


# Public URL names that are not in PUBLIC_PAGES, each with where it is checked instead.
CHECKED_ELSEWHERE = {
    "patients:thanks": "the end of the patient journey (test_browser_journeys.py) runs axe on it",
    # A diary's pages need its private link: test_browser_patient_tools.py makes one and
    # runs axe on each, and on the plan with a result.
    "patients:diary_detail": "test_browser_patient_tools.py (test_diary_pages_pass_axe_at_both_sizes)",
    "patients:diary_send": "test_browser_patient_tools.py (test_diary_pages_pass_axe_at_both_sizes)",
    "patients:diary_delete": "test_browser_patient_tools.py (test_diary_pages_pass_axe_at_both_sizes)",
    "patients:diary_print": "test_browser_patient_tools.py (test_diary_pages_pass_axe_at_both_sizes)",
    "procedures:plan_calendar": "not a page: an .ics file, parsed in test_procedures_plan.py",
}


def public_url_names(resolver=None, namespace=None):
    """Every named URL of the site's apps (admin and health check left out)."""
    for pattern in (resolver or get_resolver()).url_patterns:
        if isinstance(pattern, URLResolver):
            inner = pattern.namespace or namespace
            if inner != "admin":
                yield from public_url_names(pattern, inner)
        elif pattern.name and namespace:
            yield f"{namespace}:{pattern.name}"


def test_every_public_page_type_is_checked_here():
    english = [path for name, path in PUBLIC_PAGES.items() if not name.endswith("-spanish") and name != "not-found"]
    checked = {resolve(path.split("?")[0]).view_name for path in english}
    missing = sorted(set(public_url_names()) - checked - set(CHECKED_ELSEWHERE))
    assert not missing, (
        f"New public pages without an axe check: {missing}. Add an example address for each to "
        "PUBLIC_PAGES in tests/browser/test_browser_accessibility.py (or, for a page that "
        "needs a form sent first, to CHECKED_ELSEWHERE with the test that checks it)."
    )


@pytest.mark.parametrize("path", PUBLIC_PAGES.values(), ids=PUBLIC_PAGES.keys())
def test_page_has_no_wcag_violations_and_never_scrolls_sideways(
    any_page, path, assert_accessible, assert_no_horizontal_scroll
):
    response = any_page.goto(path)
    assert response.status == (404 if path == PUBLIC_PAGES["not-found"] else 200)
    assert_accessible(any_page)
    assert_no_horizontal_scroll(any_page)


def test_message_form_with_mistakes_has_no_wcag_violations_on_a_phone(phone_page, assert_accessible):
    # The desktop size is checked in test_browser_messages.py.
    phone_page.goto(PUBLIC_PAGES["contact"])
    phone_page.get_by_role("button", name="Send message").click()
    expect(phone_page.locator("[data-error-summary]")).to_be_visible()
    assert_accessible(phone_page)

"""Everything works with the keyboard alone: a skip link first, a focus ring you can see on
every stop, nothing out of reach, and the form's list of mistakes read first."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from procedures.content import procedures

PROCEDURE_PAGE = reverse("procedures:detail", kwargs={"slug": procedures.PROCEDURES[0]["slug"]})

# Marks every element a keyboard user should be able to reach, visible ones only, in order.
MARK_TAB_STOPS = """() => {
    const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]';
    const stops = [...document.querySelectorAll(selector)].filter(el => {
        if (el.disabled || el.getAttribute('tabindex') === '-1') return false;
        if (el.closest('[inert], [aria-hidden="true"]')) return false;
        if (el.closest('details:not([open])') && el.tagName !== 'SUMMARY') return false;
        const style = getComputedStyle(el);
        if (style.visibility === 'hidden' || style.display === 'none') return false;
        if (el.classList.contains('skip-link')) return true;  // on screen only when focused
        return el.getClientRects().length > 0;
    });
    stops.forEach((el, index) => el.dataset.tabStop = index);
    return stops.length;
}"""

# What the focused element looks like: its outline, and whether the sticky header covers it.
DESCRIBE_FOCUS = """() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const onTop = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    const covered = onTop !== null && !el.contains(onTop) && onTop.closest('.site-header') !== null;
    return {
        stop: el.dataset.tabStop ?? null,
        tag: el.tagName.toLowerCase(),
        text: (el.innerText || el.value || el.name || '').trim().slice(0, 40),
        outlineStyle: style.outlineStyle,
        outlineWidth: parseFloat(style.outlineWidth),
        outlineColor: style.outlineColor,
        covered,
    };
}"""


def tab_through(page, stop_count):
    """Press Tab until focus has gone round the page; returns what each stop looked like."""
    seen = []
    for _ in range(stop_count + 5):
        page.keyboard.press("Tab")
        focus = page.evaluate(DESCRIBE_FOCUS)
        if focus["tag"] == "body" or (seen and focus["stop"] == seen[0]["stop"]):
            break
        seen.append(focus)
    return seen


def test_skip_link_is_the_first_tab_stop_and_jumps_to_the_content(any_page):
    any_page.goto(PROCEDURE_PAGE)
    any_page.keyboard.press("Tab")
    skip_link = any_page.get_by_role("link", name="Skip to main content")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()
    any_page.keyboard.press("Enter")
    expect(any_page.locator("main")).to_be_focused()
    any_page.keyboard.press("Tab")
    assert any_page.evaluate("document.activeElement.closest('main') !== null")


@pytest.mark.parametrize("path", [reverse("procedures:home"), PROCEDURE_PAGE, reverse("patients:contact")])
def test_every_control_is_reachable_with_a_visible_focus_ring(any_page, path):
    any_page.goto(path)
    stop_count = any_page.evaluate(MARK_TAB_STOPS)
    seen = tab_through(any_page, stop_count)

    reached = {focus["stop"] for focus in seen}
    missed = [str(index) for index in range(stop_count) if str(index) not in reached]
    assert not missed, f"{len(missed)} of {stop_count} controls cannot be reached with Tab"
    unexpected = [focus for focus in seen if focus["stop"] is None]
    assert not unexpected, f"Tab stops on things that are hidden or not controls: {unexpected[:3]}"

    for focus in seen:
        assert focus["outlineStyle"] != "none" and focus["outlineWidth"] >= 2, f"no visible focus ring: {focus}"
        assert focus["outlineColor"] not in {"transparent", "rgba(0, 0, 0, 0)"}, f"invisible focus ring: {focus}"
        assert not focus["covered"], f"the sticky header hides the focused control: {focus}"


def test_error_summary_takes_focus_on_a_phone_after_a_failed_submit(phone_page):
    # On a desktop screen test_browser_messages.py checks the same; here the summary must
    # also show on a small screen, not hidden under the sticky header.
    phone_page.goto(reverse("patients:contact"))
    form = phone_page.locator("form.message-form")
    form.get_by_label("Your name").fill("Rosa Delgado")
    form.get_by_role("button", name="Send message").focus()
    phone_page.keyboard.press("Enter")

    summary = phone_page.locator("[data-error-summary]")
    expect(summary).to_be_focused()
    expect(summary).to_be_in_viewport()
    header = phone_page.locator(".site-header").bounding_box()
    assert summary.bounding_box()["y"] >= header["y"] + header["height"] - 1, "the header hides the summary"
    expect(summary).to_contain_text("Enter your email address.")
    # Its links lead to the fields, and what was typed is still there.
    summary.get_by_role("link", name="Enter your email address.").click()
    expect(form.get_by_label("Your email address")).to_be_focused()
    expect(form.get_by_label("Your name")).to_have_value("Rosa Delgado")

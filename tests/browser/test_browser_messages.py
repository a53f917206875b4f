"""Leaving a message in a real Chromium: with the keyboard only, and with mistakes."""

import time

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from patients.models import Message

pytestmark = pytest.mark.browser

# The form refuses to count a message sent sooner than this after it was shown (spam timer).
MIN_SECONDS_ON_FORM = 3.2


def focused_id(page):
    return page.evaluate("document.activeElement && document.activeElement.id")


def tab_to(page, element_id, most=60):
    """Press Tab until `element_id` has focus, as a keyboard user would."""
    for _ in range(most):
        page.keyboard.press("Tab")
        if focused_id(page) == element_id:
            return
    pytest.fail(f"Tab never reached #{element_id}")


def test_fills_the_form_with_the_keyboard_only_and_reaches_the_thank_you_page(desktop_page):
    page = desktop_page
    page.goto(reverse("patients:contact"))
    shown_at = time.monotonic()

    tab_to(page, "id_name")
    page.keyboard.type("Maria Lopez")
    page.keyboard.press("Tab")
    assert focused_id(page) == "id_email"
    page.keyboard.type("maria@mail.example")
    page.keyboard.press("Tab")
    assert focused_id(page) == "id_phone"
    page.keyboard.type("(314) 555-0123")
    page.keyboard.press("Tab")
    assert focused_id(page) == "id_topic"
    page.keyboard.press("ArrowDown")  # "A question about a procedure"
    expect(page.locator("#id_topic")).to_have_value("procedure_question")
    page.keyboard.press("Tab")
    assert focused_id(page) == "id_procedure"
    page.keyboard.press("Tab")
    assert focused_id(page) == "id_body"
    page.keyboard.type("Can I drive home after my injection?\nThank you.")
    page.keyboard.press("Tab")
    assert focused_id(page) == "id_consent_to_publish"
    page.keyboard.press("Space")
    expect(page.locator("#id_consent_to_publish")).to_be_checked()
    # The honeypot is skipped: the next stop is the button.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.matches('.message-form button[type=submit]')")

    # A person takes more than 3 seconds; the keyboard steps above may have been quicker.
    page.wait_for_timeout(max(0, (MIN_SECONDS_ON_FORM - (time.monotonic() - shown_at)) * 1000))
    page.keyboard.press("Enter")
    page.wait_for_url("**/contact/thanks/**")

    message = Message.objects.get()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you: we have your message")
    expect(page.locator(".message-reference")).to_have_text(message.reference)
    assert message.status == Message.Status.NEW and message.spam_reason == ""
    assert (message.name, message.email, message.phone) == ("Maria Lopez", "maria@mail.example", "(314) 555-0123")
    assert message.body == "Can I drive home after my injection?\nThank you." and message.consent_to_publish
    assert page.js_errors == []


def test_error_summary_gets_focus_and_its_links_move_focus_to_the_field(desktop_page, assert_accessible):
    page = desktop_page
    page.goto(reverse("patients:contact"))
    page.fill("#id_email", "not an email")
    page.click(".message-form button[type=submit]")
    expect(page.locator("#error-summary")).to_be_focused()
    assert page.title().startswith("Error:")
    assert_accessible(page)
    # Following the link for the e-mail mistake puts the cursor in the e-mail field.
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    expect(page.locator("#error-summary a").nth(1)).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#id_email")).to_be_focused()
    expect(page.locator("#id_email")).to_have_value("not an email")


def test_error_summary_links_work_without_javascript(browser, site):
    context = browser.new_context(base_url=site, java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(reverse("patients:contact"))
        page.click(".message-form button[type=submit]")
        page.click("#error-summary a[href='#id_body']")
        expect(page.locator("#id_body")).to_be_focused()
    finally:
        context.close()


def test_message_pages_pass_axe(desktop_page, assert_accessible):
    desktop_page.goto(reverse("patients:contact"))
    assert_accessible(desktop_page)
    message = Message.objects.create(name="A B", email="a@b.example", topic="other", body="Hi")
    desktop_page.goto(reverse("patients:thanks", args=[message.reference]))
    assert_accessible(desktop_page)

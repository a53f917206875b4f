"""What a patient and a staff member do, click by click, in a real Chromium."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from patients.models import Message
from procedures.models import AftercareStep, Procedure

PROCEDURE_NAME = "Facet joint injection"


def sticky_header_bottom(page):
    return page.locator(".site-header").bounding_box()["y"] + page.locator(".site-header").bounding_box()["height"]


def follow_contents_link(page, name, heading):
    """Click an "On this page" link; its heading must end up on screen, below the header."""
    page.get_by_role("navigation", name="On this page").get_by_role("link", name=name, exact=True).click()
    target = page.get_by_role("heading", name=heading, level=2)
    expect(target).to_be_in_viewport()
    assert target.bounding_box()["y"] >= sticky_header_bottom(page) - 1, f"{heading} is hidden under the header"
    return target


def test_patient_reads_about_a_procedure_and_leaves_a_message(any_page, settings, assert_accessible):
    settings.MESSAGES_MIN_FILL_SECONDS = 0  # a test types faster than any person
    page = any_page
    page.goto(reverse("procedures:home"))
    expect(page.locator(".site-header").get_by_role("link", name=re.compile("Call us"))).to_be_visible()

    page.get_by_role("link", name=PROCEDURE_NAME, exact=True).first.click()
    expect(page).to_have_url(re.compile(r"/procedures/facet-joint-injection/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(PROCEDURE_NAME)

    # The preparation checklist.
    follow_contents_link(page, "How to prepare", "How to prepare")
    checklist = page.locator("#preparation .checklist__item")
    assert checklist.count() >= 3
    expect(checklist.first).to_be_visible()

    # Aftercare, stage by stage.
    follow_contents_link(page, "After your procedure", "After your procedure")
    stages = page.locator("#aftercare .timeline__when")
    expect(stages.first).to_have_text("Right after")
    assert stages.count() >= 3

    # When to get help: most urgent first, each labelled in words as well as colour.
    follow_contents_link(page, "When to get help", "When to get help")
    badges = page.locator("#when-to-get-help .care-card__badge")
    expect(badges).to_have_text(["Emergency", "Urgent", "Not urgent"])
    expect(page.locator(".care-card--emergency").get_by_role("link", name="Call 911")).to_be_visible()

    # Leave a message from the procedure page.
    form = page.locator("#leave-message form")
    form.scroll_into_view_if_needed()
    form.get_by_label("Your name").fill("Rosa Delgado")
    form.get_by_label("Your email address").fill("rosa@example.com")
    form.get_by_label("What is your message about?").select_option(label="A question about a procedure")
    form.get_by_role("textbox", name="Your message").fill("Can I take my blood pressure pills that morning?")
    form.get_by_role("button", name="Send message").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you: we have your message")
    message = Message.objects.get()
    expect(page.locator(".message-reference")).to_have_text(message.reference)
    assert message.procedure.name == PROCEDURE_NAME
    assert message.status == Message.Status.NEW
    assert "blood pressure pills" in message.body
    assert_accessible(page)


def test_staff_edit_an_aftercare_step_and_the_public_page_shows_it(desktop_page, django_user_model):
    django_user_model.objects.create_superuser("editor", "editor@clinic.example", "a-long-test-password-42")
    page = desktop_page
    page.goto(reverse("admin:index"))
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("a-long-test-password-42")
    page.get_by_role("button", name="Log in").click()

    page.get_by_role("link", name="Procedures", exact=True).click()
    page.get_by_role("link", name=PROCEDURE_NAME, exact=True).click()
    procedure = Procedure.objects.get(name=PROCEDURE_NAME)
    step = procedure.aftercare_steps.order_by("order").first()
    index = list(procedure.aftercare_steps.order_by("order", "id")).index(step)
    title = page.locator(f"#id_aftercare_steps-{index}-title_en")
    expect(title).to_have_value(step.title)
    title.fill("Rest at the office for 20 minutes")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    assert AftercareStep.objects.get(pk=step.pk).title == "Rest at the office for 20 minutes"

    page.goto(procedure.get_absolute_url())
    expect(page.locator("#aftercare")).to_contain_text("Rest at the office for 20 minutes")
    expect(page.locator("#aftercare")).not_to_contain_text(step.title)

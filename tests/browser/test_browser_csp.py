"""The Content-Security-Policy (no inline scripts or styles) breaks nothing a person uses:
the admin's own scripts (slug filling, inline rows, the two-box selector), our pages and
the message form run without a single policy violation in Chromium."""

import pytest
from django.urls import reverse

from procedures.models import Procedure
from tests.factories import MessageFactory

pytestmark = pytest.mark.django_db(transaction=True)

RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} in ${event.sourceFile || document.location.pathname}:${event.lineNumber}`);
});
"""


def violations(page):
    return page.evaluate("window.__cspViolations")


@pytest.fixture
def admin_page(desktop_page, django_user_model):
    django_user_model.objects.create_superuser("csp-admin", "csp@clinic.example", "a-long-test-password")
    desktop_page.add_init_script(RECORD_VIOLATIONS)
    desktop_page.goto(reverse("admin:login"))
    desktop_page.fill("#id_username", "csp-admin")
    desktop_page.fill("#id_password", "a-long-test-password")
    desktop_page.click("input[type=submit]")
    desktop_page.wait_for_url("**" + reverse("admin:index"))
    return desktop_page


def test_admin_scripts_work_under_the_policy(admin_page):
    page = admin_page
    page.goto(reverse("admin:procedures_procedure_add"))
    page.locator("#id_name_en, #id_name").first.press_sequentially("Knee joint injection")
    assert page.input_value("#id_slug") == "knee-joint-injection"  # prepopulate.js ran
    rows = page.locator("#preparation_steps-group .inline-related:not(.empty-form)")
    before = rows.count()
    page.click("#preparation_steps-group .add-row a")
    assert rows.count() == before + 1  # inlines.js ran
    assert page.locator(".selector").count() >= 1  # SelectFilter2.js built the two boxes

    procedure = Procedure.objects.first()
    # The change form is the admin's heaviest page (two languages, four inline groups).
    page.goto(reverse("admin:procedures_procedure_change", args=[procedure.pk]), timeout=30_000)
    thumbnail = page.locator("img.admin-thumbnail")
    assert thumbnail.evaluate("img => getComputedStyle(img).maxHeight") == "120px"  # admin.css, not style=""

    message = MessageFactory()
    for url in [
        reverse("admin:index"),
        reverse("admin:procedures_procedure_changelist") + "?q=injection",
        reverse("admin:patients_message_changelist"),
        reverse("admin:patients_message_change", args=[message.pk]),
        reverse("admin:auth_user_changelist"),
    ]:
        page.goto(url)
    assert violations(page) == []
    assert page.js_errors == []


def test_public_pages_and_the_message_form_work_under_the_policy(desktop_page):
    page = desktop_page
    page.add_init_script(RECORD_VIOLATIONS)
    procedure = Procedure.objects.published().first()
    for url in [reverse("procedures:home"), procedure.get_absolute_url(), reverse("procedures:office_list")]:
        page.goto(url)
        assert violations(page) == [], url
    page.goto(reverse("patients:contact"))
    page.click("form button[type=submit]")  # empty: the error summary's script takes focus
    page.wait_for_load_state()
    assert violations(page) == []
    assert page.js_errors == []

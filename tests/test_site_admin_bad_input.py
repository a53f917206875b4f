"""No admin address or form ends in a server error: a history version or a selected row
whose id is not an id gets a 404 or a clear message, on every admin of the project."""

import datetime

import pytest
from django.contrib import admin
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.test import RequestFactory
from django.urls import reverse

from procedures.admin_safety import UNREADABLE_SELECTION, SafeActionsMixin, SafeHistoryAdmin
from procedures.models import PatientGuide
from tests.factories import ImagingAreaFactory, OfficeFactory, PhysicianFactory, ProcedureFactory

pytestmark = pytest.mark.django_db

PROJECT_APPS = {"procedures", "patients"}
PROJECT_ADMINS = {
    model._meta.label: model_admin
    for model, model_admin in admin.site._registry.items()
    if model._meta.app_label in PROJECT_APPS
}
HISTORY_ADMINS = sorted(label for label, model_admin in PROJECT_ADMINS.items() if isinstance(model_admin, SafeHistoryAdmin))
NOT_IDS = ["abc", "1.5", "", "99999999999999999999999"]


def make_row(label):
    """A saved row (with its first history version) of the history-keeping model `label`."""
    makers = {
        "procedures.Procedure": ProcedureFactory,
        "procedures.ImagingArea": ImagingAreaFactory,
        "procedures.Office": OfficeFactory,
        "procedures.Physician": PhysicianFactory,
        "procedures.PatientGuide": lambda: PatientGuide.objects.create(
            topic=PatientGuide.Topic.PREPARING,
            title="Typical preparations",
            intro="What most patients do before a procedure.",
            body="Bring your photo ID.",
            reviewed_by=PhysicianFactory(),
            last_reviewed=datetime.date(2026, 11, 1),
            next_review_due=datetime.date(2027, 11, 1),
        ),
    }
    return makers[label]()


def admin_url(label, view, *args):
    app_label, model_name = label.lower().split(".")
    return reverse(f"admin:{app_label}_{model_name}_{view}", args=args)


def test_every_admin_of_the_project_uses_the_safe_base_classes():
    assert {"procedures.Procedure", "procedures.GlossaryTerm", "patients.Message", "patients.PainDiary"} <= set(PROJECT_ADMINS)
    for label, model_admin in PROJECT_ADMINS.items():
        assert isinstance(model_admin, SafeActionsMixin), label
        if hasattr(model_admin, "history_form_view"):  # keeps a simple-history history
            assert isinstance(model_admin, SafeHistoryAdmin), label
    assert set(HISTORY_ADMINS) >= {"procedures.Procedure", "procedures.PatientGuide", "procedures.Office"}


@pytest.mark.parametrize("label", HISTORY_ADMINS)
@pytest.mark.parametrize("not_an_id", ["abc", "1.5", "99999999999999999999999"])
def test_a_history_version_that_is_not_an_id_is_not_found(staff_client, label, not_an_id):
    row = make_row(label)
    version_url = admin_url(label, "simple_history", row.pk, not_an_id)
    assert staff_client.get(version_url).status_code == 404
    assert staff_client.post(version_url, {}).status_code == 404
    assert staff_client.get(admin_url(label, "history", not_an_id)).status_code == 404
    assert staff_client.get(admin_url(label, "simple_history", not_an_id, 1)).status_code == 404


@pytest.mark.parametrize("label", HISTORY_ADMINS)
def test_real_history_versions_still_open(staff_client, label):
    row = make_row(label)
    version = row.history.first()
    assert staff_client.get(admin_url(label, "history", row.pk)).status_code == 200
    assert staff_client.get(admin_url(label, "simple_history", row.pk, version.history_id)).status_code == 200
    assert staff_client.get(admin_url(label, "simple_history", row.pk, version.history_id + 1000)).status_code == 404


def first_action(label, user):
    request = RequestFactory().get("/")
    request.user = user
    return next(iter(PROJECT_ADMINS[label].get_actions(request)), None)


@pytest.mark.parametrize("label", sorted(PROJECT_ADMINS))
@pytest.mark.parametrize("not_an_id", NOT_IDS)
def test_an_action_on_selected_rows_that_are_not_ids_says_so_and_changes_nothing(staff_client, django_user_model, label, not_an_id):
    action = first_action(label, django_user_model.objects.get(username="editor"))
    changelist = admin_url(label, "changelist")
    data = {"action": action or "", "index": 0, ACTION_CHECKBOX_NAME: [not_an_id, "1"]}
    response = staff_client.post(changelist, data)
    if action is None:  # a list without actions (clinic settings) just shows itself again
        assert response.status_code == 200
        return
    assert response.status_code == 302 and response["Location"] == changelist
    assert UNREADABLE_SELECTION in staff_client.get(changelist).content.decode()

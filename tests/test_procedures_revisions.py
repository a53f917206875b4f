"""Every change to clinical content is kept with who and when, and a procedure can be
reverted to an earlier version with its steps, questions and care cards."""

import datetime

import pytest
from django.utils import timezone

from procedures import revisions
from procedures.models import FAQ, CareCard, ImagingArea, Office, PatientGuide, Physician, PreparationStep, Procedure
from tests.conftest import admin_form_data
from tests.factories import (
    CareCardFactory,
    FAQFactory,
    ImagingAreaFactory,
    OfficeFactory,
    PhysicianFactory,
    PreparationStepFactory,
    ProcedureFactory,
)

pytestmark = pytest.mark.django_db
INLINES = ["preparation_steps", "aftercare_steps", "care_cards", "faqs"]


def test_admin_revert_restores_the_old_section_and_step_text(staff_client, client):
    procedure = ProcedureFactory(what_it_is="The first wording of the section.")
    step = PreparationStepFactory(procedure=procedure, title="Bring your photo ID", details="First details.")
    first_version = procedure.history.latest("history_date")

    procedure.what_it_is = "A later wording nobody liked."
    procedure.save()
    step.title = "A later step title"
    step.save()
    added = PreparationStepFactory(procedure=procedure, title="A step added later")

    url = f"/admin/procedures/procedure/{procedure.pk}/history/{first_version.history_id}/"
    page = staff_client.get(url)
    assert page.status_code == 200
    assert "preparation steps, aftercare steps, questions and care cards are put back" in page.content.decode()
    response = staff_client.post(url, admin_form_data(page))
    assert response.status_code == 302

    procedure.refresh_from_db()
    assert procedure.what_it_is == "The first wording of the section."
    assert list(procedure.preparation_steps.values_list("title", flat=True)) == ["Bring your photo ID"]
    assert not PreparationStep.objects.filter(pk=added.pk).exists()
    html = client.get(procedure.get_absolute_url()).content.decode()
    assert "The first wording of the section." in html and "Bring your photo ID" in html
    assert "A later step title" not in html and "A step added later" not in html
    # The revert is itself a version, by the staff member who made it: it can be undone.
    latest = procedure.history.latest("history_date")
    assert latest.history_user.username == "editor"
    assert procedure.history.count() == 3


def test_restore_children_puts_back_deleted_rows_and_leaves_unchanged_rows_alone():
    procedure = ProcedureFactory()
    kept = PreparationStepFactory(procedure=procedure, title="Unchanged step")
    deleted = FAQFactory(procedure=procedure, question="Will it hurt?", answer="A quick sting.")
    deleted_pk = deleted.pk
    moment = timezone.now()
    deleted.delete()
    kept_history = kept.history.count()

    changed = revisions.restore_children(procedure=procedure, as_of=moment, user=None, reason="test")

    assert changed == 1
    assert FAQ.objects.get(pk=deleted_pk).answer == "A quick sting."
    assert kept.history.count() == kept_history  # no empty "changed" record for it


def test_care_cards_that_swapped_levels_revert_without_a_clash():
    procedure = ProcedureFactory()
    emergency = CareCardFactory(procedure=procedure, level=CareCard.Level.EMERGENCY, title="Call 911")
    urgent = CareCardFactory(procedure=procedure, level=CareCard.Level.URGENT, title="Call us now")
    moment = timezone.now()
    emergency.level, urgent.level = CareCard.Level.OFFICE_HOURS, CareCard.Level.EMERGENCY
    emergency.save()
    urgent.save()

    revisions.restore_children(procedure=procedure, as_of=moment, user=None, reason="test")

    levels = dict(procedure.care_cards.values_list("title", "level"))
    assert levels == {"Call 911": CareCard.Level.EMERGENCY, "Call us now": CareCard.Level.URGENT}


def test_a_version_ends_where_the_next_one_begins():
    procedure = ProcedureFactory()
    first = procedure.history.latest("history_date")
    assert revisions.version_end(version=first) >= first.history_date
    procedure.save()
    second = procedure.history.latest("history_date")
    assert first.history_date <= revisions.version_end(version=first) < second.history_date


def test_edits_in_the_admin_are_kept_with_who_made_them(staff_client):
    procedure = ProcedureFactory(name="Facet joint injection")
    PreparationStepFactory(procedure=procedure)
    change_url = f"/admin/procedures/procedure/{procedure.pk}/change/"
    data = admin_form_data(staff_client.get(change_url), INLINES)
    data["what_it_is_en"] = "Edited in the admin."
    response = staff_client.post(change_url, data)
    assert response.status_code == 302, response.content.decode()[:2000]

    latest = procedure.history.latest("history_date")
    assert latest.history_user.username == "editor" and latest.what_it_is_en == "Edited in the admin."
    history_page = staff_client.get(f"/admin/procedures/procedure/{procedure.pk}/history/").content.decode()
    assert "Edited in the admin." in history_page
    assert "puts back its sections" in history_page


@pytest.mark.parametrize("factory, model", [
    (ImagingAreaFactory, ImagingArea), (OfficeFactory, Office), (PhysicianFactory, Physician),
])
def test_areas_offices_and_physicians_keep_a_history(staff_client, factory, model):
    row = factory()
    row.is_published = False
    row.save()
    assert [record.history_type for record in row.history.order_by("history_date")] == ["+", "~"]
    opts = model._meta
    page = staff_client.get(f"/admin/{opts.app_label}/{opts.model_name}/{row.pk}/history/")
    assert page.status_code == 200


def test_guides_keep_a_history(clinic_content):
    guide = PatientGuide.objects.get(topic=PatientGuide.Topic.PREPARING)
    guide.intro = "Changed."
    guide.save()
    assert guide.history.count() >= 2


def test_publish_action_is_recorded_with_the_staff_member(staff_client):
    procedure = ProcedureFactory(is_published=False)
    staff_client.post("/admin/procedures/procedure/", {"action": "publish", "_selected_action": [procedure.pk]})
    latest = procedure.history.latest("history_date")
    assert latest.is_published and latest.history_user.username == "editor"


def test_shipped_steps_have_a_history_from_the_start(clinic_content):
    procedure = Procedure.objects.get(slug="facet-joint-injection")
    step = procedure.preparation_steps.first()
    assert step.history.exists()
    moment = timezone.now() + datetime.timedelta(seconds=1)
    assert PreparationStep.history.as_of(moment).filter(procedure_id=procedure.pk).count() == (
        procedure.preparation_steps.count()
    )

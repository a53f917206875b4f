"""The two staff groups keep to their own work: editors never read patients' messages,
moderators never change the clinic's pages."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from procedures.models import Procedure
from tests.factories import MessageFactory, ProcedureFactory

pytestmark = pytest.mark.django_db


def staff_in_group(client, django_user_model, group_name):
    user = django_user_model.objects.create_user(
        group_name.lower().replace(" ", "-"), "staff@clinic.example", "a-long-test-password", is_staff=True
    )
    user.groups.add(Group.objects.get(name=group_name))
    client.force_login(user)
    return client


def test_a_content_editor_cannot_read_messages(client, django_user_model):
    editor = staff_in_group(client, django_user_model, "Content editors")
    message = MessageFactory(body="My knee still hurts three days after the shot.")
    for url in [
        reverse("admin:patients_message_changelist"),
        reverse("admin:patients_message_change", args=[message.pk]),
        reverse("admin:patients_message_history", args=[message.pk]),
    ]:
        response = editor.get(url)
        assert response.status_code == 403, url
        assert "My knee still hurts" not in response.content.decode()
    assert "Messages" not in editor.get(reverse("admin:index")).content.decode()


def test_a_message_moderator_cannot_edit_procedures(client, django_user_model):
    moderator = staff_in_group(client, django_user_model, "Message moderators")
    procedure = ProcedureFactory(name="Facet joint injection")
    change_url = reverse("admin:procedures_procedure_change", args=[procedure.pk])
    assert moderator.get(change_url).status_code == 403
    assert moderator.post(change_url, {"name_en": "Changed by a moderator"}).status_code == 403
    assert moderator.get(reverse("admin:procedures_procedure_add")).status_code == 403
    assert Procedure.objects.get(pk=procedure.pk).name == "Facet joint injection"

"""The "Content editors" group: the clinic's pages, and nothing else."""

import pytest
from django.contrib.auth.models import Group

from tests.factories import FAQFactory, ProcedureFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, django_user_model):
    editor = django_user_model.objects.create_user("writer", "writer@clinic.example", "a-long-test-password", is_staff=True)
    editor.groups.add(Group.objects.get(name="Content editors"))
    client.force_login(editor)
    return client


def test_the_group_holds_only_clinic_content_permissions():
    group = Group.objects.get(name="Content editors")
    assert group.permissions.count() == 42
    assert not group.permissions.exclude(content_type__app_label="procedures").exists()


def test_editor_sees_only_clinic_content_in_the_admin(editor_client):
    html = editor_client.get("/admin/").content.decode()
    assert "Procedures" in html and "Offices" in html and "Physicians" in html
    assert "Users" not in html and "Groups" not in html and "Access attempts" not in html


def test_editor_can_change_a_procedure_and_its_parts(editor_client):
    procedure = ProcedureFactory()
    FAQFactory(procedure=procedure)
    response = editor_client.get(f"/admin/procedures/procedure/{procedure.pk}/change/")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'name="_save"' in html
    # Steps and questions under a page can be removed while editing it.
    assert 'name="faqs-0-DELETE"' in html
    assert editor_client.get("/admin/procedures/procedure/add/").status_code == 200
    assert editor_client.get(f"/admin/procedures/procedure/{procedure.pk}/history/").status_code == 200


def test_editor_cannot_delete_a_whole_page(editor_client):
    procedure = ProcedureFactory()
    assert editor_client.get(f"/admin/procedures/procedure/{procedure.pk}/delete/").status_code == 403
    response = editor_client.get(f"/admin/procedures/procedure/{procedure.pk}/change/")
    assert "deletelink" not in response.content.decode()


@pytest.mark.parametrize("url", ["/admin/auth/user/", "/admin/auth/group/", "/admin/axes/accessattempt/", "/admin/auth/user/add/"])
def test_editor_cannot_manage_accounts_or_sign_in_records(editor_client, url):
    assert editor_client.get(url).status_code == 403

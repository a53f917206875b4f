"""The private inbox in the admin, and the "Message moderators" group's exact rights."""

import csv
import datetime
import io
import re
from html import unescape as html_unescape

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone

from patients.models import Message
from tests.factories import MessageFactory, ProcedureFactory

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:patients_message_changelist")


def change_url(message):
    return reverse("admin:patients_message_change", args=[message.pk])


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user("moderator", "mod@clinic.example", "a-long-test-password", is_staff=True)
    user.groups.add(Group.objects.get(name="Message moderators"))
    return user


@pytest.fixture
def moderator_client(client, moderator):
    client.force_login(moderator)
    return client


def run_action(client, action, messages, **extra):
    return client.post(
        CHANGELIST,
        {"action": action, "_selected_action": [m.pk for m in messages], **extra},
    )


def test_moderators_group_has_exactly_the_permissions_it_needs():
    group = Group.objects.get(name="Message moderators")
    codenames = sorted(f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.select_related("content_type"))
    assert codenames == [
        "patients.change_message",
        "patients.export_message",
        "patients.publish_message",
        "patients.view_message",
    ]
    assert not Permission.objects.filter(group=group, codename__in=["add_message", "delete_message"]).exists()


def test_moderator_reads_the_inbox_but_nothing_else(moderator_client):
    message = MessageFactory(body="My hip hurts at night.")
    assert moderator_client.get(CHANGELIST).status_code == 200
    assert "My hip hurts at night." in moderator_client.get(change_url(message)).content.decode()
    assert moderator_client.get(reverse("admin:patients_message_delete", args=[message.pk])).status_code == 403
    assert moderator_client.get(reverse("admin:procedures_procedure_changelist")).status_code == 403
    assert moderator_client.get(reverse("admin:auth_user_changelist")).status_code == 403


def test_nobody_adds_messages_in_the_admin_and_there_is_no_view_on_site(staff_client):
    message = MessageFactory()
    assert staff_client.get(reverse("admin:patients_message_add")).status_code == 403
    html = staff_client.get(change_url(message)).content.decode()
    assert "View on site" not in html
    # What the visitor sent is shown, not editable.
    assert 'name="body"' not in html and 'name="email"' not in html
    assert 'name="status"' in html and 'name="staff_reply"' in html and 'name="assigned_to"' in html


def test_list_filters_and_search(staff_client):
    procedure = ProcedureFactory(name="Hip injection")
    MessageFactory(name="Alice Smith", body="About my hip", procedure=procedure, topic="after_procedure")
    MessageFactory(name="Bob Jones", body="Parking question", topic="other", status=Message.Status.ARCHIVED)
    html = staff_client.get(CHANGELIST).content.decode()
    for heading in ["By status", "By topic", "By procedure", "By received", "By assigned to"]:
        assert heading in html, heading

    def names(query):
        page = staff_client.get(CHANGELIST + query).content.decode()
        return {name for name in ["Alice Smith", "Bob Jones"] if name in page}

    assert names("?status__exact=archived") == {"Bob Jones"}
    assert names("?topic__exact=after_procedure") == {"Alice Smith"}
    assert names(f"?procedure__id__exact={procedure.pk}") == {"Alice Smith"}
    past_week = re.search(r'href="(\?created_at__gte=[^"]+)"[^>]*>\s*Past 7 days', html).group(1)
    assert names(html_unescape(past_week)) == {"Alice Smith", "Bob Jones"}
    Message.objects.filter(name="Bob Jones").update(created_at=timezone.now() - datetime.timedelta(days=30))
    assert names(html_unescape(past_week)) == {"Alice Smith"}
    assert names("?q=parking") == {"Bob Jones"}
    assert names("?q=Alice") == {"Alice Smith"}


def test_staff_reply_records_who_answered_and_marks_it_answered(moderator_client, moderator):
    message = MessageFactory()
    response = moderator_client.post(change_url(message), {
        "status": "in_progress", "assigned_to": moderator.pk,
        "staff_reply": "Yes, but someone must drive you home.", "public_question": "",
    })
    assert response.status_code == 302, response.content.decode()[:2000]
    message.refresh_from_db()
    assert message.status == Message.Status.ANSWERED
    assert message.assigned_to == moderator and message.replied_by == moderator
    assert message.replied_at is not None


def test_bulk_actions_mark_spam_archive_and_assign(moderator_client, moderator):
    first, second, third = MessageFactory.create_batch(3)
    run_action(moderator_client, "mark_spam", [first])
    run_action(moderator_client, "archive", [second, third])
    run_action(moderator_client, "assign_to_me", [third])
    statuses = dict(Message.objects.values_list("pk", "status"))
    assert statuses == {first.pk: "spam", second.pk: "archived", third.pk: "archived"}
    third.refresh_from_db()
    assert third.assigned_to == moderator
    run_action(moderator_client, "mark_not_spam", [first, second])
    assert dict(Message.objects.values_list("pk", "status"))[first.pk] == "new"
    assert dict(Message.objects.values_list("pk", "status"))[second.pk] == "archived"


def test_publish_needs_consent_and_an_answer(moderator_client):
    ready = MessageFactory(consent_to_publish=True, staff_reply="Yes.")
    no_consent = MessageFactory(consent_to_publish=False, staff_reply="Yes.")
    no_answer = MessageFactory(consent_to_publish=True)
    spam = MessageFactory(consent_to_publish=True, staff_reply="No.", status=Message.Status.SPAM)
    response = run_action(moderator_client, "publish", [ready, no_consent, no_answer, spam])
    assert response.status_code == 302
    assert list(Message.objects.filter(is_published=True)) == [ready]
    page = moderator_client.get(CHANGELIST).content.decode()
    assert "1 message(s) published." in page and "3 message(s) not published" in page


def test_published_message_cannot_be_marked_spam_in_the_form_without_unpublishing(staff_client):
    message = MessageFactory(consent_to_publish=True, staff_reply="Yes.", is_published=True)
    response = staff_client.post(change_url(message), {"status": "spam", "staff_reply": "Yes.", "public_question": ""})
    assert response.status_code == 200 and "Unpublish it first" in response.content.decode()
    # The bulk action unpublishes and marks in one step.
    run_action(staff_client, "mark_spam", [message])
    message.refresh_from_db()
    assert message.status == "spam" and not message.is_published


def test_csv_export_has_the_selected_messages_and_defuses_formulas(moderator_client):
    procedure = ProcedureFactory(name="Knee injection")
    message = MessageFactory(name="Ann O'Neil", body='=HYPERLINK("http://evil.example","click")', procedure=procedure)
    MessageFactory(name="Not selected")
    response = run_action(moderator_client, "export_csv", [message])
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == 1
    row = rows[0]
    assert row["Reference"] == message.reference and row["Name"] == "Ann O'Neil"
    assert row["Procedure"] == "Knee injection" and row["Status"] == "New"
    assert row["Message"] == "'=HYPERLINK(\"http://evil.example\",\"click\")"


def test_staff_without_the_export_permission_cannot_export(client, django_user_model):
    reader = django_user_model.objects.create_user("reader", password="a-long-test-password", is_staff=True)
    reader.user_permissions.add(*Permission.objects.filter(codename__in=["view_message", "change_message"]))
    client.force_login(reader)
    message = MessageFactory()
    html = client.get(CHANGELIST).content.decode()
    assert 'value="export_csv"' not in html and 'value="publish"' not in html
    response = run_action(client, "export_csv", [message])
    assert response.get("Content-Type", "").startswith("text/html")

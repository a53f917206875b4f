"""The private inbox: staff read, assign, answer, file and (with consent) publish messages."""

import csv

from django import forms
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.http import HttpResponse
from django.utils import timezone

from patients import services
from patients.models import Message

# A spreadsheet runs a cell that starts with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

CSV_COLUMNS = [
    ("reference", "Reference"),
    ("created_at", "Received"),
    ("status", "Status"),
    ("topic", "Topic"),
    ("procedure", "Procedure"),
    ("name", "Name"),
    ("email", "E-mail"),
    ("phone", "Phone"),
    ("body", "Message"),
    ("assigned_to", "Assigned to"),
    ("staff_reply", "Staff answer"),
    ("consent_to_publish", "May be published"),
    ("is_published", "Published"),
]


def spreadsheet_safe(value):
    """Visitor text as inert text in Excel or LibreOffice, never a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_value(message, field):
    if field == "created_at":
        return timezone.localtime(message.created_at).strftime("%Y-%m-%d %H:%M")
    if field == "status":
        return message.get_status_display()
    if field == "topic":
        return message.get_topic_display()
    if field in {"consent_to_publish", "is_published"}:
        return "yes" if getattr(message, field) else "no"
    return spreadsheet_safe(getattr(message, field))


class MessageAdminForm(forms.ModelForm):
    class Meta:
        model = Message
        fields = "__all__"

    def clean(self):
        cleaned = super().clean()
        if self.instance.is_published and (
            cleaned.get("status") == Message.Status.SPAM or not cleaned.get("staff_reply")
        ):
            raise forms.ValidationError(
                "This question is on the website. Unpublish it first (the “Unpublish” action in the "
                "list), then mark it as spam or remove the answer."
            )
        return cleaned


@admin.register(Message)
class MessageAdmin(admin.ModelAdmin):
    form = MessageAdminForm
    view_on_site = False
    date_hierarchy = "created_at"
    list_display = ["reference", "created_at", "name", "topic", "procedure", "status", "assigned_to", "staff_notified", "is_published"]
    list_display_links = ["reference", "name"]
    list_filter = [
        "status",
        "topic",
        "procedure",
        ("created_at", admin.DateFieldListFilter),
        "assigned_to",
        "staff_notified",
        "consent_to_publish",
        "is_published",
    ]
    search_fields = ["reference", "name", "email", "phone", "body", "staff_reply"]
    list_select_related = ["procedure", "assigned_to"]
    list_per_page = 50
    actions = ["assign_to_me", "mark_in_progress", "mark_spam", "mark_not_spam", "archive", "publish", "unpublish", "export_csv"]
    readonly_fields = [
        "reference", "created_at", "name", "email", "phone", "topic", "procedure", "body",
        "consent_to_publish", "spam_reason", "staff_notified", "notified_at", "replied_by", "replied_at",
        "is_published", "published_at", "updated_at",
    ]
    fieldsets = [
        ("From the visitor (as sent, cannot be changed)", {
            "fields": ["reference", "created_at", "name", ("email", "phone"), ("topic", "procedure"), "body"],
        }),
        ("Handling", {
            "fields": ["status", "assigned_to", "staff_reply", ("replied_by", "replied_at")],
        }),
        ("Public question and answer", {
            "description": "Publish with the “Publish” action in the list. It needs the visitor's consent and an answer.",
            "fields": ["consent_to_publish", "public_question", ("is_published", "published_at")],
        }),
        ("Advanced", {
            "classes": ["collapse"],
            "fields": ["spam_reason", ("staff_notified", "notified_at"), "updated_at"],
        }),
    ]

    def has_add_permission(self, request):
        return False  # messages come only from the website

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "assigned_to":
            kwargs["queryset"] = get_user_model().objects.filter(is_staff=True, is_active=True).order_by("username")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        services.save_staff_changes(message=obj, user=request.user)

    def has_publish_permission(self, request):
        return request.user.has_perm("patients.publish_message")

    def has_export_permission(self, request):
        return request.user.has_perm("patients.export_message")

    def _set_status(self, request, queryset, status, verb):
        count = services.set_status(queryset=queryset, status=status)
        self.message_user(request, f"{count} message(s) {verb}.", messages.SUCCESS)

    @admin.action(description="Assign the selected messages to me", permissions=["change"])
    def assign_to_me(self, request, queryset):
        count = queryset.update(assigned_to=request.user)
        self.message_user(request, f"{count} message(s) assigned to you.", messages.SUCCESS)

    @admin.action(description="Mark as in progress", permissions=["change"])
    def mark_in_progress(self, request, queryset):
        self._set_status(request, queryset, Message.Status.IN_PROGRESS, "marked in progress")

    @admin.action(description="Mark as spam (and unpublish)", permissions=["change"])
    def mark_spam(self, request, queryset):
        self._set_status(request, queryset, Message.Status.SPAM, "marked as spam")

    @admin.action(description="Not spam: move back to New", permissions=["change"])
    def mark_not_spam(self, request, queryset):
        self._set_status(request, queryset.filter(status=Message.Status.SPAM), Message.Status.NEW, "moved back to New")

    @admin.action(description="Archive", permissions=["change"])
    def archive(self, request, queryset):
        self._set_status(request, queryset, Message.Status.ARCHIVED, "archived")

    @admin.action(description="Publish as public question and answer (needs consent and an answer)", permissions=["publish"])
    def publish(self, request, queryset):
        published, skipped = services.publish_messages(queryset=queryset)
        self.message_user(request, f"{published} message(s) published.", messages.SUCCESS)
        if skipped:
            self.message_user(
                request,
                f"{skipped} message(s) not published: they need the visitor's consent and a staff answer, and must not be spam.",
                messages.WARNING,
            )

    @admin.action(description="Unpublish (remove from the website)", permissions=["publish"])
    def unpublish(self, request, queryset):
        count = services.unpublish_messages(queryset=queryset)
        self.message_user(request, f"{count} message(s) removed from the website.", messages.SUCCESS)

    @admin.action(description="Export the selected messages as a CSV file", permissions=["export"])
    def export_csv(self, request, queryset):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        stamp = timezone.localtime().strftime("%Y-%m-%d")
        response["Content-Disposition"] = f'attachment; filename="messages-{stamp}.csv"'
        response.write("\ufeff")  # so Excel reads the file as UTF-8
        writer = csv.writer(response)
        writer.writerow([label for _, label in CSV_COLUMNS])
        for message in queryset.select_related("procedure", "assigned_to"):
            writer.writerow([csv_value(message, field) for field, _ in CSV_COLUMNS])
        return response

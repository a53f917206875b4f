"""The private inbox: staff read, assign, answer, file and (with consent) publish
messages; and the pain diaries patients sent to the clinic."""

import csv

from django import forms
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.html import format_html
from django.utils import timezone

from patients import diary as diary_rules
from patients import services
from patients.diary_report import diary_report_context
from patients.models import Message, PainDiary
from procedures.admin_safety import SafeModelAdmin

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
class MessageAdmin(SafeModelAdmin):
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


class ReviewedFilter(admin.SimpleListFilter):
    title = "reviewed"
    parameter_name = "reviewed"

    def lookups(self, request, model_admin):
        return [("no", "Not yet reviewed"), ("yes", "Reviewed")]

    def queryset(self, request, queryset):
        if self.value() in ("yes", "no"):
            return queryset.filter(is_reviewed=self.value() == "yes")
        return queryset


@admin.register(PainDiary)
class PainDiaryAdmin(SafeModelAdmin):
    """Pain diaries patients sent to the clinic. Diaries never sent stay private to the
    patient and are not listed here; they are deleted 90 days after their last change."""

    list_display = ["patient", "injection", "figures", "pain_medicine", "is_reviewed", "chart"]
    list_display_links = ["patient"]
    list_filter = [ReviewedFilter, "procedure", "sent_at"]
    search_fields = ["patient_name", "phone"]
    date_hierarchy = "sent_at"
    list_per_page = 50
    fieldsets = [
        ("Patient", {"fields": ["patient_name", "date_of_birth", "phone"]}),
        ("Injection", {"fields": ["procedure", "injected_at", "baseline_pain"]}),
        ("Scores", {"fields": ["report"]}),
        ("Follow-up", {"fields": ["is_reviewed", "sent_at", "staff_notified_at", "last_changed_at"]}),
    ]
    readonly_fields = [
        "patient_name",
        "date_of_birth",
        "phone",
        "procedure",
        "injected_at",
        "baseline_pain",
        "report",
        "sent_at",
        "staff_notified_at",
        "last_changed_at",
    ]

    class Media:
        css = {"all": ["css/diary-admin.css"]}

    def get_queryset(self, request):
        return super().get_queryset(request).sent().with_entries()

    def has_add_permission(self, request):
        return False

    def _summary(self, diary):
        # Cached per row: the list shows several figures from one summary.
        if not hasattr(diary, "_summary_cache"):
            diary._summary_cache = diary.summary()
        return diary._summary_cache

    def best_relief(self, diary):
        summary = self._summary(diary)
        if not summary.relief_measurable:
            return "n/a (pain before was 0)"
        if summary.peak_at is None:
            return "no scores"
        return f"{summary.peak_relief_rounded}% at {summary.peak_at.label}"

    @admin.display(description="patient", ordering="patient_name")
    def patient(self, diary):
        born = f"born {diary.date_of_birth:%m/%d/%Y}" if diary.date_of_birth else ""
        return format_html("{}<br>{}", diary.patient_name, born)

    @admin.display(description="injection", ordering="injected_at")
    def injection(self, diary):
        when = f"{timezone.localtime(diary.injected_at):%m/%d/%Y %H:%M}"
        return format_html("{}<br>{}", diary.procedure or "(procedure removed)", when)

    @admin.display(description="relief")
    def figures(self, diary):
        """The diary page's figures in one column: best relief, time at 50 % and 80 %."""
        summary = self._summary(diary)
        return format_html(
            "Best: {}<br>≥ 50%: {}<br>≥ 80%: {}",
            self.best_relief(diary),
            diary_rules.format_hours(summary.hours_50),
            diary_rules.format_hours(summary.hours_80),
        )

    @admin.display(description="pain medicine")
    def pain_medicine(self, diary):
        first = self._summary(diary).first_pain_medicine
        return f"yes, by {first.label}" if first else "no"

    @admin.display(description="chart")
    def chart(self, diary):
        context = diary_report_context(diary=diary, now=timezone.now())
        return render_to_string(
            "patients/admin/diary_chart_small.html", {**context, "chart_id": f"diary-{diary.pk}"}
        )

    @admin.display(description="scores")
    def report(self, diary):
        context = diary_report_context(diary=diary, now=timezone.now())
        return render_to_string("patients/admin/diary_report.html", context)

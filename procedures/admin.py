from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.db import transaction
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.html import format_html
from modeltranslation.admin import TranslationAdmin, TranslationStackedInline
from simple_history.utils import bulk_update_with_history

from procedures import readability, review, revisions
from procedures.admin_safety import SafeActionsMixin, SafeHistoryAdmin, SafeModelAdmin
from procedures.footer import forget_footer_offices
from procedures.glossary import forget_published_terms
from procedures.models import (
    FAQ,
    AftercareStep,
    CareCard,
    ClinicSettings,
    GlossaryTerm,
    ImagingArea,
    Office,
    OpeningHours,
    PatientGuide,
    Physician,
    PreparationStep,
    Procedure,
    SearchSynonym,
)


def thumbnail(field_file, alt=""):
    if not field_file:
        return "—"
    return format_html(
        '<img src="{}" alt="{}" class="admin-thumbnail">',
        field_file.url,
        alt,
    )


class ThumbnailStylesMixin:
    """Loads the stylesheet the thumbnail previews use."""

    class Media:
        css = {"all": ["procedures/admin.css"]}


class PublishActionsMixin:
    actions = ["publish", "unpublish"]

    def _set_published(self, request, queryset, value):
        # Through the history, so "who published this, and when" is on record.
        rows = [row for row in queryset if row.is_published != value]
        for row in rows:
            row.is_published = value
        bulk_update_with_history(rows, self.model, ["is_published"], default_user=request.user)
        return len(rows)

    @admin.action(description="Publish the selected items")
    def publish(self, request, queryset):
        count = self._set_published(request, queryset, True)
        self.publishing_changed()
        self.message_user(request, f"{count} published.", messages.SUCCESS)

    @admin.action(description="Unpublish the selected items (hide them from the public)")
    def unpublish(self, request, queryset):
        count = self._set_published(request, queryset, False)
        self.publishing_changed()
        self.message_user(request, f"{count} unpublished.", messages.SUCCESS)

    def publishing_changed(self):
        """Called after a publish or unpublish action; for admins whose rows are cached."""


class ReviewStatusFilter(admin.SimpleListFilter):
    title = "medical review"
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return review.ReviewStatus.choices

    def queryset(self, request, queryset):
        return review.filter_by_status(queryset, status=self.value(), today=timezone.localdate())


class MarkReviewedForm(forms.Form):
    reviewer = forms.ModelChoiceField(
        queryset=Physician.objects.published(),
        label="Reviewing physician",
        help_text=(
            "The physician who checked that these pages are medically correct. Only published "
            "physicians are listed: the pages name the reviewer and link to their page."
        ),
    )


class ReviewAdminMixin(ThumbnailStylesMixin):
    """For clinical pages (ReviewedContent): the review status in words (styled by
    procedures/admin.css), a filter by status, and a "Mark reviewed" action that asks
    which physician reviewed."""

    @admin.display(description="Medical review", ordering="next_review_due")
    def review_status(self, obj):
        today = timezone.localdate()
        status = review.review_status(next_review_due=obj.next_review_due, today=today)
        return format_html(
            '<span class="review-status review-status--{}">{}</span>',
            status.value.replace("_", "-"),
            review.status_sentence(next_review_due=obj.next_review_due, today=today),
        )

    @admin.action(description="Mark the selected pages as medically reviewed today…", permissions=["change"])
    def mark_reviewed(self, request, queryset):
        form = MarkReviewedForm(request.POST if "apply" in request.POST else None)
        if form.is_valid():
            today = timezone.localdate()
            reviewer = form.cleaned_data["reviewer"]
            count = review.mark_reviewed(pages=queryset, reviewer=reviewer, today=today, user=request.user)
            due = review.one_year_after(today)
            self.message_user(
                request,
                f"{count} marked as reviewed by {reviewer.display_name} today; "
                f"next review due {due:%B} {due.day}, {due.year}.",
                messages.SUCCESS,
            )
            return None  # back to the list
        return TemplateResponse(
            request,
            "admin/procedures/mark_reviewed.html",
            {
                **self.admin_site.each_context(request),
                "title": "Who reviewed these pages?",
                "opts": self.model._meta,
                "form": form,
                "pages": queryset,
                "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
                "media": self.media,
            },
        )


def reading_grade_display(field):
    """A read-only admin field showing the reading grade of `field`'s English text."""

    @admin.display(description="Reading grade (English)")
    def display(self, obj):
        grade = readability.reading_grade(text=getattr(obj, f"{field}_en", "") if obj else "")
        if grade is None:
            return f"Too short to grade (under {readability.MIN_WORDS} words)."
        if readability.is_too_hard(grade):
            return format_html(
                '<span class="reading-grade reading-grade--hard">Grade {}: harder than grade {}. '
                "Try shorter sentences and everyday words (you can still save).</span>",
                f"{grade:.1f}",
                f"{readability.GRADE_LIMIT:.0f}",
            )
        return format_html(
            '<span class="reading-grade">Grade {}: plain enough (aim for {} or below).</span>',
            f"{grade:.1f}",
            f"{readability.GRADE_LIMIT:.0f}",
        )

    return display


class ReadingGradesMixin(ThumbnailStylesMixin):
    """Shows the Flesch–Kincaid grade next to each text in `graded_fields` (add
    "<field>_grade" to the fieldsets) and warns after a save when some text of the page
    reads above grade 8. A warning only: saving is never blocked."""

    graded_fields = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        for field in cls.graded_fields:
            setattr(cls, f"{field}_grade", reading_grade_display(field))
        cls.readonly_fields = [*cls.readonly_fields, *(f"{field}_grade" for field in cls.graded_fields)]

    def graded_texts(self, obj):
        return [
            (str(obj._meta.get_field(field).verbose_name).capitalize(), getattr(obj, f"{field}_en") or "")
            for field in self.graded_fields
        ]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        hard = readability.hard_texts(self.graded_texts(form.instance))
        if hard:
            listed = "; ".join(f"{label} (grade {grade:.1f})" for label, grade in hard)
            self.message_user(
                request,
                f"Saved. Some text reads above grade {readability.GRADE_LIMIT:.0f}: {listed}. "
                "Patients read it more easily with shorter sentences and everyday words.",
                messages.WARNING,
            )


class ContentAdmin(PublishActionsMixin, SafeHistoryAdmin, TranslationAdmin):
    """Published content with English and Spanish fields and a change history."""


class PreparationStepInline(TranslationStackedInline):
    model = PreparationStep
    extra = 0
    fields = [("timing", "order"), "title", "details"]


class AftercareStepInline(TranslationStackedInline):
    model = AftercareStep
    extra = 0
    fields = [("timing", "order"), "title", "details"]


class FAQInline(TranslationStackedInline):
    model = FAQ
    extra = 0
    fields = ["order", "question", "answer"]


class CareCardInline(TranslationStackedInline):
    model = CareCard
    extra = 0
    max_num = len(CareCard.Level.choices)
    fields = ["level", "title", "signs", "advice"]


@admin.register(Procedure)
class ProcedureAdmin(ReviewAdminMixin, ReadingGradesMixin, ContentAdmin):
    list_display = ["name", "kind", "purpose", "is_published", "review_status", "reviewed_by", "updated_at"]
    list_filter = [ReviewStatusFilter, "kind", "purpose", "is_published", "imaging_areas", "offices"]
    actions = ["publish", "unpublish", "mark_reviewed"]
    search_fields = ["name", "summary", "what_it_is", "why_done", "how_done"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["imaging_areas", "offices"]
    readonly_fields = ["illustration_preview", "updated_at"]
    inlines = [PreparationStepInline, AftercareStepInline, CareCardInline, FAQInline]
    fieldsets = [
        (None, {"fields": ["name", "slug", "kind", "purpose", "summary", "is_published", "order"]}),
        (
            "Page sections",
            {
                "description": (
                    "Plain words, short sentences: aim for a reader aged 13 (US grade 8 or below). "
                    "The reading grade under each section is for its English text."
                ),
                "fields": [name for field, _ in Procedure.SECTIONS for name in (field, f"{field}_grade")],
            },
        ),
        ("Illustration", {"fields": ["illustration", "illustration_preview", "illustration_alt"]}),
        ("Medical review", {"fields": ["reviewed_by", "last_reviewed", "next_review_due"]}),
        ("Where it is offered", {"fields": ["imaging_areas", "offices"]}),
        ("Advanced", {"classes": ["collapse"], "fields": ["updated_at"]}),
    ]

    graded_fields = [field for field, _ in Procedure.SECTIONS]
    object_history_template = "admin/procedures/procedure/object_history.html"
    object_history_form_template = "admin/procedures/procedure/object_history_form.html"

    @admin.display(description="Current illustration")
    def illustration_preview(self, obj):
        return thumbnail(obj.illustration, obj.illustration_alt)

    def graded_texts(self, obj):
        return readability.procedure_texts(obj)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """simple-history's revert puts back the procedure row from the old version's
        form; the steps, questions and care cards of that version follow it here."""
        if request.method != "POST":
            return super().history_form_view(request, object_id, version_id, extra_context)
        version = self.history_version_or_404(object_id, version_id)
        as_of = revisions.version_end(version=version)
        with transaction.atomic():
            response = super().history_form_view(request, object_id, version_id, extra_context)
            if response.status_code == 302:  # the form was valid and the procedure saved
                procedure = Procedure.objects.get(pk=version.id)
                changed = revisions.restore_children(
                    procedure=procedure,
                    as_of=as_of,
                    user=request.user,
                    reason=f"Reverted to the version of {version.history_date:%Y-%m-%d %H:%M}",
                )
                self.message_user(
                    request,
                    f"Steps, questions and care cards put back as they were ({changed} rows changed).",
                    messages.SUCCESS,
                )
        return response


@admin.register(ImagingArea)
class ImagingAreaAdmin(ReadingGradesMixin, ContentAdmin):
    list_display = ["name", "kind", "order", "is_published", "updated_at"]
    list_editable = ["order"]
    list_filter = ["kind", "is_published"]
    search_fields = ["name", "summary", "description"]
    prepopulated_fields = {"slug": ["name"]}
    graded_fields = ["summary", "description"]
    fields = [
        "name", "slug", "kind", "summary", "summary_grade", "description", "description_grade", "order", "is_published",
    ]


class OpeningHoursInline(admin.TabularInline):
    model = OpeningHours
    extra = 0


@admin.register(Office)
class OfficeAdmin(ThumbnailStylesMixin, ContentAdmin):
    list_display = ["name", "city", "phone", "is_published", "updated_at"]
    list_filter = ["is_published", "city"]
    search_fields = ["name", "street", "city", "postal_code"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["photo_preview"]
    inlines = [OpeningHoursInline]
    fieldsets = [
        (None, {"fields": ["name", "slug", "is_published"]}),
        ("Address and contact", {"fields": ["street", "city", "state", "postal_code", "phone", "fax", "email"]}),
        ("Getting there", {"fields": ["directions"]}),
        ("Photo", {"fields": ["photo", "photo_preview", "photo_alt"]}),
    ]

    @admin.display(description="Current photo")
    def photo_preview(self, obj):
        return thumbnail(obj.photo, obj.photo_alt)

    # Every page's footer lists the offices from the cache: refresh it after each change.
    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        forget_footer_offices()

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        forget_footer_offices()

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        forget_footer_offices()

    def publishing_changed(self):
        forget_footer_offices()


@admin.register(Physician)
class PhysicianAdmin(ThumbnailStylesMixin, ContentAdmin):
    list_display = ["name", "credentials", "specialty", "is_published"]
    list_filter = ["is_published", "offices"]
    search_fields = ["name", "specialty", "bio"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["offices", "procedures"]
    readonly_fields = ["photo_preview"]
    fields = [
        "name", "slug", "credentials", "specialty", "is_published",
        "photo", "photo_preview", "photo_alt", "bio", "offices", "procedures",
    ]

    @admin.display(description="Current photo")
    def photo_preview(self, obj):
        return thumbnail(obj.photo, obj.photo_alt)


@admin.register(PatientGuide)
class PatientGuideAdmin(ReviewAdminMixin, ReadingGradesMixin, SafeHistoryAdmin, TranslationAdmin):
    list_display = ["title", "topic", "review_status", "reviewed_by", "updated_at"]
    list_filter = [ReviewStatusFilter]
    actions = ["mark_reviewed"]
    graded_fields = ["intro", "body"]
    fieldsets = [
        (None, {"fields": ["topic", "title", "intro", "intro_grade", "body", "body_grade"]}),
        ("Medical review", {"fields": ["reviewed_by", "last_reviewed", "next_review_due"]}),
    ]


@admin.register(ClinicSettings)
class ClinicSettingsAdmin(SafeActionsMixin, TranslationAdmin):
    list_display = ["name", "main_phone", "after_hours_phone"]

    def has_add_permission(self, request):
        # One row only; the content loader creates it.
        return not ClinicSettings.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(SearchSynonym)
class SearchSynonymAdmin(SafeModelAdmin):
    """Patient words for site search: a search containing the phrase shows these pages first."""

    list_display = ["phrase", "procedure_names", "note"]
    search_fields = ["phrase", "note"]
    list_filter = ["procedures"]
    filter_horizontal = ["procedures"]
    fields = ["phrase", "procedures", "note"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("procedures")

    @admin.display(description="Finds first")
    def procedure_names(self, obj):
        return ", ".join(procedure.name for procedure in obj.procedures.all())


@admin.register(GlossaryTerm)
class GlossaryTermAdmin(SafeActionsMixin, TranslationAdmin):
    """Medical words explained on /glossary/ (and /es/glossary/); their first use on a
    page in the same language links there."""

    list_display = ["term", "definition", "is_published", "updated_at"]
    list_filter = ["is_published"]
    search_fields = [f"{field}_{language}" for field in ["term", "other_forms", "definition"] for language in ["en", "es"]]
    prepopulated_fields = {"slug": ["term"]}
    fields = ["term", "slug", "other_forms", "definition", "is_published"]
    actions = ["publish", "unpublish"]

    # Pages read the word list from the cache: every way the admin changes terms clears it.
    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        forget_published_terms()

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        forget_published_terms()

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        forget_published_terms()

    # Glossary terms keep no revision history, so these are plain updates.
    @admin.action(description="Publish the selected items")
    def publish(self, request, queryset):
        count = queryset.update(is_published=True, updated_at=timezone.now())
        forget_published_terms()
        self.message_user(request, f"{count} published.", messages.SUCCESS)

    @admin.action(description="Unpublish the selected items (hide them from the public)")
    def unpublish(self, request, queryset):
        count = queryset.update(is_published=False, updated_at=timezone.now())
        forget_published_terms()
        self.message_user(request, f"{count} unpublished.", messages.SUCCESS)

from django.contrib import admin, messages
from django.urls import reverse
from django.utils.html import format_html

from procedures.models import (
    FAQ,
    AftercareStep,
    CareCard,
    ClinicSettings,
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

    @admin.action(description="Publish the selected items")
    def publish(self, request, queryset):
        count = queryset.update(is_published=True)
        self.message_user(request, f"{count} published.", messages.SUCCESS)

    @admin.action(description="Unpublish the selected items (hide them from the public)")
    def unpublish(self, request, queryset):
        count = queryset.update(is_published=False)
        self.message_user(request, f"{count} unpublished.", messages.SUCCESS)


class PreparationStepInline(admin.StackedInline):
    model = PreparationStep
    extra = 0
    fields = [("timing", "order"), "title", "details"]


class AftercareStepInline(admin.StackedInline):
    model = AftercareStep
    extra = 0
    fields = [("timing", "order"), "title", "details"]


class FAQInline(admin.StackedInline):
    model = FAQ
    extra = 0
    fields = ["order", "question", "answer"]


class CareCardInline(admin.StackedInline):
    model = CareCard
    extra = 0
    max_num = len(CareCard.Level.choices)
    fields = ["level", "title", "signs", "advice"]


@admin.register(Procedure)
class ProcedureAdmin(ThumbnailStylesMixin, PublishActionsMixin, admin.ModelAdmin):
    list_display = ["name", "kind", "purpose", "is_published", "reviewed_by", "next_review_due", "updated_at"]
    list_filter = ["kind", "purpose", "is_published", "imaging_areas", "offices"]
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
                "description": "Plain words, short sentences: aim for a reader aged 13.",
                "fields": ["what_it_is", "why_done", "how_done", "what_you_feel", "risks", "results", "duration"],
            },
        ),
        ("Illustration", {"fields": ["illustration", "illustration_preview", "illustration_alt"]}),
        ("Medical review", {"fields": ["reviewed_by", "last_reviewed", "next_review_due"]}),
        ("Where it is offered", {"fields": ["imaging_areas", "offices"]}),
        ("Advanced", {"classes": ["collapse"], "fields": ["updated_at"]}),
    ]

    @admin.display(description="Current illustration")
    def illustration_preview(self, obj):
        return thumbnail(obj.illustration, obj.illustration_alt)


@admin.register(ImagingArea)
class ImagingAreaAdmin(PublishActionsMixin, admin.ModelAdmin):
    list_display = ["name", "order", "is_published", "updated_at"]
    list_editable = ["order"]
    list_filter = ["is_published"]
    search_fields = ["name", "summary", "description"]
    prepopulated_fields = {"slug": ["name"]}


class OpeningHoursInline(admin.TabularInline):
    model = OpeningHours
    extra = 0


@admin.register(Office)
class OfficeAdmin(ThumbnailStylesMixin, PublishActionsMixin, admin.ModelAdmin):
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


@admin.register(Physician)
class PhysicianAdmin(ThumbnailStylesMixin, PublishActionsMixin, admin.ModelAdmin):
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
class PatientGuideAdmin(admin.ModelAdmin):
    list_display = ["title", "topic", "reviewed_by", "next_review_due", "updated_at"]
    fieldsets = [
        (None, {"fields": ["topic", "title", "intro", "body"]}),
        ("Medical review", {"fields": ["reviewed_by", "last_reviewed", "next_review_due"]}),
    ]

    def view_on_site(self, obj):
        name = "procedures:preparing" if obj.topic == PatientGuide.Topic.PREPARING else "procedures:aftercare"
        return reverse(name)


@admin.register(ClinicSettings)
class ClinicSettingsAdmin(admin.ModelAdmin):
    list_display = ["name", "main_phone", "after_hours_phone"]

    def has_add_permission(self, request):
        # One row only; the content loader creates it.
        return not ClinicSettings.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(SearchSynonym)
class SearchSynonymAdmin(admin.ModelAdmin):
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

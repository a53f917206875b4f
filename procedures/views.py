"""Public pages. Each view starts from a published() queryset so nothing unpublished
leaks, and fetches related rows up front so the query count never grows with content.
Staff who are logged in may preview unpublished pages."""

from django.db.models import Prefetch
from django.http import HttpResponseServerError
from django.shortcuts import get_object_or_404
from django.template import loader
from django.views.generic import DetailView, ListView, TemplateView

from procedures.models import (
    ClinicSettings,
    GlossaryTerm,
    ImagingArea,
    Office,
    OpeningHours,
    PatientGuide,
    Physician,
    Procedure,
)
from procedures.page_cache import CachedPageMixin
from procedures.search import MAX_QUERY_LENGTH, search_site


class StaffPreviewMixin:
    """Published rows for the public; every row for logged-in staff (preview)."""

    def visible(self, queryset):
        if self.request.user.is_active and self.request.user.is_staff:
            return queryset
        return queryset.published()


def published_offices_with_hours():
    return Office.objects.published().prefetch_related(
        Prefetch("opening_hours", queryset=OpeningHours.objects.order_by("weekday", "opens"))
    )


class HomeView(CachedPageMixin, TemplateView):
    page_cache_per_minute = True  # shows whether an office is open now
    template_name = "procedures/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["procedures"] = Procedure.objects.published()
        context["offices"] = published_offices_with_hours()
        context["imaging_areas"] = ImagingArea.objects.published()
        return context


class ProcedureListView(CachedPageMixin, ListView):
    template_name = "procedures/procedure_list.html"
    context_object_name = "procedures"

    def get_queryset(self):
        return Procedure.objects.published()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        procedures = list(context["procedures"])
        context["groups"] = [
            (Procedure.KIND_NAMES[kind][1], [p for p in procedures if p.kind == kind.value])
            for kind in Procedure.Kind
        ]
        return context


class ProcedureDetailView(CachedPageMixin, StaffPreviewMixin, DetailView):
    template_name = "procedures/procedure_detail.html"
    context_object_name = "procedure"

    def get_queryset(self):
        return self.visible(
            Procedure.objects.select_related("reviewed_by").prefetch_related(
                "preparation_steps",
                "aftercare_steps",
                "faqs",
                "care_cards",
                "imaging_areas",
                # The page lists each office's address and phone, not its hours.
                Prefetch("offices", queryset=Office.objects.published()),
                Prefetch("physicians", queryset=Physician.objects.published()),
            )
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        procedure = self.object
        context["preparation_groups"] = group_by_timing(
            procedure.preparation_steps.all(), procedure.preparation_steps.model.Timing
        )
        context["aftercare_groups"] = group_by_timing(
            procedure.aftercare_steps.all(), procedure.aftercare_steps.model.Timing
        )
        return context


def group_by_timing(steps, timing_choices):
    """Steps grouped under their timing, in the order the timings happen."""
    steps = list(steps)
    return [
        (timing.label, [step for step in steps if step.timing == timing.value])
        for timing in timing_choices
        if any(step.timing == timing.value for step in steps)
    ]


class ImagingAreaListView(CachedPageMixin, ListView):
    template_name = "procedures/imaging_area_list.html"
    context_object_name = "imaging_areas"

    def get_queryset(self):
        return ImagingArea.objects.published()


class ImagingAreaDetailView(CachedPageMixin, StaffPreviewMixin, DetailView):
    template_name = "procedures/imaging_area_detail.html"
    context_object_name = "imaging_area"

    def get_queryset(self):
        return self.visible(
            ImagingArea.objects.prefetch_related(
                Prefetch("procedures", queryset=Procedure.objects.published())
            )
        )


class OfficeListView(CachedPageMixin, ListView):
    page_cache_per_minute = True  # shows whether an office is open now
    template_name = "procedures/office_list.html"
    context_object_name = "offices"

    def get_queryset(self):
        return published_offices_with_hours()


class OfficeDetailView(CachedPageMixin, StaffPreviewMixin, DetailView):
    page_cache_per_minute = True  # shows whether an office is open now
    template_name = "procedures/office_detail.html"
    context_object_name = "office"

    def get_queryset(self):
        return self.visible(
            Office.objects.prefetch_related(
                Prefetch("opening_hours", queryset=OpeningHours.objects.order_by("weekday", "opens")),
                Prefetch("procedures", queryset=Procedure.objects.published()),
                Prefetch("physicians", queryset=Physician.objects.published()),
            )
        )


class PhysicianListView(CachedPageMixin, ListView):
    template_name = "procedures/physician_list.html"
    context_object_name = "physicians"

    def get_queryset(self):
        return Physician.objects.published().prefetch_related(
            Prefetch("offices", queryset=Office.objects.published())
        )


class PhysicianDetailView(CachedPageMixin, StaffPreviewMixin, DetailView):
    template_name = "procedures/physician_detail.html"
    context_object_name = "physician"

    def get_queryset(self):
        return self.visible(
            Physician.objects.prefetch_related(
                Prefetch("offices", queryset=Office.objects.published()),
                Prefetch("procedures", queryset=Procedure.objects.published()),
            )
        )


class GuideView(CachedPageMixin, TemplateView):
    """A general guide page with links to every published procedure's own steps."""

    topic = None
    template_name = "procedures/guide.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["guide"] = get_object_or_404(
            PatientGuide.objects.select_related("reviewed_by"), topic=self.topic
        )
        steps = "preparation_steps" if self.topic == PatientGuide.Topic.PREPARING else "aftercare_steps"
        context["procedures"] = Procedure.objects.published().prefetch_related(steps)
        context["steps_attr"] = steps
        context["anchor"] = "preparation" if self.topic == PatientGuide.Topic.PREPARING else "aftercare"
        return context


class GlossaryView(ListView):
    """Plain-words meanings of the medical words the pages use, A to Z."""

    template_name = "procedures/glossary.html"
    context_object_name = "terms"

    def get_queryset(self):
        return GlossaryTerm.objects.published()


class SearchView(TemplateView):
    """Site search (`?q=`). Any input is answered with a page, never an error."""

    template_name = "procedures/search.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        search = search_site(query=self.request.GET.get("q", ""))
        context["search"] = search
        context["max_query_length"] = MAX_QUERY_LENGTH
        context["hide_header_search"] = True
        if not search.results:
            context["procedures"] = Procedure.objects.published()
        return context


def server_error(request):
    """The 500 page, with the clinic's phone when the database still answers."""
    try:
        clinic = ClinicSettings.load()
    except Exception:  # the error may be the database itself
        clinic = None
    return HttpResponseServerError(loader.get_template("500.html").render({"clinic": clinic}))

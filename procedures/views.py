"""Public pages. Each view starts from a published() queryset so nothing unpublished
leaks, and fetches related rows up front so the query count never grows with content.
Staff who are logged in may preview unpublished pages."""

from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.db.models import Prefetch
from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import get_object_or_404
from django.template import loader
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView, TemplateView, View

from procedures import structured_data

from procedures.forms import PlanForm, published_procedure_slug
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
from procedures.plan import build_plan, plan_calendar
from procedures.search import MAX_QUERY_LENGTH, search_site


class PageMixin:
    """The page's breadcrumb trail and schema.org data, for base.html, from one place.

    `get_breadcrumbs` lists the steps after Home as (label, path), the page itself
    last with path None; base.html shows them and emits the same trail as a
    BreadcrumbList. `get_structured_data` returns more JSON-LD dicts for the page.
    """

    def get_breadcrumbs(self, context):
        return []

    def get_structured_data(self, context):
        return []

    def render_to_response(self, context, **response_kwargs):
        # Here, after every get_context_data has run, so the hooks see the whole context.
        context["breadcrumbs"] = self.get_breadcrumbs(context)
        context["structured_data"] = self.get_structured_data(context)
        return super().render_to_response(context, **response_kwargs)


def page_context(*, breadcrumbs, structured_data=()):
    """What PageMixin puts in the context for base.html, for views that are functions.

    `breadcrumbs` as PageMixin.get_breadcrumbs returns them: the steps after Home as
    (label, path), the page itself last with path None.
    """
    return {"breadcrumbs": list(breadcrumbs), "structured_data": list(structured_data)}


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


class HomeView(CachedPageMixin, PageMixin, TemplateView):
    page_cache_per_minute = True  # shows whether an office is open now
    template_name = "procedures/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["procedures"] = Procedure.objects.published()
        context["offices"] = published_offices_with_hours()
        context["imaging_areas"] = ImagingArea.objects.published()
        return context


class ProcedureListView(CachedPageMixin, PageMixin, ListView):
    template_name = "procedures/procedure_list.html"
    context_object_name = "procedures"

    def get_breadcrumbs(self, context):
        return [(_("Procedures"), None)]

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


class ProcedureDetailView(CachedPageMixin, PageMixin, StaffPreviewMixin, DetailView):
    template_name = "procedures/procedure_detail.html"
    context_object_name = "procedure"

    def get_breadcrumbs(self, context):
        return [(_("Procedures"), reverse("procedures:list")), (self.object.name, None)]

    def get_structured_data(self, context):
        return [structured_data.medical_web_page(request=self.request, procedure=self.object)]

    def get_queryset(self):
        return self.visible(
            Procedure.objects.select_related("reviewed_by").prefetch_related(
                "preparation_steps",
                "aftercare_steps",
                "faqs",
                "care_cards",
                # Only published rows: an unpublished one would be a link to a 404.
                Prefetch("imaging_areas", queryset=ImagingArea.objects.published()),
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


class ProcedurePrintView(ProcedureDetailView):
    """A procedure's preparation checklist, aftercare timeline and care cards on one or
    two printed pages, with the clinic's phone and no navigation or forms."""

    template_name = "procedures/procedure_print.html"
    page_cache_per_minute = True  # the sheet says the date it was printed

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["printed_on"] = timezone.localdate()
        return context


def group_by_timing(steps, timing_choices):
    """Steps grouped under their timing, in the order the timings happen."""
    steps = list(steps)
    return [
        (timing.label, [step for step in steps if step.timing == timing.value])
        for timing in timing_choices
        if any(step.timing == timing.value for step in steps)
    ]


class ImagingAreaListView(CachedPageMixin, PageMixin, ListView):
    template_name = "procedures/imaging_area_list.html"
    context_object_name = "imaging_areas"

    def get_breadcrumbs(self, context):
        return [(_("Imaging areas"), None)]

    def get_queryset(self):
        return ImagingArea.objects.published()


class ImagingAreaDetailView(CachedPageMixin, PageMixin, StaffPreviewMixin, DetailView):
    template_name = "procedures/imaging_area_detail.html"
    context_object_name = "imaging_area"

    def get_breadcrumbs(self, context):
        return [(_("Imaging areas"), reverse("procedures:imaging_area_list")), (self.object.name, None)]

    def get_queryset(self):
        return self.visible(
            ImagingArea.objects.prefetch_related(
                Prefetch("procedures", queryset=Procedure.objects.published())
            )
        )


class OfficeListView(CachedPageMixin, PageMixin, ListView):
    page_cache_per_minute = True  # shows whether an office is open now
    template_name = "procedures/office_list.html"
    context_object_name = "offices"

    def get_breadcrumbs(self, context):
        return [(_("Offices"), None)]

    def get_queryset(self):
        return published_offices_with_hours()


class OfficeDetailView(CachedPageMixin, PageMixin, StaffPreviewMixin, DetailView):
    page_cache_per_minute = True  # shows whether an office is open now
    template_name = "procedures/office_detail.html"
    context_object_name = "office"

    def get_breadcrumbs(self, context):
        return [(_("Offices"), reverse("procedures:office_list")), (self.object.name, None)]

    def get_structured_data(self, context):
        return [structured_data.medical_clinic(request=self.request, office=self.object)]

    def get_queryset(self):
        return self.visible(
            Office.objects.prefetch_related(
                Prefetch("opening_hours", queryset=OpeningHours.objects.order_by("weekday", "opens")),
                Prefetch("procedures", queryset=Procedure.objects.published()),
                Prefetch("physicians", queryset=Physician.objects.published()),
            )
        )


class PhysicianListView(CachedPageMixin, PageMixin, ListView):
    template_name = "procedures/physician_list.html"
    context_object_name = "physicians"

    def get_breadcrumbs(self, context):
        return [(_("Physicians"), None)]

    def get_queryset(self):
        return Physician.objects.published().prefetch_related(
            Prefetch("offices", queryset=Office.objects.published())
        )


class PhysicianDetailView(CachedPageMixin, PageMixin, StaffPreviewMixin, DetailView):
    template_name = "procedures/physician_detail.html"
    context_object_name = "physician"

    def get_breadcrumbs(self, context):
        return [(_("Physicians"), reverse("procedures:physician_list")), (self.object.display_name, None)]

    def get_structured_data(self, context):
        return [structured_data.physician(request=self.request, physician=self.object)]

    def get_queryset(self):
        return self.visible(
            Physician.objects.prefetch_related(
                Prefetch("offices", queryset=Office.objects.published()),
                Prefetch("procedures", queryset=Procedure.objects.published()),
            )
        )


class GuideView(CachedPageMixin, PageMixin, TemplateView):
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

    def get_breadcrumbs(self, context):
        return [(context["guide"].title, None)]

    def get_structured_data(self, context):
        return [structured_data.guide_web_page(request=self.request, guide=context["guide"])]


class GlossaryView(CachedPageMixin, PageMixin, ListView):
    """Plain-words meanings of the medical words the pages use, A to Z."""

    template_name = "procedures/glossary.html"
    context_object_name = "terms"

    def get_breadcrumbs(self, context):
        return [(_("Glossary"), None)]

    def get_structured_data(self, context):
        return [structured_data.glossary_term_set(request=self.request, terms=context["terms"])]

    def get_queryset(self):
        return GlossaryTerm.objects.published()


class SearchView(PageMixin, TemplateView):
    """Site search (`?q=`). Any input is answered with a page, never an error."""

    template_name = "procedures/search.html"

    def get_breadcrumbs(self, context):
        return [(_("Search"), None)]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        search = search_site(query=self.request.GET.get("q", ""))
        context["search"] = search
        context["max_query_length"] = MAX_QUERY_LENGTH
        context["hide_header_search"] = True
        if not search.results:
            context["procedures"] = Procedure.objects.published()
        return context


class RobotsTxtView(View):
    """/robots.txt: where the sitemap is, and what crawlers should leave alone.

    The root urls pass `disallow` (paths), since only they know where the admin is.
    Search result pages are always left out: they are endless and add nothing.
    """

    disallow = ()

    def get(self, request):
        search_pages = []
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                search_pages.append(reverse("procedures:search"))
        paths = [*self.disallow, *dict.fromkeys(search_pages)]
        lines = ["User-agent: *", *(f"Disallow: {path}" for path in paths), ""]
        lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}")
        return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")

class PlanView(PageMixin, TemplateView):
    """My procedure plan (`?procedure=&date=&time=`): the patient's own dated checklist,
    worked out on each request and never stored. Bad input gets the form back with
    messages; the .ics download answers bad input the same way, with status 400."""

    template_name = "procedures/plan.html"
    calendar = False

    def get_breadcrumbs(self, context):
        return [(_("Typical preparations"), reverse("procedures:preparing")), (_("My procedure plan"), None)]

    def get(self, request, *args, **kwargs):
        context = self.get_context_data(**kwargs)
        form = context["form"]
        if self.calendar:
            if not form.is_bound or not form.is_valid():
                return self.render_to_response(context, status=400)
            return self.calendar_response(context)
        return self.render_to_response(context)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        now = timezone.now()
        params = self.request.GET
        bound = any(params.get(name) for name in ("date", "time")) or self.calendar
        if bound:
            form = PlanForm(params, now=now)
        else:
            form = PlanForm(initial={"procedure": published_procedure_slug(params.get("procedure"))}, now=now)
        context["form"] = form
        context["now"] = now
        if bound and form.is_valid():
            procedure = (
                Procedure.objects.published()
                .prefetch_related("preparation_steps", "aftercare_steps")
                .get(pk=form.cleaned_data["procedure"].pk)
            )
            context["procedure"] = procedure
            context["appointment"] = form.cleaned_data["appointment"]
            context["groups"] = build_plan(procedure=procedure, appointment=context["appointment"], now=now)
            context["calendar_query"] = urlencode(
                {
                    "procedure": procedure.slug,
                    "date": form.cleaned_data["date"].isoformat(),
                    "time": form.cleaned_data["time"].strftime("%H:%M"),
                }
            )
        return context

    def calendar_response(self, context):
        clinic = ClinicSettings.load()
        body = plan_calendar(
            procedure=context["procedure"],
            appointment=context["appointment"],
            groups=context["groups"],
            now=context["now"],
            clinic_name=clinic.name,
            clinic_phone=clinic.main_phone,
            domain=urlsplit(settings.SITE_URL).hostname or "clinic.example",
        )
        response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
        filename = f"{context['procedure'].slug}-{context['appointment']:%Y-%m-%d}.ics"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response


def server_error(request):
    """The 500 page, with the clinic's phone when the database still answers."""
    try:
        clinic = ClinicSettings.load()
    except Exception:  # the error may be the database itself
        clinic = None
    return HttpResponseServerError(loader.get_template("500.html").render({"clinic": clinic}))

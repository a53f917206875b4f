"""/sitemap.xml: every published page, with the time it last changed.

Each page is listed in every language (English at /, Spanish at /es/), with
hreflang alternates, as the pages' own <link rel="alternate"> tags do. The patients app
adds its own public pages (patients.sitemaps); clinic_site.urls puts both together.

A page's lastmod is the newest updated_at of the rows it shows (a procedure page: the
procedure, its steps, questions and care cards, its reviewer, areas, offices and
physicians), so a row changed outside the admin moves it too; a constant number of
queries for the whole sitemap.
"""

from django.contrib.sitemaps import Sitemap
from django.db.models import Max, OuterRef, Subquery
from django.urls import reverse

from procedures.models import (
    FAQ,
    AftercareStep,
    CareCard,
    ClinicSettings,
    GlossaryTerm,
    ImagingArea,
    Office,
    PatientGuide,
    Physician,
    PreparationStep,
    Procedure,
)


def _latest(*querysets):
    """The newest updated_at among the querysets' rows, or None."""
    times = [qs.aggregate(latest=Max("updated_at"))["latest"] for qs in querysets]
    return max((time for time in times if time), default=None)


class BilingualSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True


class ListPageSitemap(BilingualSitemap):
    """The home page and the list pages; each changes when one of its rows changes."""

    def items(self):
        return [
            (
                "procedures:home",
                [
                    Procedure.objects.published(),
                    Office.objects.published(),
                    ImagingArea.objects.published(),
                    ClinicSettings.objects.all(),  # the clinic's name, tagline and phones
                ],
            ),
            ("procedures:list", [Procedure.objects.published()]),
            ("procedures:imaging_area_list", [ImagingArea.objects.published()]),
            ("procedures:office_list", [Office.objects.published()]),
            ("procedures:physician_list", [Physician.objects.published()]),
            ("procedures:glossary", [GlossaryTerm.objects.published()]),
            # The empty plan form (a filled-in plan, with its query string, is noindex).
            ("procedures:plan", [Procedure.objects.published()]),
        ]

    def location(self, item):
        return reverse(item[0])

    def lastmod(self, item):
        return _latest(*item[1])


class PublishedSitemap(BilingualSitemap):
    """One entry per published row, dated by its updated_at."""

    model = None

    def items(self):
        return self.model.objects.published().order_by("pk")

    def lastmod(self, obj):
        return obj.updated_at


def _newest(queryset):
    """The newest updated_at of `queryset`'s rows, as a subquery (None when it has none)."""
    return Subquery(queryset.order_by("-updated_at").values("updated_at")[:1])


class ProcedureSitemap(PublishedSitemap):
    model = Procedure
    priority = 0.9

    # What a procedure page shows besides the procedure row (see ProcedureDetailView).
    SHOWN = {
        "preparation_changed": lambda: PreparationStep.objects.filter(procedure=OuterRef("pk")),
        "aftercare_changed": lambda: AftercareStep.objects.filter(procedure=OuterRef("pk")),
        "faqs_changed": lambda: FAQ.objects.filter(procedure=OuterRef("pk")),
        "care_cards_changed": lambda: CareCard.objects.filter(procedure=OuterRef("pk")),
        "reviewer_changed": lambda: Physician.objects.filter(pk=OuterRef("reviewed_by")),
        "areas_changed": lambda: ImagingArea.objects.filter(procedures=OuterRef("pk")),
        "offices_changed": lambda: Office.objects.published().filter(procedures=OuterRef("pk")),
        "physicians_changed": lambda: Physician.objects.published().filter(procedures=OuterRef("pk")),
    }

    def items(self):
        # One query: each related table's newest updated_at as a subquery per procedure.
        return super().items().annotate(**{name: _newest(rows()) for name, rows in self.SHOWN.items()})

    def lastmod(self, procedure):
        times = [procedure.updated_at, *(getattr(procedure, name) for name in self.SHOWN)]
        return max(time for time in times if time)


class ImagingAreaSitemap(PublishedSitemap):
    model = ImagingArea


class OfficeSitemap(PublishedSitemap):
    model = Office


class PhysicianSitemap(PublishedSitemap):
    model = Physician


class GuideSitemap(BilingualSitemap):
    def items(self):
        return PatientGuide.objects.order_by("topic")

    def lastmod(self, guide):
        return guide.updated_at


SITEMAPS = {
    "pages": ListPageSitemap,
    "procedures": ProcedureSitemap,
    "guides": GuideSitemap,
    "imaging-areas": ImagingAreaSitemap,
    "offices": OfficeSitemap,
    "physicians": PhysicianSitemap,
}

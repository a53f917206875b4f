"""/sitemap.xml: every published page, with the time it last changed.

Each page is listed in every language (English at /, Spanish at /es/), with
hreflang alternates, as the pages' own <link rel="alternate"> tags do.
"""

from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse

from procedures.models import GlossaryTerm, ImagingArea, Office, PatientGuide, Physician, Procedure


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
            ("procedures:home", [Procedure.objects.published(), Office.objects.published()]),
            ("procedures:list", [Procedure.objects.published()]),
            ("procedures:imaging_area_list", [ImagingArea.objects.published()]),
            ("procedures:office_list", [Office.objects.published()]),
            ("procedures:physician_list", [Physician.objects.published()]),
            ("procedures:glossary", [GlossaryTerm.objects.published()]),
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


class ProcedureSitemap(PublishedSitemap):
    model = Procedure
    priority = 0.9


class ImagingAreaSitemap(PublishedSitemap):
    model = ImagingArea


class OfficeSitemap(PublishedSitemap):
    model = Office


class PhysicianSitemap(PublishedSitemap):
    model = Physician


class GuideSitemap(BilingualSitemap):
    def items(self):
        return PatientGuide.objects.order_by("topic")

    def location(self, guide):
        return reverse("procedures:preparing" if guide.topic == PatientGuide.Topic.PREPARING else "procedures:aftercare")

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

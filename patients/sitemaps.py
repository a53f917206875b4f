"""The patients app's pages in /sitemap.xml: the contact page.

The pain diary's start page is not listed: like every diary page it is sent with
X-Robots-Tag noindex (patients.views.private_page).
"""

from django.urls import reverse

from procedures.models import ClinicSettings, Procedure
from procedures.sitemaps import BilingualSitemap, _latest


class ContactSitemap(BilingualSitemap):
    """/contact/ in every language, dated like procedures' list pages by the newest
    change to what it shows: the clinic's phones and the procedures to choose from."""

    def items(self):
        return ["patients:contact"]

    def location(self, name):
        return reverse(name)

    def lastmod(self, name):
        return _latest(ClinicSettings.objects.all(), Procedure.objects.published())


SITEMAPS = {"contact": ContactSitemap}

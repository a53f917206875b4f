"""The patients app's pages in /sitemap.xml: the contact page.

The pain diary's start page is not listed: like every diary page it is sent with
X-Robots-Tag noindex (patients.views.private_page).
"""

from django.urls import reverse

from procedures.sitemaps import BilingualSitemap


class ContactSitemap(BilingualSitemap):
    """/contact/ in every language. It has no date of its own to give as lastmod."""

    def items(self):
        return ["patients:contact"]

    def location(self, name):
        return reverse(name)


SITEMAPS = {"contact": ContactSitemap}

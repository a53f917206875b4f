"""The offices, addresses and hours in every page's footer.

Every page shows them, so they come from the shared cache instead of costing each page
two more queries. The office admin calls forget_footer_offices() after a change; the
timeout bounds how long any other change (a shell edit, a content load) takes to show.
"""

from django.db.models import Prefetch
from django.core.cache import cache

from procedures.models import Office, OpeningHours

FOOTER_OFFICES_CACHE_KEY = "procedures:footer-offices"
FOOTER_OFFICES_SECONDS = 300


def footer_offices():
    """Published offices with their opening hours prefetched, from the cache when it has them."""
    offices = cache.get(FOOTER_OFFICES_CACHE_KEY)
    if offices is None:
        offices = list(
            Office.objects.published().prefetch_related(
                Prefetch("opening_hours", queryset=OpeningHours.objects.order_by("weekday", "opens"))
            )
        )
        cache.set(FOOTER_OFFICES_CACHE_KEY, offices, FOOTER_OFFICES_SECONDS)
    return offices


def forget_footer_offices():
    cache.delete(FOOTER_OFFICES_CACHE_KEY)

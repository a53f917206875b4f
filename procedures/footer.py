"""The offices, addresses and hours in every page's footer.

Every page shows them, so they come from the shared cache instead of costing each page
two more queries. Pages the page cache serves key them on the content version, so they
are never older than the page. For other pages the office admin calls
forget_footer_offices() after a change, and the timeout bounds how long any other
change (a shell edit, a content load) takes to show there.
"""

from django.db.models import Prefetch
from django.core.cache import cache

from procedures import page_cache
from procedures.models import Office, OpeningHours

FOOTER_OFFICES_CACHE_KEY = "procedures:footer-offices"
FOOTER_OFFICES_SECONDS = 300


def footer_offices(request=None):
    """Published offices with their opening hours prefetched, from a cache.

    On a page the page cache renders, from the cache under the offices' and hours'
    content version: any change shows with the page. Elsewhere from the short cache.
    """
    return page_cache.cached_content(
        request, [Office, OpeningHours], "footer-offices", _read_offices, otherwise=_offices_from_short_cache
    )


def _read_offices():
    return list(
        Office.objects.published().prefetch_related(
            Prefetch("opening_hours", queryset=OpeningHours.objects.order_by("weekday", "opens"))
        )
    )


def _offices_from_short_cache():
    offices = cache.get(FOOTER_OFFICES_CACHE_KEY)
    if offices is None:
        offices = _read_offices()
        cache.set(FOOTER_OFFICES_CACHE_KEY, offices, FOOTER_OFFICES_SECONDS)
    return offices


def forget_footer_offices():
    cache.delete(FOOTER_OFFICES_CACHE_KEY)

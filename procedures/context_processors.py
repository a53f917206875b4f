from functools import partial

from procedures import page_cache
from procedures.footer import footer_offices
from procedures.models import ClinicSettings


def clinic(request):
    """The clinic's name and phone lines for every page's header and footer.

    `footer_offices` is passed uncalled: the template calls it only when it renders the
    footer, so the admin and other pages without a footer never touch the cache.
    """
    return {
        "clinic": page_cache.cached_content(request, [ClinicSettings], "clinic-settings", ClinicSettings.load),
        "footer_offices": partial(footer_offices, request),
    }

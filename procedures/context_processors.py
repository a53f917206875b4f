from functools import partial

from django.utils.functional import SimpleLazyObject

from procedures import page_cache
from procedures.footer import footer_offices
from procedures.glossary import GlossaryLinker
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


def glossary(request):
    """A fresh glossary linker for each page, loaded only if the page links words."""
    return {"glossary_linker": SimpleLazyObject(GlossaryLinker.for_published_terms)}

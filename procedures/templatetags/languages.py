"""The page in the other language: the header's language switch, the hreflang links,
and the notice on a page whose Spanish is not all written yet."""

from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation

from procedures.translation import page_falls_back

register = template.Library()

# Each language named in itself, the way a reader looks for it.
NATIVE_NAMES = {"en": "English", "es": "Español"}


def _same_page_in(path, code):
    """`path` (with its query) in language `code`, or None when it has no such version."""
    current = translation.get_language()
    if code == current:
        return path
    translated = translate_url(path, code)
    return None if translated == path else translated


@register.simple_tag(takes_context=True)
def language_versions(context, with_query=True):
    """One entry per site language: code, name, this page's address in it (None when
    the page has none) and whether it is the language being read.

    The address keeps the query string (the language switch keeps a search) unless
    `with_query` is False (the hreflang links, which name the page as its canonical does).
    """
    request = context.get("request")
    if request is None:
        path = "/"
    else:
        path = request.get_full_path() if with_query else request.path
    current = translation.get_language()
    return [
        {
            "code": code,
            "name": NATIVE_NAMES.get(code, name),
            "url": _same_page_in(path, code),
            "current": code == current,
        }
        for code, name in settings.LANGUAGES
    ]


@register.simple_tag(takes_context=True)
def language_switch(context):
    """The other language's entry for the header link; its home page when this page
    has no version in it."""
    for version in language_versions(context):
        if not version["current"]:
            if version["url"] is None:
                with translation.override(version["code"]):
                    version["url"] = reverse("procedures:home")
            return version
    return None


@register.inclusion_tag("includes/alternate_languages.html", takes_context=True)
def alternate_language_links(context):
    """<link rel="alternate" hreflang> for each language this page exists in, without
    the query string, like the canonical link. None on a page whose own address is a
    secret (it sets `public_path`, see base.html): the link would carry the secret."""
    request = context.get("request")
    if request is None or context.get("public_path"):
        return {"links": []}
    versions = [v for v in language_versions(context, with_query=False) if v["url"]]
    if len(versions) < 2:
        return {"links": []}
    links = [(v["code"], request.build_absolute_uri(v["url"])) for v in versions]
    default = next(url for code, url in links if code == settings.LANGUAGE_CODE)
    return {"links": [*links, ("x-default", default)]}


@register.inclusion_tag("includes/translation_fallback.html")
def translation_fallback_notice(page):
    """A notice, in the reader's language, when some of `page` is shown in English."""
    return {"falls_back": page_falls_back(page, translation.get_language())}

"""Links the first use of each glossary word on a page to its plain-words meaning.

`GlossaryLinker` holds one page's state (which words are linked already) and rewrites
sanitised HTML with a real HTML tokenizer (html.parser): only text is touched, never a
tag or an attribute, and never text inside a link, a heading or a few other elements
where a link would be wrong. Everything else passes through exactly as it came.
"""

import re
from html.parser import HTMLParser

from django.core.cache import cache
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from procedures.models import GlossaryTerm

# Text inside these elements never gets a link: a link in a link or a heading is wrong,
# and the others are labels, code or already a definition.
NO_LINK_INSIDE = {
    "a", "h1", "h2", "h3", "h4", "h5", "h6", "dfn", "abbr", "summary", "button", "label",
    "code", "pre", "mark", "script", "style", "textarea", "title", "select", "option",
}
VOID_ELEMENTS = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
    "track", "wbr",
}
SAFE_FORM_RE = re.compile(r"^[^\W_](?:[\w' -]*[^\W_])?$")
# Every clinical page needs the word list; the shared cache saves a query per page.
# The admin and the content loader clear it when terms change (forget_published_terms);
# an edit made any other way (a shell) shows within this many seconds.
TERMS_CACHE_SECONDS = 300


TERMS_CACHE_KEY = "glossary:published-terms"


def published_terms():
    """[(slug, [forms])] of the published glossary terms, from the shared cache when it has them.

    One cache entry holds every language's list, so one delete clears them all.
    """
    language = get_language() or ""
    by_language = cache.get(TERMS_CACHE_KEY) or {}
    if language not in by_language:
        by_language[language] = [(row.slug, row.forms) for row in GlossaryTerm.objects.published()]
        cache.set(TERMS_CACHE_KEY, by_language, TERMS_CACHE_SECONDS)
    return by_language[language]


def forget_published_terms():
    """Clear the cached word lists after terms were changed."""
    cache.delete(TERMS_CACHE_KEY)


class GlossaryLinker:
    """One page's glossary links. Make a new one for every page (request)."""

    def __init__(self, terms, glossary_url):
        """`terms`: iterable of (slug, [forms]); `glossary_url`: the glossary page path."""
        self.glossary_url = glossary_url
        self.linked = set()
        self._slug_for = {}
        for slug, forms in terms:
            for form in forms:
                form = " ".join(form.split())
                # Only plain words: a form can then never match markup or an entity.
                if SAFE_FORM_RE.match(form) and form.casefold() not in self._slug_for:
                    self._slug_for[form.casefold()] = slug
        forms = sorted(self._slug_for, key=len, reverse=True)  # longest first: "nerve roots"
        self._pattern = (
            re.compile(
                r"(?<![\w-])(" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms) + r")(?![\w-])",
                re.IGNORECASE,
            )
            if forms
            else None
        )

    @classmethod
    def for_published_terms(cls):
        return cls(published_terms(), reverse("procedures:glossary"))

    def link_text(self, text):
        """Raw HTML text (no tags) with first uses wrapped in links."""
        if self._pattern is None:
            return text

        def replace(match):
            slug = self._slug_for.get(" ".join(match.group().split()).casefold())
            if slug is None or slug in self.linked:
                return match.group()
            self.linked.add(slug)
            # The matched text is plain words (see SAFE_FORM_RE), already valid HTML text.
            return format_html(
                '<a class="glossary-link" href="{}#{}">{}</a>',
                self.glossary_url,
                slug,
                mark_safe(match.group()),
            )

        return self._pattern.sub(replace, text)

    def link(self, html):
        """Sanitised HTML with the first use of each not-yet-linked word linked."""
        rewriter = _Rewriter(self)
        rewriter.feed(str(html))
        rewriter.close()
        # The input was already safe HTML; only links built with format_html were added.
        return mark_safe("".join(rewriter.out))


class _Rewriter(HTMLParser):
    """Re-emits HTML token by token, linking words only in plain text."""

    def __init__(self, linker):
        super().__init__(convert_charrefs=False)
        self.linker = linker
        self.out = []
        self.no_link_depth = 0

    def handle_starttag(self, tag, attrs):
        self.out.append(self.get_starttag_text())
        if tag in NO_LINK_INSIDE and tag not in VOID_ELEMENTS:
            self.no_link_depth += 1

    def handle_startendtag(self, tag, attrs):
        self.out.append(self.get_starttag_text())

    def handle_endtag(self, tag):
        self.out.append(f"</{tag}>")
        if tag in NO_LINK_INSIDE and self.no_link_depth:
            self.no_link_depth -= 1

    def handle_data(self, data):
        self.out.append(data if self.no_link_depth else self.linker.link_text(data))

    def handle_entityref(self, name):
        self.out.append(f"&{name};")

    def handle_charref(self, name):
        self.out.append(f"&#{name};")

    def handle_comment(self, data):
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl):
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data):
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data):
        self.out.append(f"<![{data}]>")

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeData, mark_safe

from procedures.images import responsive_image_data
from procedures.models import format_clock
from procedures.search import MAX_QUERY_LENGTH
from procedures.text import render_markdown

register = template.Library()


@register.filter(name="markdown")
def markdown_filter(text):
    # Safe to mark: render_markdown sanitises with an allow-list (procedures.text).
    return mark_safe(render_markdown(text))


@register.filter(name="markdown_sections")
def markdown_sections_filter(text):
    """Markdown for a page whose "### " subheadings are its own sections, right under the
    h1: they become h2 (and "#### " h3), so the headings go down one level at a time."""
    html = render_markdown(text)  # sanitised: headings carry no attributes
    for level in (3, 4):
        html = html.replace(f"<h{level}>", f"<h{level - 1}>").replace(f"</h{level}>", f"</h{level - 1}>")
    return mark_safe(html)


@register.inclusion_tag("includes/responsive_image.html")
def responsive_image(field_file, alt, sizes="(min-width: 992px) 50vw, 100vw", css_class="img-fluid", eager=False):
    return {
        "image": responsive_image_data(field_file),
        "alt": alt,
        "sizes": sizes,
        "css_class": css_class,
        "eager": eager,
    }


@register.simple_tag
def search_max_length():
    """The longest search the site reads, for the search boxes' maxlength."""
    return MAX_QUERY_LENGTH


@register.filter
def clock(value):
    """A time the way patients read it, in their language: 8:00 a.m., 8:00 a. m."""
    return format_clock(value) if value else ""


@register.filter(name="glossary_links")
def glossary_links(html, linker):
    """Link the first use of each glossary word on the page: `{{ text|markdown|glossary_links:glossary_linker }}`.

    `linker` is the page's GlossaryLinker (procedures.context_processors.glossary), so
    "first use" counts across the whole page, not per field.
    """
    if not isinstance(html, SafeData):
        html = escape(html)
    if not linker:
        return html
    return linker.link(html)

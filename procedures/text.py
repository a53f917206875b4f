"""Editors write simple Markdown; visitors' browsers only ever get sanitised HTML."""

import markdown
import nh3

# Enough for patient text: paragraphs, lists, emphasis, subheadings and plain links.
ALLOWED_TAGS = {"p", "ul", "ol", "li", "strong", "em", "b", "i", "a", "br", "h3", "h4", "blockquote"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}


def render_markdown(text):
    """Markdown to HTML that can carry no script, style or event handler.

    Raw HTML an editor types is escaped by the Markdown step (it shows as text), and
    nh3 then removes any tag, attribute or link scheme not on the allow-list, so the
    result is safe to mark safe.
    """
    if not text:
        return ""
    converter = markdown.Markdown(extensions=["sane_lists"], output_format="html")
    # Raw HTML is not part of what editors may write: shown as text, not interpreted.
    converter.preprocessors.deregister("html_block")
    converter.inlinePatterns.deregister("html")
    html = converter.convert(text)
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto", "tel"},
        link_rel="noopener noreferrer",
    )

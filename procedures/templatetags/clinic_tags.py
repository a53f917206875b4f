import html
import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import escape, format_html, strip_tags
from django.utils.safestring import SafeData, mark_safe
from django.utils.translation import gettext

from procedures import structured_data
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


# --- Page metadata: titles, descriptions, absolute URLs, JSON-LD --------------------------

# The same characters django.utils.html.json_script escapes, so the JSON can never
# close the <script> element or start a comment, whatever text it carries.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def json_ld(context, data):
    """`data` as a <script type="application/ld+json"> block, escaped like json_script.

    No CSP nonce: a JSON-LD block is data that browsers never run, so the policy does not
    apply to it, and a nonce would make every page per-visitor for the page cache.
    """
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
    # The JSON text is escaped above the way json_script escapes it.
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


@register.simple_tag(takes_context=True)
def page_json_ld(context):
    """The page's BreadcrumbList (Home + the view's breadcrumbs) and its other JSON-LD.

    On a page whose own address is a secret (`public_path` set, see base.html) the
    list stops at the step whose path is `public_path`: the steps after it, and the
    page itself, are private addresses.
    """
    request = context.get("request")
    if request is None:
        return ""
    trail = [(gettext("Home"), reverse("procedures:home")), *context.get("breadcrumbs", [])]
    public_path = context.get("public_path")
    if public_path:
        paths = [path for _label, path in trail]
        trail = trail[: paths.index(public_path) + 1] if public_path in paths else trail[:1]
    blocks = [structured_data.breadcrumb_list(request=request, trail=trail), *context.get("structured_data", [])]
    return mark_safe("".join(json_ld(context, block) for block in blocks))  # each block built with format_html


@register.simple_tag(takes_context=True)
def organization_json_ld(context):
    """The clinic as a MedicalOrganization, for the home page."""
    request, clinic = context.get("request"), context.get("clinic")
    if request is None or clinic is None:
        return ""
    data = structured_data.medical_organization(request=request, clinic=clinic, home_path=reverse("procedures:home"))
    return json_ld(context, data)


@register.simple_tag(takes_context=True)
def absolute_url(context, path=None):
    """`path` (default: this page, without its query string) as an absolute URL."""
    request = context.get("request")
    path = path or (request.path if request is not None else "/")
    return request.build_absolute_uri(path) if request is not None else path


@register.simple_tag(takes_context=True)
def absolute_static(context, path):
    return absolute_url(context, static(path))


class CaptureNode(template.Node):
    def __init__(self, nodelist, variable):
        self.nodelist, self.variable = nodelist, variable

    def render(self, context):
        # Plain text: tags dropped, entities decoded, spaces collapsed. Where it is shown,
        # autoescaping escapes it once again, in text or in an attribute.
        text = html.unescape(strip_tags(self.nodelist.render(context)))
        context[self.variable] = " ".join(text.split())
        return ""


@register.tag
def capture(parser, token):
    """`{% capture name %}...{% endcapture %}`: render the inside once, as plain text, into `name`.

    base.html uses it to show the title and description blocks in <title>, the meta
    description and the Open Graph and Twitter tags, without repeating the blocks.
    """
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("{% capture %} takes one variable name.")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, bits[1])

"""Nothing an editor types can run script in a visitor's browser."""

import re
from html.parser import HTMLParser

import pytest

from procedures.text import render_markdown
from tests.factories import ProcedureFactory


@pytest.mark.parametrize("text", [
    "<script>alert(1)</script>",
    "Hello <img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    '<a href="#" onclick="alert(1)">x</a>',
    "<iframe src=//evil.example></iframe>",
    "<svg onload=alert(1)>",
])
def test_markdown_never_outputs_active_content(text):
    class ElementCollector(HTMLParser):
        elements = []

        def handle_starttag(self, tag, attrs):
            self.elements.append((tag, dict(attrs)))

    collector = ElementCollector()
    collector.elements = []
    collector.feed(render_markdown(text))
    for tag, attrs in collector.elements:
        assert tag in {"p", "a", "strong", "em", "ul", "li"}, tag
        assert not any(name.startswith("on") for name in attrs), attrs
        assert not attrs.get("href", "").lower().startswith("javascript")


def test_markdown_keeps_simple_formatting():
    html = render_markdown("Walk **gently**.\n\n- Ice 20 minutes\n- Rest")
    assert "<strong>gently</strong>" in html and "<li>Ice 20 minutes</li>" in html


@pytest.mark.django_db
def test_script_in_a_section_is_shown_escaped_on_the_page(client):
    procedure = ProcedureFactory(risks="Soreness <script>alert('x')</script> for a day.")
    html = client.get(procedure.get_absolute_url()).content.decode()
    assert "<script>alert('x')</script>" not in html
    assert "&lt;script&gt;alert(" in html
    assert "Soreness" in html


def test_guide_subheadings_sit_one_level_under_the_page_title(client, clinic_content):
    html = client.get("/preparing/").content.decode()
    main = html[html.index("<main"):html.index("</main>")]
    levels = [int(level) for level in re.findall(r"<h([1-6])\b", main)]
    assert levels[0] == 1 and 2 in levels
    assert all(later - earlier <= 1 for earlier, later in zip(levels, levels[1:])), levels

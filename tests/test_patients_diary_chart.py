"""The pain diary's chart: an inline SVG that parses, names itself, and reads in black and white."""

import xml.etree.ElementTree as ET

import pytest
from django.template.loader import render_to_string

from patients.chart import PLOT_BOTTOM, TOP, build_chart

SVG = "{http://www.w3.org/2000/svg}"


def render(baseline, entries, **context):
    chart = build_chart(baseline=baseline, entries=entries)
    svg = render_to_string(
        "patients/includes/diary_chart.svg",
        {"chart": chart, "chart_id": "c", "title": "Pain after your test", "description": "Pain before: 7.", **context},
    )
    return chart, ET.fromstring(svg.strip())


def test_the_chart_parses_and_has_a_title_and_description_it_points_to():
    _, root = render(7, [("15m", 2, False), ("1h", 1, False), ("6h", 5, True)])
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert title.text == "Pain after your test" and desc.text == "Pain before: 7."
    assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"


def test_each_score_is_a_marker_with_its_number_and_pain_medicine_is_a_different_shape():
    _, root = render(7, [("15m", 2, False), ("1h", 1, False), ("6h", 5, True)])
    circles = [c for c in root.iter(f"{SVG}circle") if c.get("r") == "6"]
    squares = [r for r in root.iter(f"{SVG}rect") if r.get("width") == "12"]
    assert len(circles) == 2 and len(squares) == 1
    bold_numbers = [t.text for t in root.iter(f"{SVG}text") if t.get("font-weight") == "700"]
    assert bold_numbers == ["2", "1", "5"]


def test_reference_lines_differ_by_dash_pattern_not_only_colour():
    _, root = render(8, [("1h", 2, False)])
    dashes = {line.get("stroke-dasharray") for line in root.iter(f"{SVG}line") if line.get("stroke-dasharray")}
    # baseline, 50 %, 80 % (and the light divider between the injection day and later days)
    assert {"10 6", "2 4", "12 4 2 4"} <= dashes
    labels = [t.text for t in root.iter(f"{SVG}text")]
    assert "before" in labels and "50%" in labels and "80%" in labels


def test_higher_pain_is_drawn_higher_up_and_the_line_skips_missing_points():
    chart, _ = render(7, [("15m", 2, False), ("4h", 9, False)])
    low, high = chart.markers
    assert high.y < low.y  # SVG y grows downwards
    assert chart.polyline.count(",") == 2  # only the two points that exist
    assert TOP <= high.y <= PLOT_BOTTOM


def test_with_a_zero_baseline_there_are_no_relief_lines():
    chart, root = render(0, [("1h", 0, False)])
    assert [level.kind for level in chart.levels] == ["baseline"]


@pytest.mark.parametrize("baseline", range(0, 11))
def test_level_labels_never_overlap(baseline):
    chart = build_chart(baseline=baseline, entries=[])
    ys = sorted(level.label_y for level in chart.levels)
    assert all(b - a >= 15 for a, b in zip(ys, ys[1:]))
    assert all(y <= PLOT_BOTTOM + 4 for y in ys)


def test_an_empty_chart_says_so():
    _, root = render(5, [])
    assert any("No scores yet" in (t.text or "") for t in root.iter(f"{SVG}text"))


def test_coordinates_stay_machine_readable_in_spanish():
    from django.utils import translation

    with translation.override("es"):
        _, root = render(7, [("15m", 2, False)])
    circle = next(c for c in root.iter(f"{SVG}circle") if c.get("r") == "6")
    float(circle.get("cx")), float(circle.get("cy"))  # a decimal comma would raise here

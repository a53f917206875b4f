"""Geometry for the pain diary's chart, drawn as inline SVG by a template.

The chart must read in black and white: the pain line is solid with round markers and a
number on each, pain medicine is a hollow square, the pain before the injection is a
heavy dashed line and the 50 % and 80 % relief levels are dotted and dash-dot lines with
their names written beside them. Colour is never the only difference.
"""

import dataclasses

from django.utils.translation import gettext_lazy as _

from patients import diary as diary_rules

WIDTH = 480
HEIGHT = 330
LEFT = 38
RIGHT = 56
TOP = 24
PLOT_BOTTOM = 230
# Two short lines under each time point, e.g. "15" / "min".
AXIS_LABEL_LINES = {
    diary_rules.TimePoint.MIN_15: (_("15"), _("min")),
    diary_rules.TimePoint.MIN_30: (_("30"), _("min")),
    diary_rules.TimePoint.HOUR_1: (_("1"), _("hr")),
    diary_rules.TimePoint.HOUR_2: (_("2"), _("hr")),
    diary_rules.TimePoint.HOUR_4: (_("4"), _("hr")),
    diary_rules.TimePoint.HOUR_6: (_("6"), _("hr")),
    diary_rules.TimePoint.HOUR_8: (_("8"), _("hr")),
    # The next morning's score is due at 8 a.m.
    diary_rules.TimePoint.NEXT_MORNING: (_("8"), _("a.m.")),
    diary_rules.TimePoint.DAY_2: (_("day"), _("2")),
    diary_rules.TimePoint.DAY_3: (_("day"), _("3")),
    diary_rules.TimePoint.WEEK_1: (_("1"), _("wk")),
    diary_rules.TimePoint.WEEK_2: (_("2"), _("wk")),
}


@dataclasses.dataclass(frozen=True)
class Marker:
    x: float
    y: float
    pain: int
    pain_medicine: bool

    @property
    def square_x(self):
        return round(self.x - 6, 1)

    @property
    def square_y(self):
        return round(self.y - 6, 1)


@dataclasses.dataclass(frozen=True)
class Level:
    """A horizontal reference line (pain before, 50 % and 80 % relief)."""

    y: float
    label: str
    value_text: str
    kind: str
    label_y: float = 0


@dataclasses.dataclass(frozen=True)
class Chart:
    width: int
    height: int
    left: int
    right_edge: int
    top: int
    plot_bottom: int
    y_ticks: list
    x_ticks: list
    markers: list
    polyline: str
    levels: list
    legend_y: int
    later_days_x: float


def _x(index):
    step = (WIDTH - LEFT - RIGHT) / len(diary_rules.TimePoint)
    return round(LEFT + step * (index + 0.5), 1)


def _y(pain):
    return round(PLOT_BOTTOM - (PLOT_BOTTOM - TOP) * pain / diary_rules.PAIN_MAX, 1)


def _spread_labels(levels, gap=15):
    """Give each level's label a y that keeps it at least `gap` from the next one.

    With a low baseline the three lines sit close together; their names must not print
    on top of each other, so labels are pushed down (and the whole stack up when it would
    run past the bottom of the plot).
    """
    ordered = sorted(levels, key=lambda level: level.y)
    placed = []
    for level in ordered:
        label_y = level.y + 4
        if placed and label_y < placed[-1] + gap:
            label_y = placed[-1] + gap
        placed.append(label_y)
    overflow = placed[-1] - (PLOT_BOTTOM + 4) if placed else 0
    if overflow > 0:
        placed = [y - overflow for y in placed]
    return [dataclasses.replace(level, label_y=round(y, 1)) for level, y in zip(ordered, placed)]


def build_chart(*, baseline, entries):
    """`entries`: (time_point, pain, pain_medicine) for the points the patient scored."""
    order = list(diary_rules.TimePoint)
    markers = sorted(
        (
            Marker(x=_x(order.index(point)), y=_y(pain), pain=pain, pain_medicine=medicine)
            for point, pain, medicine in entries
        ),
        key=lambda m: m.x,
    )
    levels = [Level(y=_y(baseline), label=str(_("before")), value_text=str(baseline), kind="baseline")]
    if baseline > 0:
        for threshold, kind in ((50, "relief50"), (80, "relief80")):
            pain_at = baseline * (100 - threshold) / 100
            levels.append(
                Level(y=_y(pain_at), label=f"{threshold}%", value_text=f"{pain_at:g}", kind=kind)
            )
    levels = _spread_labels(levels)
    return Chart(
        width=WIDTH,
        height=HEIGHT,
        left=LEFT,
        right_edge=WIDTH - RIGHT,
        top=TOP,
        plot_bottom=PLOT_BOTTOM,
        y_ticks=[(pain, _y(pain)) for pain in range(0, diary_rules.PAIN_MAX + 1, 2)],
        x_ticks=[(_x(i), *AXIS_LABEL_LINES[point]) for i, point in enumerate(order)],
        markers=markers,
        polyline=" ".join(f"{m.x},{m.y}" for m in markers),
        levels=levels,
        legend_y=PLOT_BOTTOM + 64,
        # A thin line between the injection day's hours and the later days.
        later_days_x=round((_x(order.index(diary_rules.TimePoint.HOUR_8)) + _x(order.index(diary_rules.TimePoint.NEXT_MORNING))) / 2, 1),
    )

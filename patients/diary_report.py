"""What a diary shows, the same way to the patient, on the print sheet and in the admin:
the summary figures, the chart, the table of every time point, and the chart in words."""

from django.utils import timezone
from django.utils.translation import gettext as _

from patients import diary as diary_rules
from patients.chart import build_chart
from patients.forms import when_text
from procedures.models import CLINIC_TIME_ZONE, format_clock


def diary_report_context(*, diary, now):
    """Everything the diary page, the print sheet and the admin show about one diary."""
    summary = diary.summary()
    entries = {entry.time_point: entry for entry in diary.entries_in_order()}
    by_point = {result.reading.key: result for result in summary.points}
    rows = [
        {
            "point": point,
            "due": due_text(diary=diary, point=point),
            "entry": entries.get(point.value),
            "result": by_point.get(point.value),
        }
        for point in diary_rules.TimePoint
    ]
    procedure_name = diary.procedure.name if diary.procedure else _("your procedure")
    chart = build_chart(
        baseline=diary.baseline_pain,
        entries=[(r.reading.key, r.reading.pain, r.reading.pain_medicine) for r in summary.points],
    )
    return {
        "diary": diary,
        "summary": summary,
        "rows": rows,
        "chart": chart,
        "chart_title": _("Pain after your %(procedure)s") % {"procedure": procedure_name},
        "chart_description": chart_description(diary=diary, summary=summary),
        "procedure_name": procedure_name,
        "injected_text": when_text(diary.injected_at),
        "hours_50_text": diary_rules.format_hours(summary.hours_50),
        "hours_80_text": diary_rules.format_hours(summary.hours_80),
        "next_due": _next_due_text(diary=diary, now=now, recorded=set(entries)),
    }


def due_text(*, diary, point):
    """When a point is due: the clock time on the injection day, else day and time."""
    moment = diary_rules.moment_for(point=point, injected_at=diary.injected_at)
    if moment.date() == timezone.localtime(diary.injected_at, CLINIC_TIME_ZONE).date():
        return format_clock(moment.time())
    return when_text(moment)


def _next_due_text(*, diary, now, recorded):
    upcoming = diary_rules.next_due(injected_at=diary.injected_at, now=now, recorded=recorded)
    if upcoming is None:
        return ""
    point, moment = upcoming
    return _("Next score: %(point)s (%(when)s)") % {"point": point.label, "when": when_text(moment)}


def chart_description(*, diary, summary):
    """The chart in words, for the SVG's <desc>: every score in time order."""
    parts = [
        _("A line chart of pain from 0 (no pain) to 10 (worst pain) at each time after the injection."),
        _("Pain before the injection: %(pain)d.") % {"pain": diary.baseline_pain},
    ]
    for result in summary.points:
        reading = result.reading
        if result.relief is None:
            text = _("%(when)s: pain %(pain)d.") % {"when": reading.label, "pain": reading.pain}
        else:
            text = _("%(when)s: pain %(pain)d, %(relief)d%% relief.") % {
                "when": reading.label,
                "pain": reading.pain,
                "relief": result.relief_rounded,
            }
        if reading.pain_medicine:
            text += " " + _("Pain medicine taken.")
        parts.append(text)
    if not summary.points:
        parts.append(_("No scores yet."))
    return " ".join(parts)

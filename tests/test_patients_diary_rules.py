"""The pain diary's rule module: relief maths worked by hand, then properties."""

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from patients import diary
from patients.diary import Reading, TimePoint
from procedures.models import CLINIC_TIME_ZONE


def at(hour, minute=0, day=4, month=12):
    return datetime.datetime(2025, month, day, hour, minute, tzinfo=CLINIC_TIME_ZONE)


# --- relief at one reading -------------------------------------------------------------

@pytest.mark.parametrize(
    "baseline,pain,expected",
    [
        (8, 2, 75.0),   # (8 - 2) / 8 = 6/8
        (8, 0, 100.0),
        (8, 8, 0.0),
        (10, 5, 50.0),
        (5, 1, 80.0),   # 4/5
        (7, 1, 600 / 7),  # 85.71…, shown as 86 %
        (4, 9, 0.0),    # worse than before: no relief, never negative
    ],
)
def test_relief_percent_worked_examples(baseline, pain, expected):
    assert diary.relief_percent(baseline=baseline, pain=pain) == pytest.approx(expected)


def test_relief_cannot_be_worked_out_from_a_baseline_of_zero():
    assert diary.relief_percent(baseline=0, pain=0) is None
    assert diary.relief_percent(baseline=0, pain=6) is None


@pytest.mark.parametrize("bad", [-1, 11, 3.5, "5", None, True])
def test_scores_outside_0_to_10_are_refused(bad):
    with pytest.raises(ValueError):
        diary.relief_percent(baseline=5, pain=bad)
    with pytest.raises(ValueError):
        diary.summarise(baseline=bad, readings=[])


def test_thresholds_use_exact_arithmetic():
    # 50 % of 10 is exactly 50 %; 80 % of 5 is exactly 80 %: both count.
    assert diary.reaches(baseline=10, pain=5, threshold=50)
    assert diary.reaches(baseline=5, pain=1, threshold=80)
    # 3 → 1 is 66.7 %: above 50, below 80.
    assert diary.reaches(baseline=3, pain=1, threshold=50)
    assert not diary.reaches(baseline=3, pain=1, threshold=80)


# --- a whole diary, worked by hand -----------------------------------------------------

def test_summary_of_a_medial_branch_block_worked_by_hand():
    """Pain 8 before. Scores 15 min 2, 30 min 1, 1 h 1, 2 h 2, 4 h 4, 6 h 6, 8 h 8.

    Relief: 75, 87.5, 87.5, 75, 50, 25, 0 %. Peak 87.5 % first at 30 min.
    At least 50 %: 0.25 h → 4 h, every neighbour pair qualifies = 3.75 h.
    At least 80 %: only 30 min → 1 h qualifies (2 h is 75 %) = 0.5 h.
    """
    readings = [
        Reading(hours=0.25, pain=2), Reading(hours=0.5, pain=1), Reading(hours=1, pain=1),
        Reading(hours=2, pain=2), Reading(hours=4, pain=4), Reading(hours=6, pain=6), Reading(hours=8, pain=8),
    ]
    summary = diary.summarise(baseline=8, readings=readings)
    assert [p.relief for p in summary.points] == [75.0, 87.5, 87.5, 75.0, 50.0, 25.0, 0.0]
    assert summary.peak_relief == 87.5
    assert summary.peak_at.hours == 0.5
    assert summary.peak_relief_rounded == 88
    assert summary.hours_50 == pytest.approx(3.75)
    assert summary.hours_80 == pytest.approx(0.5)
    assert summary.first_pain_medicine is None


def test_missing_time_points_are_skipped_not_counted_as_zero():
    """Pain 6 before; scores only at 30 min (1) and 4 h (2), both ≥ 50 % (83 %, 67 %).

    The gap between them counts: 3.5 h at ≥ 50 %. At ≥ 80 % only 30 min qualifies,
    alone, so 0 h (relief is never assumed before the first or after the last reading).
    """
    summary = diary.summarise(baseline=6, readings=[Reading(hours=4, pain=2), Reading(hours=0.5, pain=1)])
    assert [p.reading.hours for p in summary.points] == [0.5, 4]  # sorted by time
    assert summary.hours_50 == pytest.approx(3.5)
    assert summary.hours_80 == 0


def test_relief_that_dips_and_returns_counts_only_the_stretches_on_either_side():
    # Pain 10: 1 h 2 (80 %), 2 h 2 (80 %), 4 h 7 (30 %), 6 h 1 (90 %), 8 h 2 (80 %).
    readings = [Reading(1, 2), Reading(2, 2), Reading(4, 7), Reading(6, 1), Reading(8, 2)]
    summary = diary.summarise(baseline=10, readings=readings)
    assert summary.hours_80 == pytest.approx(1 + 2)  # 1→2 h and 6→8 h
    assert summary.hours_50 == pytest.approx(3)


def test_pain_worse_than_before_is_flagged_and_counts_as_no_relief():
    summary = diary.summarise(baseline=4, readings=[Reading(hours=1, pain=6)])
    assert summary.points[0].relief == 0
    assert summary.points[0].worse_than_before
    assert summary.peak_relief == 0


def test_a_baseline_of_zero_gives_no_relief_figures_at_all():
    summary = diary.summarise(baseline=0, readings=[Reading(hours=1, pain=0), Reading(hours=2, pain=3)])
    assert not summary.relief_measurable
    assert summary.peak_relief is None and summary.peak_at is None
    assert [p.relief for p in summary.points] == [None, None]
    assert summary.hours_50 == 0 and summary.hours_80 == 0


def test_an_empty_diary():
    summary = diary.summarise(baseline=7, readings=[])
    assert summary.points == () and summary.peak_relief is None
    assert summary.hours_50 == 0 and summary.hours_80 == 0


def test_pain_medicine_flags_from_the_box_or_from_the_words():
    readings = [
        Reading(hours=1, pain=2),
        Reading(hours=4, pain=3, medicines="2 Advil at lunch"),
        Reading(hours=6, pain=3, took_pain_medicine=True),
    ]
    summary = diary.summarise(baseline=8, readings=readings)
    assert [r.hours for r in summary.medicine_readings] == [4, 6]
    assert summary.first_pain_medicine.hours == 4
    assert summary.medicine_in_diagnostic_window


def test_pain_medicine_after_the_first_eight_hours_is_flagged_but_not_in_the_window():
    summary = diary.summarise(baseline=8, readings=[Reading(hours=48, pain=3, took_pain_medicine=True)])
    assert summary.first_pain_medicine is not None
    assert not summary.medicine_in_diagnostic_window


@pytest.mark.parametrize(
    "text,expected",
    [
        ("2 Tylenol", True),
        ("ibuprofen 400mg", True),
        ("took my pain pills", True),
        ("ALEVE", True),
        ("un analgésico", True),
        ("metformin, lisinopril", False),
        ("", False),
        ("advilish", False),  # whole words only
    ],
)
def test_mentions_pain_medicine(text, expected):
    assert diary.mentions_pain_medicine(text) is expected


# --- when each score is due ------------------------------------------------------------

def test_time_points_from_an_injection_at_9_am():
    injected = at(9)
    assert diary.moment_for(point=TimePoint.MIN_15, injected_at=injected) == at(9, 15)
    assert diary.moment_for(point=TimePoint.HOUR_8, injected_at=injected) == at(17)
    assert diary.moment_for(point=TimePoint.NEXT_MORNING, injected_at=injected) == at(8, day=5)
    assert diary.moment_for(point=TimePoint.DAY_2, injected_at=injected) == at(9, day=6)
    assert diary.moment_for(point=TimePoint.WEEK_2, injected_at=injected) == at(9, day=18)
    assert diary.hours_after(point=TimePoint.NEXT_MORNING, injected_at=injected) == 23


def test_offsets_are_real_hours_across_a_daylight_saving_change():
    # Clocks go back at 2 a.m. on Sun 2 Nov 2025 in St. Louis: 8 real hours after
    # 9 p.m. Saturday is 4 a.m. on the wall clock, not 5 a.m.
    injected = at(21, day=1, month=11)
    assert diary.moment_for(point=TimePoint.HOUR_8, injected_at=injected).hour == 4
    assert diary.hours_after(point=TimePoint.HOUR_8, injected_at=injected) == 8


@settings(deadline=None)  # a shared, busy CI machine: no per-example time limit
@given(
    st.datetimes(
        min_value=datetime.datetime(2024, 1, 1), max_value=datetime.datetime(2030, 12, 31),
        timezones=st.just(CLINIC_TIME_ZONE),
    )
)
def test_time_points_are_always_in_order(injected):
    hours = [diary.hours_after(point=p, injected_at=injected) for p in TimePoint]
    assert hours == sorted(hours) and len(set(hours)) == len(hours)
    assert hours[0] > 0


def test_early_scores_may_be_entered_ten_minutes_early_later_ones_from_their_day():
    injected = at(9)
    assert diary.can_record_from(point=TimePoint.HOUR_1, injected_at=injected) == at(9, 50)
    assert diary.can_record_from(point=TimePoint.NEXT_MORNING, injected_at=injected) == at(0, day=5)


def test_suggested_point_is_the_latest_due_one_without_a_score():
    injected = at(9)
    assert diary.suggested_point(injected_at=injected, now=at(8), recorded=set()) == TimePoint.MIN_15
    assert diary.suggested_point(injected_at=injected, now=at(11, 5), recorded=set()) == TimePoint.HOUR_2
    assert diary.suggested_point(injected_at=injected, now=at(11, 5), recorded={"2h"}) == TimePoint.HOUR_1
    everything_due = {"15m", "30m", "1h", "2h"}
    assert diary.suggested_point(injected_at=injected, now=at(11, 5), recorded=everything_due) == TimePoint.HOUR_2


def test_next_due():
    injected = at(9)
    assert diary.next_due(injected_at=injected, now=at(9, 20), recorded=set()) == (TimePoint.MIN_30, at(9, 30))
    assert diary.next_due(injected_at=injected, now=at(12, day=30), recorded=set()) is None


@pytest.mark.parametrize(
    "hours,text",
    [(0, "0 hours"), (0.5, "30 minutes"), (1, "1 hour"), (3.75, "3.8 hours"), (24, "24 hours"), (50, "2 days 2 hours"), (72, "3 days")],
)
def test_format_hours(hours, text):
    assert str(diary.format_hours(hours)) == text


# --- properties ------------------------------------------------------------------------

pain = st.integers(min_value=0, max_value=10)
readings = st.lists(
    st.builds(Reading, hours=st.floats(min_value=0.1, max_value=400, allow_nan=False), pain=pain, took_pain_medicine=st.booleans()),
    max_size=12,
    unique_by=lambda r: r.hours,
)


@settings(deadline=None)  # a shared, busy CI machine: no per-example time limit
@given(baseline=pain, value=pain)
def test_relief_is_between_0_and_100_or_none_for_a_zero_baseline(baseline, value):
    relief = diary.relief_percent(baseline=baseline, pain=value)
    if baseline == 0:
        assert relief is None
    else:
        assert 0 <= relief <= 100
        assert (relief == 100) == (value == 0)


@settings(deadline=None)  # a shared, busy CI machine: no per-example time limit
@given(baseline=pain, items=readings)
def test_summary_properties(baseline, items):
    summary = diary.summarise(baseline=baseline, readings=items)
    span = max((r.hours for r in items), default=0) - min((r.hours for r in items), default=0)
    # Hours at 80 % are never more than at 50 %, and both fit in the span of readings.
    assert 0 <= summary.hours_80 <= summary.hours_50 <= span + 1e-9
    if baseline == 0:
        assert summary.peak_relief is None and summary.hours_50 == 0
    elif items:
        assert 0 <= summary.peak_relief <= 100
        assert summary.peak_relief == max(p.relief for p in summary.points)
    assert len(summary.medicine_readings) == sum(r.took_pain_medicine for r in items)


@settings(deadline=None)  # a shared, busy CI machine: no per-example time limit
@given(baseline=pain, items=readings)
def test_the_order_readings_arrive_in_does_not_matter(baseline, items):
    forwards = diary.summarise(baseline=baseline, readings=items)
    backwards = diary.summarise(baseline=baseline, readings=list(reversed(items)))
    assert forwards == backwards


@settings(deadline=None)  # a shared, busy CI machine: no per-example time limit
@given(baseline=st.integers(min_value=1, max_value=10), items=readings, data=st.data())
def test_a_missing_point_between_two_scores_is_bridged_not_counted_as_pain(baseline, items, data):
    """An empty time point is skipped: filling it with a score no better than its
    neighbours changes no duration, so leaving it empty never cost or gained time."""
    ordered = sorted(items, key=lambda r: r.hours)
    if len(ordered) < 2:
        return
    i = data.draw(st.integers(min_value=0, max_value=len(ordered) - 2))
    a, b = ordered[i], ordered[i + 1]
    middle = Reading(hours=(a.hours + b.hours) / 2, pain=max(a.pain, b.pain))
    if middle.hours in (a.hours, b.hours):
        return
    for threshold in diary.RELIEF_THRESHOLDS:
        without = diary.hours_at_or_above(baseline=baseline, readings=ordered, threshold=threshold)
        filled = diary.hours_at_or_above(baseline=baseline, readings=ordered + [middle], threshold=threshold)
        assert filled == pytest.approx(without)


@settings(deadline=None)  # a shared, busy CI machine: no per-example time limit
@given(baseline=st.integers(min_value=1, max_value=10), items=readings)
def test_lower_pain_never_lowers_the_relief_figures(baseline, items):
    """Monotone: a patient whose pain is lower at every reading has at least as much relief."""
    better = [Reading(hours=r.hours, pain=max(0, r.pain - 1)) for r in items]
    before = diary.summarise(baseline=baseline, readings=items)
    after = diary.summarise(baseline=baseline, readings=better)
    assert after.hours_50 >= before.hours_50 - 1e-9
    assert after.hours_80 >= before.hours_80 - 1e-9
    if items:
        assert after.peak_relief >= before.peak_relief

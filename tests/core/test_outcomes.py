"""The pain change per routine and per point, checked against arithmetic done by hand."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from acupress_desktop.core.history import SessionRecord
from acupress_desktop.core.outcomes import (
    MIN_SESSIONS,
    helpfulness_key,
    mean_interval,
    point_outcomes,
    routine_outcomes,
    t_quantile_975,
)

START = datetime(2025, 4, 1, 18, 0, tzinfo=UTC)


def scored(
    day: int,
    before: int | None,
    after: int | None,
    *,
    routine: str = "Lower back",
    routine_id: str = "r1",
    points: tuple[str, ...] = ("BL23", "BL40"),
    done: int | None = None,
) -> SessionRecord:
    """A session on day ``day`` of April 2025 with these pain scores."""
    return SessionRecord(
        started_utc=START + timedelta(days=day),
        routine_name=routine,
        routine_id=routine_id,
        point_ids=points,
        points_done=len(points) if done is None else done,
        seconds=600,
        finished=True,
        pain_before=before,
        pain_after=after,
    )


def test_t_quantiles_match_the_published_table() -> None:
    """t(0.975) is 12.706 at df 1, 2.042 at df 30, 2.021 at df 40, 1.980 at df 120, → 1.96."""
    assert t_quantile_975(1) == 12.706
    assert t_quantile_975(2) == 4.303
    assert t_quantile_975(30) == 2.042
    assert t_quantile_975(31) == pytest.approx(2.040, abs=0.001)
    assert t_quantile_975(40) == pytest.approx(2.021, abs=0.001)
    assert t_quantile_975(60) == pytest.approx(2.000, abs=0.001)
    assert t_quantile_975(120) == pytest.approx(1.980, abs=0.001)
    assert t_quantile_975(100_000) == pytest.approx(1.960, abs=0.001)
    with pytest.raises(ValueError):
        t_quantile_975(0)


def test_fewer_than_three_values_give_no_interval() -> None:
    """Two sessions are not enough to show an average: no interval at all."""
    assert MIN_SESSIONS == 3
    assert mean_interval([]) is None
    assert mean_interval([-2.0, -3.0]) is None


def test_three_values_by_hand() -> None:
    """Changes −3, −2, −1: mean −2; s² = (1+0+1)/2 = 1, s = 1; t(0.975, 2) = 4.303;
    half width = 4.303 · 1 / √3 = 2.48434…; interval −4.48434 … 0.48434."""
    interval = mean_interval([-3.0, -2.0, -1.0])
    assert interval is not None
    assert interval.mean == pytest.approx(-2.0)
    assert interval.low == pytest.approx(-2.0 - 4.303 / 3**0.5)
    assert interval.high == pytest.approx(-2.0 + 4.303 / 3**0.5)
    assert interval.low == pytest.approx(-4.48434, abs=1e-5)


def test_all_equal_changes_give_an_interval_of_zero_width() -> None:
    """Changes −2, −2, −2, −2: s = 0, so the interval is exactly −2 … −2 (no division by zero)."""
    interval = mean_interval([-2.0] * 4)
    assert interval is not None
    assert (interval.low, interval.mean, interval.high) == (-2.0, -2.0, -2.0)


def test_mixed_ups_and_downs_by_hand() -> None:
    """Changes −4, +1, −2, 0, −3, −4 (n 6): sum −12, mean −2; deviations −2, 3, 0, 2, −1, −2,
    squares 4+9+0+4+1+4 = 22, s² = 22/5 = 4.4, s = 2.09762; t(0.975, 5) = 2.571;
    half = 2.571 · 2.09762 / √6 = 2.571 · 0.85635 = 2.20168; interval −4.20168 … 0.20168."""
    interval = mean_interval([-4.0, 1.0, -2.0, 0.0, -3.0, -4.0])
    assert interval is not None
    assert interval.mean == pytest.approx(-2.0)
    assert interval.low == pytest.approx(-4.20168, abs=1e-4)
    assert interval.high == pytest.approx(0.20168, abs=1e-4)


def test_routine_outcome_counts_only_sessions_with_both_scores() -> None:
    """Five sessions, two missing a score: n is 3 from changes 6→3 (−3), 5→4 (−1), 7→5 (−2),
    mean −2, the same interval as by hand above (−4.48434 … 0.48434)."""
    records = [
        scored(0, 6, 3),
        scored(1, 5, None),
        scored(2, 5, 4),
        scored(3, None, 2),
        scored(4, 7, 5),
    ]
    [outcome] = routine_outcomes(records)
    assert (outcome.key, outcome.name, outcome.n) == ("r1", "Lower back", 3)
    assert outcome.changes == (-3, -1, -2)  # oldest first
    assert outcome.interval is not None
    assert outcome.interval.mean == pytest.approx(-2.0)
    assert outcome.interval.high == pytest.approx(0.48434, abs=1e-5)
    assert outcome.needed == 0


def test_under_three_sessions_says_how_many_more_are_needed() -> None:
    """A routine with 2 scored sessions is listed, not shown, and needs 1 more; with 1, 2 more."""
    two = routine_outcomes([scored(0, 6, 3), scored(1, 6, 4)])
    assert [(o.n, o.shown, o.needed, o.interval) for o in two] == [(2, False, 1, None)]
    one = routine_outcomes([scored(0, 6, 3), scored(1, 6, None)])
    assert [(o.n, o.needed) for o in one] == [(1, 2)]
    assert routine_outcomes([scored(0, None, 3)]) == []


def test_routines_are_told_apart_by_id_and_take_their_latest_name() -> None:
    """Two routines are two outcomes; a routine renamed later shows its new name; sessions of
    chosen points (no routine) are left out of the per-routine list."""
    records = [
        scored(0, 6, 3, routine="Back", routine_id="r1"),
        scored(1, 6, 4, routine="Lower back", routine_id="r1"),
        scored(2, 6, 6, routine="Evening", routine_id="r2"),
        scored(3, 6, 1, routine="", routine_id=""),
    ]
    outcomes = {o.key: o for o in routine_outcomes(records)}
    assert set(outcomes) == {"r1", "r2"}
    assert outcomes["r1"].name == "Lower back"
    assert outcomes["r1"].changes == (-3, -2)


def test_points_count_across_routines_only_when_pressed() -> None:
    """BL23 is in three sessions of two routines (−3, −1, +2): mean −2/3, shown; BL40 was not
    reached in the stopped session (points_done 1), so it has 2 sessions and is not shown."""
    records = [
        scored(0, 6, 3, routine_id="r1"),
        scored(1, 5, 4, routine_id="r2", routine="Evening"),
        scored(2, 3, 5, routine_id="r1", done=1),
    ]
    outcomes = {o.key: o for o in point_outcomes(records)}
    assert outcomes["BL23"].changes == (-3, -1, 2)
    assert outcomes["BL23"].interval is not None
    assert outcomes["BL23"].interval.mean == pytest.approx(-2 / 3)
    assert outcomes["BL40"].changes == (-3, -1)
    assert not outcomes["BL40"].shown


def test_a_point_pressed_twice_in_a_session_counts_once() -> None:
    """Points (GV4, GV4, SP6) in one session: GV4 has one change, not two."""
    [gv4, sp6] = sorted(
        point_outcomes([scored(0, 5, 3, points=("GV4", "GV4", "SP6"))]), key=lambda o: o.key
    )
    assert (gv4.key, gv4.changes, sp6.changes) == ("GV4", (-2,), (-2,))


def test_most_helpful_first_and_too_few_last() -> None:
    """Order: the largest mean fall first (−3 before −1 before +1), then routines under three
    sessions, by name."""
    records = []
    for day, (rid, change) in enumerate(
        [("a", -1), ("a", -1), ("a", -1), ("b", -3), ("b", -3), ("b", -3)]
        + [("c", 1), ("c", 1), ("c", 1), ("d", -5), ("e", -5)]
    ):
        records.append(scored(day, 5, 5 + change, routine=rid.upper(), routine_id=rid))
    ordered = routine_outcomes(records)
    assert [o.key for o in ordered] == ["b", "a", "c", "d", "e"]
    assert sorted(ordered, key=helpfulness_key) == ordered

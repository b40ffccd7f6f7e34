"""Per-routine options in core: the untimed "find the point" hold and the ramped press stages."""

from __future__ import annotations

import pytest

from acupress_desktop.core.breathing import PATTERNS
from acupress_desktop.core.plan import PhaseKind, build_plan, press_stage
from acupress_desktop.core.routine import Routine, RoutineError, RoutineStep
from acupress_desktop.core.session import Session

T0 = 100.0


def finding_plan(catalogue):  # type: ignore[no-untyped-def]
    """Find; get ready 5; ST36 left 20, switch 5, right 20; rest 10; find; GV4 10 → 70 s."""
    routine = Routine(
        "t",
        (RoutineStep("ST36", 20), RoutineStep("GV4", 10)),
        rest_seconds=10,
        find_point=True,
    )
    return build_plan(routine, catalogue)


def test_defaults_keep_todays_plan(catalogue) -> None:  # type: ignore[no-untyped-def]
    """Without the options nothing changes: no FIND phase, steady presses, no halfway cue."""
    routine = Routine("t", (RoutineStep("ST36", 20),))
    plan = build_plan(routine, catalogue)
    assert PhaseKind.FIND not in [phase.kind for phase in plan.phases]
    assert plan.press_style == "steady" and not plan.halfway_cue and not plan.press_with_breath


def test_find_phase_comes_before_each_point_and_takes_no_time(catalogue) -> None:  # type: ignore[no-untyped-def]
    plan = finding_plan(catalogue)
    kinds = [phase.kind for phase in plan.phases]
    assert kinds == [
        PhaseKind.FIND,
        PhaseKind.GET_READY,
        PhaseKind.PRESS,
        PhaseKind.SWITCH,
        PhaseKind.PRESS,
        PhaseKind.REST,
        PhaseKind.FIND,
        PhaseKind.PRESS,
    ]
    assert plan.total == 70
    assert [plan.phases[i].point_id for i in plan.find_indices()] == ["ST36", "GV4"]


def test_session_holds_at_find_until_the_point_is_found(catalogue) -> None:  # type: ignore[no-untyped-def]
    """However long finding takes, the countdown does not start and the time left stays."""
    session = Session.start(finding_plan(catalogue), PATTERNS["relaxed"], T0)
    snap = session.snapshot(T0 + 300)
    assert snap.finding and snap.phase.kind is PhaseKind.FIND and snap.phase.point_id == "ST36"
    assert snap.remaining_total == 70 and snap.offset == 0
    assert session.end_time() is None
    session = session.found_point(T0 + 300)
    snap = session.snapshot(T0 + 301)
    assert not snap.finding and snap.phase.kind is PhaseKind.GET_READY and snap.shown_seconds == 4
    # the rest ends at 60 s into the plan: the session holds there for GV4
    snap = session.snapshot(T0 + 300 + 500)
    assert snap.finding and snap.phase.point_id == "GV4" and snap.remaining_total == 10
    session = session.found_point(T0 + 800)
    assert session.snapshot(T0 + 805).phase.kind is PhaseKind.PRESS
    assert session.is_finished(T0 + 810)


def test_finding_names_the_press_it_leads_to_and_the_one_after(catalogue) -> None:  # type: ignore[no-untyped-def]
    """While finding ST36, the press found is ST36 left (20 s); "next" is ST36 right; at the
    last point's find there is no press after it. Out of a find, there is no press found."""
    session = Session.start(finding_plan(catalogue), PATTERNS["relaxed"], T0)
    snap = session.snapshot(T0)
    assert snap.finding_press is not None and snap.next_press is not None
    assert (snap.finding_press.point_id, snap.finding_press.side) == ("ST36", "left")
    assert snap.finding_press.duration == 20
    assert (snap.next_press.point_id, snap.next_press.side) == ("ST36", "right")
    session = session.found_point(T0)
    get_ready = session.snapshot(T0 + 1)
    assert get_ready.finding_press is None
    assert get_ready.next_press is not None and get_ready.next_press.side == "left"
    last = session.snapshot(T0 + 500)  # held at GV4's find
    assert last.finding and last.finding_press is not None and last.next_press is None


def test_pause_and_stop_work_while_finding(catalogue) -> None:  # type: ignore[no-untyped-def]
    session = Session.start(finding_plan(catalogue), PATTERNS["relaxed"], T0)
    paused = session.pause(T0 + 2)
    assert paused.paused and paused.snapshot(T0 + 50).finding
    resumed = paused.found_point(T0 + 60)  # Space on a paused find: found, and running again
    assert not resumed.paused and resumed.snapshot(T0 + 61).phase.kind is PhaseKind.GET_READY
    stopped = session.stop(T0 + 5)
    assert stopped.is_finished(T0 + 5) and not stopped.snapshot(T0 + 5).finding


def test_added_time_is_refused_while_finding(catalogue) -> None:  # type: ignore[no-untyped-def]
    session = Session.start(finding_plan(catalogue), PATTERNS["relaxed"], T0)
    assert session.add_time(30, T0 + 1).plan.total == 70


def test_going_back_finds_the_point_again(catalogue) -> None:  # type: ignore[no-untyped-def]
    session = Session.start(finding_plan(catalogue), PATTERNS["relaxed"], T0).found_point(T0)
    session = session.seek(0, T0 + 10)
    assert session.snapshot(T0 + 20).finding


def test_ramp_stages_are_the_first_fifth_the_middle_and_the_last_fifth(catalogue) -> None:  # type: ignore[no-untyped-def]
    routine = Routine("t", (RoutineStep("GV4", 30),), get_ready_seconds=0, press_style="ramp")
    plan = build_plan(routine, catalogue)
    session = Session.start(plan, PATTERNS["relaxed"], T0)
    assert [session.snapshot(T0 + t).press_stage for t in (0, 5.9, 6, 23.9, 24, 29.9)] == [
        "in",
        "in",
        "hold",
        "hold",
        "out",
        "out",
    ]
    steady = plan.phases[0]
    assert press_stage("steady", steady, 1.0) == ""


@pytest.mark.parametrize(
    "changes",
    [{"press_style": "hard"}, {"find_point": "yes"}, {"halfway_cue": 1}],
)
def test_unknown_option_values_are_refused(changes: dict[str, object]) -> None:
    routine = Routine("t", (RoutineStep("GV4", 30),), **changes)  # type: ignore[arg-type]
    with pytest.raises(RoutineError):
        routine.validate()

"""Session plans: phase order and lengths for bilateral and midline points, rests and rounds."""

from __future__ import annotations

import pytest

from acupress_desktop.core.plan import PhaseKind, build_plan
from acupress_desktop.core.routine import Routine, RoutineError, RoutineStep


def kinds_and_sides(plan) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return [(p.kind.value, p.point_id, p.side) for p in plan.phases]


def test_bilateral_point_is_left_switch_right(catalogue) -> None:  # type: ignore[no-untyped-def]
    """A paired point: get ready, left side, switch sides, right side."""
    routine = Routine("t", (RoutineStep("ST36", 60),), get_ready_seconds=5, switch_seconds=5)
    plan = build_plan(routine, catalogue)
    assert kinds_and_sides(plan) == [
        ("get_ready", "ST36", "left"),
        ("press", "ST36", "left"),
        ("switch", "ST36", "right"),
        ("press", "ST36", "right"),
    ]
    assert [p.duration for p in plan.phases] == [5, 60, 5, 60]
    assert plan.total == 130


def test_midline_point_is_one_phase(catalogue) -> None:  # type: ignore[no-untyped-def]
    """GV4 sits on the spine: one pressing phase, no switch."""
    plan = build_plan(Routine("t", (RoutineStep("GV4", 45),), get_ready_seconds=0), catalogue)
    assert kinds_and_sides(plan) == [("press", "GV4", "midline")]
    assert plan.total == 45


def test_one_side_only(catalogue) -> None:  # type: ignore[no-untyped-def]
    """A step set to one side presses only that side."""
    plan = build_plan(
        Routine("t", (RoutineStep("LI4", 30, "right"),), get_ready_seconds=0), catalogue
    )
    assert kinds_and_sides(plan) == [("press", "LI4", "right")]


def test_rest_between_points_not_after_the_last(catalogue) -> None:  # type: ignore[no-untyped-def]
    """Rests separate points; the session ends with the last press."""
    routine = Routine(
        "t", (RoutineStep("GV4", 30), RoutineStep("BL23", 40)), rest_seconds=10, get_ready_seconds=3
    )
    plan = build_plan(routine, catalogue)
    assert [p.kind for p in plan.phases] == [
        PhaseKind.GET_READY,
        PhaseKind.PRESS,
        PhaseKind.REST,
        PhaseKind.PRESS,
        PhaseKind.SWITCH,
        PhaseKind.PRESS,
    ]
    rest = plan.phases[2]
    assert rest.point_id == "BL23" and rest.point_number == 2
    assert plan.total == 3 + 30 + 10 + 40 + 5 + 40


def test_rounds_repeat_the_list(catalogue) -> None:  # type: ignore[no-untyped-def]
    """Two rounds press every point twice, with a rest between rounds."""
    routine = Routine("t", (RoutineStep("GV4", 20),), rounds=2, rest_seconds=5, get_ready_seconds=0)
    plan = build_plan(routine, catalogue)
    assert [(p.kind.value, p.round_index) for p in plan.phases] == [
        ("press", 0),
        ("rest", 1),
        ("press", 1),
    ]
    assert plan.total == 45


def test_phases_are_back_to_back(catalogue) -> None:  # type: ignore[no-untyped-def]
    """Each phase starts where the previous one ended; the total is known up front."""
    routine = Routine(
        "t", tuple(RoutineStep(p, 30) for p in ("LI4", "GV4", "SP6")), rest_seconds=7, rounds=2
    )
    plan = build_plan(routine, catalogue)
    for before, after in zip(plan.phases, plan.phases[1:], strict=False):
        assert after.start == before.end
    assert plan.total == sum(p.duration for p in plan.phases)


def test_extended_moves_later_phases(catalogue) -> None:  # type: ignore[no-untyped-def]
    """Adding 30 s to a phase lengthens it and shifts everything after it."""
    plan = build_plan(Routine("t", (RoutineStep("ST36", 60),), get_ready_seconds=5), catalogue)
    longer = plan.extended(1, 30)
    assert longer.phases[1].duration == 90
    assert longer.phases[2].start == plan.phases[2].start + 30
    assert longer.total == plan.total + 30
    assert plan.total == 130  # the original is unchanged


@pytest.mark.parametrize(
    ("routine", "message"),
    [
        (Routine("", (RoutineStep("GV4", 30),)), "name"),
        (Routine("x", ()), "steps"),
        (Routine("x", (RoutineStep("GV4", 2),)), r"steps\[1\].seconds"),
        (Routine("x", (RoutineStep("GV4", 30),), rounds=0), "rounds"),
        (Routine("x", (RoutineStep("GV4", 30),), breathing="fast"), "breathing"),
    ],
)
def test_invalid_routines_are_refused(catalogue, routine: Routine, message: str) -> None:  # type: ignore[no-untyped-def]
    """Out-of-range values are refused with the field named."""
    with pytest.raises(RoutineError, match=message):
        build_plan(routine, catalogue)

"""Session state in simulated time: exact ends, pause/resume, next/previous, added time, stop."""

from __future__ import annotations

import pytest

from acupress_desktop.core.breathing import PATTERNS
from acupress_desktop.core.plan import PhaseKind, build_plan
from acupress_desktop.core.routine import Routine, RoutineStep
from acupress_desktop.core.session import Session

T0 = 500.0


@pytest.fixture()
def plan(catalogue):  # type: ignore[no-untyped-def]
    """Get ready 5 s; ST36 left 60, switch 5, right 60; rest 10; GV4 30 → 170 s."""
    routine = Routine(
        "t", (RoutineStep("ST36", 60), RoutineStep("GV4", 30)), rest_seconds=10, get_ready_seconds=5
    )
    return build_plan(routine, catalogue)


def start(plan) -> Session:  # type: ignore[no-untyped-def]
    return Session.start(plan, PATTERNS["relaxed"], T0)


def test_runs_through_every_phase_and_ends_exactly_at_plan(plan) -> None:  # type: ignore[no-untyped-def]
    """Asked at any moment, the session reports the phase the plan says; it ends at 170 s sharp."""
    session = start(plan)
    assert plan.total == 170
    expected = [
        (0, PhaseKind.GET_READY, None),
        (5, PhaseKind.PRESS, "left"),
        (65, PhaseKind.SWITCH, "right"),
        (70, PhaseKind.PRESS, "right"),
        (130, PhaseKind.REST, None),
        (140, PhaseKind.PRESS, "midline"),
    ]
    for offset, kind, side in expected:
        snap = session.snapshot(T0 + offset + 0.5)
        assert snap.phase.kind is kind
        if side:
            assert snap.phase.side == side
    assert not session.is_finished(T0 + 169.999)
    assert session.is_finished(T0 + 170.0)
    assert session.end_time() == T0 + 170


def test_shown_seconds_change_on_the_second(plan) -> None:  # type: ignore[no-untyped-def]
    """The label shows 60 for the first second of a 60 s phase and 1 in its last second."""
    session = start(plan)
    assert session.snapshot(T0 + 5.0).shown_seconds == 60
    assert session.snapshot(T0 + 5.999).shown_seconds == 60
    assert session.snapshot(T0 + 6.0).shown_seconds == 59
    assert session.snapshot(T0 + 64.5).shown_seconds == 1


def test_pause_freezes_and_resume_continues(plan) -> None:  # type: ignore[no-untyped-def]
    """A 100 s pause adds 100 s to the end and nothing moves while paused."""
    session = start(plan).pause(T0 + 20)
    assert session.snapshot(T0 + 120).offset == 20
    assert session.snapshot(T0 + 120).paused
    assert session.snapshot(T0 + 120).breath is None
    session = session.resume(T0 + 120)
    assert session.snapshot(T0 + 125).offset == 25
    assert session.end_time() == T0 + 270


def test_pause_and_resume_are_idempotent(plan) -> None:  # type: ignore[no-untyped-def]
    """Pausing twice or resuming a running session changes nothing."""
    session = start(plan)
    assert session.resume(T0 + 3) == session
    paused = session.pause(T0 + 3)
    assert paused.pause(T0 + 9) == paused
    assert paused.toggle_pause(T0 + 10).snapshot(T0 + 11).offset == 4


def test_next_skips_to_the_next_pressing_phase(plan) -> None:  # type: ignore[no-untyped-def]
    """Right arrow: from get ready to the left side, then to the right side, then to GV4, then the end."""
    session = start(plan)
    session = session.next(T0 + 1)
    assert session.snapshot(T0 + 1).phase.side == "left"
    assert session.snapshot(T0 + 1).shown_seconds == 60
    session = session.next(T0 + 2)
    assert session.snapshot(T0 + 2).phase.side == "right"
    session = session.next(T0 + 3)
    assert session.snapshot(T0 + 3).phase.point_id == "GV4"
    session = session.next(T0 + 4)
    assert session.is_finished(T0 + 4)


def test_previous_restarts_then_goes_back(plan) -> None:  # type: ignore[no-untyped-def]
    """Left arrow: well into a side it restarts it; at its start it goes to the previous side."""
    session = start(plan).seek(80, T0)  # right side, 10 s in
    session = session.previous(T0)
    assert session.snapshot(T0).offset == 70
    session = session.previous(T0 + 1)
    assert session.snapshot(T0 + 1).offset == 5  # back to the left side
    session = session.previous(T0 + 1)
    assert session.snapshot(T0 + 1).offset == 0


def test_add_time_extends_the_current_phase_only(plan) -> None:  # type: ignore[no-untyped-def]
    """+30 s while pressing: this side lasts 30 s longer and the session ends 30 s later."""
    session = start(plan).add_time(30, T0 + 10)
    snap = session.snapshot(T0 + 10)
    assert snap.remaining == 85
    assert snap.total == 200
    assert session.end_time() == T0 + 200
    assert session.snapshot(T0 + 96).phase.kind is PhaseKind.SWITCH


def test_add_time_while_paused(plan) -> None:  # type: ignore[no-untyped-def]
    """Adding time during a pause works and the session stays paused."""
    session = start(plan).pause(T0 + 10).add_time(30, T0 + 50)
    assert session.snapshot(T0 + 60).remaining == 85
    assert session.paused


def test_stop_keeps_what_was_done(plan) -> None:  # type: ignore[no-untyped-def]
    """Stopping after the ST36 pair counts one point done; the time stops there."""
    session = start(plan).stop(T0 + 135)
    assert session.is_finished(T0 + 135)
    assert session.points_done(T0 + 999) == 1
    assert session.snapshot(T0 + 999).offset == 135
    assert session.snapshot(T0 + 999).stopped


def test_points_done_at_the_end(plan) -> None:  # type: ignore[no-untyped-def]
    """A finished session counts every point."""
    assert start(plan).points_done(T0 + 500) == 2


def test_progress_and_time_left(plan) -> None:  # type: ignore[no-untyped-def]
    """Progress runs 0→1 and time left counts down to 0."""
    session = start(plan)
    assert session.snapshot(T0).progress == 0
    assert session.snapshot(T0 + 85).progress == pytest.approx(0.5)
    assert session.snapshot(T0 + 85).remaining_total == 85
    assert session.snapshot(T0 + 400).progress == 1


def test_next_up_names_the_coming_point(plan) -> None:  # type: ignore[no-untyped-def]
    """While pressing the left side, "next" is the right side; during the rest, GV4."""
    session = start(plan)
    assert session.snapshot(T0 + 10).next_press.side == "right"
    assert session.snapshot(T0 + 135).next_press.point_id == "GV4"
    assert session.snapshot(T0 + 150).next_press is None


def test_breathing_continues_across_phases_but_not_pauses(plan) -> None:  # type: ignore[no-untyped-def]
    """The pacer follows running time: a pause does not move it on."""
    session = start(plan)
    assert session.snapshot(T0 + 5).breath.stage == "out"  # relaxed: 4 in, then out
    paused = session.pause(T0 + 2).resume(T0 + 50)
    assert paused.snapshot(T0 + 51).breath.stage == "in"  # 3 s of running time


def test_sleep_gives_the_time_back(plan) -> None:  # type: ignore[no-untyped-def]
    """After a suspend, pausing as of the last moment seen loses nothing of the current point."""
    session = start(plan)
    session = session.pause_as_of(T0 + 20, T0 + 3600)
    assert session.paused and session.snapshot(T0 + 3600).offset == 20


def test_sleep_is_not_counted_as_time_spent(plan) -> None:  # type: ignore[no-untyped-def]
    """The hour the computer slept is not running time: neither for the pacer nor for the history."""
    session = start(plan).pause_as_of(T0 + 20, T0 + 3620)
    assert session.active_seconds(T0 + 3620) == pytest.approx(20)
    resumed = session.resume(T0 + 3700)
    assert resumed.active_seconds(T0 + 3710) == pytest.approx(30)
    assert resumed.stop(T0 + 3710).active_seconds(T0 + 9999) == pytest.approx(30)


def test_points_skipped_with_next_are_not_counted_as_done(plan) -> None:  # type: ignore[no-untyped-def]
    """Right through ST36's two sides and then pressing GV4 to the end: 1 of 2 points done
    (both were counted before, as if ST36 had been pressed)."""
    session = start(plan)
    now = T0 + 10  # 5 s into ST36's left side
    session = session.next(now)  # to the right side
    session = session.next(now + 1)  # to GV4
    end = now + 1 + 30
    assert session.is_finished(end)
    assert session.points_done(end) == 1


def test_a_point_pressed_again_after_going_back_counts(plan) -> None:  # type: ignore[no-untyped-def]
    """Skip ST36's left side, go back to it and press it through: it counts after all."""
    session = start(plan)
    now = T0 + 10
    session = session.next(now)  # skip the rest of the left side
    session = session.previous(now + 0.5)  # just begun the right side: back to the left
    assert session.snapshot(now + 0.5).phase.side == "left"
    end = now + 0.5 + 165  # from the left side's start to the end
    assert session.points_done(end) == 2


def test_the_last_second_of_a_press_may_be_skipped(plan) -> None:  # type: ignore[no-untyped-def]
    """Right with under a second left still counts the side as pressed."""
    session = start(plan)
    session = session.next(T0 + 64.5)  # 0.5 s before ST36 left ends
    assert session.points_done(T0 + 64.5 + 140) == 2

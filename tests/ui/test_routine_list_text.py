"""The routines list's time and screen-reader texts, computed by hand from the plan: get ready,
each press, the switch between sides, the rests between points."""

from __future__ import annotations

from acupress_desktop.core.routine import Routine, RoutineStep
from acupress_desktop.storage.routines import StoredRoutine
from acupress_desktop.ui.labels import time_in_words
from acupress_desktop.ui.routines.list_text import (
    BOTH_SIDES,
    EACH,
    VARIED,
    press_kind,
    routine_accessible_text,
    routine_time_text,
    routine_time_words,
    whole_minutes,
)

HAND_AND_ARM = Routine(
    "Hand and arm points",
    (RoutineStep("LI4", 60), RoutineStep("LI11", 60), RoutineStep("TE5", 60)),
    rest_seconds=10,
)
LOWER_BACK = Routine(
    "Lower back",
    (RoutineStep("BL23", 60), RoutineStep("BL40", 45), RoutineStep("GB30", 90)),
    rest_seconds=10,
    builtin=True,
)


def test_whole_minutes_round_half_a_minute_up_and_say_when_exact() -> None:
    """Under a minute: the seconds. Else minutes to the nearest (1:30 is 2), exact or not."""
    assert whole_minutes(35) == (35, True)
    assert whole_minutes(60) == (60, True)
    assert whole_minutes(89) == (60, False)
    assert whole_minutes(90) == (120, False)
    assert whole_minutes(360) == (360, True)
    assert whole_minutes(400) == (420, False)


def test_both_sides_same_time(catalogue) -> None:  # type: ignore[no-untyped-def]
    """5 s get ready + 3 × (60 + 5 switch + 60) + 2 rests of 10 s = 400 s = 6:40."""
    assert press_kind(HAND_AND_ARM, catalogue) == BOTH_SIDES
    assert routine_time_text(HAND_AND_ARM, catalogue) == "about 7 min · 1 min each side"
    assert routine_time_words(HAND_AND_ARM, catalogue) == "about 7 minutes, 1 minute each side"


def test_exact_minutes_say_no_about(catalogue) -> None:  # type: ignore[no-untyped-def]
    """No get ready, no switch: 3 × (60 + 60) = 360 s, exactly 6 min."""
    routine = Routine(
        "Six",
        (RoutineStep("BL23", 60), RoutineStep("BL40", 60), RoutineStep("GB30", 60)),
        get_ready_seconds=0,
        switch_seconds=0,
    )
    assert routine_time_text(routine, catalogue) == "6 min · 1 min each side"
    assert routine_time_words(routine, catalogue) == "6 minutes, 1 minute each side"


def test_one_side_or_the_middle_line_is_each(catalogue) -> None:  # type: ignore[no-untyped-def]
    """GV4 (middle line), LI4 left only, ST36 right only, GV4 again: 5 + 4 × 60 = 245 s."""
    routine = Routine(
        "One side",
        (
            RoutineStep("GV4", 60),
            RoutineStep("LI4", 60, "left"),
            RoutineStep("ST36", 60, "right"),
            RoutineStep("GV4", 60),
        ),
    )
    assert press_kind(routine, catalogue) == EACH
    assert routine_time_text(routine, catalogue) == "about 4 min · 1 min each"


def test_both_sides_mixed_with_one_side_is_each(catalogue) -> None:  # type: ignore[no-untyped-def]
    """BL23 both sides and GV4: every press is 90 s; 5 + 90 + 5 + 90 + 90 = 280 s = 4:40."""
    routine = Routine("Mixed sides", (RoutineStep("BL23", 90), RoutineStep("GV4", 90)))
    assert routine_time_text(routine, catalogue) == "about 5 min · 1 min 30 s each"
    assert routine_time_words(routine, catalogue) == "about 5 minutes, 1 minute 30 seconds each"


def test_mixed_times_give_the_total_only(catalogue) -> None:  # type: ignore[no-untyped-def]
    """5 + (60 + 5 + 60) + 10 + (45 + 5 + 45) + 10 + (90 + 5 + 90) = 430 s = 7:10."""
    assert press_kind(LOWER_BACK, catalogue) == VARIED
    assert routine_time_text(LOWER_BACK, catalogue) == "about 7 min"


def test_under_a_minute_in_seconds(catalogue) -> None:  # type: ignore[no-untyped-def]
    """5 s get ready + 30 s on GV4 = 35 s, exact."""
    routine = Routine("Short", (RoutineStep("GV4", 30),))
    assert routine_time_text(routine, catalogue) == "35 s · 30 s each"
    assert routine_time_words(routine, catalogue) == "35 seconds, 30 seconds each"


def test_rounds_count_in_the_total(catalogue) -> None:  # type: ignore[no-untyped-def]
    """Two rounds of GV4 60 s with a 10 s rest between: 5 + 60 + 10 + 60 = 135 s = 2:15."""
    routine = Routine("Twice", (RoutineStep("GV4", 60),), rest_seconds=10, rounds=2)
    assert routine_time_text(routine, catalogue) == "about 2 min · 1 min each"


def test_times_in_words() -> None:
    """Singular and plural, minutes and seconds (the countdown's words serve the list too)."""
    assert time_in_words(1) == "1 second"
    assert time_in_words(60) == "1 minute"
    assert time_in_words(61) == "1 minute 1 second"
    assert time_in_words(150) == "2 minutes 30 seconds"
    assert time_in_words(0) == "0 seconds"


def test_accessible_text_reads_as_a_sentence(catalogue) -> None:  # type: ignore[no-untyped-def]
    """Name, kind, favourite, time in words, then the points by code and name; no star."""
    built_in = routine_accessible_text(StoredRoutine(LOWER_BACK, True, None), catalogue)
    assert built_in == (
        "Lower back, built-in, favourite, about 7 minutes, 3 points: BL23 Shenshu, "
        "BL40 Weizhong, GB30 Huantiao"
    )
    mine = Routine("Mine", (RoutineStep("GV4", 30),))
    assert (
        routine_accessible_text(StoredRoutine(mine, False, None), catalogue)
        == "Mine, yours, 35 seconds, 30 seconds each, 1 point: GV4 Mingmen"
    )

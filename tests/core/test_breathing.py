"""The breathing pacer says the right thing at any moment of any pattern."""

from __future__ import annotations

import pytest

from acupress_desktop.core.breathing import (
    PATTERNS,
    cue_at,
    custom_pattern,
    next_stage_change,
    pattern_by_id,
)


def test_relaxed_breathes_in_for_four_and_out_for_six() -> None:
    """Relaxed: in 0–4 s, out 4–10 s, then in again."""
    relaxed = PATTERNS["relaxed"]
    assert cue_at(relaxed, 0.0).stage == "in"
    assert cue_at(relaxed, 3.99).stage == "in"
    assert cue_at(relaxed, 4.0).stage == "out"
    assert cue_at(relaxed, 9.99).stage == "out"
    cue = cue_at(relaxed, 10.0)
    assert cue.stage == "in" and cue.breath_number == 1


def test_box_has_four_equal_stages() -> None:
    """Box breathing: in, hold, out, hold, four seconds each."""
    box = PATTERNS["box"]
    assert [cue_at(box, t).stage for t in (0.5, 4.5, 8.5, 12.5, 16.5)] == [
        "in",
        "hold_in",
        "out",
        "hold_out",
        "in",
    ]


def test_478_and_resonant_lengths() -> None:
    """4-7-8 lasts 19 s a breath; resonant is 5.5 s in and 5.5 s out."""
    assert PATTERNS["4-7-8"].cycle == 19
    assert cue_at(PATTERNS["4-7-8"], 4.1).stage == "hold_in"
    assert cue_at(PATTERNS["4-7-8"], 11.1).stage == "out"
    assert cue_at(PATTERNS["resonant"], 5.4).stage == "in"
    assert cue_at(PATTERNS["resonant"], 5.6).stage == "out"


def test_shown_seconds_count_down_within_a_stage() -> None:
    """The number shown counts 4, 3, 2, 1 while breathing in."""
    relaxed = PATTERNS["relaxed"]
    assert [cue_at(relaxed, t).whole_seconds_left for t in (0.0, 1.0, 2.5, 3.5)] == [4, 3, 2, 1]


def test_fullness_grows_on_in_holds_and_shrinks_on_out() -> None:
    """The shape is smallest at the start of a breath, largest at the top, and eases in between."""
    box = PATTERNS["box"]
    assert cue_at(box, 0.0).fullness == pytest.approx(0.0)
    assert cue_at(box, 2.0).fullness == pytest.approx(0.5)
    assert cue_at(box, 5.0).fullness == 1.0
    assert cue_at(box, 10.0).fullness == pytest.approx(0.5)
    assert cue_at(box, 13.0).fullness == 0.0


def test_off_gives_no_cue() -> None:
    """With the pacer off there is nothing to show."""
    assert cue_at(PATTERNS["off"], 12.0) is None


def test_custom_pattern_checks_its_values() -> None:
    """Custom patterns accept sensible values and refuse others with a message."""
    pattern = custom_pattern(3, 1, 5, 0)
    assert cue_at(pattern, 3.5).stage == "hold_in"
    with pytest.raises(ValueError, match="at least 1 second"):
        custom_pattern(0, 0, 5, 0)
    with pytest.raises(ValueError, match="between 0 and 20"):
        custom_pattern(4, 30, 4, 0)


def test_unknown_pattern_falls_back_to_relaxed() -> None:
    """An unknown id (an old settings file) still gives a working pacer."""
    assert pattern_by_id("nonsense") == PATTERNS["relaxed"]


def test_next_change_is_the_next_whole_second_or_stage_boundary() -> None:
    """Timers wake exactly when the shown number or stage changes."""
    relaxed = PATTERNS["relaxed"]
    assert next_stage_change(relaxed, 0.25) == pytest.approx(0.75)
    assert next_stage_change(relaxed, 1.0) == pytest.approx(1.0)
    assert next_stage_change(PATTERNS["resonant"], 5.0) == pytest.approx(0.5)

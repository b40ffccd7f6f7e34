"""Breathing patterns for the pacer: what to do at any moment of a session (pure, no Qt)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

Stage = Literal["in", "hold_in", "out", "hold_out"]
STAGES: tuple[Stage, ...] = ("in", "hold_in", "out", "hold_out")
MAX_STAGE_SECONDS = 20.0


@dataclass(frozen=True)
class BreathingPattern:
    """Seconds for each stage of one breath; a zero stage is skipped.

    Attributes:
        id: "relaxed", "box", "4-7-8", "resonant", "custom" or "off".
        inhale, hold_in, exhale, hold_out: stage lengths in seconds.
    """

    id: str
    inhale: float
    hold_in: float
    exhale: float
    hold_out: float

    @property
    def cycle(self) -> float:
        """Length of one whole breath in seconds (0 when the pacer is off)."""
        return self.inhale + self.hold_in + self.exhale + self.hold_out

    @property
    def enabled(self) -> bool:
        """False for the "off" pattern."""
        return self.cycle > 0

    def stage_lengths(self) -> tuple[tuple[Stage, float], ...]:
        """(stage, seconds) pairs in order, without empty stages."""
        pairs = zip(STAGES, (self.inhale, self.hold_in, self.exhale, self.hold_out), strict=True)
        return tuple((stage, seconds) for stage, seconds in pairs if seconds > 0)


@dataclass(frozen=True)
class BreathCue:
    """What the pacer shows at one moment.

    Attributes:
        stage: breathe in, hold (full), breathe out, hold (empty).
        progress: 0..1 through the current stage.
        seconds_left: seconds until the stage changes.
        whole_seconds_left: the number to show (counts down 4, 3, 2, 1).
        fullness: 0 (empty lungs, smallest shape) .. 1 (full, largest), eased for a calm motion.
        breath_number: how many whole breaths came before this one.
    """

    stage: Stage
    progress: float
    seconds_left: float
    whole_seconds_left: int
    fullness: float
    breath_number: int


OFF = BreathingPattern("off", 0, 0, 0, 0)
PATTERNS: dict[str, BreathingPattern] = {
    "relaxed": BreathingPattern("relaxed", 4, 0, 6, 0),
    "box": BreathingPattern("box", 4, 4, 4, 4),
    "4-7-8": BreathingPattern("4-7-8", 4, 7, 8, 0),
    "resonant": BreathingPattern("resonant", 5.5, 0, 5.5, 0),
    "off": OFF,
}
#: The id of the user's own pattern (its stages are in the settings).
CUSTOM = "custom"
#: Every valid breathing id: the built-in patterns (with "off") and the custom one.
BREATHING_IDS: tuple[str, ...] = (*PATTERNS, CUSTOM)


def custom_pattern(
    inhale: float, hold_in: float, exhale: float, hold_out: float
) -> BreathingPattern:
    """A user-made pattern; each stage 0–20 s, breathing in and out at least 1 s each."""
    for name, value in (
        ("inhale", inhale),
        ("hold_in", hold_in),
        ("exhale", exhale),
        ("hold_out", hold_out),
    ):
        if not (math.isfinite(value) and 0 <= value <= MAX_STAGE_SECONDS):
            raise ValueError(f"{name} must be between 0 and {MAX_STAGE_SECONDS:g} seconds")
    if inhale < 1 or exhale < 1:
        raise ValueError("breathing in and out must each last at least 1 second")
    return BreathingPattern(CUSTOM, inhale, hold_in, exhale, hold_out)


def pattern_by_id(pattern_id: str) -> BreathingPattern:
    """A built-in pattern; unknown ids give the relaxed pattern."""
    return PATTERNS.get(pattern_id, PATTERNS["relaxed"])


def _ease(t: float) -> float:
    """Smooth in-out easing (cosine), so the shape starts and stops gently."""
    return 0.5 - 0.5 * math.cos(math.pi * min(1.0, max(0.0, t)))


def cue_at(pattern: BreathingPattern, elapsed: float) -> BreathCue | None:
    """The breathing cue ``elapsed`` seconds after the pacer started; None when the pacer is off."""
    if not pattern.enabled:
        return None
    elapsed = max(0.0, elapsed)
    breath_number, into = divmod(elapsed, pattern.cycle)
    start = 0.0
    stages = pattern.stage_lengths()
    for index, (stage, length) in enumerate(stages):
        end = start + length
        if into < end or index == len(stages) - 1:
            progress = min(1.0, (into - start) / length)
            left = max(0.0, end - into)
            if stage == "in":
                fullness = _ease(progress)
            elif stage == "out":
                fullness = 1.0 - _ease(progress)
            else:
                fullness = 1.0 if stage == "hold_in" else 0.0
            return BreathCue(
                stage=stage,
                progress=progress,
                seconds_left=left,
                whole_seconds_left=max(1, math.ceil(left - 1e-9)),
                fullness=fullness,
                breath_number=int(breath_number),
            )
        start = end
    raise AssertionError("unreachable: a pattern with a cycle has stages")  # pragma: no cover


def next_stage_change(pattern: BreathingPattern, elapsed: float) -> float:
    """Seconds from ``elapsed`` until the stage or the shown number next changes (for timers)."""
    cue = cue_at(pattern, elapsed)
    if cue is None:
        return math.inf
    fraction = cue.seconds_left - math.floor(cue.seconds_left)
    return fraction if fraction > 1e-6 else min(1.0, cue.seconds_left) or 1.0

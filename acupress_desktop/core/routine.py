"""Routines: an ordered list of points with times, and the session options that go with them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from acupress_desktop.core.breathing import PATTERNS

StepSides = Literal["both", "left", "right"]
MIN_POINT_SECONDS, MAX_POINT_SECONDS = 5, 600
MAX_REST_SECONDS = 120
MAX_GET_READY_SECONDS = 60
MAX_ROUNDS = 10
MAX_STEPS = 50
NAME_MAX = 80


class RoutineError(ValueError):
    """A routine value is out of range; the message names the field."""


@dataclass(frozen=True)
class RoutineStep:
    """One point of a routine.

    Attributes:
        point_id: catalogue id.
        seconds: pressing time per side.
        sides: "both" sides one after the other, or one side only (ignored for midline points).
    """

    point_id: str
    seconds: int
    sides: StepSides = "both"


@dataclass(frozen=True)
class Routine:
    """An ordered list of steps and how to run them."""

    name: str
    steps: tuple[RoutineStep, ...]
    rest_seconds: int = 0
    rounds: int = 1
    get_ready_seconds: int = 5
    switch_seconds: int = 5
    breathing: str = "relaxed"
    builtin: bool = False
    id: str = ""
    description: str = field(default="", compare=False)

    def validate(self) -> None:
        """Raise RoutineError naming the first field out of range."""
        name = self.name.strip()
        if not 1 <= len(name) <= NAME_MAX:
            raise RoutineError(f"name must be 1–{NAME_MAX} characters")
        if not self.steps:
            raise RoutineError("steps: a routine needs at least one point")
        if len(self.steps) > MAX_STEPS:
            raise RoutineError(f"steps: a routine can have at most {MAX_STEPS} points")
        for number, step in enumerate(self.steps, start=1):
            if not MIN_POINT_SECONDS <= step.seconds <= MAX_POINT_SECONDS:
                raise RoutineError(
                    f"steps[{number}].seconds must be {MIN_POINT_SECONDS}–{MAX_POINT_SECONDS}"
                )
            if step.sides not in ("both", "left", "right"):
                raise RoutineError(f"steps[{number}].sides must be both, left or right")
        _check_range("rest_seconds", self.rest_seconds, 0, MAX_REST_SECONDS)
        _check_range("rounds", self.rounds, 1, MAX_ROUNDS)
        _check_range("get_ready_seconds", self.get_ready_seconds, 0, MAX_GET_READY_SECONDS)
        _check_range("switch_seconds", self.switch_seconds, 0, 30)
        if self.breathing not in PATTERNS and self.breathing != "custom":
            raise RoutineError(f"breathing must be one of {', '.join(PATTERNS)}")


def _check_range(name: str, value: int, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise RoutineError(f"{name} must be a whole number from {low} to {high}")

"""Routines: an ordered list of points with times, and the session options that go with them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from acupress_desktop.core.breathing import PATTERNS
from acupress_desktop.core.text import translate

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
            raise RoutineError(
                translate("Routines", "name must be 1–%1 characters").replace("%1", str(NAME_MAX))
            )
        if not self.steps:
            raise RoutineError(translate("Routines", "steps: a routine needs at least one point"))
        if len(self.steps) > MAX_STEPS:
            raise RoutineError(
                translate("Routines", "steps: a routine can have at most %1 points").replace(
                    "%1", str(MAX_STEPS)
                )
            )
        for number, step in enumerate(self.steps, start=1):
            if not MIN_POINT_SECONDS <= step.seconds <= MAX_POINT_SECONDS:
                raise RoutineError(
                    translate("Routines", "steps[%1].seconds must be %2–%3")
                    .replace("%2", str(MIN_POINT_SECONDS))
                    .replace("%3", str(MAX_POINT_SECONDS))
                    .replace("%1", str(number))
                )
            if step.sides not in ("both", "left", "right"):
                raise RoutineError(
                    translate("Routines", "steps[%1].sides must be both, left or right").replace(
                        "%1", str(number)
                    )
                )
        _check_range("rest_seconds", self.rest_seconds, 0, MAX_REST_SECONDS)
        _check_range("rounds", self.rounds, 1, MAX_ROUNDS)
        _check_range("get_ready_seconds", self.get_ready_seconds, 0, MAX_GET_READY_SECONDS)
        _check_range("switch_seconds", self.switch_seconds, 0, 30)
        if self.breathing not in PATTERNS and self.breathing != "custom":
            raise RoutineError(
                translate("Routines", "breathing must be one of %1").replace(
                    "%1", ", ".join(PATTERNS)
                )
            )


def _check_range(name: str, value: int, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise RoutineError(
            translate("Routines", "%1 must be a whole number from %2 to %3")
            .replace("%2", str(low))
            .replace("%3", str(high))
            .replace("%1", name)
        )

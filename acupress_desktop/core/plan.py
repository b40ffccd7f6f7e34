"""Routine + catalogue → SessionPlan: a fixed timeline of phases with offsets from the start."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from enum import Enum
from typing import Literal

from acupress_desktop.core.catalogue import Catalogue
from acupress_desktop.core.routine import Routine


class PhaseKind(Enum):
    """What the user does during a phase."""

    FIND = "find"  # untimed (zero length): the session holds here until the person confirms
    GET_READY = "get_ready"
    PRESS = "press"
    SWITCH = "switch"
    REST = "rest"


@dataclass(frozen=True)
class Phase:
    """One stretch of the timeline.

    Attributes:
        kind: get ready, press, switch sides or rest.
        start, duration: offsets in seconds from the session start.
        point_id: the point pressed (PRESS), or about to be pressed (GET_READY, SWITCH, REST).
        side: "left", "right" or "midline" for PRESS; for SWITCH the side coming next.
        step_index: index of the routine step (0-based).
        round_index: which round (0-based).
        point_number: 1-based position of the point within its round.
    """

    kind: PhaseKind
    start: float
    duration: float
    point_id: str
    side: str
    step_index: int
    round_index: int
    point_number: int

    @property
    def end(self) -> float:
        """Offset at which the phase ends."""
        return self.start + self.duration


@dataclass(frozen=True)
class SessionPlan:
    """An immutable timeline; its total length is known before it starts.

    Attributes:
        phases: the phases in order, back to back from offset 0.
        points_per_round: how many points one round has.
        rounds: how many rounds.
        breathing: the breathing pattern id.
        press_style: "steady", or "ramp" (press in slowly, hold steady, ease off).
        halfway_cue: a cue at the middle of each long press.
        press_with_breath: the breathing guide says when to press (as you breathe out).
    """

    phases: tuple[Phase, ...]
    points_per_round: int
    rounds: int
    breathing: str
    press_style: str = "steady"
    halfway_cue: bool = False
    press_with_breath: bool = False

    @property
    def total(self) -> float:
        """Length of the whole session in seconds."""
        return self.phases[-1].end if self.phases else 0.0

    def index_at(self, offset: float) -> int:
        """Index of the phase running at ``offset`` (the last phase at or after the end)."""
        starts = [phase.start for phase in self.phases]
        return max(0, min(len(self.phases) - 1, bisect.bisect_right(starts, offset) - 1))

    def find_indices(self) -> list[int]:
        """Indices of the FIND phases (untimed holds), in order."""
        return [i for i, phase in enumerate(self.phases) if phase.kind is PhaseKind.FIND]

    def press_indices(self) -> list[int]:
        """Indices of the PRESS phases, in order."""
        return [i for i, phase in enumerate(self.phases) if phase.kind is PhaseKind.PRESS]

    def extended(self, index: int, seconds: float) -> SessionPlan:
        """A new plan with phase ``index`` longer by ``seconds`` and every later phase shifted."""
        phases = list(self.phases)
        phases[index] = replace(phases[index], duration=phases[index].duration + seconds)
        for later in range(index + 1, len(phases)):
            phases[later] = replace(phases[later], start=phases[later].start + seconds)
        return replace(self, phases=tuple(phases))


def build_plan(routine: Routine, catalogue: Catalogue) -> SessionPlan:
    """The timeline for a routine: get ready; per point one side, switch, other side; rests; rounds.

    Bilateral points done on "both" sides start on the person's left. A midline point is one phase.
    There is no rest after the very last point.
    """
    routine.validate()
    phases: list[Phase] = []
    offset = 0.0

    def add(kind: PhaseKind, seconds: float, point_id: str, side: str, step: int, rnd: int) -> None:
        nonlocal offset
        if seconds <= 0:
            return
        phases.append(Phase(kind, offset, float(seconds), point_id, side, step, rnd, step + 1))
        offset += seconds

    def find(point_id: str, side: str, step: int, rnd: int) -> None:
        if routine.find_point:
            phases.append(Phase(PhaseKind.FIND, offset, 0.0, point_id, side, step, rnd, step + 1))

    first = routine.steps[0]
    first_sides = _sides(catalogue, first.point_id, first.sides)
    find(first.point_id, first_sides[0], 0, 0)
    add(PhaseKind.GET_READY, routine.get_ready_seconds, first.point_id, first_sides[0], 0, 0)
    for rnd in range(routine.rounds):
        for number, step in enumerate(routine.steps):
            sides = _sides(catalogue, step.point_id, step.sides)
            for turn, side in enumerate(sides):
                if not turn and (rnd or number):
                    find(step.point_id, side, number, rnd)
                if turn:
                    add(PhaseKind.SWITCH, routine.switch_seconds, step.point_id, side, number, rnd)
                add(PhaseKind.PRESS, step.seconds, step.point_id, side, number, rnd)
            last = rnd == routine.rounds - 1 and number == len(routine.steps) - 1
            if not last and routine.rest_seconds:
                following = routine.steps[(number + 1) % len(routine.steps)]
                next_side = _sides(catalogue, following.point_id, following.sides)[0]
                next_round = rnd + (1 if number == len(routine.steps) - 1 else 0)
                next_number = (number + 1) % len(routine.steps)
                add(
                    PhaseKind.REST,
                    routine.rest_seconds,
                    following.point_id,
                    next_side,
                    next_number,
                    next_round,
                )
    return SessionPlan(
        tuple(phases),
        len(routine.steps),
        routine.rounds,
        routine.breathing,
        press_style=routine.press_style,
        halfway_cue=routine.halfway_cue,
        press_with_breath=routine.press_with_breath,
    )


#: With the "ramp" press style: the first and the last part of a press, as a share of it.
RAMP_SHARE = 0.2
PressStage = Literal["", "in", "hold", "out"]


def press_stage(style: str, phase: Phase, elapsed: float) -> PressStage:
    """Which stage of a ramped press ``elapsed`` seconds into ``phase`` falls in: "in" (press in
    slowly, the first 20 %), "hold" (steady), "out" (ease off, the last 20 %); "" when the style
    is steady or the phase is not a press."""
    if style != "ramp" or phase.kind is not PhaseKind.PRESS or phase.duration <= 0:
        return ""
    share = elapsed / phase.duration
    if share < RAMP_SHARE - 1e-9:
        return "in"
    if share >= 1 - RAMP_SHARE - 1e-9:
        return "out"
    return "hold"


def next_stage_change_in(style: str, phase: Phase, elapsed: float) -> float | None:
    """Seconds until the ramp stage changes within ``phase`` (None when no change is ahead)."""
    if press_stage(style, phase, elapsed) == "":
        return None
    for mark in (RAMP_SHARE * phase.duration, (1 - RAMP_SHARE) * phase.duration):
        if mark - elapsed > 1e-6:
            return mark - elapsed
    return None


def _sides(catalogue: Catalogue, point_id: str, wanted: str) -> tuple[str, ...]:
    point = catalogue.point(point_id)
    if not point.bilateral:
        return ("midline",)
    if wanted == "both":
        return ("left", "right")
    return (wanted,)

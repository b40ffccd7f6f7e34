"""Routine + catalogue → SessionPlan: a fixed timeline of phases with offsets from the start."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from enum import Enum

from acupress_desktop.core.catalogue import Catalogue
from acupress_desktop.core.routine import Routine


class PhaseKind(Enum):
    """What the user does during a phase."""

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
    """

    phases: tuple[Phase, ...]
    points_per_round: int
    rounds: int
    breathing: str

    @property
    def total(self) -> float:
        """Length of the whole session in seconds."""
        return self.phases[-1].end if self.phases else 0.0

    def index_at(self, offset: float) -> int:
        """Index of the phase running at ``offset`` (the last phase at or after the end)."""
        starts = [phase.start for phase in self.phases]
        return max(0, min(len(self.phases) - 1, bisect.bisect_right(starts, offset) - 1))

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

    first = routine.steps[0]
    first_sides = _sides(catalogue, first.point_id, first.sides)
    add(PhaseKind.GET_READY, routine.get_ready_seconds, first.point_id, first_sides[0], 0, 0)
    for rnd in range(routine.rounds):
        for number, step in enumerate(routine.steps):
            sides = _sides(catalogue, step.point_id, step.sides)
            for turn, side in enumerate(sides):
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
    return SessionPlan(tuple(phases), len(routine.steps), routine.rounds, routine.breathing)


def _sides(catalogue: Catalogue, point_id: str, wanted: str) -> tuple[str, ...]:
    point = catalogue.point(point_id)
    if not point.bilateral:
        return ("midline",)
    if wanted == "both":
        return ("left", "right")
    return (wanted,)

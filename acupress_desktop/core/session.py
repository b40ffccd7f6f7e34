"""A running session: pure state over a SessionPlan; every transition takes ``now`` (monotonic seconds).

Nothing here counts ticks. The position in the plan is computed from an anchor:
``offset(now) = anchor_offset + (now - anchor_now)`` while running, so however late a caller asks,
the answer is exact, and the session ends exactly at the plan's end.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from acupress_desktop.core.breathing import BreathCue, BreathingPattern, cue_at
from acupress_desktop.core.plan import Phase, PhaseKind, PressStage, SessionPlan, press_stage

#: Pressing "previous" later than this into a point restarts the point instead of going back.
RESTART_GRACE_SECONDS = 3.0


@dataclass(frozen=True)
class Snapshot:
    """Everything a view shows at one moment.

    Attributes:
        phase, phase_index: the current phase.
        offset: seconds into the plan; total: the plan's length (grows with added time).
        remaining: seconds left in the phase; shown_seconds: the whole number to display.
        elapsed_in_phase: seconds since the phase began.
        remaining_total: seconds left in the session.
        progress: 0..1 through the session.
        next_press: the next pressing phase after this one (None at the last); while finding a
            point, the one after the press being found (that press is ``finding_press``).
        paused, finished, stopped: the run state.
        breath: the breathing cue, or None when the pacer is off or the session is not running.
        points_per_round, rounds: for "Point 2 of 5", "Round 1 of 2".
        finding: the session holds at an untimed FIND phase until the person confirms.
        finding_press: in a FIND phase, the press it leads to (None in the other phases).
        press_stage: with ramped presses, "in", "hold" or "out"; else "".
    """

    phase: Phase
    phase_index: int
    offset: float
    total: float
    remaining: float
    shown_seconds: int
    elapsed_in_phase: float
    remaining_total: float
    progress: float
    next_press: Phase | None
    paused: bool
    finished: bool
    stopped: bool
    breath: BreathCue | None
    points_per_round: int
    rounds: int
    finding: bool = False
    press_stage: PressStage = ""
    finding_press: Phase | None = None


#: Skipping a press with less than this left still counts it as pressed.
SKIP_GRACE_SECONDS = 1.0


@dataclass(frozen=True)
class Session:
    """Immutable state of one session; transitions return a new Session.

    Attributes:
        plan: the (possibly extended) timeline.
        pattern: the breathing pattern.
        anchor_now, anchor_offset: at monotonic time anchor_now the plan was at anchor_offset.
        active_base: running seconds (pauses excluded) up to anchor_now, for the breathing pacer.
        paused, stopped: the run state.
        skipped: indices of the pressing phases jumped over before their end (Right): they do
            not count as done, unless pressed again after going back.
        found: indices of the FIND phases confirmed (Space). The plan's offset stops at the
            first FIND phase not yet found, however long the person takes to find the point.
    """

    plan: SessionPlan
    pattern: BreathingPattern
    anchor_now: float
    anchor_offset: float = 0.0
    active_base: float = 0.0
    paused: bool = False
    stopped: bool = False
    skipped: frozenset[int] = frozenset()
    found: frozenset[int] = frozenset()

    # -- construction -------------------------------------------------------------------------
    @classmethod
    def start(cls, plan: SessionPlan, pattern: BreathingPattern, now: float) -> Session:
        """A session running from the start of the plan at ``now``."""
        if not plan.phases:
            raise ValueError("a session needs a plan with at least one phase")
        return cls(plan=plan, pattern=pattern, anchor_now=now)

    # -- queries ------------------------------------------------------------------------------
    def _running(self) -> bool:
        return not (self.paused or self.stopped)

    def _hold(self) -> int | None:
        """Index of the first FIND phase at or after the anchor that is not yet found."""
        for index in self.plan.find_indices():
            phase = self.plan.phases[index]
            if phase.start >= self.anchor_offset - 1e-9 and index not in self.found:
                return index
        return None

    def offset(self, now: float) -> float:
        """Seconds into the plan at ``now`` (never beyond its end, nor an unfound FIND phase)."""
        moved = now - self.anchor_now if self._running() else 0.0
        limit = self.plan.total
        hold = self._hold()
        if hold is not None:
            limit = min(limit, self.plan.phases[hold].start)
        return min(limit, max(0.0, self.anchor_offset + moved))

    def finding(self, now: float) -> int | None:
        """Index of the FIND phase the session is holding at ``now`` (None when not holding)."""
        hold = self._hold()
        if hold is None or self.stopped:
            return None
        return hold if self.offset(now) >= self.plan.phases[hold].start - 1e-9 else None

    def active_seconds(self, now: float) -> float:
        """Seconds the session has been running (pauses excluded), for the breathing pacer."""
        return self.active_base + (now - self.anchor_now if self._running() else 0.0)

    def is_finished(self, now: float) -> bool:
        """True once stopped or at the end of the plan."""
        return self.stopped or self.offset(now) >= self.plan.total

    def end_time(self) -> float | None:
        """Monotonic time at which the plan ends if nothing changes (None while paused/stopped)."""
        if not self._running() or self._hold() is not None:
            return None
        return self.anchor_now + (self.plan.total - self.anchor_offset)

    def points_done(self, now: float) -> int:
        """How many point steps (round × point) had every side pressed to the end."""
        offset = self.offset(now)
        steps: dict[tuple[int, int], bool] = {}
        for index, phase in enumerate(self.plan.phases):
            if phase.kind is PhaseKind.PRESS:
                key = (phase.round_index, phase.step_index)
                pressed = phase.end <= offset + 1e-9 and index not in self.skipped
                steps[key] = steps.get(key, True) and pressed
        return sum(steps.values())

    def breath_at(self, now: float) -> BreathCue | None:
        """The breathing cue at ``now`` (None while paused or once finished): what an animation
        frame needs, without the rest of a ``snapshot``."""
        if self.paused or self.is_finished(now):
            return None
        return cue_at(self.pattern, self.active_seconds(now))

    def snapshot(self, now: float) -> Snapshot:
        """What to show at ``now``."""
        offset = self.offset(now)
        finished = self.is_finished(now)
        held = self.finding(now)
        index = self.plan.index_at(offset) if held is None else held
        phase = self.plan.phases[index]
        remaining = max(0.0, phase.end - offset)
        total = self.plan.total
        breath = self.breath_at(now)
        return Snapshot(
            phase=phase,
            phase_index=index,
            offset=offset,
            total=total,
            remaining=remaining,
            shown_seconds=math.ceil(remaining - 1e-9) if remaining > 0 else 0,
            elapsed_in_phase=offset - phase.start,
            remaining_total=max(0.0, total - offset),
            progress=offset / total if total else 1.0,
            next_press=self._next_press(index, skip=1 if phase.kind is PhaseKind.FIND else 0),
            paused=self.paused,
            finished=finished,
            stopped=self.stopped,
            breath=breath,
            points_per_round=self.plan.points_per_round,
            rounds=self.plan.rounds,
            finding=held is not None,
            press_stage=press_stage(self.plan.press_style, phase, offset - phase.start),
            finding_press=self._next_press(index) if phase.kind is PhaseKind.FIND else None,
        )

    def _next_press(self, index: int, skip: int = 0) -> Phase | None:
        """The first pressing phase after ``index`` (after ``skip`` of them)."""
        for phase in self.plan.phases[index + 1 :]:
            if phase.kind is PhaseKind.PRESS:
                if not skip:
                    return phase
                skip -= 1
        return None

    # -- transitions --------------------------------------------------------------------------
    def pause(self, now: float) -> Session:
        """Freeze the session at ``now``."""
        if not self._running() or self.is_finished(now):
            return self
        return replace(
            self,
            anchor_offset=self.offset(now),
            active_base=self.active_seconds(now),
            anchor_now=now,
            paused=True,
        )

    def pause_as_of(self, at: float, now: float) -> Session:
        """Pause as if at ``at``, the last moment the session is known to have run (the computer
        slept or the clock jumped from then until ``now``): the lost time is given back, to the
        plan and to the running time that history records."""
        if not self._running() or self.is_finished(at):
            return self
        at = min(now, max(self.anchor_now, at))
        return replace(
            self,
            anchor_offset=self.offset(at),
            active_base=self.active_seconds(at),
            anchor_now=now,
            paused=True,
        )

    def found_point(self, now: float) -> Session:
        """The person found the point (Space): the plan runs on from the FIND phase (a paused
        session also resumes)."""
        held = self.finding(now)
        if held is None:
            return self
        return replace(
            self,
            anchor_offset=self.plan.phases[held].start,
            active_base=self.active_seconds(now),
            anchor_now=now,
            paused=False,
            found=self.found | {held},
        )

    def resume(self, now: float) -> Session:
        """Carry on from where the session was paused."""
        if not self.paused or self.stopped:
            return self
        return replace(self, anchor_now=now, paused=False)

    def toggle_pause(self, now: float) -> Session:
        """Pause when running, resume when paused."""
        return self.resume(now) if self.paused else self.pause(now)

    def seek(self, offset: float, now: float) -> Session:
        """Jump to a plan offset, keeping the paused state."""
        if self.stopped:
            return self
        target = min(self.plan.total, max(0.0, offset))
        return replace(
            self,
            anchor_offset=target,
            active_base=self.active_seconds(now),
            anchor_now=now,
            skipped=self._skipped_after_seek(self.offset(now), target),
            # going back: the point is found again
            found=frozenset(i for i in self.found if self.plan.phases[i].start < target - 1e-9),
        )

    def _skipped_after_seek(self, current: float, target: float) -> frozenset[int]:
        """Forward: the presses left before their last second are skipped. Back: what will be
        pressed again counts again."""
        phases = self.plan.phases
        if target < current:
            return frozenset(i for i in self.skipped if phases[i].end <= target + 1e-9)
        jumped = {
            index
            for index, phase in enumerate(phases)
            if phase.kind is PhaseKind.PRESS
            and phase.start < target
            and phase.end > current + SKIP_GRACE_SECONDS
        }
        return self.skipped | frozenset(jumped)

    def next(self, now: float) -> Session:
        """Skip to the start of the next pressing phase (or to the end)."""
        if self.is_finished(now):
            return self
        index = self.plan.index_at(self.offset(now))
        following = self._next_press(index)
        return self.seek(following.start if following else self.plan.total, now)

    def previous(self, now: float) -> Session:
        """Restart the current point side, or go back to the previous one when just begun."""
        if self.stopped:
            return self
        offset = self.offset(now)
        index = self.plan.index_at(offset)
        phase = self.plan.phases[index]
        if phase.kind is PhaseKind.PRESS and offset - phase.start > RESTART_GRACE_SECONDS:
            return self.seek(phase.start, now)
        earlier = [i for i in self.plan.press_indices() if i < index]
        target = self.plan.phases[earlier[-1]].start if earlier else 0.0
        return self.seek(target, now)

    def add_time(self, seconds: float, now: float) -> Session:
        """Make the current phase longer by ``seconds`` (the rest of the plan moves later)."""
        if self.is_finished(now) or seconds <= 0 or self.finding(now) is not None:
            return self
        index = self.plan.index_at(self.offset(now))
        return replace(self, plan=self.plan.extended(index, seconds))

    def stop(self, now: float) -> Session:
        """End the session early; what was done so far still counts."""
        if self.stopped:
            return self
        return replace(
            self,
            anchor_offset=self.offset(now),
            active_base=self.active_seconds(now),
            anchor_now=now,
            stopped=True,
        )

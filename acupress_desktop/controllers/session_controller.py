"""SessionController: drives core.session with the clock and ticker; turns snapshots into signals and cues."""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Sequence
from datetime import UTC
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal

from acupress_desktop.controllers.cues import Cue
from acupress_desktop.controllers.narration import (
    HALFWAY_MIN_SECONDS,
    end_sentences,
    halfway_sentence,
    phase_sentences,
    room_for_words,
)
from acupress_desktop.controllers.speech import FIRST_UTTERANCE_SECONDS
from acupress_desktop.core.breathing import BreathingPattern, next_stage_change
from acupress_desktop.core.catalogue import Catalogue
from acupress_desktop.core.clock import Clock, Ticker, WallClock, local_now
from acupress_desktop.core.history import SessionRecord
from acupress_desktop.core.narration import Guidance, Sentence
from acupress_desktop.core.plan import Phase, PhaseKind, SessionPlan, next_stage_change_in
from acupress_desktop.core.session import Session, Snapshot

log = logging.getLogger(__name__)

#: A tick arriving this much later than asked for means the computer slept or the clock jumped
#: (where the clock can tell time asleep apart, only that much time asleep pauses the session).
SUSPEND_THRESHOLD_SECONDS = 5.0
#: Animation frame interval for the breathing pacer (only while it is visible and moving). The
#: shape changes size slowly (a breath takes 4–8 s): 5 frames a second move it 2–3 px at a time,
#: calm enough, and keep the session under 1 % of a core (benchmarks/session_timing.py).
FRAME_SECONDS = 0.2
#: Phases at least this long get the 3-2-1 ticks before they end.
TICKS_MIN_PHASE_SECONDS = 5.0
#: The ticks start this many seconds before a change (a how-to sentence must end by then).
TICKS_LEAD_SECONDS = 3.0
ADD_TIME_SECONDS = 30.0


class CueSink(Protocol):
    """What the controller needs from the cue player."""

    def play(self, cue: Cue, due: float | None = None) -> None:
        """Queue a sound."""
        ...

    def say(self, text: str) -> None:
        """Queue a spoken prompt."""
        ...

    def narrate(self, sentences: Sequence[Sentence], replace: bool = True) -> None:
        """Queue sentences in order (``replace``: drop the sentences still waiting first)."""
        ...

    def clear(self) -> None:
        """Drop anything queued."""
        ...

    def sound_seconds(self, cue: Cue) -> float:
        """How long a cue's sound lasts (0 when unknown)."""
        ...

    @property
    def voice_on(self) -> bool:
        """Whether a sentence asked for now would be said (speech on and working, not muted)."""
        ...


def phase_sound(kind: PhaseKind, index: int) -> Cue | None:
    """The sound that marks the start of phase ``index``: the switch sound, the chime, or none
    (the session's own first get-ready, and an untimed find step, whose words are enough)."""
    if kind is PhaseKind.FIND:
        return None
    if kind is PhaseKind.SWITCH:
        return Cue.SWITCH
    return Cue.CHIME if index > 0 or kind is not PhaseKind.GET_READY else None


def delay_to_next_change(remaining: float) -> float:
    """Seconds until the shown whole number of ``remaining`` changes (its next integer crossing)."""
    fraction = remaining - math.floor(remaining)
    return fraction if fraction > 1e-6 else 1.0


def with_room_for_words(
    plan: SessionPlan,
    catalogue: Catalogue,
    guidance: Guidance,
    sound_seconds: Callable[[Cue], float],
) -> SessionPlan:
    """``plan`` as a session with a voice at ``guidance`` runs it: each counted get-ready,
    switch and rest long enough for its sentence after its sound (``sound_seconds``) and before
    its 3-2-1 (controllers/narration.py room_for_words). Also what the Routines page shows as a
    routine's whole time."""

    def lead(index: int) -> float:
        sound = phase_sound(plan.phases[index].kind, index)
        first = FIRST_UTTERANCE_SECONDS if index == 0 else 0.0
        return first + (sound_seconds(sound) if sound is not None else 0.0)

    return room_for_words(
        plan, catalogue, guidance, lead, TICKS_LEAD_SECONDS, TICKS_MIN_PHASE_SECONDS
    )


class SessionController(QObject):
    """Runs one session at a time.

    Signals:
        session_started(object): a new session began; the argument is its first Snapshot.
        phase_started(object): a new phase began (Snapshot).
        display_changed(object): something shown changed (Snapshot): the second, pause, a jump.
        breath_cue_changed(object): the breathing cue for an animation frame (BreathCue or None).
        paused_changed(bool): the session was paused (True) or resumed (False).
        session_interrupted(str): the session was paused by itself; the text says why.
        session_finished(object): the session ended or was stopped (SessionRecord).
    """

    session_started = Signal(object)
    phase_started = Signal(object)
    display_changed = Signal(object)
    breath_cue_changed = Signal(object)
    paused_changed = Signal(bool)
    session_interrupted = Signal(str)
    session_finished = Signal(object)

    def __init__(
        self,
        catalogue: Catalogue,
        clock: Clock,
        ticker: Ticker,
        frame_ticker: Ticker | None = None,
        cues: CueSink | None = None,
        wall_clock: WallClock = local_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._clock = clock
        self._ticker = ticker
        self._frame_ticker = frame_ticker
        self._cues = cues
        self._wall_clock = wall_clock
        self._ticker.set_callback(self._on_ticker_fired)
        if frame_ticker is not None:
            frame_ticker.set_callback(self._on_frame_ticker_fired)
        self._session: Session | None = None
        self._started_utc = wall_clock().astimezone(UTC)
        self._routine_name = ""
        self._routine_id = ""
        self._last_phase = -1
        self._last_shown = -1
        self._ticked: set[tuple[int, int]] = set()
        # when the pending ticks are due: a tick or frame (or key) arriving much later means the
        # computer slept or the clock jumped in between
        self._tick_due: float | None = None
        self._frame_due: float | None = None
        self._asleep_then: float | None = None  # the clock's time asleep when they were set
        self._frames_wanted = False
        self._guidance = Guidance.NAMES
        self._halfway_said: set[int] = set()
        self._last_stage: tuple[int, str] = (-1, "")
        self._finished_emitted = False
        self._end_time: float | None = None

    # -- queries ------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        """True while a session is in progress (paused or not)."""
        return self._session is not None and not self._finished_emitted

    @property
    def session(self) -> Session | None:
        """The current session state."""
        return self._session

    def snapshot(self) -> Snapshot | None:
        """What to show now, or None without a session."""
        return self._session.snapshot(self._clock.now()) if self._session else None

    # -- commands -----------------------------------------------------------------------------
    def start(
        self,
        plan: SessionPlan,
        pattern: BreathingPattern,
        routine_name: str = "",
        routine_id: str = "",
    ) -> None:
        """Start a session now (any running session is replaced without a record)."""
        now = self._clock.now()
        self._session = Session.start(self._room_for_words(plan), pattern, now)
        self._started_utc = self._wall_clock().astimezone(UTC)
        self._routine_name, self._routine_id = routine_name, routine_id
        self._last_phase, self._last_shown = -1, -1
        self._ticked.clear()
        self._halfway_said.clear()
        self._last_stage = (-1, "")
        self._finished_emitted = False
        self._end_time = None
        if self._cues is not None:
            self._cues.clear()
        snapshot = self._session.snapshot(now)
        self.session_started.emit(snapshot)
        self._refresh(now)

    def toggle_pause(self) -> None:
        """P (and the pause button): pause or resume."""
        self._apply(lambda s, now: s.toggle_pause(now))

    def space(self) -> None:
        """Space: "found it" while finding a point (the countdown goes on), else pause or resume."""
        self._apply(
            lambda s, now: s.found_point(now) if s.finding(now) is not None else s.toggle_pause(now)
        )

    def found_point(self) -> None:
        """The Continue button while finding a point: the countdown goes on."""
        self._apply(lambda s, now: s.found_point(now))

    def pause(self) -> None:
        """Pause (no-op when paused)."""
        self._apply(lambda s, now: s.pause(now))

    def resume(self) -> None:
        """Resume (no-op when running)."""
        self._apply(lambda s, now: s.resume(now))

    def next(self) -> None:
        """Right arrow: the next point side."""
        self._apply(lambda s, now: s.next(now))

    def previous(self) -> None:
        """Left arrow: restart this side, or the previous one."""
        self._apply(lambda s, now: s.previous(now))

    def add_time(self, seconds: float = ADD_TIME_SECONDS) -> None:
        """+: 30 more seconds on this phase."""
        self._apply(lambda s, now: s.add_time(seconds, now))

    def stop(self) -> None:
        """Esc: end now; the partial session is still recorded (after a gap, without the gap)."""
        self._apply(lambda s, now: s.stop(now), after_gap=True)

    def refresh(self) -> None:
        """Read the clock now and update everything shown (as a tick would)."""
        self._on_ticker_fired()

    def set_frames_wanted(self, wanted: bool) -> None:
        """The view says whether the breathing animation is visible (frames cost CPU)."""
        self._frames_wanted = wanted
        if self._session is not None and not self._finished_emitted:
            self._arm_frames(self._clock.now())

    @property
    def guidance(self) -> Guidance:
        """How much is said aloud (none, the cues, the names, full narration)."""
        return self._guidance

    def set_guidance(self, level: Guidance) -> None:
        """Choose how much is said aloud, from the next phase on."""
        self._guidance = level

    def set_speech_enabled(self, enabled: bool) -> None:
        """Spoken prompts on (the names level) or off (kept for callers of the on/off switch)."""
        self._guidance = Guidance.NAMES if enabled else Guidance.NONE

    # -- internals ----------------------------------------------------------------------------
    def _apply(
        self, transition: Callable[[Session, float], Session], after_gap: bool = False
    ) -> None:
        """Run a command at ``now``. When the computer slept since the last tick, the session is
        first paused where it was; the command is then dropped (the screen the key was pressed
        at was hours old), except a stop (``after_gap``), which still ends the session."""
        if self._session is None or self._finished_emitted:
            return
        now = self._clock.now()
        before = self._session
        if self._paused_for_gap(now) and not after_gap:
            self._refresh(now, force=True)
            return
        self._session = transition(self._session, now)
        if self._session.paused != before.paused:
            self.paused_changed.emit(self._session.paused)
        self._refresh(now, force=True)

    def _paused_for_gap(self, now: float) -> bool:
        """Pause (and say why) when a pending tick is overdue by more than the threshold."""
        assert self._session is not None
        due = [moment for moment in (self._tick_due, self._frame_due) if moment is not None]
        if not due or self._session.paused or now - min(due) <= SUSPEND_THRESHOLD_SECONDS:
            return False
        since = min(due)
        asleep = self._clock.asleep()
        slept = None if asleep is None or self._asleep_then is None else asleep - self._asleep_then
        if slept is not None and slept <= SUSPEND_THRESHOLD_SECONDS:
            # awake all along: the program itself did not run (a busy machine, a call that
            # blocked). The person went on pressing meanwhile, so the session goes on, on time.
            log.warning(
                "the session's timer fired %.1f s late, with the computer awake", now - since
            )
            self._tick_due = self._frame_due = None
            return False
        if slept is not None:
            since = min(since, now - slept)  # the moment it fell asleep
        self._tick_due = self._frame_due = None
        suspended = self._session.pause_as_of(since, now)
        if not suspended.paused:  # it had already ended before the gap
            return False
        self._session = suspended
        self.paused_changed.emit(True)
        self.session_interrupted.emit(
            QCoreApplication.translate(
                "Session",
                "The session was paused because the computer seemed to sleep for %1 seconds. "
                "Press Space to carry on.",
            ).replace("%1", str(round(now - since)))
        )
        return True

    def _on_ticker_fired(self) -> None:
        if self._session is None or self._finished_emitted:
            return
        now = self._clock.now()
        self._paused_for_gap(now)
        self._refresh(now)

    def _on_frame_ticker_fired(self) -> None:
        if self._session is None or self._finished_emitted:
            return
        now = self._clock.now()
        self._frame_due = None
        if self._paused_for_gap(now):
            self._refresh(now, force=True)
            return
        cue = self._session.breath_at(now)
        self.breath_cue_changed.emit(cue)
        # nothing moves while the breath is held: the next frame is due when the hold ends
        hold = cue.seconds_left if cue is not None and cue.stage.startswith("hold") else None
        self._arm_frames(now, hold)

    def _refresh(self, now: float, force: bool = False) -> None:
        assert self._session is not None
        snapshot = self._session.snapshot(now)
        if snapshot.finished:
            self._finish(snapshot, now)
            return
        new_phase = snapshot.phase_index != self._last_phase
        if new_phase:
            phases = self._session.plan.phases
            previous = phases[self._last_phase] if 0 <= self._last_phase < len(phases) else None
            self._last_phase = snapshot.phase_index
            self._phase_cues(snapshot, previous, now)
            self.phase_started.emit(snapshot)
        stage = (snapshot.phase_index, snapshot.press_stage)
        new_stage = stage != self._last_stage
        if new_stage and not new_phase and snapshot.press_stage:
            self._stage_cue(snapshot, now)
        self._last_stage = stage
        if new_phase or new_stage or force or snapshot.shown_seconds != self._last_shown:
            self._last_shown = snapshot.shown_seconds
            self._countdown_cues(snapshot, now)
            self.display_changed.emit(snapshot)
        self._halfway_cue(snapshot, now)
        if not self._frames_active():
            self.breath_cue_changed.emit(snapshot.breath)
        self._arm(snapshot, now)

    def _arm(self, snapshot: Snapshot, now: float) -> None:
        if snapshot.paused:
            self._ticker.stop()
            self._tick_due = self._frame_due = None
            if self._frame_ticker is not None:
                self._frame_ticker.stop()
            return
        delay = delay_to_next_change(snapshot.remaining)
        if not self._frames_active():
            assert self._session is not None
            pattern = self._session.pattern
            delay = min(delay, next_stage_change(pattern, self._session.active_seconds(now)))
        assert self._session is not None
        style = self._session.plan.press_style
        for wait in (
            self._until_halfway(snapshot),
            next_stage_change_in(style, snapshot.phase, snapshot.elapsed_in_phase),
        ):
            if wait is not None:
                delay = min(delay, wait)
        self._tick_due = now + delay
        self._asleep_then = self._clock.asleep()
        self._end_time = self._session.end_time() if self._session else None
        self._ticker.start(delay)
        self._arm_frames(now)

    def _frames_active(self) -> bool:
        return (
            self._frame_ticker is not None
            and self._frames_wanted
            and self._session is not None
            and self._session.pattern.enabled
        )

    def _arm_frames(self, now: float, delay: float | None = None) -> None:
        if self._frame_ticker is None:
            return
        if self._frames_active() and self._session is not None and not self._session.paused:
            wait = max(delay or 0.0, FRAME_SECONDS)
            self._frame_due = now + wait
            if self._tick_due is None:
                self._asleep_then = self._clock.asleep()
            self._frame_ticker.start(wait)
        else:
            self._frame_due = None
            self._frame_ticker.stop()

    def _phase_cues(self, snapshot: Snapshot, previous: Phase | None, now: float) -> None:
        """The phase's sound, then its sentences (they replace whatever was still waiting)."""
        if self._cues is None:
            return
        sound = phase_sound(snapshot.phase.kind, snapshot.phase_index)
        if sound is not None:
            self._cues.play(sound, now)
        if self._guidance is Guidance.NONE:
            return
        sentences = phase_sentences(
            snapshot.phase,
            previous,
            self._catalogue,
            self._guidance,
            self._quiet_from(snapshot, now),
            # the phase's own sentence ends before its 3-2-1 ticks too (a tick due while the
            # voice speaks is withheld): the plan gave it room (_room_for_words), and where a
            # slower voice or a later choice leaves none, its short form or the sound says it
            self._quiet_from(snapshot, now),
        )
        self._cues.narrate(sentences, replace=True)

    def _room_for_words(self, plan: SessionPlan) -> SessionPlan:
        """The plan with room in each counted get-ready, switch and rest for its sentence before
        its 3-2-1 (a 5 s switch cannot hold "Switch sides. Next: Shenshu, right side" and the
        count: the ticks were withheld). Without a voice (none chosen, muted, or no engine) the plan
        is the person's own."""
        if self._cues is None or not self._cues.voice_on:
            return plan
        return with_room_for_words(plan, self._catalogue, self._guidance, self._cues.sound_seconds)

    def _quiet_from(self, snapshot: Snapshot, now: float) -> float:
        """When the phase's remarks must have ended: the first 3-2-1 tick, or its end."""
        end = now + snapshot.remaining
        return (
            end - TICKS_LEAD_SECONDS if snapshot.phase.duration >= TICKS_MIN_PHASE_SECONDS else end
        )

    def _halfway_wanted(self) -> bool:
        """The routine's halfway cue is on (or Full narration, which always says "Halfway")."""
        plan = self._session.plan if self._session is not None else None
        return self._guidance is Guidance.FULL or (plan is not None and plan.halfway_cue)

    def _stage_cue(self, snapshot: Snapshot, now: float) -> None:
        """A soft tick when a ramped press moves to its next stage (not into the 3-2-1)."""
        if self._cues is None or snapshot.paused or snapshot.remaining <= TICKS_LEAD_SECONDS + 1:
            return
        self._cues.play(Cue.TICK, now)

    def _until_halfway(self, snapshot: Snapshot) -> float | None:
        """Seconds to the middle of this press, when "Halfway" is still to be said there."""
        phase = snapshot.phase
        if (
            not self._halfway_wanted()
            or phase.kind is not PhaseKind.PRESS
            or phase.duration < HALFWAY_MIN_SECONDS
            or snapshot.phase_index in self._halfway_said
        ):
            return None
        wait = phase.duration / 2 - snapshot.elapsed_in_phase
        return wait if wait > 1e-6 else None

    def _halfway_cue(self, snapshot: Snapshot, now: float) -> None:
        """ "Halfway" once per press, at its middle (not when arriving in its last seconds)."""
        phase = snapshot.phase
        if (
            self._cues is None
            or snapshot.paused
            or not self._halfway_wanted()
            or phase.kind is not PhaseKind.PRESS
            or phase.duration < HALFWAY_MIN_SECONDS
            or snapshot.phase_index in self._halfway_said
            or snapshot.elapsed_in_phase < phase.duration / 2 - 1e-6
        ):
            return
        self._halfway_said.add(snapshot.phase_index)
        if snapshot.remaining > TICKS_LEAD_SECONDS + 1.0:
            assert self._session is not None
            cue = self._session.plan.halfway_cue
            if cue:
                self._cues.play(Cue.TICK, now)
            sentences = halfway_sentence(self._guidance, self._quiet_from(snapshot, now), cue)
            self._cues.narrate(sentences, replace=False)

    def _countdown_cues(self, snapshot: Snapshot, now: float) -> None:
        if self._cues is None or snapshot.paused:
            return
        if snapshot.phase.duration < TICKS_MIN_PHASE_SECONDS or snapshot.finding:
            return
        shown = snapshot.shown_seconds
        key = (snapshot.phase_index, shown)
        if shown in (1, 2, 3) and key not in self._ticked:
            self._ticked.add(key)
            self._cues.play(Cue.TICK, now)

    def _finish(self, snapshot: Snapshot, now: float) -> None:
        assert self._session is not None
        self._ticker.stop()
        if self._frame_ticker is not None:
            self._frame_ticker.stop()
        self._tick_due = self._frame_due = None
        if self._finished_emitted:
            return
        self._finished_emitted = True
        if self._cues is not None:
            if snapshot.stopped:
                self._cues.clear()
            else:
                self._cues.play(Cue.END, now)
                self._cues.narrate(end_sentences(self._guidance), replace=True)
        self.display_changed.emit(snapshot)
        record = SessionRecord(
            started_utc=self._started_utc,
            routine_name=self._routine_name,
            routine_id=self._routine_id,
            point_ids=tuple(dict.fromkeys(p.point_id for p in self._session.plan.phases)),
            points_done=self._session.points_done(now),
            seconds=self._session.active_seconds(min(now, self._end_time or now)),
            finished=not snapshot.stopped,
        )
        self.session_finished.emit(record)

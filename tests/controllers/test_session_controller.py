"""Whole sessions in simulated time: signals, cues and records from the controller, with no real waiting."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import pytest

from acupress_desktop.controllers.cues import Cue
from acupress_desktop.controllers.session_controller import (
    FRAME_SECONDS,
    SessionController,
    delay_to_next_change,
)
from acupress_desktop.controllers.speech import FIRST_UTTERANCE_SECONDS
from acupress_desktop.core.breathing import PATTERNS
from acupress_desktop.core.narration import (
    SPEECH_END_REPORT_SECONDS,
    Guidance,
    Sentence,
    speaking_seconds,
)
from acupress_desktop.core.plan import PhaseKind, build_plan
from acupress_desktop.core.routine import Routine, RoutineStep
from tests.fakes import FakeClock, ManualTicker

#: The shipped sounds' lengths (assets/sounds).
SOUND_SECONDS = {Cue.CHIME: 1.2, Cue.SWITCH: 0.8, Cue.TICK: 0.12, Cue.END: 2.0}

WALL = datetime(2026, 11, 25, 8, 30, tzinfo=UTC)


class RecordingCues:
    """Remembers every cue and prompt with the (fake) time it was asked for."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.events: list[tuple[float, str]] = []

    def play(self, cue: Cue, due: float | None = None) -> None:
        self.events.append((round(self.clock.now() - 1000.0, 3), cue.name))

    def say(self, text: str) -> None:
        self.events.append((round(self.clock.now() - 1000.0, 3), f"say:{text}"))

    def narrate(self, sentences: Sequence[Sentence], replace: bool = True) -> None:
        for sentence in sentences:
            self.say(sentence.text)

    def clear(self) -> None:
        self.events.append((round(self.clock.now() - 1000.0, 3), "clear"))

    def sound_seconds(self, cue: Cue) -> float:
        return SOUND_SECONDS[cue]

    voice_on = True


class Harness:
    """A controller wired to a fake clock, a manual ticker and recording cues and signals."""

    def __init__(
        self,
        catalogue,
        routine: Routine,
        pattern: str = "relaxed",
        knows_sleep: bool = False,
        guidance: Guidance = Guidance.NONE,
    ) -> None:  # type: ignore[no-untyped-def]
        """``guidance``: what the voice says (none by default: the plan's own timeline; with
        words, announcing phases get room for them, see test_words_get_room_before_the_count)."""
        self.clock = FakeClock(1000.0, knows_sleep=knows_sleep)
        self.ticker = ManualTicker()
        self.cues = RecordingCues(self.clock)
        self.controller = SessionController(
            catalogue, self.clock, self.ticker, cues=self.cues, wall_clock=lambda: WALL
        )
        self.controller.set_guidance(guidance)
        self.phases: list[tuple[float, str, str]] = []
        self.shown: list[int] = []
        self.records: list = []  # type: ignore[type-arg]
        self.interruptions: list[str] = []
        self.controller.phase_started.connect(
            lambda s: self.phases.append(
                (round(self.clock.now() - 1000, 3), s.phase.kind.value, s.phase.side)
            )
        )
        self.controller.display_changed.connect(lambda s: self.shown.append(s.shown_seconds))
        self.controller.session_finished.connect(self.records.append)
        self.controller.session_interrupted.connect(self.interruptions.append)
        self.plan = build_plan(routine, catalogue)
        self.controller.start(self.plan, PATTERNS[pattern], routine.name)

    def run(self, until: float) -> None:
        self.ticker.run_until(self.clock, 1000.0 + until)

    @property
    def t(self) -> float:
        return self.clock.now() - 1000.0


#: Get ready 5; LI4 left 20, switch 5, right 20; rest 5; GV4 10 → 65 s.
EVENING = Routine(
    "Evening",
    (RoutineStep("LI4", 20), RoutineStep("GV4", 10)),
    rest_seconds=5,
    get_ready_seconds=5,
)


@pytest.fixture()
def harness(catalogue, qtbot) -> Harness:  # type: ignore[no-untyped-def]
    """The evening session on a clock that cannot tell time asleep (every late tick a sleep)."""
    return Harness(catalogue, EVENING)


@pytest.fixture()
def awake_harness(catalogue, qtbot) -> Harness:  # type: ignore[no-untyped-def]
    """The same session on a clock that tells time asleep apart (as on Linux)."""
    return Harness(catalogue, EVENING, knows_sleep=True)


def test_delay_to_next_change() -> None:
    """The ticker wakes exactly when the shown number changes."""
    assert delay_to_next_change(59.25) == pytest.approx(0.25)
    assert delay_to_next_change(60.0) == 1.0


def test_whole_session_phase_order_and_exact_end(harness: Harness) -> None:
    """Every phase starts at its planned second, and the session ends exactly at 65 s."""
    harness.run(200)
    assert harness.phases == [
        (0, "get_ready", "left"),
        (5, "press", "left"),
        (25, "switch", "right"),
        (30, "press", "right"),
        (50, "rest", "midline"),
        (55, "press", "midline"),
    ]
    assert len(harness.records) == 1
    record = harness.records[0]
    assert harness.t == 65
    assert record.finished and record.points_done == 2 and record.seconds == 65
    assert record.routine_name == "Evening" and record.started_utc == WALL
    assert record.point_ids == ("LI4", "GV4")
    assert not harness.ticker.active


def test_label_shows_every_second_once(harness: Harness) -> None:
    """The countdown label shows each whole second once per phase, never skipping one."""
    harness.run(25)
    get_ready, left = harness.shown[:5], harness.shown[5:25]
    assert get_ready == [5, 4, 3, 2, 1]
    assert left == list(range(20, 0, -1))


def test_cues_fire_once_at_the_right_moments(harness: Harness) -> None:
    """A chime at each change, a switch sound when switching, 3-2-1 ticks before each change, one end."""
    harness.run(200)
    sounds = [
        (t, name)
        for t, name in harness.cues.events
        if not name.startswith("say") and name != "clear"
    ]
    assert sounds == [
        (2, "TICK"),
        (3, "TICK"),
        (4, "TICK"),
        (5, "CHIME"),
        (22, "TICK"),
        (23, "TICK"),
        (24, "TICK"),
        (25, "SWITCH"),
        (27, "TICK"),
        (28, "TICK"),
        (29, "TICK"),
        (30, "CHIME"),
        (47, "TICK"),
        (48, "TICK"),
        (49, "TICK"),
        (50, "CHIME"),
        (52, "TICK"),
        (53, "TICK"),
        (54, "TICK"),
        (55, "CHIME"),
        (62, "TICK"),
        (63, "TICK"),
        (64, "TICK"),
        (65, "END"),
    ]
    assert not [text for _, text in harness.cues.events if text.startswith("say:")]


def test_words_get_room_before_the_count(catalogue, qtbot) -> None:  # type: ignore[no-untyped-def]
    """With a voice, the 5 s get-ready, switch and rest grow (to whole seconds) until their
    sentence, after the phase's sound, ends before the 3-2-1 (the first words also wait for the
    engine to start): every tick is heard, none withheld under a sentence. The presses keep
    their length."""
    harness = Harness(catalogue, EVENING, guidance=Guidance.NAMES)
    harness.run(200)
    assert harness.phases == [
        (0, "get_ready", "left"),
        (8, "press", "left"),
        (28, "switch", "right"),
        (36, "press", "right"),
        (56, "rest", "midline"),
        (64, "press", "midline"),
    ]
    assert harness.records[0].seconds == 74
    events = harness.cues.events
    ticks = [t for t, name in events if name == "TICK"]
    assert ticks == [end - lead for end in (8, 28, 36, 56, 64, 74) for lead in (3, 2, 1)]
    spoken = [(t, text.removeprefix("say:")) for t, text in events if text.startswith("say:")]
    assert [text for _, text in spoken] == [
        "Get ready. First: Hegu, left hand",
        "Press.",
        "Switch sides. Next: Hegu, right hand",
        "Press.",
        "Rest. Next: Mingmen, on the spine",
        "Press.",
        "Well done. The session is complete.",
    ]
    sounds = {0: 0.0, 28: SOUND_SECONDS[Cue.SWITCH], 56: SOUND_SECONDS[Cue.CHIME]}
    for start, text in spoken:
        if start in sounds:  # an announcing phase: its words end before its first tick
            lead = sounds[start] + (FIRST_UTTERANCE_SECONDS if start == 0 else 0.0)
            ends = start + lead + speaking_seconds(text) + SPEECH_END_REPORT_SECONDS
            assert ends <= min(t for t in ticks if t > start), (text, ends)


def test_a_phase_long_enough_for_its_words_keeps_its_length(catalogue, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A get-ready the person made long (20 s) is not touched, nor is anything without a voice."""
    routine = Routine("r", (RoutineStep("GV4", 10),), get_ready_seconds=20)
    named = Harness(catalogue, routine, guidance=Guidance.FULL)
    named.run(100)
    assert [t for t, _, _ in named.phases] == [0, 20]
    silent = Harness(catalogue, EVENING, guidance=Guidance.NONE)
    silent.run(200)
    assert silent.records[0].seconds == 65


def test_pause_and_resume_mid_phase(harness: Harness) -> None:
    """Paused 100 s during the left side: the ticker stops, and the session ends 100 s later."""
    harness.run(12.4)
    harness.controller.pause()
    assert not harness.ticker.active
    harness.clock.advance(100)
    harness.controller.resume()
    harness.run(1000)
    assert harness.t == pytest.approx(165)
    assert harness.records[0].seconds == pytest.approx(65)


def test_next_previous_and_add_time(harness: Harness) -> None:
    """Right skips to the next side, Left goes back, + adds 30 s; the plan end moves accordingly."""
    harness.run(7)  # left side, 2 s in
    harness.controller.next()
    assert harness.controller.snapshot().phase.side == "right"
    harness.controller.previous()  # just started the right side → back to the left
    assert harness.controller.snapshot().phase.side == "left"
    harness.controller.add_time()
    assert harness.controller.snapshot().remaining == 50
    harness.run(1000)
    assert harness.records[0].finished
    assert harness.t == pytest.approx(7 + 50 + 5 + 20 + 5 + 10)


def test_stop_records_a_partial_session(harness: Harness) -> None:
    """Esc after the first point: the record says stopped, one point done, and the cues are cleared."""
    harness.run(52)
    harness.controller.stop()
    record = harness.records[0]
    assert not record.finished and record.points_done == 1 and record.seconds == 52
    assert harness.cues.events[-1] == (52, "clear")
    assert not harness.controller.running


def test_a_stall_does_not_lengthen_the_session(harness: Harness) -> None:
    """An event loop blocked for 1.5 s: the next tick shows the true time and the end is unchanged."""
    harness.run(10)
    harness.clock.advance(harness.ticker.delay + 1.5)  # the shot arrives 1.5 s late
    harness.ticker.fire()
    assert harness.controller.snapshot().offset == pytest.approx(12.5)
    assert harness.shown[-1] == 13  # 20 s side, 7.5 s in → shows 13
    harness.run(1000)
    assert harness.t == pytest.approx(65, abs=1e-6)
    assert harness.interruptions == []


def test_suspend_pauses_and_gives_the_time_back(harness: Harness) -> None:
    """A tick an hour late (the laptop slept): the session pauses where it was and says why."""
    harness.run(10)
    expected = harness.ticker.delay
    harness.clock.advance(3600)
    harness.ticker.fire()
    snapshot = harness.controller.snapshot()
    assert snapshot.paused
    assert snapshot.offset == pytest.approx(10 + expected)
    assert harness.interruptions and "sleep" in harness.interruptions[0]
    assert not harness.ticker.active
    harness.controller.resume()
    harness.run(10_000)
    assert harness.records[0].finished


GAP = 7200.0  # two hours asleep


def test_a_clock_gap_is_not_saved_as_time_spent(harness: Harness) -> None:
    """Two hours asleep mid-step, then carried on: the history gets the 65 s actually spent."""
    harness.run(10)
    harness.clock.advance(GAP)
    harness.ticker.fire()
    assert harness.controller.snapshot().paused
    harness.controller.resume()
    harness.run(GAP + 1000)
    record = harness.records[0]
    assert record.finished and record.points_done == 2
    assert record.seconds == pytest.approx(65)


def test_space_pressed_before_the_overdue_tick_still_pauses_for_the_gap(harness: Harness) -> None:
    """Space after two hours asleep, before the late tick: the session pauses where it was, says
    why, and is not saved as finished; Space again carries on from there."""
    harness.run(10)
    deadline = harness.t + harness.ticker.delay
    harness.clock.advance(GAP)
    harness.controller.toggle_pause()
    snapshot = harness.controller.snapshot()
    assert snapshot.paused and not snapshot.finished
    assert snapshot.offset == pytest.approx(deadline)
    assert harness.records == []
    assert harness.interruptions and "sleep" in harness.interruptions[0]
    harness.controller.toggle_pause()
    assert not harness.controller.snapshot().paused
    harness.run(GAP + 1000)
    assert harness.records[0].finished
    assert harness.records[0].seconds == pytest.approx(65)


def test_esc_pressed_before_the_overdue_tick_saves_only_time_spent(harness: Harness) -> None:
    """Esc after two hours asleep: the session is saved as stopped with the 11 s spent, no more."""
    harness.run(10)
    harness.clock.advance(GAP)
    harness.controller.stop()
    record = harness.records[0]
    assert not record.finished and record.points_done == 0
    assert record.seconds == pytest.approx(11)
    assert harness.interruptions


def test_a_clock_gap_is_seen_by_an_animation_frame(catalogue, qtbot) -> None:  # type: ignore[no-untyped-def]
    """While the breathing guide animates, the first frame after a gap pauses the session too."""
    clock, ticker, frames = FakeClock(), ManualTicker(), ManualTicker()
    controller = SessionController(catalogue, clock, ticker, frame_ticker=frames)
    records: list = []  # type: ignore[type-arg]
    controller.session_finished.connect(records.append)
    plan = build_plan(Routine("r", (RoutineStep("GV4", 20),), get_ready_seconds=0), catalogue)
    controller.start(plan, PATTERNS["relaxed"])
    controller.set_frames_wanted(True)
    clock.advance(3)
    ticker.fire()
    clock.advance(GAP)
    frames.fire()
    assert controller.snapshot().paused
    controller.stop()
    assert records[0].seconds == pytest.approx(4)


def test_breathing_stage_changes_are_delivered_without_frames(catalogue, qtbot) -> None:  # type: ignore[no-untyped-def]
    """With no animation frames, the ticker also wakes at breathing stage changes (resonant: 5.5 s)."""
    routine = Routine("r", (RoutineStep("GV4", 20),), get_ready_seconds=0)
    harness = Harness(catalogue, routine, pattern="resonant")
    cues = []
    harness.controller.breath_cue_changed.connect(
        lambda cue: cues.append((harness.t, cue.stage if cue else None))
    )
    harness.run(7)
    assert (5.5, "out") in cues


def test_frames_only_when_wanted(catalogue, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The frame ticker runs only while the view wants animation, and never while paused."""
    clock, ticker, frames = FakeClock(), ManualTicker(), ManualTicker()
    controller = SessionController(catalogue, clock, ticker, frame_ticker=frames)
    plan = build_plan(Routine("r", (RoutineStep("GV4", 20),), get_ready_seconds=0), catalogue)
    controller.start(plan, PATTERNS["relaxed"])
    assert not frames.active
    controller.set_frames_wanted(True)
    assert frames.active
    received = []
    controller.breath_cue_changed.connect(received.append)
    clock.advance(frames.delay)
    frames.fire()
    assert received and received[-1].stage == "in"
    controller.pause()
    assert not frames.active
    controller.resume()
    controller.set_frames_wanted(False)
    assert not frames.active


def test_phase_kinds_of_a_midline_only_routine(catalogue, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A midline point without get-ready: one press phase, a chime at the start, the end sound at the end."""
    harness = Harness(
        catalogue,
        Routine("m", (RoutineStep("GV4", 10),), get_ready_seconds=0),
        guidance=Guidance.NAMES,
    )
    harness.run(100)
    assert [kind for _, kind, _ in harness.phases] == [PhaseKind.PRESS.value]
    names = [name for _, name in harness.cues.events]
    assert names[0] == "clear" and names[1] == "CHIME" and names[-2] == "END"


def test_no_frames_while_the_breath_is_held(catalogue, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Box breathing: during a 4 s hold the next animation frame is due when the hold ends."""
    clock, ticker, frames = FakeClock(), ManualTicker(), ManualTicker()
    controller = SessionController(catalogue, clock, ticker, frame_ticker=frames)
    plan = build_plan(Routine("r", (RoutineStep("GV4", 60),), get_ready_seconds=0), catalogue)
    controller.start(plan, PATTERNS["box"])
    controller.set_frames_wanted(True)
    clock.advance(4.5)  # 0.5 s into "hold"
    ticker.fire()  # the countdown's own ticks go on meanwhile
    frames.fire()
    assert frames.delay == pytest.approx(3.5)
    clock.advance(3.5)
    ticker.fire()
    frames.fire()  # now breathing out: frames again
    assert frames.delay == pytest.approx(FRAME_SECONDS)


def test_a_long_stall_with_the_computer_awake_does_not_pause(awake_harness: Harness) -> None:
    """The program did not run for 29 s (a busy machine), the computer awake all along: the
    person went on pressing, so the session goes on, on time, and nothing claims it slept."""
    harness = awake_harness
    clock = harness.clock
    harness.run(10)
    clock.advance(harness.ticker.delay + 29)
    harness.ticker.fire()
    snapshot = harness.controller.snapshot()
    assert not snapshot.paused
    assert snapshot.offset == pytest.approx(40, abs=1.01)
    assert harness.interruptions == []
    harness.run(1000)
    assert harness.records[0].finished and harness.t == pytest.approx(65, abs=1e-6)


def test_a_key_after_a_stall_with_the_computer_awake_does_what_it_says(
    awake_harness: Harness,
) -> None:
    """Space pressed at the end of a 20 s stall (awake): it pauses; no talk of sleep."""
    harness = awake_harness
    clock = harness.clock
    harness.run(3)
    clock.advance(20)
    harness.controller.toggle_pause()
    assert harness.controller.snapshot().paused
    assert harness.interruptions == []
    harness.controller.toggle_pause()
    assert not harness.controller.snapshot().paused


def test_a_real_sleep_pauses_where_it_fell_asleep(awake_harness: Harness) -> None:
    """Where the clock tells time asleep: an hour suspended pauses the session at the moment
    it fell asleep and says how long it slept."""
    harness = awake_harness
    clock = harness.clock
    harness.run(10)
    clock.advance(0.4)  # awake a little after the last tick, then asleep
    clock.suspend(3600)
    clock.advance(harness.ticker.delay)
    harness.ticker.fire()
    snapshot = harness.controller.snapshot()
    assert snapshot.paused
    assert snapshot.offset == pytest.approx(10.4, abs=1.01)
    assert harness.interruptions and "3600 seconds" in harness.interruptions[0]

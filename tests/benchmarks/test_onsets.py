"""The onset detector and cue matching of benchmarks/cue_onsets.py, on synthetic signals."""

from __future__ import annotations

import math
import random

from acupress_desktop.controllers import session_controller
from acupress_desktop.core.catalogue import load_catalogue
from acupress_desktop.core.plan import build_plan
from acupress_desktop.core.routine import Routine, RoutineStep
from benchmarks import onsets
from benchmarks.onsets import PlannedCue, Sound

RATE = 48000
MS = RATE // 1000


def tone(seconds: float, frequency: float = 1000.0, level: float = 8000.0,
         decay: float = 0.1, attack: float = 0.003) -> list[float]:  # fmt: skip
    """A decaying sine with a raised-cosine attack, like the cue sounds."""
    out = []
    for n in range(int(seconds * RATE)):
        t = n / RATE
        rise = 0.5 - 0.5 * math.cos(math.pi * t / attack) if t < attack else 1.0
        out.append(level * rise * math.exp(-t / decay) * math.sin(2 * math.pi * frequency * t))
    return out


def mix(length: float, parts: list[tuple[float, list[float]]], noise: float = 0.0) -> list[int]:
    """``parts`` placed at their start times (seconds) over ``length`` seconds, plus noise."""
    out = [0.0] * int(length * RATE)
    for start, samples in parts:
        first = int(round(start * RATE))
        for n, value in enumerate(samples):
            if first + n < len(out):
                out[first + n] += value
    generator = random.Random(7)
    return [int(v + generator.gauss(0.0, noise)) if noise else int(v) for v in out]


def detect(samples: list[int]) -> list[Sound]:
    env = onsets.envelope(samples, MS)
    return onsets.detect_onsets(env, onsets.threshold_for(env))


def test_envelope_is_the_peak_of_each_window() -> None:
    assert onsets.envelope([0, 3, -5, 1, 2, -1, 7], 3) == [5, 2, 7]


def test_onsets_of_separate_sounds_within_a_millisecond() -> None:
    starts = [0.2, 0.9, 1.35, 2.0]
    samples = mix(3.0, [(s, tone(0.3)) for s in starts], noise=20.0)
    found = detect(samples)
    assert [round(sound.onset / 1000, 3) for sound in found] == starts
    assert not any(sound.during_previous for sound in found)
    assert all(0.1 < (sound.end - sound.onset) / 1000 < 0.3 for sound in found)


def test_a_quiet_sound_after_a_loud_one_is_found() -> None:
    samples = mix(2.0, [(0.1, tone(0.3, level=20000)), (1.0, tone(0.3, level=2000))])
    assert [sound.onset for sound in detect(samples)] == [100, 1000]


def test_noise_alone_is_no_sound() -> None:
    assert detect(mix(1.0, [], noise=20.0)) == []


def test_a_sound_starting_while_the_previous_rings_is_marked_overlapping() -> None:
    ringing = tone(1.0, frequency=500.0, level=2000, decay=0.5)
    samples = mix(2.0, [(0.1, ringing), (0.6, tone(0.2, level=16000))])
    found = detect(samples)
    assert [sound.during_previous for sound in found] == [False, True]
    assert found[0].onset == 100
    assert 600 <= found[1].onset <= 601  # found by its rise: within a window
    assert found[0].end == found[1].onset - 1


def test_a_beating_sound_is_one_sound() -> None:
    """The chime's shimmer: its level swings slowly (here to a third and back, 8 Hz)."""
    steady = tone(0.8, decay=10.0)
    beating = [
        v * (0.66 + 0.33 * math.cos(2 * math.pi * 8 * n / RATE)) for n, v in enumerate(steady)
    ]
    found = detect(mix(1.0, [(0.1, beating)]))
    assert [(sound.onset, sound.end) for sound in found] == [(100, 899)]


def test_a_sound_soon_after_another_is_a_second_sound_heard_as_one_with_it() -> None:
    """10 ms of silence between two sounds is too short to hear them apart."""
    samples = mix(1.0, [(0.1, tone(0.1, decay=1.0)), (0.21, tone(0.1, decay=1.0))])
    found = detect(samples)
    assert [sound.during_previous for sound in found] == [False, True]
    assert found[0].onset == 100
    assert 210 <= found[1].onset <= 211


def test_planned_cues_follow_the_session_controllers_rules() -> None:
    phases = [("get_ready", 0.0, 3.0), ("press", 3.0, 5.0), ("switch", 8.0, 3.0),
              ("press", 11.0, 4.0)]  # fmt: skip
    assert onsets.planned_cues(phases) == [
        PlannedCue("chime", 3.0), PlannedCue("tick", 5.0), PlannedCue("tick", 6.0),
        PlannedCue("tick", 7.0), PlannedCue("switch", 8.0), PlannedCue("chime", 11.0),
        PlannedCue("end", 15.0),
    ]  # fmt: skip
    assert onsets.TICKS_MIN_PHASE_SECONDS == session_controller.TICKS_MIN_PHASE_SECONDS


def test_planned_cues_are_what_the_session_controller_plays(qapp) -> None:  # type: ignore[no-untyped-def]
    """The benchmark's due times are those at which the real controller asks for each sound."""
    from acupress_desktop.controllers.cues import Cue
    from acupress_desktop.controllers.session_controller import SessionController
    from acupress_desktop.core.breathing import PATTERNS
    from tests.fakes import FakeClock, ManualTicker

    catalogue = load_catalogue()
    routine = Routine(
        "r", (RoutineStep("BL23", 6, "both"), RoutineStep("GV4", 5)),
        rest_seconds=2, get_ready_seconds=3, switch_seconds=3,
    )  # fmt: skip
    plan = build_plan(routine, catalogue)
    clock, ticker = FakeClock(1000.0), ManualTicker()
    played: list[PlannedCue] = []

    class Sink:
        def play(self, cue: Cue, due: float | None = None) -> None:
            played.append(PlannedCue(cue.value, round(clock.now() - 1000.0, 6)))

        def narrate(self, sentences: object, replace: bool = True) -> None: ...

        def clear(self) -> None: ...

        def sound_seconds(self, cue: Cue) -> float:
            return 0.0

        voice_on = False

    controller = SessionController(catalogue, clock, ticker, cues=Sink())
    controller.start(plan, PATTERNS["relaxed"])
    ticker.run_until(clock, 1000.0 + plan.total + 1)
    phases = [(phase.kind.value, phase.start, phase.duration) for phase in plan.phases]
    assert played == onsets.planned_cues(phases)
    assert {cue.name for cue in played} == {"chime", "tick", "switch", "end"}


def test_planned_cues_from_a_real_plan() -> None:
    catalogue = load_catalogue()
    plan = build_plan(
        Routine("r", (RoutineStep("BL23", 5, "both"),), get_ready_seconds=3, switch_seconds=3),
        catalogue,
    )
    phases = [(phase.kind.value, phase.start, phase.duration) for phase in plan.phases]
    names = [cue.name for cue in onsets.planned_cues(phases)]
    assert names == ["chime", "tick", "tick", "tick", "switch", "chime", "tick", "tick", "tick",
                     "end"]  # fmt: skip


def test_matching_reports_errors_missing_extra_and_overlap() -> None:
    planned = [PlannedCue("chime", 1.0), PlannedCue("tick", 2.0), PlannedCue("tick", 3.0),
               PlannedCue("end", 4.0)]  # fmt: skip
    # the chime rings past the first tick; a note within the chime; the end during a sound
    heard = [(1.02, 2.1, False), (1.5, 1.6, True), (2.05, 2.11, False), (4.01, 5.9, True)]
    matched = onsets.match_cues(planned, heard)
    assert [m.onset for m in matched] == [1.02, 2.05, None, 4.01]
    errors = [None if m.error is None else round(m.error, 3) for m in matched]
    assert errors == [0.02, 0.05, None, 0.01]
    assert [m.overlapping for m in matched] == [False, True, False, True]


def test_a_late_sound_is_its_cue_s_until_the_next_cue_of_its_kind_is_due() -> None:
    chime_then_tick = [PlannedCue("chime", 3.0), PlannedCue("tick", 5.0)]
    late = onsets.match_cues(chime_then_tick, [(4.85, 5.95, False)])  # a chime kept waiting
    assert [m.onset for m in late] == [4.85, None]
    ticks = [PlannedCue("tick", 1.0), PlannedCue("tick", 2.0)]
    dropped = onsets.match_cues(ticks, [(1.8, 1.86, False), (2.9, 2.96, False)])
    assert [m.onset for m in dropped] == [None, 1.8]
    tick_then_chime = [PlannedCue("tick", 1.0), PlannedCue("chime", 2.0)]
    early = onsets.match_cues(tick_then_chime, [(0.7, 0.76, False), (0.8, 0.86, False)])
    assert [m.onset for m in early] == [0.8, None]


def test_sounds_are_told_apart_by_length() -> None:
    kinds = [onsets.kind_of(seconds) for seconds in (0.06, 0.76, 1.1, 1.9)]
    assert kinds == ["tick", "switch", "chime", "end"]


def test_the_words_of_a_prompt_are_one_span() -> None:
    from benchmarks.cue_onsets import merge_spans

    words = [(2.5, 2.9), (1.0, 1.2), (1.3, 1.6), (1.65, 2.0)]
    assert merge_spans(words, gap=0.3) == [(1.0, 2.0), (2.5, 2.9)]


def test_the_app_reports_the_latest_its_session_tickers_fired() -> None:
    """``late <ms>`` (read by benchmarks/cue_onsets.py): the worst of the session's tickers;
    a ticker that does not measure it (a test's) counts as on time."""
    from types import SimpleNamespace

    from acupress_desktop.app.session import lateness_report

    seconds, frames = SimpleNamespace(worst_lateness=0.004), SimpleNamespace(worst_lateness=1.8042)
    assert lateness_report(seconds, frames) == "late 1804.2"  # type: ignore[arg-type]
    assert lateness_report(SimpleNamespace()) == "late 0.0"  # type: ignore[arg-type]

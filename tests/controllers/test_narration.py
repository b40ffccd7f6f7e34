"""Spoken guidance in fake time: the sentences a whole session says, in order and when, at each
level; how-to dropped at a sentence boundary so "Press" is on time; mute; Spanish; a failing voice.

The real CuePlayer and SessionController run on one fake clock; TimedAudio (tests/fakes_cues.py)
lets each sound last its file's length and each sentence the player's own speaking estimate (or
longer, for a slow voice), and plays the event loop. Nothing touches a device or waits.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from acupress_desktop.controllers.cues import CuePlayer
from acupress_desktop.controllers.session_controller import SessionController
from acupress_desktop.core.breathing import PATTERNS
from acupress_desktop.core.catalogue import Catalogue
from acupress_desktop.core.narration import Guidance
from acupress_desktop.core.plan import build_plan
from acupress_desktop.core.routine import Routine, RoutineStep
from tests.fakes import FakeClock, ManualTicker
from tests.fakes_cues import TimedAudio

SOUNDS_DIR = Path(__file__).resolve().parents[2] / "assets" / "sounds"


class Narrated:
    """A session wired to a real cue player over timed fake speakers, all on one fake clock."""

    def __init__(
        self,
        catalogue: Catalogue,
        routine: Routine,
        level: Guidance,
        speech_factor: float = 1.0,
        speech_error: bool = False,
        muted: bool = False,
    ) -> None:
        self.clock = FakeClock(1000.0)
        self.audio = TimedAudio(self.clock, speech_factor=speech_factor)
        self.audio.speech_error = speech_error
        self.ticker = ManualTicker(self.clock)
        self.cues = CuePlayer(
            SOUNDS_DIR,
            sound_factory=self.audio.sound_factory,
            speech_factory=self.audio.speech_factory,
            clock=self.clock,
        )
        self.cues.set_speech_enabled(level is not Guidance.NONE)
        self.cues.set_muted(muted)
        self.notices: list[str] = []
        self.cues.became_unavailable.connect(self.notices.append)
        self.controller = SessionController(
            catalogue,
            self.clock,
            self.ticker,
            cues=self.cues,
            wall_clock=lambda: datetime(2026, 12, 2, 8, 0, tzinfo=UTC),
        )
        self.controller.set_guidance(level)
        self.records: list[object] = []
        self.controller.session_finished.connect(self.records.append)
        self.controller.start(build_plan(routine, catalogue), PATTERNS[routine.breathing])

    def run(self, until: float) -> None:
        self.audio.run(self.ticker, until)

    def said(self) -> list[tuple[float, str]]:
        return self.audio.said()

    def heard(self) -> list[tuple[float, str]]:
        """Everything that sounded or was said, ticks left out, with its time."""
        return [(t, entry) for t, entry in self.audio.timeline if entry != "tick"]

    def ticks(self) -> list[float]:
        return [t for t, entry in self.audio.timeline if entry == "tick"]


GET_READY_HOW_TO = [
    (2.81, "say Hold one hand in front of you, back of the hand facing up."),
    (7.37, "say Bring your thumb in against the side of your index finger."),
    (11.93, "say A small mound of muscle rises in the web between them."),
    (16.21, "say Find the top of that mound."),
    (18.6, "say It is about level with where the crease between thumb and finger stops."),
    (
        24.07,
        "say Now let the hand relax and press there, aiming toward the bone of your index finger.",
    ),
]
REST_HOW_TO = [
    (86.73, "say Rest your forearm on a table, palm facing down."),
    (90.52, "say Find the crease on the back of your wrist."),
    (93.96, "say Measure about three finger-widths up from that crease, toward your elbow."),
    (99.57, "say Feel for the groove between the two forearm bones."),
    (103.57, "say The point is in that groove."),
]


def ticks_before(*ends: int) -> list[float]:
    """The 3-2-1 ticks before each of these phase ends, each on its second."""
    return [float(end - lead) for end in ends for lead in (3, 2, 1)]


#: Every tick of the session as planned, without a voice: phases end at 35, 55, 60, 80, 110,
#: 130, 135 and 155 s.
ALL_TICKS = ticks_before(35, 55, 60, 80, 110, 130, 135, 155)
#: With names, "Switch sides. Next: Hegu, right hand" (about 3.4 s, after the 0.8 s switch
#: sound) and the 3-2-1 do not fit in 5 s: each switch is given 8 s, so every tick is heard
#: (phases end at 35, 55, 63, 83, 113, 133, 141 and 161 s). Before, two ticks of each switch
#: were withheld under the sentence.
NAMED_TICKS = ticks_before(35, 55, 63, 83, 113, 133, 141, 161)

#: Two points on both sides. Get ready 35; Hegu left 20, switch 5, right 20; rest 30;
#: Waiguan left 20, switch 5, right 20 → 155 s (161 s with the names said: 8 s switches).
TWO_POINTS = Routine(
    "Two points",
    (RoutineStep("LI4", 20), RoutineStep("TE5", 20)),
    rest_seconds=30,
    get_ready_seconds=35,
    switch_seconds=5,
    breathing="off",
)


@pytest.fixture(autouse=True)
def english_voice() -> object:
    """The interface (and so the voice) in British English unless a test says otherwise."""
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)


def test_full_narration_says_everything_in_order_and_on_time(catalogue, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Full narration of two points on both sides: at get-ready the name and side and every
    how-to sentence; each sound, then its sentence; "Halfway" at each middle; "Next" at the
    rest with the next point's how-to; the end. No overlap, and every tick on its second."""
    session = Narrated(catalogue, TWO_POINTS, Guidance.FULL)
    session.run(200)
    assert session.heard() == [
        (0.0, "say Get ready. First: Hegu, left hand"),
        *GET_READY_HOW_TO,
        (35.0, "chime"),
        (36.2, "say Press."),
        (45.0, "say Halfway."),
        (55.0, "switch"),
        (55.8, "say Switch sides. Next: Hegu, right hand"),
        (63.0, "chime"),
        (64.2, "say Press."),
        (73.0, "say Halfway."),
        (83.0, "chime"),
        (84.2, "say Rest. Next: Waiguan, left arm"),
        *REST_HOW_TO,
        (113.0, "chime"),
        (114.2, "say Press."),
        (123.0, "say Halfway."),
        (133.0, "switch"),
        (133.8, "say Switch sides. Next: Waiguan, right arm"),
        (141.0, "chime"),
        (142.2, "say Press."),
        (151.0, "say Halfway."),
        (161.0, "end"),
        (163.0, "say Well done. The session is complete."),
    ]
    assert session.ticks() == NAMED_TICKS
    assert session.audio.overlaps == []
    assert len(session.records) == 1


def test_names_level_says_the_cues_and_the_points(catalogue, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Names: every change with the point and side to come; no how-to and no "Halfway"."""
    session = Narrated(catalogue, TWO_POINTS, Guidance.NAMES)
    session.run(200)
    assert session.said() == [
        (0.0, "Get ready. First: Hegu, left hand"),
        (36.2, "Press."),
        (55.8, "Switch sides. Next: Hegu, right hand"),
        (64.2, "Press."),
        (84.2, "Rest. Next: Waiguan, left arm"),
        (114.2, "Press."),
        (133.8, "Switch sides. Next: Waiguan, right arm"),
        (142.2, "Press."),
        (163.0, "Well done. The session is complete."),
    ]
    assert session.ticks() == NAMED_TICKS
    assert session.cues.ticks_withheld == 0


def test_cues_only_says_each_change_in_a_word_or_two(catalogue, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Cues only: "Get ready", "Press", "Switch sides", "Rest", the end; never a point's name.
    "Switch sides." and the 3-2-1 need 6 s after the switch sound: each switch gets 6 s."""
    session = Narrated(catalogue, TWO_POINTS, Guidance.CUES)
    session.run(200)
    assert session.said() == [
        (0.0, "Get ready."),
        (36.2, "Press."),
        (55.8, "Switch sides."),
        (62.2, "Press."),
        (82.2, "Rest."),
        (112.2, "Press."),
        (131.8, "Switch sides."),
        (138.2, "Press."),
        (159.0, "Session complete."),
    ]
    assert session.ticks() == ticks_before(35, 55, 61, 81, 111, 131, 137, 157)


def test_nothing_is_said_at_none(catalogue, qtbot) -> None:  # type: ignore[no-untyped-def]
    """None: the sounds play as always; no sentence, and no speech engine is even loaded."""
    session = Narrated(catalogue, TWO_POINTS, Guidance.NONE)
    session.run(200)
    assert session.said() == []
    assert session.audio.speech_factory_calls == 0
    assert [entry for _, entry in session.heard()] == [
        "chime", "switch", "chime", "chime", "chime", "switch", "chime", "end"
    ]  # fmt: skip
    assert session.ticks() == ALL_TICKS


def test_a_how_to_too_long_for_the_get_ready_stops_at_a_sentence_and_press_is_on_time(catalogue, qtbot) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    """Get ready 20 s: the how-to stops after the last whole sentence that ends before the 3-2-1
    ticks (nothing cut in the middle, no later step said out of order); ticks and "Press" on
    time."""
    routine = Routine("Short", TWO_POINTS.steps, get_ready_seconds=20, breathing="off")
    session = Narrated(catalogue, routine, Guidance.FULL)
    session.run(22)
    assert session.audio.timeline == [
        (0.0, "say Get ready. First: Hegu, left hand"),
        *GET_READY_HOW_TO[:3],  # the next one (2.4 s) would end at 18.6, after the first tick
        (17.0, "tick"),
        (18.0, "tick"),
        (19.0, "tick"),
        (20.0, "chime"),
        (21.2, "say Press."),
    ]


def test_a_short_press_says_only_press_so_its_count_is_whole(catalogue, qtbot) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    """Straight from one point to the next in 5 s presses (the cue benchmark's routine): the
    press's sentence must end before its 3-2-1 ticks: after the chime (1.2 s) 0.8 s are left,
    which not even "Press." fits, so nothing is said and the chime marks the press (before,
    "Next: Mingmen, on the spine. Press" ran into the count and its three ticks were
    withheld); the count is whole."""
    routine = Routine(
        "Quick", (RoutineStep("BL23", 5, "both"), RoutineStep("GV4", 5, "both")),
        get_ready_seconds=3, switch_seconds=3, breathing="off",
    )  # fmt: skip
    session = Narrated(catalogue, routine, Guidance.NAMES)
    session.run(30)
    gv4 = [entry for t, entry in session.said() if 16.0 <= t < 21.0]
    assert gv4 == [], session.said()
    assert session.cues.ticks_withheld == 0
    assert [t for t in session.ticks() if t >= 16.0] == [18.0, 19.0, 20.0]


def test_a_slow_voice_still_speaking_at_the_change_finishes_its_sentence_then_says_press(catalogue, qtbot) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    """A voice 1.6 times slower than the estimate: the sentence it is saying when the ticks are
    due is finished, never cut; the rest of the how-to is dropped, the ticks due while it spoke
    are withheld (a late 3-2-1 would count wrong), and the phase cue comes on time: chime, then
    "Press" right after it."""
    routine = Routine("Short", TWO_POINTS.steps, get_ready_seconds=20, breathing="off")
    session = Narrated(catalogue, routine, Guidance.FULL, speech_factor=1.6)
    session.run(22)
    assert session.audio.timeline == [
        (0.0, "say Get ready. First: Hegu, left hand"),
        (4.5, "say Hold one hand in front of you, back of the hand facing up."),
        (11.79, "say Bring your thumb in against the side of your index finger."),
        # the sentence ended at 19.09: the ticks due at 17, 18 and 19 were withheld
        (20.0, "chime"),
        (21.2, "say Press."),
    ]
    assert session.audio.speech is not None and session.audio.speech.stops == 0


def test_a_session_started_muted_keeps_the_routines_times(catalogue, qtbot) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    """Muted at the start (M, or sounds off), nothing will be said: the switches keep their 5 s
    and the session its 155 s."""
    session = Narrated(catalogue, TWO_POINTS, Guidance.FULL, muted=True)
    session.run(200)
    assert session.heard() == [] and session.ticks() == []
    assert session.records[0].seconds == 155  # type: ignore[attr-defined]


def test_mute_silences_at_once_and_clears_the_queue(catalogue, qtbot) -> None:  # type: ignore[no-untyped-def]
    """M in the middle of the how-to: the sentence stops now, the rest is forgotten (unmuting
    does not bring it back); the next phase is heard again."""
    session = Narrated(catalogue, TWO_POINTS, Guidance.FULL)
    session.run(9)  # saying the second how-to sentence
    session.cues.set_muted(True)
    assert session.audio.log[-1] == "stop speech" and session.audio.playing() == []
    session.run(20)
    session.cues.set_muted(False)
    session.run(37)
    assert session.heard() == [
        (0.0, "say Get ready. First: Hegu, left hand"),
        *GET_READY_HOW_TO[:2],
        (9.0, "stop speech"),
        (35.0, "chime"),
        (36.2, "say Press."),
    ]
    assert session.ticks() == [32.0, 33.0, 34.0]


def test_skipping_ahead_replaces_what_was_waiting(catalogue, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Right during the get-ready how-to: the sentence being said ends, the how-to still waiting
    is dropped, and the new phase's sound and cue come next."""
    session = Narrated(catalogue, TWO_POINTS, Guidance.FULL)
    session.run(4)
    session.controller.next()
    session.run(12)
    assert session.heard() == [
        (0.0, "say Get ready. First: Hegu, left hand"),
        GET_READY_HOW_TO[0],
        (7.37, "chime"),
        (8.57, "say Press."),
    ]


def test_spanish_interface_spanish_sentences_and_voice(catalogue, qtbot, spanish_translator) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    """In Spanish, every sentence is in Spanish (the how-to from the Spanish catalogue) and the
    voice is asked for the interface's locale."""
    from acupress_desktop.core.localize import load_overlay, localize_catalogue

    QLocale.setDefault(QLocale("es_ES"))
    spanish = localize_catalogue(catalogue, load_overlay("es"))
    routine = Routine("Corta", TWO_POINTS.steps[:1], get_ready_seconds=40, breathing="off")
    session = Narrated(spanish, routine, Guidance.FULL)
    session.run(100)
    said = [text for _, text in session.said()]
    assert said == [
        "Prepárese. Primero: Hegu, mano izquierda",
        "Sostenga una mano delante de usted, con el dorso hacia arriba.",
        "Junte el pulgar contra el costado del dedo índice.",
        "Entre los dos se levanta un pequeño abultamiento de músculo.",
        "Busque la parte más alta de ese abultamiento.",
        "Queda más o menos a la altura del punto donde termina el pliegue entre el pulgar y el "
        "índice.",
        "Ahora relaje la mano y presione ahí, en dirección al hueso del dedo índice.",
        "Presione.",
        "Va por la mitad.",
        # the 5 s switch is given room for the whole sentence before its 3-2-1
        "Cambie de lado. A continuación: Hegu, mano derecha",
        "Presione.",
        "Va por la mitad.",
        "Muy bien. La sesión ha terminado.",
    ]
    assert session.audio.speech is not None and session.audio.speech.locales == ["es_ES"]


def test_the_voice_follows_a_language_change_between_sentences(catalogue, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The locale is handed to the voice before the first sentence, and again only when the
    interface's language changed."""
    session = Narrated(catalogue, TWO_POINTS, Guidance.CUES)
    session.run(40)
    QLocale.setDefault(QLocale("es_ES"))
    session.run(60)
    assert session.audio.speech is not None
    assert session.audio.speech.locales == ["en_GB", "es_ES"]


def test_a_voice_that_fails_is_reported_once_and_the_session_goes_on(catalogue, qtbot, caplog) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    """The speech engine reports an error at its first sentence: one notice, a line in the log,
    no further attempt to speak, and the session runs to its end with every sound."""
    caplog.set_level(logging.INFO, logger="acupress_desktop")
    session = Narrated(catalogue, TWO_POINTS, Guidance.FULL, speech_error=True)
    session.run(200)
    assert session.notices == ["Spoken prompts are off: no speech engine is available."]
    assert not session.cues.speech_available
    assert [e for _, e in session.audio.timeline if e.startswith("error")] == [
        "error Get ready. First: Hegu, left hand"
    ]
    assert session.said() == []
    assert [entry for _, entry in session.heard()][-1] == "end"
    assert session.ticks() == NAMED_TICKS  # the room made for words at the start stays
    assert len(session.records) == 1 and session.records[0].finished  # type: ignore[attr-defined]
    assert "speech engine reported an error" in caplog.text

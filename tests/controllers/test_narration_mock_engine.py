"""Narration through Qt's own mock speech engine on the real speech thread (not a fake speaker):
each sentence is said whole and in order, a cue waits for the sentence being said, a new phase
drops only what still waits, and mute stops the voice at once.

The mock engine says a word every 100 ms (at rate 0) on real timers, so these tests wait on
conditions (what it has said), with timeouts; the session's own time is the fake clock.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject
from PySide6.QtTextToSpeech import QTextToSpeech

from acupress_desktop.controllers.cues import Cue, CuePlayer
from acupress_desktop.controllers.speech import ThreadedSpeechBackend
from acupress_desktop.core.narration import Sentence
from acupress_desktop.resources import asset_path
from tests.fakes import FakeClock
from tests.fakes_cues import FakeAudio

pytestmark = pytest.mark.skipif(
    "mock" not in QTextToSpeech.availableEngines(), reason="this Qt has no mock speech engine"
)


class Heard:
    """What a listener would hear, in order: each word the engine says, each sound started."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def make_engine(self) -> QTextToSpeech:
        """Qt's mock engine at its middle rate, a word every 100 ms (built on the speech
        thread)."""
        engine = QTextToSpeech("mock")
        engine.setRate(0.0)
        engine.sayingWord.connect(lambda word, *_rest: self.items.append(word))
        return engine

    def words(self) -> list[str]:
        return [item for item in self.items if not item.startswith("<")]


@pytest.fixture()
def heard() -> Heard:
    return Heard()


@pytest.fixture()
def player(heard: Heard) -> Iterator[CuePlayer]:
    audio = FakeAudio()
    audio.finish_at_once = True  # a sound ends as it starts; the voice is the real thing here
    backends: list[ThreadedSpeechBackend] = []

    def speech_factory(parent: QObject) -> ThreadedSpeechBackend:
        backend = ThreadedSpeechBackend(heard.make_engine, parent)
        backends.append(backend)
        return backend

    cues = CuePlayer(
        asset_path("sounds"),
        sound_factory=audio.sound_factory,
        speech_factory=speech_factory,
        clock=FakeClock(),
    )
    cues.cue_started.connect(
        lambda item: heard.items.append(f"<{item.name}>") if isinstance(item, Cue) else None
    )
    yield cues
    for backend in backends:
        backend.close()


GET_READY = [
    Sentence("Get ready. First: Hegu, left hand."),
    Sentence("Find the web between your thumb and first finger."),
    Sentence("Press at its highest point."),
]


def words_of(sentences: list[Sentence]) -> list[str]:
    """The words the mock engine reports for ``sentences`` (it splits at punctuation)."""
    return re.findall(r"\w+", " ".join(sentence.text for sentence in sentences))


#: the first sentence as the mock engine says it, word by word
FIRST_SENTENCE_WORDS = ["Get", "ready", "First", "Hegu", "left", "hand"]


def test_sentences_are_said_whole_and_in_order(qtbot, heard: Heard, player: CuePlayer) -> None:  # type: ignore[no-untyped-def]
    """The get-ready's sentences, word for word, one after the other; then the chime."""
    player.narrate(GET_READY)
    player.play(Cue.CHIME)  # queued after the sentences
    qtbot.waitUntil(lambda: "<CHIME>" in heard.items, timeout=10_000)
    assert heard.words() == words_of(GET_READY)
    assert heard.items[-1] == "<CHIME>"


def test_a_new_phase_lets_the_sentence_finish_then_its_sound_and_words(  # type: ignore[no-untyped-def]
    qtbot, heard: Heard, player: CuePlayer
) -> None:
    """The press begins while the first get-ready sentence is being said: that sentence ends
    whole, the two still waiting are dropped, a tick due meanwhile is left out (never said
    over), then the chime and "Press." come."""
    player.narrate(GET_READY)
    qtbot.waitUntil(lambda: heard.words()[:1] == ["Get"], timeout=10_000)
    player.play(Cue.TICK)  # a 3-2-1 tick while the voice speaks: left out
    player.play(Cue.CHIME)  # the press begins (the controller's order: the sound, then words)
    player.narrate([Sentence("Press.")])
    qtbot.waitUntil(lambda: heard.words()[-1:] == ["Press"], timeout=10_000)
    # the sentence under way when the press began (the first, unless the machine was so slow
    # that the second had begun), whole; then the chime and "Press."
    whole = [words_of(GET_READY[:k]) + ["<CHIME>", "Press"] for k in (1, 2)]
    assert heard.items in whole, heard.items
    assert heard.items[: len(FIRST_SENTENCE_WORDS)] == FIRST_SENTENCE_WORDS
    assert player.ticks_withheld == 1


def test_mute_stops_the_voice_at_once_and_drops_what_waits(  # type: ignore[no-untyped-def]
    qtbot, heard: Heard, player: CuePlayer
) -> None:
    """Mute in the middle of a sentence: the voice stops there and the waiting sentences and
    the chime are gone; unmuted, the next words are the next phase's."""
    player.narrate(GET_READY)
    player.play(Cue.CHIME)
    qtbot.waitUntil(lambda: len(heard.words()) >= 2, timeout=10_000)
    player.set_muted(True)
    said = list(heard.words())
    player.set_muted(False)
    player.narrate([Sentence("Switch sides.")])
    qtbot.waitUntil(lambda: heard.words()[-1:] == ["sides"], timeout=10_000)
    after = heard.words()[len(said) :]
    # at most the word under way when mute came is still reported, then the new sentence
    assert after in (["Switch", "sides"], [after[0], "Switch", "sides"]), after
    assert "<CHIME>" not in heard.items

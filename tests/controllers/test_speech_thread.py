"""Spoken prompts never hold up the window: the engine runs on its own thread.

The fake engine below blocks in say() until the test lets it go, as speech-dispatcher does when
it is busy (Qt's engine waited up to 30 s there, on the window's thread, freezing the session).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtTextToSpeech import QTextToSpeech

from acupress_desktop.controllers.speech import (
    EngineUnavailableError,
    ThreadedSpeechBackend,
    best_locale,
)

State = QTextToSpeech.State


class BlockingEngine(QObject):
    """Speaks on the thread it was built on; say() waits for ``release`` like a busy server."""

    stateChanged = Signal(object)  # noqa: N815 - the name QTextToSpeech gives it

    def __init__(self, release: threading.Event, fail: bool = False) -> None:
        super().__init__()
        self.release = release
        self.fail = fail
        self.spoken: list[str] = []
        self.threads: set[QThread] = set()
        self._state = State.Error if fail else State.Ready

    def state(self) -> object:
        return self._state

    def errorString(self) -> str:
        return "no voices"

    def say(self, text: str) -> None:
        self.threads.add(QThread.currentThread())
        assert self.release.wait(10), "the test never let the engine go"
        self.spoken.append(text)
        self._state = State.Speaking
        self.stateChanged.emit(State.Speaking)
        self._state = State.Ready
        self.stateChanged.emit(State.Ready)

    def stop(self) -> None:
        pass

    def setVolume(self, volume: float) -> None:
        pass


@pytest.fixture()
def release() -> Iterator[threading.Event]:
    event = threading.Event()
    yield event
    event.set()  # never leave the speech thread waiting


def make_backend(engine_box: list[BlockingEngine], release: threading.Event, fail: bool = False) -> ThreadedSpeechBackend:  # fmt: skip
    def build() -> BlockingEngine:
        engine = BlockingEngine(release, fail)
        engine_box.append(engine)
        return engine

    return ThreadedSpeechBackend(build)


def test_say_returns_while_the_speech_server_is_busy(qtbot, release: threading.Event) -> None:  # type: ignore[no-untyped-def]
    engines: list[BlockingEngine] = []
    ended: list[str] = []
    backend = make_backend(engines, release)
    backend.set_handlers(lambda: ended.append("finished"), lambda: ended.append("failed"))
    try:
        backend.say("Point 1 of 2: press the left side")
        # say() came back while the engine is still stuck in the server
        assert not release.is_set() and backend.is_speaking
        qtbot.waitUntil(lambda: bool(engines) and bool(engines[0].threads), timeout=5000)
        assert QThread.currentThread() not in engines[0].threads
        release.set()
        qtbot.waitUntil(lambda: ended == ["finished"], timeout=5000)
        assert engines[0].spoken == ["Point 1 of 2: press the left side"]
        assert not backend.is_speaking
    finally:
        backend.close()


def test_an_utterance_stopped_meanwhile_reports_no_end(qtbot, release: threading.Event) -> None:  # type: ignore[no-untyped-def]
    engines: list[BlockingEngine] = []
    ended: list[str] = []
    backend = make_backend(engines, release)
    backend.set_handlers(lambda: ended.append("finished"), lambda: ended.append("failed"))
    try:
        backend.say("first")
        backend.stop()
        backend.say("second")
        release.set()
        qtbot.waitUntil(
            lambda: bool(engines) and engines[0].spoken == ["first", "second"], timeout=5000
        )
        qtbot.waitUntil(lambda: ended == ["finished"], timeout=5000)  # only "second" ended
    finally:
        backend.close()


def test_an_engine_that_cannot_start_turns_speech_off(qtbot, release: threading.Event) -> None:  # type: ignore[no-untyped-def]
    engines: list[BlockingEngine] = []
    ended: list[str] = []
    backend = make_backend(engines, release, fail=True)
    backend.set_handlers(lambda: ended.append("finished"), lambda: ended.append("failed"))
    try:
        qtbot.waitUntil(lambda: ended == ["failed"], timeout=5000)
        backend.say("nothing")
        assert not backend.is_speaking
    finally:
        backend.close()


def test_no_speech_server_is_one_line_in_the_log_not_a_traceback(qtbot, caplog) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    """An engine refused for a known reason (no server, the app quitting) turns speech off with
    that reason in one line of the log; a traceback is kept for engines that break."""
    caplog.set_level("INFO", logger="acupress_desktop")

    def refuse() -> QObject:
        raise EngineUnavailableError("no speech server answers")

    ended: list[str] = []
    backend = ThreadedSpeechBackend(refuse)
    backend.set_handlers(lambda: ended.append("finished"), lambda: ended.append("failed"))
    try:
        qtbot.waitUntil(lambda: ended == ["failed"], timeout=5000)
    finally:
        backend.close()
    assert "spoken prompts unavailable: no speech server answers" in caplog.text
    assert "could not be built" not in caplog.text and "Traceback" not in caplog.text


@pytest.mark.parametrize(
    ("wanted", "available", "chosen"),
    [
        ("es_ES", ["en_GB", "es_ES", "es_MX"], "es_ES"),
        ("es_AR", ["en_GB", "es_MX", "es_ES"], "es_MX"),  # the first of the language
        ("es_ES", ["en_GB", "en_US"], None),  # no Spanish voice: the engine keeps its own
        ("en_US", [], None),
    ],
)
def test_best_locale(wanted: str, available: list[str], chosen: str | None) -> None:
    """The same locale, else one of the same language, else none."""
    assert best_locale(wanted, available) == chosen


def test_the_mock_engine_speaks_the_locale_asked_for(qtbot, caplog) -> None:  # type: ignore[no-untyped-def]
    """Qt's mock engine, on the speech thread: en_US is taken as it is, en_AU becomes the first
    English voice it has, and Spanish, which it lacks, leaves the voice as it was (logged)."""
    if "mock" not in QTextToSpeech.availableEngines():
        pytest.skip("this Qt has no mock speech engine")
    backend = ThreadedSpeechBackend(lambda: QTextToSpeech("mock"))
    try:
        for wanted, used in (("en_US", "en_US"), ("en_AU", "en_GB"), ("es_ES", "en_GB")):
            backend.set_locale(wanted)
            qtbot.waitUntil(lambda used=used: backend.locale_used == used, timeout=5000)
            backend.locale_used = ""
    finally:
        backend.close()
    assert "no voice for es_ES; the speech engine speaks en_GB" in caplog.text

"""Spoken prompts on a thread of their own, so a slow speech service never freezes the window.

Qt's speech-dispatcher engine talks to the speech server synchronously: when the server is busy
(a screen reader speaking a long backlog, a voice module that blocks, a server that hangs),
``QTextToSpeech.say()`` waits for it, up to 30 s each time. On the window's thread that froze the
whole app at the start of a session: the countdown stood still and no key worked. Here the engine
lives on a worker thread with its own event loop; the window's thread only posts requests to it
and hears back through queued signals, so it never waits for the speech server.

:class:`ThreadedSpeechBackend` is the SpeechBackend the cue player uses. Each ``say`` carries a
number; an end reported for an utterance that was stopped or replaced meanwhile is ignored.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import threading
import weakref
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)

#: How long quitting waits for the speech thread before it is cut short.
QUIT_WAIT_MS = 2000
#: How much later than later ones the first utterance is heard: the thread, speech-dispatcher
#: (started if need be) and the list of its voices come first (SSIP, controllers/ssip.py: 0.43 s
#: measured with the server running, 0.75 s when it had to be started; Qt's engine took 1.5-2 s).
FIRST_UTTERANCE_SECONDS = 1.0

#: Builds the engine on the speech thread: a QTextToSpeech, or anything with its ``say``,
#: ``stop``, ``setVolume``, ``state``, ``errorString`` and ``stateChanged``.
EngineFactory = Callable[[], Any]


def _nothing() -> None:
    """Placeholder handler."""


def _close_at_exit(backend: weakref.ref[ThreadedSpeechBackend]) -> None:
    found = backend()
    if found is not None:
        with contextlib.suppress(RuntimeError):  # the Qt side is gone already: nothing runs
            found.close()


def best_locale(wanted: str, available: Sequence[str]) -> str | None:
    """The engine locale to speak ``wanted`` ("es_ES") with: the same one, else the first of the
    same language ("es_MX"), else None (no voice for that language: the engine keeps its own)."""
    if wanted in available:
        return wanted
    language = wanted.split("_")[0]
    return next((name for name in available if name.split("_")[0] == language), None)


class EngineUnavailableError(RuntimeError):
    """An engine factory's expected refusal (no speech server, the app quitting): the reason is
    logged once as "spoken prompts unavailable", without a traceback."""


class _SpeechWorker(QObject):
    """Owns the engine; runs on the speech thread (every slot is called there)."""

    finished = Signal(int)  # the number of the utterance that ended
    failed = Signal(str)  # why the engine does not work
    locale_chosen = Signal(str, str)  # the locale asked for, the engine's locale now used

    def __init__(self, make_engine: EngineFactory) -> None:
        super().__init__()
        self._make_engine = make_engine
        self._engine: Any = None
        self._states: Any = None
        self._current = 0
        self._started = False

    @Slot()
    def open(self) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        self._states = QTextToSpeech.State
        try:
            engine = self._make_engine()
        except EngineUnavailableError as exc:
            self.failed.emit(str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - a broken engine turns speech off, nothing more
            log.warning("the speech engine could not be built", exc_info=exc)
            self.failed.emit(str(exc))
            return
        if engine.state() == self._states.Error:
            reason = engine.errorString() or "the text-to-speech engine failed to start"
            engine.deleteLater()
            self.failed.emit(reason)
            return
        engine.setParent(self)
        engine.stateChanged.connect(self._on_state_changed)
        self._engine = engine

    @Slot(int, str)
    def say(self, number: int, text: str) -> None:
        if self._engine is None:
            return
        self._current, self._started = number, False
        self._engine.say(text)
        if self._engine.state() in (self._states.Speaking, self._states.Synthesizing):
            self._started = True

    @Slot()
    def stop(self) -> None:
        self._current = 0
        if self._engine is not None:
            self._engine.stop()

    @Slot(float)
    def set_volume(self, volume: float) -> None:
        if self._engine is not None:
            self._engine.setVolume(volume)

    @Slot(str)
    def set_locale(self, name: str) -> None:
        """Qt's engines start in the system's locale (not the app's), so the language is set
        here: the engine's locale of the same name or language; without one it stays."""
        if self._engine is None:
            return
        choose = getattr(self._engine, "choose_language", None)
        if choose is not None:  # controllers/ssip.py: the server's languages, listed on its own
            choose(name, lambda used: self.locale_chosen.emit(name, used))
            return
        available = [locale.name() for locale in self._engine.availableLocales()]
        chosen = best_locale(name, available)
        if chosen is not None and chosen != self._engine.locale().name():
            self._engine.setLocale(QLocale(chosen))
        self.locale_chosen.emit(name, self._engine.locale().name())

    def _on_state_changed(self, state: object) -> None:
        if state == self._states.Error:
            self._current = 0
            self.failed.emit(self._engine.errorString() or "the text-to-speech engine failed")
        elif state in (self._states.Speaking, self._states.Synthesizing):
            self._started = True
        elif state == self._states.Ready and self._current and self._started:
            number, self._current = self._current, 0
            self.finished.emit(number)


class ThreadedSpeechBackend(QObject):
    """A SpeechBackend whose engine runs on its own thread; no call here waits for it."""

    _open_requested = Signal()
    _say_requested = Signal(int, str)
    _stop_requested = Signal()
    _volume_requested = Signal(float)
    _locale_requested = Signal(str)

    def __init__(
        self,
        make_engine: EngineFactory,
        parent: QObject | None = None,
        closing: threading.Event | None = None,
    ) -> None:
        """``closing`` is set when the backend closes: an engine factory still waiting for the
        speech server watches it, so the thread ends instead of being cut short."""
        super().__init__(parent)
        self.closing = closing if closing is not None else threading.Event()
        self._finished: Callable[[], None] = _nothing
        self._failed: Callable[[], None] = _nothing
        self._number = 0
        self._pending = False
        self._broken = False
        self._heard = False  # an utterance has ended: the engine is up
        #: the engine's locale after the last set_locale ("" before one was reported)
        self.locale_used = ""
        self._thread = QThread()
        self._thread.setObjectName("acupress-speech")
        self._worker = _SpeechWorker(make_engine)
        self._worker.moveToThread(self._thread)
        self._open_requested.connect(self._worker.open)
        self._say_requested.connect(self._worker.say)
        self._stop_requested.connect(self._worker.stop)
        self._volume_requested.connect(self._worker.set_volume)
        self._locale_requested.connect(self._worker.set_locale)
        self._worker.locale_chosen.connect(self._on_locale_chosen)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._thread.finished.connect(self._worker.deleteLater)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)
        # and at the interpreter's exit, for a program that never ran the event loop (a tool,
        # a script): a QThread destroyed while it runs aborts the process
        atexit.register(_close_at_exit, weakref.ref(self))
        self._thread.start()
        self._open_requested.emit()

    def set_handlers(self, finished: Callable[[], None], failed: Callable[[], None]) -> None:
        """Where to report the end of an utterance and a failure (called on this thread)."""
        self._finished, self._failed = finished, failed

    def say(self, text: str) -> None:
        """Ask for ``text`` to be spoken; returns at once."""
        if self._broken:
            return
        self._number += 1
        self._pending = True
        self._say_requested.emit(self._number, text)

    def stop(self) -> None:
        """Stop speaking, without reporting ``finished``."""
        self._pending = False
        self._number += 1  # whatever ends now was stopped
        self._stop_requested.emit()

    @property
    def is_speaking(self) -> bool:
        """Whether a say() has not finished yet."""
        return self._pending

    @property
    def start_allowance(self) -> float:
        """``FIRST_UTTERANCE_SECONDS`` until the first utterance has ended, then 0."""
        return 0.0 if self._heard else FIRST_UTTERANCE_SECONDS

    def set_volume(self, volume: float) -> None:
        """Volume 0..1."""
        self._volume_requested.emit(volume)

    def set_locale(self, name: str) -> None:
        """Speak the language of locale ``name`` from the next say() on (the engine picks the
        closest voice it has; see ``best_locale``)."""
        self._locale_requested.emit(name)

    def close(self) -> None:
        """End the speech thread (at quit). A thread stuck in the speech server is cut short."""
        self.closing.set()
        if not self._thread.isRunning():
            return
        self._thread.quit()
        if not self._thread.wait(QUIT_WAIT_MS):
            log.warning("the speech thread did not stop within %d ms; cut short", QUIT_WAIT_MS)
            self._thread.terminate()
            self._thread.wait()

    def _on_finished(self, number: int) -> None:
        self._heard = True
        if number != self._number or not self._pending:
            return  # an utterance stopped or replaced meanwhile
        self._pending = False
        self._finished()

    def _on_locale_chosen(self, wanted: str, used: str) -> None:
        self.locale_used = used
        if used.split("_")[0] != wanted.split("_")[0]:
            log.warning("no voice for %s; the speech engine speaks %s", wanted, used)
        else:
            log.info("speaking %s with the engine's %s voice", wanted, used)

    def _on_failed(self, reason: str) -> None:
        log.info("spoken prompts unavailable: %s", reason)
        self._broken = True
        self._pending = False
        self._failed()

"""Test doubles for cue backends: sounds and speech that only record what they were asked to do.

One FakeAudio stands for the machine's speakers: every FakeSound and the FakeSpeech it creates write
into the same ``log``, and it notes an overlap whenever something starts while something else is
still sounding. Nothing finishes by itself: the test calls ``finish()``, as the real backend would
when the sound ends.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject

from acupress_desktop.controllers.cues import BackendUnavailableError


def _nothing() -> None:
    """Placeholder handler."""


class _FakeBackend:
    """What sounds and speech share: handlers, volume, the playing flag."""

    def __init__(self, audio: FakeAudio, name: str) -> None:
        self.audio = audio
        self.name = name
        self.volume: float | None = None
        self.active = False
        self.stops = 0
        self.finished: Callable[[], None] = _nothing
        self.failed: Callable[[], None] = _nothing

    def set_handlers(self, finished: Callable[[], None], failed: Callable[[], None]) -> None:
        self.finished, self.failed = finished, failed

    def set_volume(self, volume: float) -> None:
        self.volume = volume

    def stop(self) -> None:
        self.active = False
        self.stops += 1
        self.audio.log.append(f"stop {self.name}")

    def _begin(self, entry: str) -> None:
        busy = [b.name for b in self.audio.backends() if b.active]
        if busy:
            self.audio.overlaps.append(f"{entry} while {busy}")
        self.active = True
        self.audio.log.append(entry)
        if self.audio.fail_on_start:
            self.fail()
        elif self.audio.finish_at_once:
            self.finish()

    def finish(self) -> None:
        """The sound ended, as the real backend would report it."""
        assert self.active, f"{self.name} is not playing"
        self.active = False
        self.finished()

    def fail(self) -> None:
        """The device or engine went away."""
        self.active = False
        self.failed()


class FakeSound(_FakeBackend):
    """A SoundBackend that records plays; its name is the loaded file's stem (``chime``...)."""

    def __init__(self, audio: FakeAudio) -> None:
        super().__init__(audio, "?")
        self.path: Path | None = None

    def load(self, path: Path) -> bool:
        self.path = path
        self.name = path.stem
        return path.stem not in self.audio.missing

    def play(self) -> None:
        self._begin(self.name)

    @property
    def is_playing(self) -> bool:
        return self.active


class FakeSpeech(_FakeBackend):
    """A SpeechBackend that records what it was asked to say."""

    def __init__(self, audio: FakeAudio) -> None:
        super().__init__(audio, "speech")

    def say(self, text: str) -> None:
        self._begin(f"say {text}")

    @property
    def is_speaking(self) -> bool:
        return self.active


class FakeAudio:
    """The speakers: factories for fake backends, the log of what sounded, overlaps seen.

    Attributes:
        log: "chime", "say Next: ...", "stop tick"... in the order they happened.
        overlaps: descriptions of starts that happened while something else was sounding.
        speech: the FakeSpeech, once created.
        missing: file stems whose load() fails.
        no_device / no_engine: the factories raise, as the real ones do without device or engine.
        fail_on_start: every backend fails as soon as it is asked to play or speak.
        finish_at_once: every backend reports finished from inside play()/say().
    """

    def __init__(self) -> None:
        self.log: list[str] = []
        self.overlaps: list[str] = []
        self.speech: FakeSpeech | None = None
        self.missing: set[str] = set()
        self.no_device = False
        self.no_engine = False
        self.fail_on_start = False
        self.finish_at_once = False
        self.sound_factory_calls = 0
        self.speech_factory_calls = 0
        self._created: list[FakeSound] = []

    def sound_factory(self, parent: QObject) -> FakeSound:
        self.sound_factory_calls += 1
        if self.no_device:
            raise BackendUnavailableError("no audio output device")
        sound = FakeSound(self)
        self._created.append(sound)
        return sound

    def speech_factory(self, parent: QObject) -> FakeSpeech:
        self.speech_factory_calls += 1
        if self.no_engine:
            raise BackendUnavailableError("no text-to-speech engine")
        self.speech = FakeSpeech(self)
        return self.speech

    def backends(self) -> list[_FakeBackend]:
        """Every backend created so far."""
        found: list[_FakeBackend] = list(self._created)
        if self.speech is not None:
            found.append(self.speech)
        return found

    def sound(self, stem: str) -> FakeSound:
        """The FakeSound that loaded ``<stem>.wav``."""
        matches = [s for s in self._created if s.name == stem]
        assert len(matches) == 1, f"{len(matches)} sounds loaded {stem}.wav"
        return matches[0]

    def playing(self) -> list[str]:
        """Names of the backends sounding now."""
        return [b.name for b in self.backends() if b.active]

    def finish(self) -> None:
        """The one sounding backend finishes (a test error if none or several are sounding)."""
        active = [b for b in self.backends() if b.active]
        assert len(active) == 1, f"expected one sounding backend, got {[b.name for b in active]}"
        active[0].finish()

    def finish_all(self, limit: int = 100) -> None:
        """Let each queued cue play out until silence."""
        for _ in range(limit):
            if not self.playing():
                return
            self.finish()
        raise AssertionError("cues never settled")

    def started(self) -> list[str]:
        """What started sounding, in order (stops left out)."""
        return [entry for entry in self.log if not entry.startswith("stop ")]

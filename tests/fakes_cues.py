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
from acupress_desktop.core.narration import speaking_seconds
from tests.fakes import FakeClock, ManualTicker

#: How long each cue sound lasts (docs/sounds.md; the WAV files' lengths).
SOUND_SECONDS = {"chime": 1.2, "tick": 0.12, "switch": 0.8, "end": 2.0}


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
        self.plays = 0
        self.text = ""
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
        self.plays += 1
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
        self.locales: list[str] = []

    def say(self, text: str) -> None:
        if self.audio.speech_error:
            self.audio.log.append(f"error {text}")
            self.fail()
            return
        self.text = text
        self._begin(f"say {text}")

    def set_locale(self, name: str) -> None:
        self.locales.append(name)

    @property
    def is_speaking(self) -> bool:
        return self.active

    @property
    def start_allowance(self) -> float:
        return self.audio.speech_start_allowance


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
        speech_error: the speech engine reports an error at the first say() (as an engine
            that loses its server does).
        speech_start_allowance: what the speech backend says its engine still needs to start.
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
        self.speech_error = False
        self.speech_start_allowance = 0.0
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


class TimedAudio(FakeAudio):
    """The speakers in fake time: a sound lasts its file's length, a sentence as long as the
    player estimates (``speech_seconds``, by default ``speaking_seconds``, or ``speech_factor``
    times it: a slower voice). ``run()`` plays the event loop for a ticker and the sounds.

    Attributes:
        timeline: (seconds since ``origin``, entry) for every log entry, when it happened.
    """

    def __init__(
        self, clock: FakeClock, origin: float = 1000.0, speech_factor: float = 1.0
    ) -> None:
        super().__init__()
        self.clock = clock
        self.origin = origin
        self.speech_factor = speech_factor
        self.timeline: list[tuple[float, str]] = []
        self._ends: dict[_FakeBackend, tuple[float, int]] = {}
        self._logged = 0

    def _length(self, backend: _FakeBackend) -> float:
        if isinstance(backend, FakeSpeech):
            return self.speech_factor * speaking_seconds(backend.text)
        return SOUND_SECONDS[backend.name]

    def note(self) -> None:
        """Time-stamp what happened since the last call; schedule the end of what started."""
        now = self.clock.now()
        for entry in self.log[self._logged :]:
            self.timeline.append((round(now - self.origin, 2), entry))
        self._logged = len(self.log)
        for backend in self.backends():
            scheduled = self._ends.get(backend)
            if not backend.active:
                self._ends.pop(backend, None)
            elif scheduled is None or scheduled[1] != backend.plays:
                self._ends[backend] = (now + self._length(backend), backend.plays)

    def run(self, ticker: ManualTicker, until: float) -> None:
        """Advance the clock event by event (a sound ending, the ticker firing) up to ``until``
        seconds after ``origin``; a sound ending at the moment the ticker fires ends first."""
        limit = self.origin + until
        for _ in range(100_000):
            self.note()
            events: list[tuple[float, int, _FakeBackend | None]] = [
                (end, 0, backend) for backend, (end, _) in self._ends.items()
            ]
            if ticker.deadline is not None:
                events.append((ticker.deadline, 1, None))
            if not events or min(events, key=lambda e: (e[0], e[1]))[0] > limit + 1e-9:
                return
            when, _, backend = min(events, key=lambda e: (e[0], e[1]))
            self.clock.advance(max(0.0, when - self.clock.now()))
            if backend is None:
                ticker.fire()
            else:
                del self._ends[backend]
                backend.finish()
        raise AssertionError("the simulation never settled")

    def said(self) -> list[tuple[float, str]]:
        """(time, sentence) for each sentence begun, in order."""
        return [(t, entry[4:]) for t, entry in self.timeline if entry.startswith("say ")]

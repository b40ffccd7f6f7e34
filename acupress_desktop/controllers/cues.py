"""Sound and speech cues for a guided session, queued so that one never cuts another off.

The session controller says *what* to signal (``play(Cue.CHIME)``, ``say("Next: ...")``); the
CuePlayer decides *when*: one sound or spoken prompt at a time, the next one starting only when the
backend reports that the current one has finished. Sounds (QSoundEffect) and speech (QTextToSpeech)
sit behind two small protocols so tests inject fakes and never touch a real device. Both are
optional: a missing audio device or speech engine turns that kind of cue off with one notice for
the user, and nothing here ever raises into the session.

The Qt multimedia modules are imported only when the first cue needs them, so starting the app
opens no audio device and loads no speech plug-in.
"""

from __future__ import annotations

import functools
import logging
import shutil
import sys
import threading
import wave
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QUrl, Signal

from acupress_desktop.core.clock import Clock, SystemClock
from acupress_desktop.core.narration import Sentence, Weight, fitting_text, speaking_seconds

log = logging.getLogger(__name__)

#: A tick that could not start within this many seconds of its due time is dropped.
TICK_LATE_LIMIT = 0.5
#: A sound still "playing" this long after it started is treated as finished (lost notification).
SOUND_STALL_SECONDS = 5.0


class Cue(Enum):
    """The cue sounds; the value is the WAV file's stem in ``assets/sounds/``."""

    CHIME = "chime"
    TICK = "tick"
    SWITCH = "switch"
    END = "end"


@functools.cache
def wav_seconds(path: Path) -> float:
    """How long the WAV file at ``path`` plays (its header's frames and rate); 0 when it cannot
    be read (logged). Read once per path: the cue player and the Routines page's whole times
    both ask, the sounds are the app's own files."""
    try:
        with wave.open(str(path), "rb") as audio:
            return audio.getnframes() / max(1, audio.getframerate())
    except (OSError, EOFError, wave.Error) as exc:
        log.warning("cannot read the length of %s: %s", path, exc)
        return 0.0


class BackendUnavailableError(Exception):
    """A factory could not provide a backend (no audio device, no speech engine)."""


class SoundBackend(Protocol):
    """Plays one sound file; reports when it finished or failed through the handlers."""

    def set_handlers(self, finished: Callable[[], None], failed: Callable[[], None]) -> None:
        """Call ``finished`` when a play() has ended, ``failed`` when the sound cannot play."""
        ...

    def load(self, path: Path) -> bool:
        """Start loading ``path``; False when the file cannot be used at all."""
        ...

    def play(self) -> None:
        """Play the loaded sound once (as soon as it is loaded)."""
        ...

    def stop(self) -> None:
        """Stop playing now, without reporting ``finished``."""
        ...

    @property
    def is_playing(self) -> bool:
        """Whether a play() has not finished yet."""
        ...

    def set_volume(self, volume: float) -> None:
        """Volume from 0 (silent) to 1 (full)."""
        ...


class SpeechBackend(Protocol):
    """Speaks text; reports when an utterance finished or the engine failed."""

    def set_handlers(self, finished: Callable[[], None], failed: Callable[[], None]) -> None:
        """Call ``finished`` when a say() has ended, ``failed`` when the engine stops working."""
        ...

    def say(self, text: str) -> None:
        """Speak ``text``."""
        ...

    def stop(self) -> None:
        """Stop speaking now, without reporting ``finished``."""
        ...

    def set_locale(self, name: str) -> None:
        """Speak in the language of locale ``name`` ("es_ES") from the next say() on."""
        ...

    @property
    def is_speaking(self) -> bool:
        """Whether a say() has not finished yet."""
        ...

    def set_volume(self, volume: float) -> None:
        """Volume from 0 (silent) to 1 (full)."""
        ...

    @property
    def start_allowance(self) -> float:
        """Seconds a say() made now takes to be heard beyond the usual (an engine still
        starting: speech-dispatcher's first utterance); 0 once it has spoken."""
        ...


SoundFactory = Callable[[QObject], SoundBackend]
SpeechFactory = Callable[[QObject], SpeechBackend]


@dataclass(frozen=True)
class _Item:
    """One queued cue: a sound (``cue``) or a spoken sentence (``text``), due at ``due``.

    A sentence's ``weight``, ``until`` (the time by which it must have ended) and ``short``
    form decide what is said of it when the voice falls behind.
    """

    due: float
    cue: Cue | None = None
    text: str = ""
    weight: Weight = Weight.PHASE
    until: float | None = None
    short: str = ""

    def sentence(self) -> Sentence:
        """The sentence this item says."""
        return Sentence(self.text, self.weight, self.until, self.short)


class CuePlayer(QObject):
    """Plays cue sounds and spoken prompts one after another, each optional.

    Rules: a queued item starts only when the current one has finished (the backends' finished
    notifications drive the queue, no timers); sounds and speech share the one queue, so two
    never sound at once. The sounds carry the timing: a sentence is started only if it will have
    ended by its ``until`` (else its short form, else nothing; a how-to sentence takes the rest
    of the how-to with it), so the sound due next finds the voice silent; a sound due while a
    sentence has outrun its ``until`` all the same (a slow engine) stops that sentence rather
    than wait. A sentence without ``until`` and a sound are never cut off but by mute. A TICK
    (the 3-2-1 before a change) due while a sentence is being said is withheld at once: the
    voice is saying what comes next, and a tick that waited would count wrong
    (``ticks_withheld`` counts them); one that would start more than TICK_LATE_LIMIT seconds
    after its due time is dropped; every other sound is never dropped. Sentences (``narrate``) are said in order; a new phase's sentences
    replace those still waiting. The voice speaks the interface's locale. Muted, nothing plays or
    queues. Backends are created on first use (or by prepare()). See docs/sounds.md.

    Signals:
        cue_started(object): an item started: the Cue for a sound, the text (str) for speech.
        became_unavailable(str): sounds or speech were turned off because the device or engine is
            missing or failed; the argument is a translated one-line notice for the user. Emitted
            at most once per kind.

    Attributes:
        sounds_dir: the folder holding ``<cue>.wav`` files.
    """

    cue_started = Signal(object)
    became_unavailable = Signal(str)

    def __init__(
        self,
        sounds_dir: Path,
        parent: QObject | None = None,
        *,
        sound_factory: SoundFactory | None = None,
        speech_factory: SpeechFactory | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        self.sounds_dir = Path(sounds_dir)
        self._sound_factory: SoundFactory = sound_factory or qt_sound_factory
        self._speech_factory: SpeechFactory = speech_factory or qt_speech_factory
        self._clock: Clock = clock or SystemClock()
        self._sounds: dict[Cue, SoundBackend | None] = {}  # None: this file cannot be played
        self._speech: SpeechBackend | None = None
        self._sounds_failed = False
        self._speech_failed = False
        self._muted = False
        self._speech_enabled = True
        self._speech_locale = ""  # the locale last given to the speech backend
        self._volume = 1.0
        self._queue: deque[_Item] = deque()
        self._current: _Item | None = None
        self._current_backend: SoundBackend | SpeechBackend | None = None
        self._current_started = 0.0
        self._current_busy: Callable[[], bool] = bool
        self._pumping = False
        #: 3-2-1 ticks not played because a sentence was being said when they were due
        self.ticks_withheld = 0

    # --- state -------------------------------------------------------------------------------

    @property
    def muted(self) -> bool:
        """Whether all cues are silenced."""
        return self._muted

    @property
    def sounds_available(self) -> bool:
        """False once sounds were found not to work (no device); True until then."""
        return not self._sounds_failed

    @property
    def speech_available(self) -> bool:
        """False once speech was found not to work (no engine); True until then."""
        return not self._speech_failed

    @property
    def voice_on(self) -> bool:
        """Whether a sentence asked for now would be said: speech on, working, not muted."""
        return self._speech_enabled and not self._speech_failed and not self._muted

    @property
    def speech_enabled(self) -> bool:
        """Whether say() speaks (the user's "spoken prompts" setting)."""
        return self._speech_enabled

    @property
    def volume(self) -> float:
        """The volume given to every backend, 0..1."""
        return self._volume

    # --- commands ----------------------------------------------------------------------------

    def play(self, cue: Cue, due: float | None = None) -> None:
        """Queue a cue sound; ``due`` is when it should sound (monotonic, default: now)."""
        if self._muted or self._sounds_failed:
            return
        now = self._clock.now()
        item = _Item(due=now if due is None else due, cue=cue)
        current = self._current
        if cue is Cue.TICK and current is not None and current.cue is None:
            self.ticks_withheld += 1
            log.debug("a tick withheld: the voice is speaking")
            return
        if (
            current is not None
            and current.cue is None
            and current.until is not None
            and item.due <= now
            and now >= current.until - 1e-9
        ):
            log.info("a sentence outran its deadline by %.2f s; the sound due now stops it",
                     now - current.until)  # fmt: skip
            self._stop_current()
            ahead = next((i for i, q in enumerate(self._queue) if q.cue is None), len(self._queue))
            self._queue.insert(ahead, item)  # after the sounds waiting, before the sentences
        else:
            self._queue.append(item)
        self._pump()

    def say(self, text: str) -> None:
        """Queue a spoken prompt; it replaces a prompt that is still waiting in the queue."""
        self.narrate([Sentence(text)])

    def narrate(self, sentences: Sequence[Sentence], replace: bool = True) -> None:
        """Queue sentences, to be said in order after whatever is queued before them.

        ``replace`` (a new phase began): the sentences still waiting (of the phase that is
        over) are dropped first; the one being spoken is never cut. Otherwise (a remark inside
        the phase) they wait behind the others.
        """
        if self._muted or not self._speech_enabled or self._speech_failed:
            return
        if replace:
            self._queue = deque(item for item in self._queue if item.cue is not None)
        now = self._clock.now()
        for sentence in sentences:
            text = sentence.text.strip()
            if text:
                self._queue.append(
                    _Item(
                        due=now,
                        text=text,
                        weight=sentence.weight,
                        until=sentence.until,
                        short=sentence.short.strip(),
                    )
                )
        self._pump()

    def set_volume(self, volume: float) -> None:
        """Set the volume (clamped to 0..1) of every sound and of speech."""
        self._volume = min(1.0, max(0.0, float(volume)))
        backends: list[SoundBackend | SpeechBackend | None] = [*self._sounds.values(), self._speech]
        for backend in backends:
            if backend is not None:
                self._guard(backend.set_volume, self._volume)

    def set_muted(self, muted: bool) -> None:
        """Mute (stop the current cue, drop the queue, ignore new ones) or unmute."""
        self._muted = bool(muted)
        if self._muted:
            self._queue.clear()
            self._stop_current()

    def set_speech_enabled(self, enabled: bool) -> None:
        """Turn spoken prompts on or off; off stops and drops any pending speech."""
        self._speech_enabled = bool(enabled)
        if not enabled:
            self._queue = deque(item for item in self._queue if item.cue is not None)
            if self._current is not None and self._current.cue is None:
                self._stop_current()
                self._pump()

    def clear(self) -> None:
        """Drop everything queued (e.g. the session stopped); the current cue plays to its end."""
        self._queue.clear()

    def prepare(self) -> None:
        """Create and load the sound backends now, so the first cue of a session is not late,
        and start the voice when spoken prompts are on (on its own thread: speech-dispatcher is
        reached and its languages listed while the window goes on; controllers/ssip.py)."""
        if self._muted:
            return
        if self._speech_enabled:
            self._speech_backend()
        if self._sounds_failed:
            return
        for cue in Cue:
            if not self.sounds_available:  # a backend failed while loading
                break
            self._sound_for(cue)

    # --- scheduling --------------------------------------------------------------------------

    def _pump(self) -> None:
        """Start queued items until one is playing or the queue is empty."""
        if self._pumping:  # re-entered from a backend that finished synchronously
            return
        self._pumping = True
        try:
            self._release_if_stalled()
            while self._current is None and self._queue:
                self._start(self._queue.popleft())
        finally:
            self._pumping = False

    def _start(self, item: _Item) -> None:
        """Start one item, or drop it (stale tick, unavailable kind)."""
        now = self._clock.now()
        if item.cue is Cue.TICK and now - item.due > TICK_LATE_LIMIT:
            log.debug("dropped a tick %.2f s late", now - item.due)
            return
        if item.cue is not None:
            sound = self._sound_for(item.cue)
            if sound is not None and self._begin(item, sound, lambda: sound.is_playing, now):
                self._guard(sound.play, kind="sound")
        else:
            speech = self._speech_backend()
            if speech is None:
                return
            text = fitting_text(item.sentence(), now, speech.start_allowance)
            if not text:
                self._drop_late_sentence(item, now)
                return
            self._follow_language(speech)
            if self._begin(item, speech, lambda: speech.is_speaking, now):
                self._guard(speech.say, text, kind="speech")

    def _drop_late_sentence(self, item: _Item, now: float) -> None:
        """A sentence that would end after its deadline is not started; a how-to sentence takes
        the rest of the how-to with it (a step skipped in the middle would mislead)."""
        log.debug("dropped a %s sentence that would end %.1f s late", item.weight.value,
                  now + speaking_seconds(item.text) - (item.until or now))  # fmt: skip
        if item.weight is Weight.DETAIL:
            self._queue = deque(
                i for i in self._queue if i.cue is not None or i.weight is not Weight.DETAIL
            )

    def _follow_language(self, speech: SpeechBackend) -> None:
        """The voice speaks the interface's language: QLocale() is the one install_language set."""
        locale = QLocale().name()
        if locale != self._speech_locale:
            self._speech_locale = locale
            self._guard(speech.set_locale, locale, kind="speech")

    def _begin(
        self,
        item: _Item,
        backend: SoundBackend | SpeechBackend,
        busy: Callable[[], bool],
        now: float,
    ) -> bool:
        """Make ``item`` current and announce it; False if a slot muted or cleared us meanwhile."""
        self._current, self._current_backend, self._current_started = item, backend, now
        self._current_busy = busy
        self.cue_started.emit(item.cue if item.cue is not None else item.text)
        return self._current is item

    def _finish(self, backend: SoundBackend | SpeechBackend) -> None:
        """The backend reported the end of its cue: start the next one."""
        if self._current is None or backend is not self._current_backend:
            return  # a late report for a cue that was stopped or given up on
        self._current = self._current_backend = None
        self._pump()

    def _stop_current(self) -> None:
        """Stop and forget the current cue, without starting the next one."""
        backend = self._current_backend
        self._current = self._current_backend = None
        if backend is not None:
            self._guard(backend.stop)

    def _release_if_stalled(self) -> None:
        """Give up on a cue whose finished report never came, so the queue cannot jam."""
        item = self._current
        if item is None:
            return
        busy = self._current_busy()
        limit = SOUND_STALL_SECONDS + (0.15 * len(item.text) if item.cue is None else 0.0)
        if not busy or self._clock.now() - self._current_started > limit:
            log.warning("a cue never reported its end; moving on")
            self._current = self._current_backend = None

    # --- backends ----------------------------------------------------------------------------

    def sound_seconds(self, cue: Cue) -> float:
        """How long ``cue``'s sound lasts (read from its WAV header once), 0 when it cannot be
        read: what a sentence after it waits for."""
        return wav_seconds(self.sounds_dir / f"{cue.value}.wav")

    def _sound_for(self, cue: Cue) -> SoundBackend | None:
        """The backend for ``cue``, created and loaded on first use; None when unusable."""
        if self._sounds_failed:
            return None
        if cue in self._sounds:
            return self._sounds[cue]
        try:
            backend = self._sound_factory(self)
            backend.set_handlers(
                lambda: self._on_sound_finished(backend), lambda: self._on_sound_failed(backend)
            )
            backend.set_volume(self._volume)
            path = self.sounds_dir / f"{cue.value}.wav"
            loaded = backend.load(path)
        except Exception as exc:
            _log_unavailable("sound cues", exc)
            self._disable_sounds()
            return None
        if not self.sounds_available:  # the backend failed while loading
            return None
        if not loaded:
            log.warning("cue sound %s cannot be loaded; that cue stays silent", path)
        self._sounds[cue] = backend if loaded else None
        return self._sounds[cue]

    def _speech_backend(self) -> SpeechBackend | None:
        """The speech backend, created on first use; None when there is no engine."""
        if self._speech_failed:
            return None
        if self._speech is None:
            try:
                speech = self._speech_factory(self)
                speech.set_handlers(
                    lambda: self._on_speech_finished(speech), lambda: self._on_speech_failed(speech)
                )
                speech.set_volume(self._volume)
            except Exception as exc:
                _log_unavailable("spoken prompts", exc)
                self._disable_speech()
                return None
            if not self.speech_available:  # the engine failed while starting
                return None
            self._speech = speech
        return self._speech

    def _guard(self, call: Callable[..., None], *args: object, kind: str = "") -> None:
        """Call a backend method; an exception disables that kind instead of reaching the caller."""
        try:
            call(*args)
        except Exception:
            log.warning("cue backend call failed", exc_info=True)
            if kind == "sound":
                self._disable_sounds()
            elif kind == "speech":
                self._disable_speech()

    def _disable_sounds(self) -> None:
        """Turn sound cues off for good: drop queued sounds, tell the user once."""
        if self._sounds_failed:
            return
        self._sounds_failed = True
        self._queue = deque(item for item in self._queue if item.cue is None)
        if self._current is not None and self._current.cue is not None:
            self._current = self._current_backend = None
        self.became_unavailable.emit(
            QCoreApplication.translate("Cues", "Sound cues are off: no audio device was found.")
        )
        self._pump()

    def _disable_speech(self) -> None:
        """Turn spoken prompts off for good: drop queued speech, tell the user once."""
        if self._speech_failed:
            return
        self._speech_failed = True
        self._queue = deque(item for item in self._queue if item.cue is not None)
        if self._current is not None and self._current.cue is None:
            self._current = self._current_backend = None
        self.became_unavailable.emit(
            QCoreApplication.translate(
                "Cues", "Spoken prompts are off: no speech engine is available."
            )
        )
        self._pump()

    # --- backend reports ---------------------------------------------------------------------

    def _on_sound_finished(self, backend: SoundBackend) -> None:
        self._finish(backend)

    def _on_sound_failed(self, backend: SoundBackend) -> None:
        log.warning("a cue sound reported an error (no audio device?); sound cues are off")
        self._disable_sounds()

    def _on_speech_finished(self, backend: SpeechBackend) -> None:
        self._finish(backend)

    def _on_speech_failed(self, backend: SpeechBackend) -> None:
        log.warning("the speech engine reported an error; spoken guidance is off for this run")
        self._disable_speech()


# --- the real backends (Qt Multimedia / Qt TextToSpeech, imported on first use) ----------------


class QtSoundBackend(QObject):
    """SoundBackend over QSoundEffect.

    A missing device shows up as the effect's status turning to Error (reported through
    statusChanged), which is passed on as ``failed``; the end of a play() is the playing flag
    turning false.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtMultimedia import QSoundEffect

        self._effect = QSoundEffect(self)
        self._error = QSoundEffect.Status.Error
        self._pending = False
        self._started = False
        self._finished: Callable[[], None] = _nothing
        self._failed: Callable[[], None] = _nothing
        self._effect.statusChanged.connect(self._on_effect_status_changed)
        self._effect.playingChanged.connect(self._on_effect_playing_changed)

    def set_handlers(self, finished: Callable[[], None], failed: Callable[[], None]) -> None:
        """Where to report the end of a play() and a failure."""
        self._finished, self._failed = finished, failed

    def load(self, path: Path) -> bool:
        """Start loading ``path`` (asynchronous); False when the file does not exist."""
        if not path.is_file():
            return False
        self._effect.setSource(QUrl.fromLocalFile(str(path)))
        return True

    def play(self) -> None:
        """Play once; QSoundEffect starts as soon as the file is loaded."""
        self._pending, self._started = True, False
        self._effect.play()
        if self._effect.isPlaying():
            self._started = True

    def stop(self) -> None:
        """Stop without reporting ``finished``."""
        self._pending = False
        self._effect.stop()

    @property
    def is_playing(self) -> bool:
        """Whether a play() has not finished yet."""
        return self._pending

    def set_volume(self, volume: float) -> None:
        """Perceptual 0..1 volume, converted to QSoundEffect's linear scale."""
        from PySide6.QtMultimedia import QtAudio

        scale = QtAudio.VolumeScale
        linear = QtAudio.convertVolume(
            volume, scale.LogarithmicVolumeScale, scale.LinearVolumeScale
        )
        self._effect.setVolume(linear)

    def _on_effect_status_changed(self) -> None:
        if self._effect.status() == self._error:
            self._pending = False
            self._failed()

    def _on_effect_playing_changed(self) -> None:
        if self._effect.isPlaying():
            self._started = True
        elif self._pending and self._started:
            self._pending = False
            self._finished()


def _nothing() -> None:
    """Placeholder handler."""


def _log_unavailable(kind: str, exc: Exception) -> None:
    """Log why a kind of cue is off: one line when expected, the traceback when not."""
    if isinstance(exc, BackendUnavailableError):
        log.info("%s unavailable: %s", kind, exc)
    else:
        log.warning("%s unavailable", kind, exc_info=exc)


def qt_sound_factory(parent: QObject) -> SoundBackend:
    """A QSoundEffect backend; raises BackendUnavailableError when there is no audio output."""
    from PySide6.QtMultimedia import QMediaDevices

    if not QMediaDevices.audioOutputs():
        raise BackendUnavailableError("no audio output device")
    return QtSoundBackend(parent)


def qt_speech_factory(parent: QObject) -> SpeechBackend:
    """QTextToSpeech on the first real engine, on a thread of its own (controllers/speech.py:
    the speech server can keep a say() waiting for 30 s); raises BackendUnavailableError when
    there is no engine. An engine that fails to start is reported through ``failed``."""
    from PySide6.QtTextToSpeech import QTextToSpeech

    from acupress_desktop.controllers import speech_server
    from acupress_desktop.controllers.speech import ThreadedSpeechBackend

    closing = threading.Event()  # set at quit: a wait for the server ends at once
    path = speech_server.socket_path()
    if sys.platform.startswith("linux") and path is not None:
        if path.exists() or shutil.which("speech-dispatcher"):
            return ThreadedSpeechBackend(lambda: _ssip_engine(path, closing), parent, closing)

    engines = [name for name in QTextToSpeech.availableEngines() if name != "mock"]
    if not engines:
        raise BackendUnavailableError("no text-to-speech engine")
    name = engines[0]

    def make_engine() -> QTextToSpeech:
        # on the speech thread: speech-dispatcher is checked (and started) with plain sockets
        # first, since building Qt's engine holds Python's lock while it connects
        if name == "speechd":
            _require_speech_server(None, closing)
        return QTextToSpeech(name)

    return ThreadedSpeechBackend(make_engine, parent, closing)


def _ssip_engine(path: Path, closing: threading.Event) -> QObject:
    """On the speech thread: speech-dispatcher checked (and started if need be) with plain
    sockets, then spoken to in SSIP (controllers/ssip.py: Qt's engine lists every voice while
    Python's lock is held, which stopped the window for 1.5-2 s)."""
    from acupress_desktop.controllers.ssip import SsipEngine

    _require_speech_server(path, closing)
    return SsipEngine(path)


def _require_speech_server(path: Path | None, closing: threading.Event) -> None:
    """speech-dispatcher answers at ``path`` (None: where libspeechd looks), started if need
    be; EngineUnavailableError with the reason otherwise (the engine factory's failure: speech
    off)."""
    from acupress_desktop.controllers import speech_server
    from acupress_desktop.controllers.speech import EngineUnavailableError

    reason = speech_server.problem(path, stop=closing)
    if reason is not None:
        raise EngineUnavailableError(reason)

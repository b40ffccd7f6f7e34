"""CuePlayer scheduling with fake backends (no device, no waits), and the generated cue sounds."""

from __future__ import annotations

import importlib.util
import math
import struct
import subprocess
import sys
import wave
from pathlib import Path
from types import ModuleType

import pytest

from acupress_desktop.controllers.cues import (
    SOUND_STALL_SECONDS,
    TICK_LATE_LIMIT,
    Cue,
    CuePlayer,
)
from acupress_desktop.core.narration import Sentence, Weight
from tests.fakes import FakeClock
from tests.fakes_cues import FakeAudio

ROOT = Path(__file__).resolve().parents[2]
SOUNDS_DIR = ROOT / "assets" / "sounds"
NO_DEVICE = "Sound cues are off: no audio device was found."
NO_ENGINE = "Spoken prompts are off: no speech engine is available."


@pytest.fixture
def audio() -> FakeAudio:
    return FakeAudio()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def player(qtbot, audio: FakeAudio, clock: FakeClock) -> CuePlayer:  # type: ignore[no-untyped-def]
    return CuePlayer(
        SOUNDS_DIR,
        sound_factory=audio.sound_factory,
        speech_factory=audio.speech_factory,
        clock=clock,
    )


def recorder(signal) -> list[object]:  # type: ignore[no-untyped-def]
    """A list that collects every emission of ``signal``."""
    seen: list[object] = []
    signal.connect(seen.append)
    return seen


# --- order and overlap -------------------------------------------------------------------------


def test_nothing_is_created_before_the_first_cue(player: CuePlayer, audio: FakeAudio) -> None:
    """Building the player opens no device and loads no engine (lazy creation)."""
    assert audio.sound_factory_calls == 0
    assert audio.speech_factory_calls == 0
    assert player.sounds_available and player.speech_available


def test_queued_cues_play_in_order_without_overlap(player: CuePlayer, audio: FakeAudio) -> None:
    """Cues queued at once start one after another, each when the previous one finished."""
    for cue in (Cue.TICK, Cue.TICK, Cue.TICK, Cue.CHIME, Cue.SWITCH, Cue.END):
        player.play(cue)
    assert audio.started() == ["tick"]
    audio.finish()
    assert audio.started() == ["tick", "tick"]
    audio.finish_all()
    assert audio.started() == ["tick", "tick", "tick", "chime", "switch", "end"]
    assert audio.overlaps == []


def test_each_sound_file_is_loaded_once(player: CuePlayer, audio: FakeAudio) -> None:
    """A backend per cue, loaded from sounds_dir the first time that cue plays, then reused."""
    for _ in range(3):
        player.play(Cue.CHIME)
    audio.finish_all()
    assert audio.sound_factory_calls == 1
    assert audio.sound("chime").path == SOUNDS_DIR / "chime.wav"


def test_cue_started_reports_sounds_and_speech(player: CuePlayer, audio: FakeAudio) -> None:
    """cue_started carries the Cue for a sound and the text for speech, when each starts."""
    started = recorder(player.cue_started)
    player.play(Cue.CHIME)
    player.say("Next: Zusanli, left leg")
    assert started == [Cue.CHIME]
    audio.finish()
    assert started == [Cue.CHIME, "Next: Zusanli, left leg"]


def test_speech_waits_for_a_sound(player: CuePlayer, audio: FakeAudio) -> None:
    """A prompt queued during a chime starts only when the chime has finished."""
    player.play(Cue.CHIME)
    player.say("Next: Zusanli, left leg")
    assert audio.playing() == ["chime"]
    audio.finish()
    assert audio.playing() == ["speech"]
    assert audio.started() == ["chime", "say Next: Zusanli, left leg"]


def test_a_sound_waits_for_speech(player: CuePlayer, audio: FakeAudio) -> None:
    """A chime queued while a prompt (without a deadline) is spoken waits for it to end."""
    player.say("Switch sides")
    player.play(Cue.CHIME)
    assert audio.playing() == ["speech"]
    audio.finish()
    assert audio.started() == ["say Switch sides", "chime"]
    assert audio.overlaps == []


def test_a_tick_due_while_the_voice_speaks_is_withheld(player: CuePlayer, audio: FakeAudio) -> None:
    """The 3-2-1 ticks due while a sentence is said are not played later (a late count would
    mislead); they are counted, and the next one, due when the voice is silent, plays."""
    player.say("Switch sides. Next: Hegu, right hand")
    player.play(Cue.TICK)
    player.play(Cue.TICK)
    assert audio.playing() == ["speech"]
    audio.finish()
    player.play(Cue.TICK)
    assert audio.started() == ["say Switch sides. Next: Hegu, right hand", "tick"]
    assert player.ticks_withheld == 2


def test_a_sound_due_when_a_sentence_outran_its_deadline_stops_it(
    player: CuePlayer, audio: FakeAudio, clock: FakeClock
) -> None:
    """A voice slower than its estimate, still speaking when the chime of the next phase is
    due: the chime sounds on time and the sentence stops; its waiting sentences go too."""
    now = clock.now()
    player.narrate(
        [
            Sentence("Press: Hegu, left hand", until=now + 5),
            Sentence("Then breathe.", until=now + 9),
        ]
    )
    clock.advance(5)
    player.play(Cue.CHIME, due=clock.now())
    assert audio.playing() == ["chime"]
    assert audio.speech is not None and audio.speech.stops == 1
    player.narrate([Sentence("Press.")])  # the new phase's sentence replaces the waiting one
    audio.finish_all()
    assert audio.started() == ["say Press: Hegu, left hand", "chime", "say Press."]


def test_a_sentence_that_would_end_late_says_its_short_form_or_nothing(
    player: CuePlayer, audio: FakeAudio, clock: FakeClock
) -> None:
    """With 2 s to the next sound: the long form (3.4 s to say) gives way to "Switch sides."
    (1.8 s); with 1 s, nothing is said (the sound marks the change)."""
    now = clock.now()
    long = "Switch sides. Next: Hegu, right hand"
    player.narrate([Sentence(long, until=now + 2.0, short="Switch sides.")])
    audio.finish_all()
    player.narrate([Sentence(long, until=now + 1.0, short="Switch sides.")])
    audio.finish_all()
    assert audio.started() == ["say Switch sides."]


def test_an_engine_still_starting_counts_in_what_fits(
    player: CuePlayer, audio: FakeAudio, clock: FakeClock
) -> None:
    """The first sentence of a run waits for the engine to start (1.5 s, said by the backend):
    a sentence that would fit at once but not after that start gives way to its short form."""
    audio.speech_start_allowance = 1.5
    now = clock.now()
    player.narrate([Sentence("Get ready. First: Hegu", until=now + 3.5, short="Get ready.")])
    audio.finish_all()
    assert audio.started() == ["say Get ready."]


def test_a_newer_prompt_replaces_a_waiting_one(player: CuePlayer, audio: FakeAudio) -> None:
    """Skipping ahead quickly speaks only the latest prompt; the chimes all still sound."""
    player.play(Cue.CHIME)
    player.say("Next: Shenshu")
    player.play(Cue.CHIME)
    player.say("Next: Zusanli")
    audio.finish_all()
    assert audio.started() == ["chime", "chime", "say Next: Zusanli"]


def test_a_backend_that_finishes_inside_play_keeps_order(
    player: CuePlayer, audio: FakeAudio
) -> None:
    """A backend reporting finished synchronously from play() does not reorder or recurse badly."""
    audio.finish_at_once = True
    player.play(Cue.CHIME)
    player.say("Rest")
    player.play(Cue.END)
    assert audio.started() == ["chime", "say Rest", "end"]
    assert audio.overlaps == []


def test_a_late_finish_report_is_ignored(player: CuePlayer, audio: FakeAudio) -> None:
    """A finished report from a sound that was stopped does not end the cue now playing."""
    player.play(Cue.CHIME)
    chime = audio.sound("chime")
    player.set_muted(True)
    player.set_muted(False)
    player.play(Cue.SWITCH)
    chime.finished()  # late report from the stopped chime
    assert audio.playing() == ["switch"]


def test_a_cue_stuck_playing_does_not_jam_the_queue(
    player: CuePlayer, audio: FakeAudio, clock: FakeClock
) -> None:
    """A sound still "playing" past the stall limit is given up on when the next cue comes."""
    player.play(Cue.CHIME)
    player.play(Cue.SWITCH)
    clock.advance(SOUND_STALL_SECONDS - 0.1)
    player.play(Cue.END)
    assert audio.started() == ["chime"]
    clock.advance(0.2)
    player.play(Cue.END)
    assert audio.started() == ["chime", "switch"]


def test_a_lost_finish_report_does_not_jam_the_queue(player: CuePlayer, audio: FakeAudio) -> None:
    """A backend that stopped playing without reporting it is noticed when the next cue comes."""
    player.play(Cue.CHIME)
    player.play(Cue.SWITCH)
    audio.sound("chime").active = False  # ended, but the report never arrived
    player.play(Cue.END)
    assert audio.started() == ["chime", "switch"]
    assert audio.overlaps == []


# --- stale ticks -------------------------------------------------------------------------------


def test_stale_ticks_are_dropped_but_chimes_are_not(
    player: CuePlayer, audio: FakeAudio, clock: FakeClock
) -> None:
    """Ticks that would start more than 0.5 s late are dropped; the chime still plays late."""
    now = clock.now()
    player.play(Cue.SWITCH)
    player.play(Cue.TICK, due=now)
    player.play(Cue.TICK, due=now + 1)
    player.play(Cue.TICK, due=now + 2)
    player.play(Cue.CHIME, due=now + 3)
    clock.advance(2.4)  # the prompt was long: the first two ticks are too late now
    audio.finish()
    assert audio.playing() == ["tick"]
    audio.finish()
    clock.advance(5)  # a very late chime still sounds
    audio.finish_all()
    assert audio.started() == ["switch", "tick", "chime"]


def test_a_tick_within_the_limit_still_plays(
    player: CuePlayer, audio: FakeAudio, clock: FakeClock
) -> None:
    """A tick starting just under 0.5 s after its due time plays."""
    player.play(Cue.CHIME)
    player.play(Cue.TICK, due=clock.now())
    clock.advance(TICK_LATE_LIMIT - 0.01)
    audio.finish()
    assert audio.playing() == ["tick"]


def test_switch_and_end_are_never_dropped(
    player: CuePlayer, audio: FakeAudio, clock: FakeClock
) -> None:
    """However late, the switch-sides and end sounds play."""
    player.play(Cue.CHIME)
    player.play(Cue.SWITCH, due=clock.now())
    player.play(Cue.END, due=clock.now())
    clock.advance(3)
    audio.finish_all()
    assert audio.started() == ["chime", "switch", "end"]


# --- mute, clear, volume, speech setting ---------------------------------------------------------


def test_mute_stops_the_current_cue_and_drops_the_queue(
    player: CuePlayer, audio: FakeAudio
) -> None:
    """Muting silences the cue now playing, drops what was queued and ignores new cues."""
    player.play(Cue.CHIME)
    player.play(Cue.TICK)
    player.say("Next: Shenshu")
    player.set_muted(True)
    assert player.muted
    assert audio.playing() == []
    assert audio.sound("chime").stops == 1
    player.play(Cue.END)
    player.say("Well done")
    assert audio.started() == ["chime"]
    player.set_muted(False)
    assert not player.muted
    player.play(Cue.END)
    assert audio.started() == ["chime", "end"]


def test_clear_drops_the_queue_but_lets_the_current_cue_finish(
    player: CuePlayer, audio: FakeAudio
) -> None:
    """clear() (session stopped) keeps the sounding cue and forgets the rest."""
    player.play(Cue.CHIME)
    player.play(Cue.TICK)
    player.say("Next: Shenshu")
    player.clear()
    assert audio.playing() == ["chime"]
    audio.finish_all()
    assert audio.started() == ["chime"]


def test_volume_reaches_every_backend(player: CuePlayer, audio: FakeAudio) -> None:
    """The volume is given to backends created later and to those already there, clamped."""
    player.set_volume(0.4)
    player.play(Cue.CHIME)
    assert audio.sound("chime").volume == pytest.approx(0.4)
    audio.finish()
    player.say("Rest")
    assert audio.speech is not None and audio.speech.volume == pytest.approx(0.4)
    player.set_volume(0.7)
    assert audio.sound("chime").volume == pytest.approx(0.7)
    assert audio.speech.volume == pytest.approx(0.7)
    player.set_volume(3)
    assert player.volume == 1.0 and audio.speech.volume == 1.0
    player.set_volume(-1)
    assert audio.sound("chime").volume == 0.0


def test_speech_disabled_says_nothing(player: CuePlayer, audio: FakeAudio) -> None:
    """With spoken prompts off, say() is a no-op and no engine is loaded; sounds still play."""
    player.set_speech_enabled(False)
    player.say("Next: Shenshu")
    player.play(Cue.CHIME)
    assert audio.started() == ["chime"]
    assert audio.speech_factory_calls == 0
    assert not player.speech_enabled


def test_disabling_speech_stops_the_prompt_being_spoken(
    player: CuePlayer, audio: FakeAudio
) -> None:
    """Turning prompts off mid-sentence stops it and moves on to the next sound."""
    player.say("Next: Shenshu")
    player.play(Cue.CHIME)
    player.set_speech_enabled(False)
    assert audio.playing() == ["chime"]
    assert audio.speech is not None and audio.speech.stops == 1


def test_blank_text_is_not_spoken(player: CuePlayer, audio: FakeAudio) -> None:
    """Empty prompts are ignored."""
    player.say("   ")
    assert audio.started() == []


def test_prepare_loads_every_sound_ahead(player: CuePlayer, audio: FakeAudio) -> None:
    """prepare() creates and loads one backend per cue without playing anything, and starts
    the voice, so the first sentence of a session is not held up by the engine's start."""
    player.prepare()
    assert sorted(b.name for b in audio.backends()) == sorted([*(c.value for c in Cue), "speech"])
    assert audio.started() == []
    assert audio.speech_factory_calls == 1
    player.play(Cue.END)
    player.say("Get ready.")
    assert audio.sound_factory_calls == len(Cue)
    assert audio.speech_factory_calls == 1


def test_prepare_leaves_the_voice_alone_when_spoken_prompts_are_off(
    player: CuePlayer, audio: FakeAudio
) -> None:
    player.set_speech_enabled(False)
    player.prepare()
    assert audio.speech_factory_calls == 0
    assert len(audio.backends()) == len(Cue)


# --- unavailable device or engine ----------------------------------------------------------------


def test_no_audio_device_gives_one_notice_then_silence(player: CuePlayer, audio: FakeAudio) -> None:
    """Without a device: one notice, sounds_available turns false, later play() does nothing."""
    audio.no_device = True
    notices = recorder(player.became_unavailable)
    player.play(Cue.CHIME)
    player.play(Cue.TICK)
    player.prepare()
    assert notices == [NO_DEVICE]
    assert not player.sounds_available
    assert audio.sound_factory_calls == 1
    player.say("Next: Shenshu")  # speech is unaffected
    assert audio.started() == ["say Next: Shenshu"]


def test_a_sound_backend_failing_while_playing_gives_one_notice(
    player: CuePlayer, audio: FakeAudio
) -> None:
    """The device failing mid-queue: one notice, queued sounds dropped, speech goes on."""
    notices = recorder(player.became_unavailable)
    player.play(Cue.CHIME)
    player.play(Cue.TICK)
    player.say("Next: Shenshu")
    player.play(Cue.END)
    audio.sound("chime").fail()
    assert notices == [NO_DEVICE]
    assert audio.playing() == ["speech"]
    audio.finish()
    player.play(Cue.SWITCH)
    audio.sound("chime").fail()  # a second failure report changes nothing
    assert notices == [NO_DEVICE]
    assert audio.started() == ["chime", "say Next: Shenshu"]
    assert audio.sound_factory_calls == 1


def test_every_backend_failing_at_once_never_raises(player: CuePlayer, audio: FakeAudio) -> None:
    """Backends that fail from inside play()/say() switch both kinds off, one notice each."""
    audio.fail_on_start = True
    notices = recorder(player.became_unavailable)
    player.play(Cue.CHIME)
    player.say("Next: Shenshu")
    player.play(Cue.TICK)
    player.say("Rest")
    assert notices == [NO_DEVICE, NO_ENGINE]
    assert not player.sounds_available and not player.speech_available


def test_a_missing_sound_file_silences_only_that_cue(player: CuePlayer, audio: FakeAudio) -> None:
    """A file that cannot be loaded is skipped, without a notice; the other cues play."""
    audio.missing = {"tick"}
    notices = recorder(player.became_unavailable)
    player.play(Cue.TICK)
    player.play(Cue.CHIME)
    player.play(Cue.TICK)
    audio.finish_all()
    assert audio.started() == ["chime"]
    assert notices == []
    assert player.sounds_available


def test_missing_speech_engine_gives_one_notice_then_silence(
    player: CuePlayer, audio: FakeAudio
) -> None:
    """Without a speech engine: one notice, say() becomes a no-op, sounds are unaffected."""
    audio.no_engine = True
    notices = recorder(player.became_unavailable)
    player.say("Next: Shenshu")
    player.say("Rest")
    player.play(Cue.CHIME)
    assert notices == [NO_ENGINE]
    assert not player.speech_available
    assert audio.speech_factory_calls == 1
    assert audio.started() == ["chime"]


def test_speech_engine_failing_while_speaking_moves_on(player: CuePlayer, audio: FakeAudio) -> None:
    """The engine going into error mid-prompt: one notice, and the next sound starts."""
    notices = recorder(player.became_unavailable)
    player.say("Next: Shenshu")
    player.play(Cue.CHIME)
    assert audio.speech is not None
    audio.speech.fail()
    assert notices == [NO_ENGINE]
    assert audio.playing() == ["chime"]
    player.say("Rest")
    audio.finish_all()
    assert audio.started() == ["say Next: Shenshu", "chime"]


def test_importing_cues_loads_no_multimedia_module() -> None:
    """Importing the module (at app start) loads neither Qt Multimedia nor Qt TextToSpeech."""
    code = (
        "import sys, acupress_desktop.controllers.cues\n"
        "loaded = [m for m in sys.modules if 'QtMultimedia' in m or 'QtTextToSpeech' in m]\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr


# --- the generated sounds ------------------------------------------------------------------------


def load_generator() -> ModuleType:
    """packaging/make_sounds.py, imported by path (packaging/ is not a package)."""
    spec = importlib.util.spec_from_file_location(
        "make_sounds", ROOT / "packaging" / "make_sounds.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generator_reproduces_the_committed_sounds(tmp_path: Path) -> None:
    """Running make_sounds.py gives the committed WAV files byte for byte."""
    written = load_generator().generate(tmp_path)
    assert sorted(p.name for p in written) == sorted(f"{c.value}.wav" for c in Cue)
    for path in written:
        assert path.read_bytes() == (SOUNDS_DIR / path.name).read_bytes(), path.name


@pytest.mark.parametrize(
    ("cue", "seconds"),
    [(Cue.CHIME, 1.2), (Cue.TICK, 0.12), (Cue.SWITCH, 0.8), (Cue.END, 2.0)],
)
def test_sound_files_format_length_and_level(cue: Cue, seconds: float) -> None:
    """Each cue: 44.1 kHz mono 16-bit, stated length, peak near -6 dBFS, ends without a click."""
    with wave.open(str(SOUNDS_DIR / f"{cue.value}.wav"), "rb") as wav:
        assert (wav.getframerate(), wav.getnchannels(), wav.getsampwidth()) == (44_100, 1, 2)
        frames = wav.getnframes()
        samples = struct.unpack(f"<{frames}h", wav.readframes(frames))
    assert frames / 44_100 == pytest.approx(seconds, rel=0.10)
    peak = max(abs(s) for s in samples)
    assert peak < 32_767
    assert 20 * math.log10(peak / 32_768) == pytest.approx(-6.0, abs=1.0)
    edge = 44  # 1 ms: starts and ends at (near) zero, so no click
    assert max(abs(s) for s in samples[:3]) < 0.01 * peak
    assert max(abs(s) for s in samples[-edge:]) < 0.01 * peak


# --- narration: sentences in order, deadlines ---------------------------------------------------


def test_narrated_sentences_are_said_in_order_after_the_sound(
    player: CuePlayer, audio: FakeAudio
) -> None:
    """A phase's chime, then each of its sentences, each when the one before has ended."""
    player.play(Cue.CHIME)
    player.narrate([Sentence("Get ready."), Sentence("Step one.", Weight.DETAIL)])
    audio.finish_all()
    assert audio.started() == ["chime", "say Get ready.", "say Step one."]
    assert audio.overlaps == []


def test_a_new_phase_replaces_the_waiting_sentences_not_the_one_being_said(
    player: CuePlayer, audio: FakeAudio
) -> None:
    """The step being said ends; the steps still waiting are dropped for the new phase's cue."""
    player.narrate([Sentence(f"Step {n}.", Weight.DETAIL) for n in (1, 2, 3)])
    player.play(Cue.CHIME)
    player.narrate([Sentence("Press.")])
    audio.finish_all()
    assert audio.started() == ["say Step 1.", "chime", "say Press."]
    assert audio.speech is not None and audio.speech.stops == 0


def test_a_remark_waits_behind_the_phase_sentences(player: CuePlayer, audio: FakeAudio) -> None:
    """replace=False (a remark inside the phase) keeps what is waiting and goes after it."""
    player.narrate([Sentence("Press."), Sentence("Step 1.", Weight.DETAIL)])
    player.narrate([Sentence("Halfway.", Weight.INFO)], replace=False)
    audio.finish_all()
    assert audio.started() == ["say Press.", "say Step 1.", "say Halfway."]


def test_a_sentence_that_would_end_after_its_deadline_is_not_started(
    player: CuePlayer, audio: FakeAudio, clock: FakeClock
) -> None:
    """Said at 0 s: "Get ready." (no deadline) then how-to steps due to end by 6 s. Step 1 (2.6 s)
    fits; step 2 would end at 7.04 s, so it and step 3 (which would fit) are dropped."""
    until = clock.now() + 6.0
    player.narrate(
        [
            Sentence("Get ready."),
            Sentence("x" * 30 + ".", Weight.DETAIL, until),  # 0.5 + 31 * 0.07 = 2.67 s
            Sentence("y" * 40 + ".", Weight.DETAIL, until),  # 3.37 s
            Sentence("z.", Weight.DETAIL, until),
        ]
    )
    clock.advance(1.0)
    audio.finish()  # "Get ready." ended at 1 s
    clock.advance(2.67)
    audio.finish()  # step 1 ended at 3.67 s: step 2 would end at 7.04 s
    assert audio.started() == ["say Get ready.", "say " + "x" * 30 + "."]
    assert audio.playing() == []
    player.narrate([Sentence("Press.")], replace=False)
    assert audio.started()[-1] == "say Press."


def test_a_phase_sentence_is_said_however_late(
    player: CuePlayer, audio: FakeAudio, clock: FakeClock
) -> None:
    """A phase cue has no deadline: after a long sentence it is still said, next."""
    player.narrate([Sentence("A long sentence."), Sentence("Press.")])
    clock.advance(30)
    audio.finish()
    assert audio.started() == ["say A long sentence.", "say Press."]


def test_muting_drops_the_narration(player: CuePlayer, audio: FakeAudio) -> None:
    """Mute stops the sentence now and forgets the rest; narrate() is a no-op while muted."""
    player.narrate([Sentence("Get ready."), Sentence("Step 1.", Weight.DETAIL)])
    player.set_muted(True)
    player.narrate([Sentence("Press.")])
    player.set_muted(False)
    assert audio.log == ["say Get ready.", "stop speech"]
    assert audio.playing() == []


def test_a_sounds_length_comes_from_its_file(qtbot, tmp_path: Path, audio: FakeAudio, caplog) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    """What a sentence after a sound waits for: the shipped chime lasts 1.2 s and the switch
    sound 0.8 s; a file that is not a WAV (or is missing) counts as 0 s and says why in the log,
    without creating any audio device."""
    shipped = CuePlayer(SOUNDS_DIR, sound_factory=audio.sound_factory)
    assert shipped.sound_seconds(Cue.CHIME) == pytest.approx(1.2)
    assert shipped.sound_seconds(Cue.SWITCH) == pytest.approx(0.8)
    (tmp_path / "chime.wav").write_bytes(b"not a wav")
    broken = CuePlayer(tmp_path, sound_factory=audio.sound_factory)
    assert broken.sound_seconds(Cue.CHIME) == 0.0
    assert broken.sound_seconds(Cue.END) == 0.0
    assert "cannot read the length" in caplog.text
    assert audio.sound_factory_calls == 0

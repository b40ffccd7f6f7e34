"""When the session's cue sounds are heard, against when the plan says they are due.

A private PulseAudio (its own runtime folder, a null sink as the default sink) plays what the
real app sends it; ``parec`` records the null sink's monitor. The app runs as its own process,
offscreen, and starts a short routine from the command line (3 s get ready and switch, 5 s
steps: chimes, a switch sound, 3-2-1 ticks and the end sound, 14 cues in 21 s). With
ACUPRESS_REPORT_SESSION set it prints the moment its plan's offset 0 was, on its session clock
(CLOCK_BOOTTIME), and the plan's phases: the due times of the cues come from the app itself.

The recording is put on the same clock by timing its arrival: each chunk read from ``parec``
at time ``t`` with ``n`` samples received so far says the first sample was recorded no later
than ``t - n / rate``; the smallest of these bounds over the whole recording is the one the
least delayed by the machine's load (the difference between the smallest bound in the first
and in the last third of the recording is printed: it shows drift or lost samples).

Onsets are found in a 1 ms peak envelope (benchmarks/onsets.py) and matched to the planned
cues. Printed: each cue's error (heard minus due; what a listener hears, the app's own delay
and the sound system's output latency included), the median and worst |error| (goals ≤ 30 ms
and ≤ 60 ms), cues missing, cues overlapping the sound before them. Once with spoken prompts
off, once on when a speech engine works (speech-dispatcher with espeak-ng, in the same runtime
folder): a prompt is queued after each phase's chime, so later cues wait for it or are dropped.
"""

from __future__ import annotations

import argparse
import json
import os
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from benchmarks.onsets import (
    Match,
    detect_onsets,
    envelope,
    mark_withheld,
    match_cues,
    planned_cues,
    threshold_for,
)

ROOT = Path(__file__).resolve().parent.parent
RATE = 48000
SINK = "cuebench"
#: speech-dispatcher speaks into a sink of its own, so speech and cue sounds are told apart
SPEECH_SINK = "cuebench_speech"
#: the routine played: every kind of cue, short steps (as the real-input suite's)
ROUTINE = {
    "format": "acupress-routines",
    "version": 1,
    "routines": [
        {
            "name": "Cue bench",
            "steps": [
                {"point": "BL23", "seconds": 5, "sides": "both"},
                {"point": "GV4", "seconds": 5, "sides": "both"},
            ],
            "rest_seconds": 0,
            "rounds": 1,
            "get_ready_seconds": 3,
            "switch_seconds": 3,
            "breathing": "relaxed",
        }
    ],
}
#: ``--lengths ordinary``: the lengths a person uses (the default 5 s get ready and switch, a
#: minute a side), with full narration when speech is on: the point's sentences, "Halfway",
#: "Switch sides. Next: …" have room, so words and the count are heard together
ORDINARY_ROUTINE = {
    **ROUTINE,
    "routines": [
        {
            **ROUTINE["routines"][0],  # type: ignore[index]
            "steps": [{"point": "BL23", "seconds": 60, "sides": "both"}],
            "get_ready_seconds": 5,
            "switch_seconds": 5,
        }
    ],
}
#: the end sound rings 2 s after the plan's end; a spoken last prompt takes longer
TAIL_SECONDS = {False: 2.5, True: 6.0}


def session_clock() -> float:
    """The app's session clock (core/clock.py SystemClock): CLOCK_BOOTTIME on Linux."""
    return time.clock_gettime(getattr(time, "CLOCK_BOOTTIME", time.CLOCK_MONOTONIC))


def wait_for(condition: Callable[[], object], seconds: float, what: str) -> None:
    """Poll ``condition()`` until true; RuntimeError naming ``what`` after ``seconds``."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise RuntimeError(what)
        time.sleep(0.05)


@contextmanager
def private_pulseaudio(folder: Path) -> Iterator[dict[str, str]]:
    """A PulseAudio of our own (as tests/desktop/desktop.py starts it) whose default sink is a
    48 kHz null sink; yields the environment that reaches it."""
    runtime = folder / "runtime"
    runtime.mkdir(mode=0o700)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PULSE_", "PIPEWIRE_"))}
    env.update(XDG_RUNTIME_DIR=str(runtime), PULSE_RUNTIME_PATH=str(runtime / "pulse"),
               HOME=str(folder), XDG_CACHE_HOME=str(folder / "cache"))  # fmt: skip
    log = (folder / "pulseaudio.log").open("w")
    server = subprocess.Popen(
        ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--disallow-exit",
         "-L", f"module-null-sink sink_name={SINK} rate={RATE}",
         "-L", f"module-null-sink sink_name={SPEECH_SINK} rate={RATE}",
         "-L", "module-native-protocol-unix"],
        env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        wait_for((runtime / "pulse" / "native").exists, 10, "PulseAudio did not start")
        yield env
    finally:
        _end(server)
        log.close()


def _end(process: subprocess.Popen[bytes] | subprocess.Popen[str]) -> None:
    """SIGTERM, then SIGKILL after 10 s."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class Recorder:
    """``parec`` of the null sink's monitor, mono s16 at RATE, read by a thread that notes when
    each chunk arrived (session clock)."""

    def __init__(self, env: dict[str, str], sink: str = SINK) -> None:
        self._process = subprocess.Popen(
            ["parec", "--format=s16le", f"--rate={RATE}", "--channels=1", "--latency-msec=5",
             "-d", f"{sink}.monitor"],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        self._data = bytearray()
        self.arrivals: list[tuple[float, int]] = []  # (when read, samples received by then)
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()
        wait_for(lambda: len(self.arrivals) > 10, 10, "parec records nothing")

    def _read(self) -> None:
        assert self._process.stdout is not None
        fd = self._process.stdout.fileno()
        while True:
            chunk = os.read(fd, 1 << 16)
            now = session_clock()
            if not chunk:
                return
            self._data += chunk
            self.arrivals.append((now, len(self._data) // 2))

    def stop(self) -> tuple[array[int], float, float]:
        """The samples, the session-clock time of the first one, and the drift check (the
        first-third bound minus the last-third bound, seconds)."""
        _end(self._process)
        self._thread.join(timeout=10)
        samples = array("h")
        samples.frombytes(bytes(self._data[: len(self._data) // 2 * 2]))
        bounds = [when - count / RATE for when, count in self.arrivals]
        third = max(1, len(bounds) // 3)
        return samples, min(bounds), min(bounds[:third]) - min(bounds[-third:])


@dataclass(frozen=True)
class Run:
    """One recorded session."""

    speech: bool
    matches: list[Match]
    extra_sounds: int
    drift: float
    spoken: list[tuple[float, float]]  # each prompt's start and end (s from the plan's start)
    late: float | None = None  # the latest the app's session tickers fired after due (s)


@contextmanager
def speech_dispatcher(folder: Path, env: dict[str, str]) -> Iterator[bool]:
    """speech-dispatcher in our runtime folder (so it speaks through our PulseAudio), as
    tests/desktop/desktop.py starts it; yields False when it is not installed or will not start."""
    if not (shutil.which("speech-dispatcher") and shutil.which("espeak-ng")):
        yield False
        return
    log = (folder / "speech-dispatcher.log").open("w")
    server = subprocess.Popen(["speech-dispatcher", "-s", "-t", "0"], stdout=log,
                              env=dict(env, PULSE_SINK=SPEECH_SINK), stderr=subprocess.STDOUT)  # fmt: skip
    socket = Path(env["XDG_RUNTIME_DIR"]) / "speech-dispatcher" / "speechd.sock"
    try:
        wait_for(socket.exists, 10, "speech-dispatcher did not start")
        started = True
    except RuntimeError:
        started = False
    try:
        yield started
    finally:
        _end(server)
        log.close()


def sounds_in(
    recorder: Recorder, origin: float, min_gap: int
) -> tuple[list[tuple[float, float, bool]], float]:
    """Stop ``recorder``; its sounds as ``(onset, end, during previous)`` in seconds from the
    plan's start, and its clock check."""
    samples, first_sample, drift = recorder.stop()
    env_1ms = envelope(samples, RATE // 1000)
    offset = first_sample - origin  # plan offset of the recording's first sample
    found = detect_onsets(env_1ms, threshold_for(env_1ms), min_gap=min_gap)
    return [
        (offset + s.onset / 1000, offset + (s.end + 1) / 1000, s.during_previous) for s in found
    ], drift


def merge_spans(spans: list[tuple[float, float]], gap: float) -> list[tuple[float, float]]:
    """Spans less than ``gap`` apart joined (the words of one spoken prompt)."""
    merged: list[tuple[float, float]] = []
    for start, end in sorted(spans):
        if merged and start - merged[-1][1] < gap:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def record_session(folder: Path, env: dict[str, str], speech: bool, ordinary: bool = False) -> Run:
    """Run the app through the routine once, recording the null sinks; match the cues."""
    data = folder / ("data-speech" if speech else "data")
    shutil.rmtree(data, ignore_errors=True)
    data.mkdir()
    guidance = ("full" if ordinary else "names") if speech else "none"
    settings = {"schema_version": 1, "safety_notice_seen": True, "point_time_suggested": False,
                "spoken_guidance": guidance}  # fmt: skip
    (data / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    routine = folder / "cuebench.acupress.json"
    routine.write_text(json.dumps(ORDINARY_ROUTINE if ordinary else ROUTINE), encoding="utf-8")
    recorder = Recorder(env)
    speech_recorder = Recorder(env, SPEECH_SINK) if speech else None
    app_env = dict(env, QT_QPA_PLATFORM="offscreen", ACUPRESS_REPORT_SESSION="1")
    app = subprocess.Popen(
        [sys.executable, "-m", "acupress_desktop", "--data-dir", str(data), "--no-safety-notice",
         str(routine), "--routine", "Cue bench"],
        cwd=ROOT, env=app_env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    origin = 0.0
    try:
        assert app.stdout is not None
        ready, _, _ = select.select([app.stdout], [], [], 60)
        line = app.stdout.readline() if ready else ""
        if not line.startswith("session "):
            raise RuntimeError(f"the app reported no session start ({line.strip()!r})")
        _word, origin_text, phases_text = line.split(" ", 2)
        origin = float(origin_text)
        phases = [(str(k), float(s), float(d)) for k, s, d in json.loads(phases_text)]
        end = phases[-1][1] + phases[-1][2]
        time.sleep(max(0.0, origin + end + TAIL_SECONDS[speech] - session_clock()))
    finally:
        app.send_signal(signal.SIGTERM)
        try:
            app.wait(timeout=30)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()
        rest = app.stdout.read() if app.stdout is not None else ""
        late = next((float(x.split()[1]) / 1000 for x in rest.splitlines() if x.startswith("late ")),
                    None)  # fmt: skip
        sounds, drift = sounds_in(recorder, origin, min_gap=30)
        words, _ = sounds_in(speech_recorder, origin, 30) if speech_recorder else ([], 0.0)
    spoken = merge_spans([(a, b) for a, b, _ in words], gap=0.3)  # one prompt, one span
    matches = match_cues(planned_cues(phases), sounds)
    heard = {m.onset for m in matches}
    extra = sum(1 for s in sounds if s[0] not in heard)
    # a cue that starts while a prompt is being spoken overlaps it
    matches = [
        replace(m, overlapping=True)
        if m.onset is not None and any(a <= m.onset < b for a, b in spoken)
        else m
        for m in matches
    ]
    return Run(speech, mark_withheld(matches, spoken), extra, drift, spoken, late)


def report(run: Run) -> None:
    """Print one run's cues and summary."""
    label = "spoken prompts on" if run.speech else "spoken prompts off"
    print(f"  {label}: cue, due (s from the plan's start), heard, error")
    for m in run.matches:
        if m.withheld:
            print(f"    {m.cue.name:6} {m.cue.due:6.2f}   withheld: a prompt was being said")
        elif m.error is None:
            print(f"    {m.cue.name:6} {m.cue.due:6.2f}   missing")
        else:
            note = "   overlaps the sound before it" if m.overlapping else ""
            print(
                f"    {m.cue.name:6} {m.cue.due:6.2f} {m.onset:8.3f} {m.error * 1000:+8.1f} ms{note}"
            )
    errors = [abs(m.error) for m in run.matches if m.error is not None]
    signed = [m.error for m in run.matches if m.error is not None]
    centre = statistics.median(signed) if signed else 0.0
    spread = [abs(e - centre) for e in signed]  # the constant output latency taken out
    missing = sum(1 for m in run.matches if m.error is None and not m.withheld)
    withheld = sum(1 for m in run.matches if m.withheld)
    overlapping = sum(1 for m in run.matches if m.overlapping)
    if errors:
        print(
            f"    |error| median {statistics.median(errors) * 1000:.1f} ms (goal ≤ 30), worst "
            f"{max(errors) * 1000:.1f} ms (goal ≤ 60); about the median error "
            f"({centre * 1000:+.1f} ms): median {statistics.median(spread) * 1000:.1f} ms, "
            f"worst {max(spread) * 1000:.1f} ms"
        )
    if run.speech:
        spans = ", ".join(f"{a:.2f}–{b:.2f}" for a, b in run.spoken)
        print(f"    prompts spoken (s): {spans}")
    if run.late is not None:
        print(
            f"    the window's thread: a frame or second was at most {run.late * 1000:.0f} ms late"
        )
    print(
        f"    {len(run.matches)} cues planned, {missing} missing, {withheld} ticks withheld "
        f"while a prompt was said, {overlapping} overlapping, "
        f"{run.extra_sounds} other sounds (notes within a cue); recording clock check "
        f"{run.drift * 1000:+.1f} ms"
    )


def main(argv: list[str]) -> int:
    """Record the routine with spoken prompts off and on; print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--speech", choices=("off", "on", "both"), default="both")
    parser.add_argument(
        "--lengths",
        choices=("short", "ordinary"),
        default="short",
        help="short: 3 s and 5 s phases (14 cues in 21 s); ordinary: 5 s get ready and switch, "
        "a minute a side, full narration when speech is on (about 2 min 20 s a run)",
    )
    args = parser.parse_args(argv)
    ordinary = args.lengths == "ordinary"
    missing = [tool for tool in ("pulseaudio", "parec") if shutil.which(tool) is None]
    if missing:
        print(f"cue onsets: skipped, {' and '.join(missing)} not installed")
        return 0
    print(
        f"cue onsets ({args.lengths} phases): the routine's cues recorded from a null sink, "
        "against the app's plan"
    )
    try:
        with tempfile.TemporaryDirectory() as home:
            folder = Path(home)
            with private_pulseaudio(folder) as env:
                wanted = {"off": [False], "on": [True], "both": [False, True]}[args.speech]
                for speech in wanted:
                    try:
                        if not speech:
                            report(record_session(folder, env, speech, ordinary))
                            continue
                        with speech_dispatcher(folder, env) as started:
                            if started:
                                report(record_session(folder, env, speech, ordinary))
                            else:
                                print(
                                    "  spoken prompts on: skipped, speech-dispatcher does not start"
                                )
                    except RuntimeError as exc:  # a benchmark reports; make bench goes on
                        print(f"  spoken prompts {'on' if speech else 'off'}: failed, {exc}")
    except RuntimeError as exc:  # PulseAudio would not start
        print(f"  skipped: {exc}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

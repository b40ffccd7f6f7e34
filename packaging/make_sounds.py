"""Generate the session cue sounds (assets/sounds/*.wav) with the standard library only.

Every sound is synthesised from sine partials with exponential decays, mixed in floating point,
normalised to a peak of about -6 dBFS and written as 44.1 kHz, 16-bit mono WAV. Each sound starts
and ends with a short raised-cosine fade, and every note inside a sound has its own soft attack, so
nothing clicks. The only randomness (the wood-block tick's strike noise) comes from a fixed seed:
running the script twice gives byte-identical files, and a test checks that the committed files are
exactly what this script writes.

Usage::

    python packaging/make_sounds.py            # writes into assets/sounds/
    python packaging/make_sounds.py --out DIR  # writes somewhere else (e.g. to compare)
"""

from __future__ import annotations

import argparse
import math
import random
import struct
import wave
from collections.abc import Callable, Sequence
from pathlib import Path

RATE = 44_100
PEAK_DBFS = -6.0
SEED = 20_240_611
FULL_SCALE = 32_767

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "assets" / "sounds"

# A partial: (frequency ratio to the note's pitch, relative amplitude, decay time constant in s).
Partial = tuple[float, float, float]

# A free bar's modes (1 : 2.756 : 5.404 : 8.933) give the light, inharmonic ring of a wind chime.
BELL: Sequence[Partial] = (
    (1.0, 1.00, 0.34),
    (2.756, 0.32, 0.20),
    (5.404, 0.12, 0.10),
    (8.933, 0.05, 0.06),
)
# Soft mallet on a tuned bar: a round fundamental, its octave and a faint marimba-like overtone.
MALLET: Sequence[Partial] = (
    (1.0, 1.00, 0.26),
    (2.0, 0.16, 0.14),
    (3.93, 0.06, 0.06),
)
# Warm singing-bowl tone for the ending: mostly harmonic, long and slow.
BOWL: Sequence[Partial] = (
    (1.0, 1.00, 0.70),
    (2.0, 0.22, 0.40),
    (2.98, 0.07, 0.22),
    (4.16, 0.03, 0.12),
)
# A small wood block: two stiff body modes that die within a few tens of milliseconds.
WOOD: Sequence[Partial] = (
    (1.0, 1.00, 0.016),
    (2.47, 0.35, 0.009),
    (4.1, 0.10, 0.005),
)


def silence(seconds: float) -> list[float]:
    """A buffer of zeros ``seconds`` long."""
    return [0.0] * round(seconds * RATE)


def add_note(
    buffer: list[float],
    start: float,
    pitch: float,
    partials: Sequence[Partial],
    *,
    gain: float = 1.0,
    attack: float = 0.006,
    detune_hz: float = 0.0,
) -> None:
    """Mix one struck note into ``buffer`` (in place) from ``start`` seconds to the buffer's end.

    Each partial decays exponentially with its own time constant; a raised-cosine attack of
    ``attack`` seconds softens the strike. A non-zero ``detune_hz`` adds a quieter twin of the
    fundamental, a little sharp, whose slow beating makes a bell shimmer.
    """
    first = round(start * RATE)
    attack_samples = max(1, round(attack * RATE))
    voices = [(pitch * ratio, amp, tau) for ratio, amp, tau in partials]
    if detune_hz:
        voices.append((pitch + detune_hz, 0.28, partials[0][2]))
    for i in range(first, len(buffer)):
        t = (i - first) / RATE
        value = 0.0
        for freq, amp, tau in voices:
            if freq >= RATE / 2:
                continue
            value += amp * math.exp(-t / tau) * math.sin(2.0 * math.pi * freq * t)
        n = i - first
        if n < attack_samples:
            value *= 0.5 - 0.5 * math.cos(math.pi * n / attack_samples)
        buffer[i] += gain * value


def add_strike_noise(buffer: list[float], seconds: float, gain: float, seed: int) -> None:
    """Mix a short, low-passed noise burst (the stick touching the wood) into the buffer's start."""
    rng = random.Random(seed)
    count = round(seconds * RATE)
    smooth = 0.0
    for i in range(min(count, len(buffer))):
        smooth += 0.35 * (rng.uniform(-1.0, 1.0) - smooth)  # one-pole low-pass, about 3 kHz
        envelope = math.sin(math.pi * i / count)  # rises and falls back to zero: no edge
        buffer[i] += gain * envelope * smooth


def fade(buffer: list[float], fade_in: float, fade_out: float) -> None:
    """Raised-cosine fade-in and fade-out at the buffer's ends, so it starts and ends at zero."""
    n_in = max(1, round(fade_in * RATE))
    n_out = max(1, round(fade_out * RATE))
    length = len(buffer)
    for i in range(min(n_in, length)):
        buffer[i] *= 0.5 - 0.5 * math.cos(math.pi * i / n_in)
    for j in range(min(n_out, length)):
        buffer[length - 1 - j] *= 0.5 - 0.5 * math.cos(math.pi * j / n_out)


def to_pcm16(buffer: Sequence[float], peak_dbfs: float = PEAK_DBFS) -> bytes:
    """Scale so the loudest sample sits at ``peak_dbfs`` and pack as little-endian 16-bit."""
    peak = max(abs(v) for v in buffer) or 1.0
    scale = FULL_SCALE * 10.0 ** (peak_dbfs / 20.0) / peak
    samples = [max(-FULL_SCALE, min(FULL_SCALE, round(v * scale))) for v in buffer]
    return struct.pack(f"<{len(samples)}h", *samples)


def chime() -> list[float]:
    """A soft bell (C5 wind-chime bar, slight shimmer), about 1.2 s: a new phase begins."""
    buffer = silence(1.2)
    add_note(buffer, 0.0, 1046.5 / 2, BELL, attack=0.004, detune_hz=1.6)
    fade(buffer, 0.002, 0.12)
    return buffer


def tick() -> list[float]:
    """A gentle wood-block tick, 0.12 s: one of the 3-2-1 before a change."""
    buffer = silence(0.12)
    add_note(buffer, 0.0, 1180.0, WOOD, attack=0.0012)
    add_strike_noise(buffer, 0.004, 0.25, SEED)
    fade(buffer, 0.0005, 0.03)
    return buffer


def switch() -> list[float]:
    """Two rising mallet notes (G4 then D5, a fifth up), 0.8 s: switch sides."""
    buffer = silence(0.8)
    add_note(buffer, 0.0, 392.00, MALLET, attack=0.008)
    add_note(buffer, 0.26, 587.33, MALLET, attack=0.008)
    fade(buffer, 0.002, 0.15)
    return buffer


def end() -> list[float]:
    """Three descending bowl notes (G5, E5, C5) that resolve home, 2 s: the session is over."""
    buffer = silence(2.0)
    add_note(buffer, 0.0, 783.99, BOWL, gain=0.8, attack=0.010)
    add_note(buffer, 0.34, 659.26, BOWL, gain=0.85, attack=0.010)
    add_note(buffer, 0.68, 523.25, BOWL, gain=1.0, attack=0.012, detune_hz=0.9)
    fade(buffer, 0.002, 0.45)
    return buffer


SOUNDS: dict[str, Callable[[], list[float]]] = {
    "chime.wav": chime,
    "tick.wav": tick,
    "switch.wav": switch,
    "end.wav": end,
}


def write_wav(path: Path, buffer: Sequence[float]) -> None:
    """Write ``buffer`` as a 44.1 kHz, 16-bit mono WAV file."""
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(to_pcm16(buffer))


def generate(out_dir: Path) -> list[Path]:
    """Write every cue sound into ``out_dir`` (created if needed); return the paths written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, make in SOUNDS.items():
        path = out_dir / name
        write_wav(path, make())
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder to write into")
    args = parser.parse_args(argv)
    for path in generate(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

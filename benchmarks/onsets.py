"""Sound onsets in a recording, and matching them to the cues a session plan calls for.

Pure functions (no Qt, no audio, no clock), so they are tested on synthetic signals
(tests/benchmarks/test_onsets.py); benchmarks/cue_onsets.py feeds them a real recording.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

#: Phases at least this long get the 3-2-1 ticks (controllers/session_controller.py's
#: TICKS_MIN_PHASE_SECONDS; tests/benchmarks/test_onsets.py checks the two agree).
TICKS_MIN_PHASE_SECONDS = 5.0


@dataclass(frozen=True)
class Sound:
    """One detected sound, in envelope windows: from ``onset`` to ``end`` (last loud window).

    ``during_previous``: it began while the previous sound was still audible (a sharp rise
    with no silence before it), i.e. it overlapped the previous sound.
    """

    onset: int
    end: int
    during_previous: bool = False


@dataclass(frozen=True)
class PlannedCue:
    """A cue the plan calls for: its name and when it is due (seconds from the plan's start)."""

    name: str
    due: float


@dataclass(frozen=True)
class Match:
    """A planned cue and the sound heard for it (None: missing); times in seconds."""

    cue: PlannedCue
    onset: float | None = None
    end: float | None = None
    overlapping: bool = False
    #: a tick not played, by design, because it fell due while a prompt was being said
    withheld: bool = False

    @property
    def error(self) -> float | None:
        """Heard minus due, in seconds (positive: late)."""
        return None if self.onset is None else self.onset - self.cue.due


def envelope(samples: Sequence[int], window: int) -> list[int]:
    """Peak absolute sample value in each run of ``window`` samples (the last partial run too)."""
    peaks = []
    for start in range(0, len(samples), window):
        chunk = samples[start : start + window]
        peaks.append(max(max(chunk), -min(chunk)))
    return peaks


def noise_floor(env: Sequence[int]) -> float:
    """The recording's quiet level: the 10th percentile of the envelope (cues fill far less
    than 90 % of a session's recording; a null sink's silence is exact zeros)."""
    if not env:
        return 0.0
    ordered = sorted(env)
    return float(ordered[len(ordered) // 10])


def threshold_for(env: Sequence[int], minimum: float = 30.0) -> float:
    """Onset threshold: 4 % of the loudest window (so quiet and loud cue volumes both work),
    at least 8× the noise floor and at least ``minimum`` (−61 dBFS for 16-bit samples)."""
    peak = max(env, default=0)
    return max(minimum, 8.0 * noise_floor(env), 0.04 * peak)


def detect_onsets(
    env: Sequence[int],
    threshold: float,
    min_gap: int = 30,
    rise_ratio: float = 4.0,
    rise_lookback: int = 10,
) -> list[Sound]:
    """Sounds in an envelope: a sound starts where the envelope reaches ``threshold`` after at
    least ``min_gap`` windows below ``threshold / 2`` (or at the start), and ends at its last
    window at or above ``threshold / 2`` before such a gap. A sound that starts while another
    is still audible is found by its rise: the envelope at least ``rise_ratio`` times its
    highest value ``rise_lookback`` to ``2 * rise_lookback`` windows earlier (and at least
    ``min_gap`` windows after the current sound's onset), or back at ``threshold`` after more
    than 3 windows below ``threshold / 2`` but fewer than ``min_gap``; that sound is
    ``during_previous`` (too close to the previous one to be heard apart from it).

    The onset is moved back over the windows of the attack that are above ``threshold / 4``
    (at most ``rise_lookback`` windows), so a slow attack is timed from where it begins.
    """
    release = threshold / 2
    sounds: list[Sound] = []
    onset: int | None = None
    overlapped = False
    last_loud = -min_gap - 1

    def attack_start(i: int) -> int:
        j = i
        while j > 0 and i - j < rise_lookback and env[j - 1] >= threshold / 4:
            j -= 1
        return j

    for i, level in enumerate(env):
        if onset is None:
            if level >= threshold:
                onset, overlapped, last_loud = attack_start(i), False, i
            continue
        if level >= release:
            earlier = env[max(0, i - 2 * rise_lookback) : max(0, i - rise_lookback + 1)]
            after_dip = i - last_loud > 3  # back after a silence too short to end the sound
            rising = (
                level >= threshold
                and i - onset >= min_gap
                and bool(earlier)
                and level >= rise_ratio * max(earlier)
            )
            if level >= threshold and (after_dip or rising):
                start = attack_start(i) if after_dip else i
                sounds.append(Sound(onset, last_loud if after_dip else i - 1, overlapped))
                onset, overlapped = start, True
            last_loud = i
        elif i - last_loud >= min_gap:
            sounds.append(Sound(onset, last_loud, overlapped))
            onset = None
    if onset is not None:
        sounds.append(Sound(onset, last_loud, overlapped))
    return sounds


def planned_cues(phases: Sequence[tuple[str, float, float]]) -> list[PlannedCue]:
    """The cues a session controller plays for a plan of ``(kind, start, duration)`` phases:
    a chime at each phase's start (a switch sound for a "switch" phase; none for a first
    "get_ready"), ticks 3, 2 and 1 s before the end of each phase of at least
    TICKS_MIN_PHASE_SECONDS, the end sound at the plan's end."""
    cues: list[PlannedCue] = []
    for index, (kind, start, duration) in enumerate(phases):
        if kind == "switch":
            cues.append(PlannedCue("switch", start))
        elif index > 0 or kind != "get_ready":
            cues.append(PlannedCue("chime", start))
        if duration >= TICKS_MIN_PHASE_SECONDS:
            cues.extend(PlannedCue("tick", start + duration - left) for left in (3, 2, 1))
    if phases:
        _kind, start, duration = phases[-1]
        cues.append(PlannedCue("end", start + duration))
    return cues


#: How long each cue sounds above the onset threshold's half, as detected (seconds): the
#: tick's knock ~0.06, the switch's two notes ~0.76, the chime ~1.1, the end ~1.9.
KIND_BY_LENGTH = ((0.3, "tick"), (0.95, "switch"), (1.5, "chime"), (float("inf"), "end"))


def kind_of(seconds: float) -> str:
    """Which cue a sound of this length is (KIND_BY_LENGTH)."""
    return next(kind for longest, kind in KIND_BY_LENGTH if seconds < longest)


def _fits(
    sound: tuple[float, float, bool], cue: PlannedCue, same: float, other: float, early: float
) -> bool:
    """Whether ``sound`` can be ``cue``'s: not too early, of its kind and before ``same`` (a
    sound of unknown kind: before ``other``)."""
    onset, end, during = sound
    if onset < cue.due - early:
        return False
    if during:  # of unknown kind: only until the next cue is due
        return onset < other
    return kind_of(end - onset) == cue.name and onset < same


def match_cues(
    planned: Sequence[PlannedCue],
    sounds: Sequence[tuple[float, float, bool]],
    early: float = 0.25,
    last_wait: float = 5.0,
) -> list[Match]:
    """Each planned cue, in order, with the first unused sound ``(onset, end, during
    previous)`` of its kind (by its length, :func:`kind_of`; a sound that began during another
    may have been cut short, so it matches any kind) heard from ``early`` seconds before the
    cue's due time until ``early`` seconds before the next cue of its kind is due (of any kind,
    for a sound of unknown kind; ``last_wait`` seconds after it when there is none), and after the sound matched to the
    cue before it; None when there is none (missing: a late tick is dropped). Sounds left over
    belong to no cue. A matched sound is ``overlapping`` when it started before the sound
    matched to the previous cue had ended, or while another sound was audible."""
    matches: list[Match] = []
    next_free = 0
    previous_end: float | None = None
    for number, cue in enumerate(planned):
        later = planned[number + 1 :]
        same = next((c.due for c in later if c.name == cue.name), cue.due + last_wait + early)
        other = next((c.due for c in later), cue.due + last_wait + early)

        found = next(
            (k for k in range(next_free, len(sounds))
             if _fits(sounds[k], cue, same - early, other - early, early)),
            None,
        )  # fmt: skip
        if found is None:
            matches.append(Match(cue))
            continue
        onset, end, during = sounds[found]
        overlapping = during or (previous_end is not None and onset < previous_end)
        matches.append(Match(cue, onset, end, overlapping))
        previous_end, next_free = end, found + 1
    return matches


#: A prompt counts as being said (for the app) from this long before its sound is heard (the
#: engine's start) until this long after (the end report): the app withholds a tick due then.
SPEAKING_MARGIN = 0.5


def mark_withheld(matches: Sequence[Match], spoken: Sequence[tuple[float, float]]) -> list[Match]:
    """The missing ticks that fell due while a prompt was being said (``spoken`` spans, with
    SPEAKING_MARGIN either side): withheld by the app on purpose, not lost."""
    return [
        replace(m, withheld=True)
        if m.onset is None
        and m.cue.name == "tick"
        and any(a - SPEAKING_MARGIN <= m.cue.due < b + SPEAKING_MARGIN for a, b in spoken)
        else m
        for m in matches
    ]

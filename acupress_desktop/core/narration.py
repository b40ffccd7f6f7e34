"""Spoken guidance: its levels, the sentences a session says, and how long one takes to say.

Pure data and arithmetic, no Qt: the words themselves are made (translated) by
``controllers/narration.py``; the cue player (``controllers/cues.py``) queues and drops sentences
by their weight and deadline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum


class Guidance(Enum):
    """How much a session says aloud (the "Spoken guidance" setting)."""

    NONE = "none"  # nothing is spoken (the sounds still play)
    CUES = "cues"  # the phase cues: "Get ready", "Press", "Switch sides", "Rest", the end
    NAMES = "names"  # and the point and side: "Get ready. First: Hegu, left hand", "Next: ..."
    FULL = "full"  # and how to find each point, and "Halfway" in the middle of a press


#: The setting's values, in the order the Settings dialog offers them.
GUIDANCE_CHOICES: tuple[str, ...] = tuple(level.value for level in Guidance)
#: What a new user (and anyone whose saved settings predate the choice, with spoken prompts on)
#: gets: the spoken prompts Acupress has always said.
DEFAULT_GUIDANCE = Guidance.NAMES.value


def guidance_level(value: str) -> Guidance:
    """The level for a saved value (an unknown one: the default)."""
    try:
        return Guidance(value)
    except ValueError:
        return Guidance(DEFAULT_GUIDANCE)


class Weight(Enum):
    """How much a sentence matters when the voice falls behind.

    PHASE: the phase cue ("Press", "Switch sides. Next: ..."): never dropped in favour of
        anything; only a newer phase's sentences replace it while it is still waiting.
    INFO: a short remark inside a phase ("Halfway"): dropped when it would end after its deadline.
    DETAIL: how to find the point: dropped, with the rest of its kind, when it would end after
        its deadline or when the next phase begins.
    """

    PHASE = "phase"
    INFO = "info"
    DETAIL = "detail"


@dataclass(frozen=True)
class Sentence:
    """One utterance: its text, weight and the monotonic time by which it must have ended.

    ``short``: what to say instead when ``text`` would end after ``until`` ("Press." for "Next:
    Shenshu, left side. Press"); when neither fits, nothing is said (the sound marks the change
    and the screen shows it). A sentence without ``until`` is always said whole.
    """

    text: str
    weight: Weight = Weight.PHASE
    until: float | None = None
    short: str = ""


#: The speaking-time estimate: a start-up allowance plus so much per character. espeak-ng's
#: default rate (175 words a minute) says about 15 characters a second in English and Spanish;
#: 0.07 s a character is a little slower, so an estimate errs on the long side.
SPEECH_START_SECONDS = 0.5
SPEECH_SECONDS_PER_CHARACTER = 0.07
#: speech-dispatcher reports the end of an utterance about 0.35 s after its sound has ended
#: (measured, docs/benchmarks.md); the next cue waits for that report.
SPEECH_END_REPORT_SECONDS = 0.4

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“¿¡(]?[A-ZÁÉÍÓÚÑ0-9])")


def speaking_seconds(text: str) -> float:
    """About how long ``text`` takes to say (on the long side)."""
    return SPEECH_START_SECONDS + SPEECH_SECONDS_PER_CHARACTER * len(text)


def fitting_text(sentence: Sentence, now: float, allowance: float = 0.0) -> str:
    """What to say of ``sentence`` starting at ``now`` so that it has ended (and its end has been
    reported) by its deadline: the text, else its short form, else "" (nothing).

    ``allowance``: seconds before speech begins (a speech engine still starting).
    """
    if sentence.until is None:
        return sentence.text
    for text in (sentence.text, sentence.short):
        end = now + allowance + speaking_seconds(text) + SPEECH_END_REPORT_SECONDS
        if text and end <= sentence.until + 1e-9:
            return text
    return ""


def split_sentences(text: str) -> list[str]:
    """A step of text split into its sentences (at ". " before a capital letter)."""
    return [part.strip() for part in _SENTENCE_END.split(text.strip()) if part.strip()]

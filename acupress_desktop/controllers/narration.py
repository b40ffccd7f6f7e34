"""The sentences a session says at each level of spoken guidance (translated), with their weights.

The controller asks for a phase's sentences when the phase begins (and for "Halfway" in the middle
of a press); the cue player says them in order and drops what no longer fits (core/narration.py).
The how-to sentences are the catalogue's own "how to find it" steps, in the language the
catalogue is shown in, split at sentence ends.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from acupress_desktop.controllers.session_text import side_phrase
from acupress_desktop.core.catalogue import Catalogue
from acupress_desktop.core.narration import (
    SPEECH_END_REPORT_SECONDS,
    Guidance,
    Sentence,
    Weight,
    speaking_seconds,
    split_sentences,
)
from acupress_desktop.core.plan import Phase, PhaseKind, SessionPlan

#: Presses shorter than this get no "Halfway".
HALFWAY_MIN_SECONDS = 10.0


def _where(phase: Phase, catalogue: Catalogue) -> str:
    point = catalogue.point(phase.point_id)
    return f"{point.pinyin}, {side_phrase(point, phase.side)}"


def how_to_find(phase: Phase, catalogue: Catalogue, until: float | None) -> list[Sentence]:
    """The point's "how to find it" steps, one sentence each, droppable (DETAIL)."""
    point = catalogue.point(phase.point_id)
    return [
        Sentence(text, Weight.DETAIL, until)
        for step in point.locate
        for text in split_sentences(step)
    ]


def phase_sentences(
    phase: Phase,
    previous: Phase | None,
    catalogue: Catalogue,
    level: Guidance,
    detail_until: float | None = None,
    phase_until: float | None = None,
) -> list[Sentence]:
    """What is said when ``phase`` begins (``previous``: the phase before it, None at the start).

    ``detail_until``: the monotonic time by which a how-to sentence must have ended (when the
    3-2-1 ticks before the next change begin, or the phase ends). ``phase_until``: the same for
    the phase's own sentence (the phase's end, the next sound): it is said whole if it fits,
    else as its phase's one word ("Press."), else not at all (the sound marks the change).
    """
    if level is Guidance.NONE:
        return []
    names = level in (Guidance.NAMES, Guidance.FULL)
    where = _where(phase, catalogue)
    new_point = previous is None or previous.kind in (PhaseKind.PRESS, PhaseKind.FIND)
    if phase.kind is PhaseKind.FIND:
        text = (
            QCoreApplication.translate(
                "Session", "Find the point: %1. Press Space when you have found it."
            ).replace("%1", where)
            if names
            else QCoreApplication.translate("Session", "Find the point.")
        )
        sentences = [Sentence(text, Weight.PHASE, None)]
        if level is Guidance.FULL or names:
            sentences += how_to_find(phase, catalogue, None)
        return sentences
    if previous is not None and previous.kind is PhaseKind.FIND and phase.kind is PhaseKind.PRESS:
        new_point = False  # the point was just found and described
    short = _cue_word(phase.kind)  # what the Cues level says, and the short form of the rest
    if phase.kind is PhaseKind.GET_READY:
        text = (
            QCoreApplication.translate("Session", "Get ready. First: %1").replace("%1", where)
            if names
            else short
        )
    elif phase.kind is PhaseKind.SWITCH:
        text = (
            QCoreApplication.translate("Session", "Switch sides. Next: %1").replace("%1", where)
            if names
            else short
        )
    elif phase.kind is PhaseKind.REST:
        text = (
            QCoreApplication.translate("Session", "Rest. Next: %1").replace("%1", where)
            if names
            else short
        )
    elif names and previous is None:
        text = QCoreApplication.translate("Session", "Press: %1").replace("%1", where)
    elif names and new_point:
        text = QCoreApplication.translate("Session", "Next: %1. Press").replace("%1", where)
    else:
        text = short
    sentences = [Sentence(text, Weight.PHASE, phase_until, "" if short == text else short)]
    # how to find a point: when it is announced before it is pressed (get ready, rest), or when
    # it is pressed straight away (first, or straight after another point); not when switching
    announces = phase.kind in (PhaseKind.GET_READY, PhaseKind.REST)
    if level is Guidance.FULL and (announces or (phase.kind is PhaseKind.PRESS and new_point)):
        sentences += how_to_find(phase, catalogue, detail_until)
    return sentences


#: The phases that announce what comes next before it is pressed.
ANNOUNCING = (PhaseKind.GET_READY, PhaseKind.SWITCH, PhaseKind.REST)


def room_for_words(
    plan: SessionPlan,
    catalogue: Catalogue,
    level: Guidance,
    lead_seconds: Callable[[int], float],
    count_seconds: float,
    min_counted: float,
) -> SessionPlan:
    """``plan`` with each counted get-ready, switch and rest long enough for its own sentence to
    be said whole before its 3-2-1 count: the words and every tick are heard.

    ``lead_seconds(index)``: what comes before the sentence in phase ``index`` (its sound, and
    at the start the engine's first-utterance allowance). ``count_seconds``: how long before
    the change the count begins; ``min_counted``: the shortest phase that has a count. A phase
    the person made longer than it needs is left alone; how-to sentences are not given room
    (they are dropped when they do not fit, as before).
    """
    if level is Guidance.NONE:
        return plan
    previous: Phase | None = None
    for index in range(len(plan.phases)):
        phase = plan.phases[index]  # read anew: its start moves as earlier phases grow
        if phase.kind in ANNOUNCING and phase.duration >= min_counted:
            text = phase_sentences(phase, previous, catalogue, level)[0].text
            needed = (
                lead_seconds(index)
                + speaking_seconds(text)
                + SPEECH_END_REPORT_SECONDS
                + count_seconds
            )
            if needed > phase.duration:
                plan = plan.extended(index, math.ceil(needed - phase.duration))
        previous = plan.phases[index]
    return plan


def _cue_word(kind: PhaseKind) -> str:
    """The phase in one or two words, as the Cues level says it."""
    if kind is PhaseKind.GET_READY:
        return QCoreApplication.translate("Session", "Get ready.")
    if kind is PhaseKind.SWITCH:
        return QCoreApplication.translate("Session", "Switch sides.")
    if kind is PhaseKind.REST:
        return QCoreApplication.translate("Session", "Rest.")
    if kind is PhaseKind.FIND:
        return QCoreApplication.translate("Session", "Find the point.")
    return QCoreApplication.translate("Session", "Press.")


def halfway_sentence(level: Guidance, until: float | None, cue: bool = False) -> list[Sentence]:
    """ "Halfway", in the middle of a press: at Full narration, or whenever speech is on when
    the routine asks for the halfway cue (``cue``)."""
    if level is Guidance.NONE or (level is not Guidance.FULL and not cue):
        return []
    return [Sentence(QCoreApplication.translate("Session", "Halfway."), Weight.INFO, until)]


def end_sentences(level: Guidance) -> list[Sentence]:
    """What is said when the session has run to its end."""
    if level is Guidance.NONE:
        return []
    if level is Guidance.CUES:
        return [Sentence(QCoreApplication.translate("Session", "Session complete."))]
    return [Sentence(QCoreApplication.translate("Session", "Well done. The session is complete."))]

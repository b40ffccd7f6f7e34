"""The routines list's texts: a routine's time ("about 7 min · 1 min each side") and what a
screen reader reads for a row; pure, tested alone."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from acupress_desktop.core.catalogue import Catalogue
from acupress_desktop.core.plan import build_plan
from acupress_desktop.core.routine import Routine
from acupress_desktop.storage.routines import StoredRoutine
from acupress_desktop.ui.labels import duration_text, time_in_words

#: How each press is timed: every press "each side" of a point on both sides, every press of a
#: point on one side or the middle line ("each"), or the presses differ in time ("").
BOTH_SIDES, EACH, VARIED = "both", "each", ""


def whole_minutes(seconds: float) -> tuple[int, bool]:
    """The total for the list: (whole seconds under a minute, else minutes to the nearest, half
    a minute up), and whether that is exact (6:00 is "6 min", 6:40 "about 7 min")."""
    shown = round(seconds)
    if shown < 60:
        return shown, True
    minutes = int(seconds / 60 + 0.5)
    return minutes * 60, minutes * 60 == shown


def press_kind(routine: Routine, catalogue: Catalogue) -> str:
    """``BOTH_SIDES``, ``EACH`` or ``VARIED`` (presses of different times; points on both sides
    mixed with one-sided ones are ``EACH``: every press has that time)."""
    if not routine.steps or len({step.seconds for step in routine.steps}) != 1:
        return VARIED
    both = [
        catalogue.point(step.point_id).bilateral and step.sides == "both" for step in routine.steps
    ]
    return BOTH_SIDES if all(both) else EACH


def _time_parts(routine: Routine, catalogue: Catalogue, say: Callable[[int], str]) -> list[str]:
    """The routine's whole time, then each press's when they are all alike, each said by
    ``say`` (written or spoken)."""
    total, exact = whole_minutes(build_plan(routine, catalogue).total)
    parts = [
        say(total)
        if exact
        else QCoreApplication.translate("RoutinesPage", "about %1").replace("%1", say(total))
    ]
    kind = press_kind(routine, catalogue)
    press = say(routine.steps[0].seconds)
    if kind == BOTH_SIDES:
        parts.append(QCoreApplication.translate("Labels", "%1 each side").replace("%1", press))
    elif kind == EACH:
        parts.append(QCoreApplication.translate("RoutinesPage", "%1 each").replace("%1", press))
    return parts


def routine_time_text(routine: Routine, catalogue: Catalogue) -> str:
    """ "6 min · 1 min each side", "about 4 min · 1 min each", "about 9 min" (times differ)."""
    return " · ".join(_time_parts(routine, catalogue, duration_text)) if routine.steps else ""


def routine_time_words(routine: Routine, catalogue: Catalogue) -> str:
    """The time as a screen reader says it: "about 7 minutes, 1 minute each side"."""
    return ", ".join(_time_parts(routine, catalogue, time_in_words)) if routine.steps else ""


def points_text(count: int) -> str:
    """ "1 point", "3 points"."""
    if count == 1:
        return QCoreApplication.translate("RoutinesPage", "1 point")
    return QCoreApplication.translate("RoutinesPage", "%1 points").replace("%1", str(count))


def routine_accessible_text(entry: StoredRoutine, catalogue: Catalogue) -> str:
    """What a screen reader reads for a row: "Lower back, built-in, favourite, about 7 minutes,
    3 points: BL23 Shenshu, BL40 Weizhong, GB30 Huantiao" (no star: it would be read out as
    "black star")."""
    routine = entry.routine
    parts = [
        routine.name,
        QCoreApplication.translate("RoutinesPage", "built-in")
        if routine.builtin
        else QCoreApplication.translate("RoutinesPage", "yours"),
    ]
    if entry.favourite:
        parts.append(QCoreApplication.translate("RoutinesPage", "favourite"))
    time = routine_time_words(routine, catalogue)
    if time:
        parts.append(time)
    names = []
    for step in routine.steps:
        point = catalogue.point(step.point_id)
        names.append(f"{point.code} {point.pinyin}")
    listed = points_text(len(routine.steps))
    if names:
        listed += ": " + ", ".join(names)
    parts.append(listed)
    return ", ".join(parts)

"""The routine card's texts: a step's time per side, a point's caution, the routine's facts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from acupress_desktop.core.catalogue import Catalogue, Point
from acupress_desktop.core.plan import build_plan
from acupress_desktop.core.routine import Routine
from acupress_desktop.ui.labels import breathing_name, duration_text, format_clock


def caution_text(point: Point) -> str:
    """The caution printed under a point ("" when there is none)."""
    parts = []
    if point.cautions.pregnancy == "avoid":
        parts.append(QCoreApplication.translate("RoutineCard", "Avoid in pregnancy."))
    elif point.cautions.pregnancy == "caution":
        parts.append(QCoreApplication.translate("RoutineCard", "Caution in pregnancy."))
    if point.cautions.gentle:
        parts.append(QCoreApplication.translate("RoutineCard", "Gentle pressure only."))
    return " ".join(parts)


def routine_facts(routine: Routine, catalogue: Catalogue) -> str:
    """ "3 points · whole routine 9:30 · rest 10 s · breathing: Relaxed (4 in, 6 out)"."""
    count = len(routine.steps)
    points = (
        QCoreApplication.translate("RoutineCard", "1 point")
        if count == 1
        else QCoreApplication.translate("RoutineCard", "%1 points").replace("%1", str(count))
    )
    parts = [points]
    if routine.steps:
        total = build_plan(routine, catalogue).total
        parts.append(
            QCoreApplication.translate("RoutineCard", "whole routine %1").replace(
                "%1", format_clock(round(total))
            )
        )
    if routine.rest_seconds:
        parts.append(
            QCoreApplication.translate("RoutineCard", "rest %1").replace(
                "%1", duration_text(routine.rest_seconds)
            )
        )
    if routine.rounds > 1:
        parts.append(
            QCoreApplication.translate("RoutineCard", "%1 rounds").replace(
                "%1", str(routine.rounds)
            )
        )
    parts.append(
        QCoreApplication.translate("RoutineCard", "breathing: %1").replace(
            "%1", breathing_name(routine.breathing)
        )
    )
    return " · ".join(parts)

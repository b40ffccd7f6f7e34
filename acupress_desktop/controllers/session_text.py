"""Words for a session: side names per limb, the phase title, the screen-reader milestones."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from acupress_desktop.core.catalogue import Catalogue, Point
from acupress_desktop.core.plan import Phase, PhaseKind
from acupress_desktop.core.session import Snapshot

_LIMB_OF_VIEW = {
    "hand-dorsal": "hand",
    "hand-ulnar": "hand",
    "forearm-dorsal": "arm",
    "elbow-lateral": "arm",
    "leg-front": "leg",
    "leg-inner": "leg",
    "thigh-inner": "leg",
    "calf-back": "leg",
    "knee-back": "knee",
    "foot-dorsal": "foot",
    "ankle-outer": "ankle",
    "ankle-inner": "ankle",
    "buttock-hip": "hip",
    "shoulder-top": "shoulder",
}


def side_phrase(point: Point, side: str) -> str:
    """ "left hand", "right leg", "left side" or "on the spine" for a point and side."""
    if side == "midline":
        return (
            QCoreApplication.translate("Session", "on the spine")
            if point.view == "lower-back"
            else QCoreApplication.translate("Session", "on the midline")
        )
    limb = _LIMB_OF_VIEW.get(point.view, "side")
    phrases = {
        ("left", "hand"): QCoreApplication.translate("Session", "left hand"),
        ("right", "hand"): QCoreApplication.translate("Session", "right hand"),
        ("left", "arm"): QCoreApplication.translate("Session", "left arm"),
        ("right", "arm"): QCoreApplication.translate("Session", "right arm"),
        ("left", "leg"): QCoreApplication.translate("Session", "left leg"),
        ("right", "leg"): QCoreApplication.translate("Session", "right leg"),
        ("left", "knee"): QCoreApplication.translate("Session", "left knee"),
        ("right", "knee"): QCoreApplication.translate("Session", "right knee"),
        ("left", "foot"): QCoreApplication.translate("Session", "left foot"),
        ("right", "foot"): QCoreApplication.translate("Session", "right foot"),
        ("left", "ankle"): QCoreApplication.translate("Session", "left ankle"),
        ("right", "ankle"): QCoreApplication.translate("Session", "right ankle"),
        ("left", "hip"): QCoreApplication.translate("Session", "left hip"),
        ("right", "hip"): QCoreApplication.translate("Session", "right hip"),
        ("left", "shoulder"): QCoreApplication.translate("Session", "left shoulder"),
        ("right", "shoulder"): QCoreApplication.translate("Session", "right shoulder"),
        ("left", "side"): QCoreApplication.translate("Session", "left side"),
        ("right", "side"): QCoreApplication.translate("Session", "right side"),
    }
    return phrases.get((side, limb), side)


def phase_kind_text(kind: PhaseKind) -> str:
    """Short name of what to do now."""
    return {
        PhaseKind.FIND: QCoreApplication.translate("Session", "Find the point"),
        PhaseKind.GET_READY: QCoreApplication.translate("Session", "Get ready"),
        PhaseKind.PRESS: QCoreApplication.translate("Session", "Press"),
        PhaseKind.SWITCH: QCoreApplication.translate("Session", "Switch sides"),
        PhaseKind.REST: QCoreApplication.translate("Session", "Rest"),
    }[kind]


def press_stage_text(stage: str) -> str:
    """What to do in a stage of a ramped press ("" for a steady press)."""
    return {
        "in": QCoreApplication.translate("Session", "Press in slowly"),
        "hold": QCoreApplication.translate("Session", "Hold steady"),
        "out": QCoreApplication.translate("Session", "Ease off"),
    }.get(stage, "")


def phase_band_text(snapshot: Snapshot) -> str:
    """The phase word of the band: "Press", "Press — Hold steady" (a ramped press), or
    "Paused · Press" while paused."""
    kind = phase_kind_text(snapshot.phase.kind)
    stage = press_stage_text(snapshot.press_stage)
    if stage:
        kind = (
            QCoreApplication.translate("Session", "%1 — %2")
            .replace("%2", stage)
            .replace("%1", kind)
        )
    if snapshot.paused:
        return QCoreApplication.translate("Session", "Paused · %1").replace("%1", kind)
    return kind


def point_line(phase: Phase, catalogue: Catalogue) -> str:
    """ "ST36 Zusanli · left leg"."""
    point = catalogue.point(phase.point_id)
    return f"{point.code} {point.pinyin} · {side_phrase(point, phase.side)}"


def phase_title(snapshot: Snapshot, catalogue: Catalogue) -> str:
    """ "Point 2 of 5 · ST36 Zusanli · left leg" (with the round when there are several)."""
    phase = snapshot.phase
    title = (
        QCoreApplication.translate("Session", "Point %1 of %2")
        .replace("%1", str(phase.point_number))
        .replace("%2", str(snapshot.points_per_round))
    )
    if snapshot.rounds > 1:
        title += " · " + QCoreApplication.translate("Session", "Round %1 of %2").replace(
            "%1", str(phase.round_index + 1)
        ).replace("%2", str(snapshot.rounds))
    return f"{title} · {point_line(phase, catalogue)}"


def next_text(snapshot: Snapshot, catalogue: Catalogue) -> str:
    """ "Next: BL23 Shenshu · right side" or "Next: the end"."""
    if snapshot.next_press is None:
        return QCoreApplication.translate("Session", "Next: the end of the session")
    return QCoreApplication.translate("Session", "Next: %1").replace(
        "%1", point_line(snapshot.next_press, catalogue)
    )


def milestone_text(snapshot: Snapshot, previous: Phase | None, catalogue: Catalogue) -> str:
    """What a screen reader says when a phase starts (short: the user is pressing).

    "Get ready: Shenshu, left side", "Press: Shenshu, left side" (after getting ready or
    switching), "Switch sides: Shenshu, right side", "Next: Yaoyangguan, on the spine. Press"
    (straight from another point), "Rest. Next: Zusanli, left leg".
    """
    phase = snapshot.phase
    point = catalogue.point(phase.point_id)
    where = f"{point.pinyin}, {side_phrase(point, phase.side)}"
    if phase.kind is PhaseKind.FIND:
        return QCoreApplication.translate(
            "Session", "Find the point: %1. Press Space when you have found it."
        ).replace("%1", where)
    if phase.kind is PhaseKind.GET_READY:
        return QCoreApplication.translate("Session", "Get ready: %1").replace("%1", where)
    if phase.kind is PhaseKind.SWITCH:
        return QCoreApplication.translate("Session", "Switch sides: %1").replace("%1", where)
    if phase.kind is PhaseKind.REST:
        return QCoreApplication.translate("Session", "Rest. Next: %1").replace("%1", where)
    if previous is None or previous.kind is PhaseKind.PRESS:
        return QCoreApplication.translate("Session", "Next: %1. Press").replace("%1", where)
    return QCoreApplication.translate("Session", "Press: %1").replace("%1", where)

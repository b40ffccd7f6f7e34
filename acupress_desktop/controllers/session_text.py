"""Words for a session: side names per limb, the phase title and the spoken prompts (translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from acupress_desktop.core.catalogue import Catalogue, Point
from acupress_desktop.core.plan import Phase, PhaseKind
from acupress_desktop.core.session import Snapshot


def _tr(text: str) -> str:
    return QCoreApplication.translate("Session", text)


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
        return _tr("on the spine") if point.view == "lower-back" else _tr("on the midline")
    limb = _LIMB_OF_VIEW.get(point.view, "side")
    phrases = {
        ("left", "hand"): _tr("left hand"),
        ("right", "hand"): _tr("right hand"),
        ("left", "arm"): _tr("left arm"),
        ("right", "arm"): _tr("right arm"),
        ("left", "leg"): _tr("left leg"),
        ("right", "leg"): _tr("right leg"),
        ("left", "knee"): _tr("left knee"),
        ("right", "knee"): _tr("right knee"),
        ("left", "foot"): _tr("left foot"),
        ("right", "foot"): _tr("right foot"),
        ("left", "ankle"): _tr("left ankle"),
        ("right", "ankle"): _tr("right ankle"),
        ("left", "hip"): _tr("left hip"),
        ("right", "hip"): _tr("right hip"),
        ("left", "shoulder"): _tr("left shoulder"),
        ("right", "shoulder"): _tr("right shoulder"),
        ("left", "side"): _tr("left side"),
        ("right", "side"): _tr("right side"),
    }
    return phrases.get((side, limb), side)


def phase_kind_text(kind: PhaseKind) -> str:
    """Short name of what to do now."""
    return {
        PhaseKind.GET_READY: _tr("Get ready"),
        PhaseKind.PRESS: _tr("Press"),
        PhaseKind.SWITCH: _tr("Switch sides"),
        PhaseKind.REST: _tr("Rest"),
    }[kind]


def point_line(phase: Phase, catalogue: Catalogue) -> str:
    """ "ST36 Zusanli · left leg"."""
    point = catalogue.point(phase.point_id)
    return f"{point.code} {point.pinyin} · {side_phrase(point, phase.side)}"


def phase_title(snapshot: Snapshot, catalogue: Catalogue) -> str:
    """ "Point 2 of 5 · ST36 Zusanli · left leg" (with the round when there are several)."""
    phase = snapshot.phase
    title = (
        _tr("Point %1 of %2")
        .replace("%1", str(phase.point_number))
        .replace("%2", str(snapshot.points_per_round))
    )
    if snapshot.rounds > 1:
        title += " · " + _tr("Round %1 of %2").replace("%1", str(phase.round_index + 1)).replace(
            "%2", str(snapshot.rounds)
        )
    return f"{title} · {point_line(phase, catalogue)}"


def next_text(snapshot: Snapshot, catalogue: Catalogue) -> str:
    """ "Next: BL23 Shenshu · right side" or "Next: the end"."""
    if snapshot.next_press is None:
        return _tr("Next: the end of the session")
    return _tr("Next: %1").replace("%1", point_line(snapshot.next_press, catalogue))


def spoken_prompt(snapshot: Snapshot, catalogue: Catalogue) -> str:
    """What the voice says when a phase starts."""
    phase = snapshot.phase
    point = catalogue.point(phase.point_id)
    where = f"{point.pinyin}, {side_phrase(point, phase.side)}"
    if snapshot.finished:
        return _tr("Well done. The session is complete.")
    if phase.kind is PhaseKind.GET_READY:
        return _tr("Get ready. First: %1").replace("%1", where)
    if phase.kind is PhaseKind.SWITCH:
        return _tr("Switch sides. Next: %1").replace("%1", where)
    if phase.kind is PhaseKind.REST:
        return _tr("Rest. Next: %1").replace("%1", where)
    return where

"""Translated names for catalogue ids (regions, concerns, sides, badges) and point descriptions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from acupress_desktop.core.catalogue import Point


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def region_name(region: str) -> str:
    """Human name of a body region id."""
    names = {
        "hands-arms": _tr("Hands and arms"),
        "abdomen": _tr("Abdomen"),
        "legs-knees": _tr("Legs and knees"),
        "feet": _tr("Feet and ankles"),
        "lower-back-hips": _tr("Lower back and hips"),
        "upper-back-shoulders": _tr("Upper back and shoulders"),
    }
    return names.get(region, region)


def concern_name(concern: str) -> str:
    """Human name of a concern id."""
    names = {
        "lower-back": _tr("Lower back pain"),
        "gas-bloating": _tr("Back pain with gas or bloating"),
        "periods": _tr("Back pain during periods"),
        "upper-back": _tr("Upper back tension"),
    }
    return names.get(concern, concern)


def concern_labels(concerns: tuple[str, ...]) -> dict[str, str]:
    """Concern id → name, for search."""
    return {concern: concern_name(concern) for concern in concerns}


def pressure_name(pressure: str) -> str:
    """Human name of a pressure level."""
    names = {"gentle": _tr("Gentle"), "moderate": _tr("Moderate"), "firm": _tr("Firm")}
    return names.get(pressure, pressure)


def duration_text(seconds: int) -> str:
    """ "45 s", "1 min", "1 min 30 s"."""
    minutes, rest = divmod(seconds, 60)
    if not minutes:
        return _tr("%n s").replace("%n", str(rest))
    if not rest:
        return _tr("%n min").replace("%n", str(minutes))
    return _tr("%1 min %2 s").replace("%1", str(minutes)).replace("%2", str(rest))


def badges(point: Point) -> list[str]:
    """Short badge texts shown on cards and in the detail pane."""
    items = []
    if point.bilateral:
        items.append(_tr("Both sides"))
    else:
        items.append(_tr("Midline"))
    if point.cautions.pregnancy == "avoid":
        items.append(_tr("Avoid in pregnancy"))
    elif point.cautions.pregnancy == "caution":
        items.append(_tr("Caution in pregnancy"))
    if point.cautions.gentle:
        items.append(_tr("Gentle pressure only"))
    return items


def point_description(point: Point) -> str:
    """One sentence a screen reader reads for a card: everything the card shows."""
    parts = [
        f"{point.code} {point.pinyin}, {point.english}",
        ", ".join(region_name(r) for r in point.regions),
        point.summary,
        duration_text(point.press.seconds),
        ", ".join(badges(point)),
    ]
    return ". ".join(part.rstrip(".") for part in parts if part) + "."

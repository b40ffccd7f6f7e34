"""Translated names for domain ids (regions, concerns, pressures, breathing patterns, sides,
badges) and point descriptions: each id's label is defined here only."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale

from acupress_desktop.core.breathing import CUSTOM
from acupress_desktop.core.catalogue import Point
from acupress_desktop.core.routine import RoutineStep


def region_name(region: str) -> str:
    """Human name of a body region id."""
    names = {
        "hands-arms": QCoreApplication.translate("Labels", "Hands and arms"),
        "abdomen": QCoreApplication.translate("Labels", "Abdomen"),
        "legs-knees": QCoreApplication.translate("Labels", "Legs and knees"),
        "feet": QCoreApplication.translate("Labels", "Feet and ankles"),
        "lower-back-hips": QCoreApplication.translate("Labels", "Lower back and hips"),
        "upper-back-shoulders": QCoreApplication.translate("Labels", "Upper back and shoulders"),
        "sacrum": QCoreApplication.translate("Labels", "Sacrum"),
        "neck": QCoreApplication.translate("Labels", "Neck"),
    }
    return names.get(region, region)


def concern_name(concern: str) -> str:
    """Human name of a concern id."""
    names = {
        "lower-back": QCoreApplication.translate("Labels", "Lower back pain"),
        "leg-pain": QCoreApplication.translate("Labels", "Pain spreading down the leg"),
        "neck-upper-back": QCoreApplication.translate("Labels", "Neck and upper back"),
        "gas-bloating": QCoreApplication.translate("Labels", "Back pain with gas or bloating"),
        "periods": QCoreApplication.translate("Labels", "Back pain during periods"),
    }
    return names.get(concern, concern)


def concern_labels(concerns: tuple[str, ...]) -> dict[str, str]:
    """Concern id → name, for search."""
    return {concern: concern_name(concern) for concern in concerns}


def breathing_name(pattern_id: str) -> str:
    """Human name of a breathing pattern id (``core.breathing.BREATHING_IDS``)."""
    names = {
        "relaxed": QCoreApplication.translate("Breathing", "Relaxed (4 in, 6 out)"),
        "box": QCoreApplication.translate("Breathing", "Box (4-4-4-4)"),
        "4-7-8": QCoreApplication.translate("Breathing", "4-7-8"),
        "resonant": QCoreApplication.translate("Breathing", "Resonant (5.5 in, 5.5 out)"),
        "off": QCoreApplication.translate("Breathing", "Off"),
        CUSTOM: QCoreApplication.translate("Breathing", "Custom"),
    }
    return names.get(pattern_id, pattern_id)


def pressure_name(pressure: str) -> str:
    """Human name of a pressure level."""
    names = {
        "gentle": QCoreApplication.translate("Labels", "Gentle"),
        "moderate": QCoreApplication.translate("Labels", "Moderate"),
        "firm": QCoreApplication.translate("Labels", "Firm"),
    }
    return names.get(pressure, pressure)


def duration_text(seconds: int) -> str:
    """ "45 s", "1 min", "1 min 30 s"."""
    minutes, rest = divmod(seconds, 60)
    if not minutes:
        return QCoreApplication.translate("Labels", "%n s").replace("%n", str(rest))
    if not rest:
        return QCoreApplication.translate("Labels", "%n min").replace("%n", str(minutes))
    return (
        QCoreApplication.translate("Labels", "%1 min %2 s")
        .replace("%1", str(minutes))
        .replace("%2", str(rest))
    )


#: the sign a warning badge starts with, so colour never carries the meaning alone
WARNING_SIGN = "⚠"


@dataclass(frozen=True)
class Badge:
    """One badge of a point: its text, and whether it warns (the pregnancy flags)."""

    text: str
    warning: bool = False

    @property
    def shown(self) -> str:
        """The text on the chip (warnings start with the warning sign)."""
        return f"{WARNING_SIGN} {self.text}" if self.warning else self.text


def badge_items(point: Point) -> list[Badge]:
    """The badges shown on cards and in the detail pane, in order."""
    items = [
        Badge(
            QCoreApplication.translate("Labels", "Both sides")
            if point.bilateral
            else QCoreApplication.translate("Labels", "Midline")
        )
    ]
    if point.cautions.pregnancy == "avoid":
        items.append(Badge(QCoreApplication.translate("Labels", "Avoid in pregnancy"), True))
    elif point.cautions.pregnancy == "caution":
        items.append(Badge(QCoreApplication.translate("Labels", "Caution in pregnancy"), True))
    if point.cautions.gentle:
        items.append(Badge(QCoreApplication.translate("Labels", "Gentle pressure only")))
    return items


def step_time_text(step: RoutineStep, point: Point) -> str:
    """ "1 min each side", "1 min, left side only", "1 min" (a point on the middle line)."""
    time = duration_text(step.seconds)
    if not point.bilateral:
        return time
    if step.sides == "left":
        return QCoreApplication.translate("Labels", "%1, left side only").replace("%1", time)
    if step.sides == "right":
        return QCoreApplication.translate("Labels", "%1, right side only").replace("%1", time)
    return QCoreApplication.translate("Labels", "%1 each side").replace("%1", time)


def badges(point: Point) -> list[str]:
    """The badges' texts."""
    return [badge.text for badge in badge_items(point)]


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


def plural(translated: str, count: int) -> str:
    """Resolve the English "(s)" of an untranslated plural; a translation has its own forms.

    ``translated`` is a plural text already translated with ``count`` (the translate call stays
    with its caller, where lupdate finds it and its context); ``%n`` becomes ``count``.
    """
    return translated.replace("%n", str(count)).replace("(s)", "" if count == 1 else "s")


def time_in_words(seconds: int) -> str:
    """Spoken time: "1 hour 2 minutes 3 seconds", "1 minute", "40 seconds", "0 seconds" (what
    ``duration_text`` writes, as a screen reader says it; the countdown's and the routines')."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    parts = []
    if hours:
        parts.append(
            plural(QCoreApplication.translate("CountdownRing", "%n hour(s)", None, hours), hours)
        )
    if minutes:
        parts.append(
            plural(
                QCoreApplication.translate("CountdownRing", "%n minute(s)", None, minutes), minutes
            )
        )
    if secs or not parts:
        parts.append(
            plural(QCoreApplication.translate("CountdownRing", "%n second(s)", None, secs), secs)
        )
    return " ".join(parts)


def points_number(value: float, locale: QLocale) -> str:
    """A change in pain points with one decimal in the locale ("2.1", "2,1"), without its sign."""
    return locale.toString(abs(value) + 0.0, "f", 1)


def format_clock(seconds: int) -> str:
    """Clock text for whole seconds: "0:09", "1:05", "12:00"; from an hour on "1:02:03"."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def escape(text: str) -> str:
    """Text made safe inside rich text (what html.escape does; the html module and its table of
    2,000 entities would be loaded at start-up for these five characters)."""
    for char, entity in _ENTITIES:
        text = text.replace(char, entity)
    return text


_ENTITIES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("'", "&#x27;"))

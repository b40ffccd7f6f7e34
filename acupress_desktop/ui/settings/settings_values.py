"""The settings the Settings dialog edits, and the conversions between their values and its controls."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTime

from acupress_desktop.core.reminder import parse_time_of_day
from acupress_desktop.storage.settings import MAX_TEXT_SIZE, MIN_TEXT_SIZE, Settings, invalid_fields

#: The settings the Settings dialog edits; every other field is passed through untouched.
EDITED_FIELDS: tuple[str, ...] = (
    "theme",
    "text_size",
    "reduced_motion",
    "muted",
    "sound_volume",
    "spoken_guidance",
    "breathing",
    "custom_breathing",
    "point_time_suggested",
    "default_point_seconds",
    "get_ready_seconds",
    "switch_seconds",
    "rest_seconds",
    "pregnant",
    "language",
    "reminder_enabled",
    "reminder_time",
    "start_at_login",
)


def volume_to_percent(volume: float) -> int:
    """0..1 volume -> 0..100 for the slider (clamped, rounded)."""
    return round(min(1.0, max(0.0, float(volume))) * 100)


def percent_to_volume(percent: int) -> float:
    """Slider 0..100 -> 0..1 volume (clamped)."""
    return min(100, max(0, int(percent))) / 100.0


def text_size_to_spin(size: float) -> int:
    """The text size (points, may be fractional) as the whole number the spin box shows."""
    return round(min(MAX_TEXT_SIZE, max(MIN_TEXT_SIZE, float(size))))


def qtime_from_text(text: str) -> QTime:
    """ "19:00" -> QTime; an invalid text gives the default 19:00."""
    try:
        value = parse_time_of_day(text)
    except ValueError:
        value = parse_time_of_day(Settings().reminder_time)
    return QTime(value.hour, value.minute)


def text_from_qtime(value: QTime) -> str:
    """QTime -> "HH:MM"."""
    return f"{value.hour():02d}:{value.minute():02d}"


def changed_fields(before: Settings, after: Settings) -> dict[str, Any]:
    """The settings that differ between two Settings, with their new values."""
    return {
        name: getattr(after, name)
        for name in EDITED_FIELDS
        if getattr(before, name) != getattr(after, name)
    }


def first_problem(settings: Settings) -> str:
    """The name of the first edited setting whose value is not valid ("" when all are)."""
    bad = [name for name in invalid_fields(settings) if name in EDITED_FIELDS]
    return bad[0] if bad else ""

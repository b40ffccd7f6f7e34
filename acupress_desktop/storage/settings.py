"""Typed settings with defaults, saved as JSON in the data folder (only values that differ from the defaults)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from acupress_desktop.core.breathing import (
    BREATHING_IDS,
    CUSTOM,
    MAX_STAGE_SECONDS,
    PATTERNS,
    BreathingPattern,
    custom_pattern,
)
from acupress_desktop.core.narration import DEFAULT_GUIDANCE, GUIDANCE_CHOICES, Guidance
from acupress_desktop.core.reminder import DEFAULT_TIME, is_time_of_day
from acupress_desktop.core.routine import (
    MAX_GET_READY_SECONDS,
    MAX_POINT_SECONDS,
    MAX_REST_SECONDS,
    MIN_POINT_SECONDS,
)
from acupress_desktop.core.text import translate
from acupress_desktop.storage.files import (
    PRIVATE,
    UnusualFileError,
    private_folder,
    read_ordinary,
    write_atomically,
)
from acupress_desktop.storage.reasons import logged, os_reason

SCHEMA_VERSION = 1
FILE_NAME = "settings.json"
#: A settings file is a few hundred bytes; anything over this is not one (and is never read whole).
MAX_FILE_BYTES = 1024 * 1024

#: Allowed values of the choice settings (the first is the default).
THEME_CHOICES: tuple[str, ...] = ("system", "light", "dark", "high-contrast")
LANGUAGE_CHOICES: tuple[str, ...] = ("system", "en", "es")
MIN_TEXT_SIZE, MAX_TEXT_SIZE = 10.0, 20.0
MAX_SWITCH_SECONDS = 30
#: Inclusive ranges of the number settings; a saved value outside its range reads as the default.
#: The largest weekly goal, in minutes (a little over an hour a day).
MAX_WEEKLY_GOAL_MINUTES = 600
RANGES: dict[str, tuple[float, float]] = {
    "default_point_seconds": (MIN_POINT_SECONDS, MAX_POINT_SECONDS),
    "get_ready_seconds": (0, MAX_GET_READY_SECONDS),
    "rest_seconds": (0, MAX_REST_SECONDS),
    "switch_seconds": (0, MAX_SWITCH_SECONDS),
    "sound_volume": (0.0, 1.0),
    "text_size": (MIN_TEXT_SIZE, MAX_TEXT_SIZE),
    "weekly_goal_minutes": (0, MAX_WEEKLY_GOAL_MINUTES),
}
DEFAULT_CUSTOM_BREATHING: tuple[float, float, float, float] = (4.0, 0.0, 6.0, 0.0)


@dataclass(frozen=True)
class Settings:
    """Everything the user can set. Each field's metadata carries its description.

    Attributes:
        safety_notice_seen: the first-start safety notice was acknowledged.
        default_point_seconds: default pressing time for a point in a new routine.
        window_geometry: the main window's last geometry (Qt's saveGeometry, hex).
        breathing, get_ready_seconds, rest_seconds, switch_seconds: session defaults.
        spoken_guidance, sound_volume, muted: cues ("none", "cues", "names" or "full"; files
            from before it have ``spoken_prompts``, read as "names" or "none").
        reduced_motion, theme, text_size: the look.
        pregnant: hide points flagged for pregnancy and warn before starting them.
        language: "system", "en" or "es".
        reminder_enabled, reminder_time, reminder_last_shown: the daily reminder.
        start_at_login: an autostart entry starts the app in the background at login.
        custom_breathing: in, hold, out, hold seconds of the "custom" breathing pattern.
        session_keys_shown: the session page shows its keys legend (K switches it).
        point_time_suggested: new session/routine points get their suggested time (else
            default_point_seconds).

    Saved values of the wrong type make the whole file count as damaged (it is moved aside);
    a value of the right type that is out of range or not a known choice reads as that
    setting's default and the other settings are kept (docs/settings.md).
    """

    safety_notice_seen: bool = field(
        default=False, metadata={"doc": "The first-start safety notice was acknowledged."}
    )
    default_point_seconds: int = field(
        default=60, metadata={"doc": "Default time per point, in seconds."}
    )
    window_geometry: str = field(default="", metadata={"doc": "Main window geometry (hex)."})
    breathing: str = field(
        default="relaxed",
        metadata={"doc": "Breathing pattern: relaxed, box, 4-7-8, resonant, off, custom."},
    )
    get_ready_seconds: int = field(default=5, metadata={"doc": "Get-ready countdown, seconds."})
    rest_seconds: int = field(default=0, metadata={"doc": "Rest between points, seconds."})
    switch_seconds: int = field(default=5, metadata={"doc": "Pause to switch sides, seconds."})
    spoken_guidance: str = field(
        default=DEFAULT_GUIDANCE,
        metadata={
            "doc": "What is said aloud: none, cues (Press, Switch sides...), names (and the "
            "point and side), full (and how to find each point, Halfway)."
        },
    )
    sound_volume: float = field(default=0.8, metadata={"doc": "Cue volume, 0 to 1."})
    muted: bool = field(default=False, metadata={"doc": "All sound cues off."})
    reduced_motion: bool = field(
        default=False, metadata={"doc": "Breathing guide as text, no animation."}
    )
    theme: str = field(
        default="system", metadata={"doc": "Colours: system, light, dark or high-contrast."}
    )
    text_size: float = field(
        default=12.0, metadata={"doc": "Base text size of the whole app, 10 to 20 points."}
    )
    pregnant: bool = field(
        default=False,
        metadata={"doc": "Hide points flagged for pregnancy; warn before starting them."},
    )
    language: str = field(
        default="system", metadata={"doc": "Language: system, en (English) or es (Español)."}
    )
    point_time_suggested: bool = field(
        default=True,
        metadata={
            "doc": "Points added to a session or routine get their own suggested time; "
            "when false, default_point_seconds."
        },
    )
    reminder_enabled: bool = field(
        default=False, metadata={"doc": "Show a daily reminder to practise."}
    )
    reminder_time: str = field(
        default=DEFAULT_TIME, metadata={"doc": "Time of the daily reminder, HH:MM (24-hour)."}
    )
    reminder_last_shown: str = field(
        default="", metadata={"doc": "Day (YYYY-MM-DD) whose reminder was last shown."}
    )
    start_at_login: bool = field(
        default=False,
        metadata={
            "doc": "Start quietly (no window) when the user logs in, so the daily reminder can "
            "come: an XDG autostart entry, acupress.desktop."
        },
    )
    weekly_goal_minutes: int = field(
        default=0, metadata={"doc": "Minutes of practice aimed at each week; 0 is no goal."}
    )
    custom_breathing: tuple[float, float, float, float] = field(
        default=DEFAULT_CUSTOM_BREATHING,
        metadata={"doc": "Custom breathing pattern: in, hold, out, hold (seconds, 0 to 20)."},
    )

    session_keys_shown: bool = field(
        default=True, metadata={"doc": "The session page lists its keys (K hides or shows it)."}
    )

    def breathing_pattern(self) -> BreathingPattern:
        """The breathing pattern these settings choose ("custom" uses custom_breathing)."""
        if self.breathing == CUSTOM:
            try:
                return custom_pattern(*self.custom_breathing)
            except ValueError:
                return PATTERNS["relaxed"]
        return PATTERNS.get(self.breathing, PATTERNS["relaxed"])

    def reminder_last_shown_date(self) -> date | None:
        """reminder_last_shown as a date (None when never shown or not a date)."""
        try:
            return date.fromisoformat(self.reminder_last_shown)
        except ValueError:
            return None


class SettingsError(Exception):
    """Settings could not be read or written; the message says what happened and what was kept."""


class SettingsStore:
    """Loads and saves Settings in ``<data dir>/settings.json``.

    A corrupt file is moved aside (never deleted) and defaults are used; a failed save leaves the
    previous file untouched and raises SettingsError.
    """

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / FILE_NAME
        # Set by load() when the file could not be used; the message is made when it is read,
        # so it is in the language installed by then (settings are loaded before the language).
        self._problem: Callable[[], str] | None = None

    @property
    def problem(self) -> str | None:
        """What went wrong in the last load() (the file was unreadable or moved aside), or None."""
        return None if self._problem is None else self._problem()

    def load(self) -> Settings:
        """The saved settings, or the defaults when there are none or they cannot be used.

        Never raises and never blocks: a file that is not an ordinary file (a named pipe, a
        device, a folder), too big, not UTF-8, not JSON or of the wrong shape is kept aside
        (renamed, its bytes untouched) and the defaults are used; ``problem`` says why.
        """
        self._problem = None
        try:
            data = read_ordinary(self.path, MAX_FILE_BYTES)
        except FileNotFoundError:
            return Settings()
        except UnusualFileError as exc:
            logged(exc, "settings file is not an ordinary file")
            return self._set_aside(lambda: translate("Settings", "it is not an ordinary file"))
        except OSError as exc:
            logged(exc, f"settings file {self.path} cannot be read")
            self._problem = partial(_unreadable_message, exc)
            return Settings()
        try:
            return _parse(data)
        except _UnusableError as exc:
            logged(exc.__cause__ or exc, f"settings file {self.path} cannot be used")
            return self._set_aside(exc.reason)

    def _set_aside(self, reason: Callable[[], str]) -> Settings:
        """Keep the file aside as settings.damaged-N.json, use the defaults and say why."""
        kept = self._move_aside()
        self._problem = partial(_damaged_message, reason, kept.name)
        return Settings()

    def save(self, settings: Settings) -> None:
        """Write the settings atomically; raise SettingsError (old file kept) on failure."""
        defaults = Settings()
        changed = {
            f.name: getattr(settings, f.name)
            for f in dataclasses.fields(Settings)
            if getattr(settings, f.name) != getattr(defaults, f.name)
        }
        payload = json.dumps({"schema_version": SCHEMA_VERSION, **changed}, indent=2) + "\n"
        try:
            private_folder(self.path.parent)
            write_atomically(self.path, payload.encode("utf-8"), mode=PRIVATE)
        except OSError as exc:
            raise SettingsError(
                translate(
                    "Settings",
                    "Settings could not be saved in %1 (%2). Your previous settings are unchanged.",
                )
                .replace("%2", os_reason(exc))
                .replace("%1", str(self.path.parent))
            ) from logged(exc, f"settings could not be saved in {self.path.parent}")

    def _move_aside(self) -> Path:
        number = 1
        while True:
            target = self.path.with_name(f"{self.path.stem}.damaged-{number}{self.path.suffix}")
            if not target.exists():
                break
            number += 1
        try:
            self.path.rename(target)
        except OSError:
            return self.path
        return target


def _unreadable_message(error: OSError) -> str:
    return translate("Settings", "Settings could not be read (%1); defaults are in use.").replace(
        "%1", os_reason(error)
    )


def _damaged_message(reason: Callable[[], str], kept: str) -> str:
    return (
        translate(
            "Settings",
            "The settings file could not be used (%1); it was kept as %2 and the default "
            "settings are in use.",
        )
        .replace("%2", kept)
        .replace("%1", reason())
    )


class _UnusableError(ValueError):
    """The file's bytes are not settings; ``reason`` (made when shown, in that language) says why."""

    def __init__(self, reason: Callable[[], str]) -> None:
        super().__init__()
        self.reason = reason


def _parse(data: bytes) -> Settings:
    """Settings from the file's bytes; _UnusableError when they are not settings."""
    if len(data) > MAX_FILE_BYTES:
        raise _UnusableError(lambda: translate("Settings", "it is larger than 1 MiB"))
    try:
        text = data.decode("utf-8-sig")  # some editors start the file with a byte-order mark
    except UnicodeDecodeError as exc:
        raise _UnusableError(lambda: translate("Settings", "it is not UTF-8 text")) from exc
    try:
        raw = json.loads(text)
    except RecursionError as exc:
        raise _UnusableError(lambda: translate("Settings", "it is nested far too deeply")) from exc
    except ValueError as exc:  # not JSON, or a number with thousands of digits
        raise _UnusableError(lambda: translate("Settings", "it is not valid JSON")) from exc
    try:
        if not isinstance(raw, dict):
            raise _WrongValueError()
        return _from_dict(raw)
    except _WrongValueError as exc:
        raise _UnusableError(exc.__str__) from exc
    except (TypeError, ValueError, OverflowError) as exc:  # a guard: _from_dict names what it finds
        raise _UnusableError(
            lambda: translate("Settings", "it holds values Acupress cannot read")
        ) from exc


class _WrongValueError(TypeError):
    """A saved value of the wrong type (no name: the file is not an object).

    The message is made by ``str()``, so it is in the language in use when it is shown.
    """

    def __init__(self, name: str = "", expected: str = "", length: int = 0) -> None:
        super().__init__(name, expected, length)
        self.name, self.expected, self.length = name, expected, length

    def __str__(self) -> str:
        if not self.name:
            return translate("Settings", "not an object")
        if self.length:
            return (
                translate("Settings", "'%1' should be a list of %2 numbers")
                .replace("%2", str(self.length))
                .replace("%1", self.name)
            )
        return (
            translate("Settings", "'%1' should be %2")
            .replace("%2", _type_words(self.expected))
            .replace("%1", self.name)
        )


def _type_words(expected: str) -> str:
    """The kind of value a setting needs, in words ("true or false", "a whole number"…)."""
    if expected == "bool":
        return translate("Settings", "true or false")
    if expected == "int":
        return translate("Settings", "a whole number")
    if expected == "float":
        return translate("Settings", "a number")
    return translate("Settings", "a text")


#: A setting of older files that a newer one replaced: spoken_prompts (on/off) became
#: spoken_guidance ("off" reads as "none"; "on" was the names level, the default).
LEGACY_SPOKEN_PROMPTS = "spoken_prompts"


def _from_dict(raw: dict[str, Any]) -> Settings:
    values: dict[str, Any] = {}
    defaults = Settings()
    if "spoken_guidance" not in raw and raw.get(LEGACY_SPOKEN_PROMPTS) is False:
        values["spoken_guidance"] = Guidance.NONE.value
    for f in dataclasses.fields(Settings):
        if f.name in raw:
            value = raw[f.name]
            expected = type(getattr(defaults, f.name))
            if expected is tuple:
                value = _number_tuple(f.name, value, len(getattr(defaults, f.name)))
            if expected is float and type(value) is int:
                if abs(value) > 10**300:
                    continue  # far out of any range: that setting's default
                value = float(value)
            if type(value) is not expected:
                raise _WrongValueError(f.name, expected.__name__)
            if not _valid_value(f.name, value):
                continue  # a value of the right type but out of range: that setting's default
            values[f.name] = value
    return Settings(**values)


def _number_tuple(name: str, value: Any, length: int) -> tuple[float, ...]:
    """A JSON list of numbers as a tuple of floats (TypeError when it is not one)."""
    if not isinstance(value, list | tuple) or len(value) != length:
        raise _WrongValueError(name, length=length)
    if any(isinstance(item, bool) or not isinstance(item, int | float) for item in value):
        raise _WrongValueError(name, length=length)
    if any(abs(item) > 10**300 for item in value):
        raise _WrongValueError(name, length=length)  # not a number of seconds
    return tuple(float(item) for item in value)


def _valid_value(name: str, value: Any) -> bool:
    """Range and choice checks for the settings that have them (others are always valid)."""
    if name == "theme":
        return value in THEME_CHOICES
    if name == "language":
        return value in LANGUAGE_CHOICES
    if name == "breathing":
        return value in BREATHING_IDS
    if name == "spoken_guidance":
        return value in GUIDANCE_CHOICES
    if name in RANGES:
        low, high = RANGES[name]
        return bool(low <= value <= high)
    if name == "reminder_time":
        return is_time_of_day(value)
    if name == "reminder_last_shown":
        return value == "" or _is_iso_date(value)
    if name == "custom_breathing":
        return valid_custom_breathing(value)
    return True


def _is_iso_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10


def invalid_fields(settings: Settings) -> list[str]:
    """Names of the settings whose value is out of range or not a known choice (none: [])."""
    return [
        f.name
        for f in dataclasses.fields(Settings)
        if not _valid_value(f.name, getattr(settings, f.name))
    ]


def valid_custom_breathing(stages: tuple[float, ...]) -> bool:
    """True for four stage lengths (in, hold, out, hold) that make a usable custom pattern."""
    if len(stages) != 4 or any(not 0 <= s <= MAX_STAGE_SECONDS for s in stages):
        return False
    try:
        custom_pattern(*stages)
    except ValueError:
        return False
    return True

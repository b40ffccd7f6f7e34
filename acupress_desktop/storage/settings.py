"""Typed settings with defaults, saved as JSON in the data folder (only values that differ from the defaults)."""

from __future__ import annotations

import dataclasses
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SCHEMA_VERSION = 1
FILE_NAME = "settings.json"


@dataclass(frozen=True)
class Settings:
    """Everything the user can set. Each field's metadata carries its description.

    Attributes:
        safety_notice_seen: the first-start safety notice was acknowledged.
        default_point_seconds: default pressing time for a point in a new routine.
        window_geometry: the main window's last geometry (Qt's saveGeometry, hex).
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
        metadata={"doc": "Breathing pattern: relaxed, box, 4-7-8, resonant, off."},
    )
    get_ready_seconds: int = field(default=5, metadata={"doc": "Get-ready countdown, seconds."})
    rest_seconds: int = field(default=0, metadata={"doc": "Rest between points, seconds."})
    switch_seconds: int = field(default=5, metadata={"doc": "Pause to switch sides, seconds."})
    spoken_prompts: bool = field(default=True, metadata={"doc": "Say the next point aloud."})
    sound_volume: float = field(default=0.8, metadata={"doc": "Cue volume, 0 to 1."})
    muted: bool = field(default=False, metadata={"doc": "All sound cues off."})
    reduced_motion: bool = field(
        default=False, metadata={"doc": "Breathing guide as text, no animation."}
    )


class SettingsError(Exception):
    """Settings could not be read or written; the message says what happened and what was kept."""


class SettingsStore:
    """Loads and saves Settings in ``<data dir>/settings.json``.

    A corrupt file is moved aside (never deleted) and defaults are used; a failed save leaves the
    previous file untouched and raises SettingsError.
    """

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / FILE_NAME
        self.problem: str | None = None  # set by load() when the file had to be moved aside

    def load(self) -> Settings:
        """The saved settings, or the defaults when there are none or they are unreadable."""
        self.problem = None
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return Settings()
        except OSError as exc:
            self.problem = f"Settings could not be read ({exc.strerror}); defaults are in use."
            return Settings()
        try:
            raw = json.loads(text)
            if not isinstance(raw, dict):
                raise ValueError("not an object")
            return _from_dict(raw)
        except (ValueError, TypeError) as exc:
            kept = self._move_aside()
            self.problem = (
                f"The settings file was damaged ({exc}); it was kept as {kept.name} "
                "and the default settings are in use."
            )
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
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".settings-", suffix=".tmp")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as out:
                    out.write(payload)
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(tmp, self.path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as exc:
            raise SettingsError(
                f"Settings could not be saved in {self.path.parent} ({exc.strerror}). "
                "Your previous settings are unchanged."
            ) from exc

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


def _from_dict(raw: dict[str, Any]) -> Settings:
    values: dict[str, Any] = {}
    defaults = Settings()
    for f in dataclasses.fields(Settings):
        if f.name in raw:
            value = raw[f.name]
            expected = type(getattr(defaults, f.name))
            if expected is float and type(value) is int:
                value = float(value)
            if type(value) is not expected:
                raise TypeError(f"'{f.name}' should be {expected.__name__}")
            values[f.name] = value
    return Settings(**values)

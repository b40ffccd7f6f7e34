"""The field-by-field check of an import file: every field of format version 1, its type and its
limits, with refusals (ImportRefused) that name the field path, e.g. ``routines[2].steps[1].seconds``."""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Sequence
from datetime import date
from typing import Any, cast

from acupress_desktop.core.breathing import BREATHING_IDS
from acupress_desktop.core.routine import (
    MAX_GET_READY_SECONDS,
    MAX_POINT_SECONDS,
    MAX_REST_SECONDS,
    MAX_ROUNDS,
    MAX_STEPS,
    MIN_POINT_SECONDS,
    NAME_MAX,
    PRESS_STYLES,
    Routine,
    RoutineError,
    RoutineStep,
    StepSides,
    name_key,
    name_problem,
    normalise_name,
)
from acupress_desktop.core.text import translate
from acupress_desktop.storage.routines import RoutineNameError, check_name
from acupress_desktop.storage.transfer_format import (
    DESCRIPTION_MAX,
    FORMAT,
    MAX_ROUTINES,
    MAX_SWITCH_SECONDS,
    SIDES,
    VERSION,
    ImportRefused,
    clip,
    describe,
    number_text,
    wrong_kind,
)
from acupress_desktop.storage.transfer_json import read_json

_TOP_KEYS = ("format", "version", "exported", "routines")
_OPTION_KEYS = ("rest_seconds", "rounds", "get_ready_seconds", "switch_seconds", "breathing")
_FLAG_KEYS = ("find_point", "halfway_cue", "press_with_breath")
_ROUTINE_KEYS = ("name", "steps", *_OPTION_KEYS, "description", *_FLAG_KEYS, "press_style")
_STEP_KEYS = ("point", "seconds", "sides")


def parse_text_checked(data: bytes, points: frozenset[str] | None) -> list[Routine]:
    """Every routine in the file's bytes, checked; ``points`` None skips the point-id check."""
    raw = read_json(data)
    return _Document(points).parse(raw)


class _Document:
    """Validates parsed JSON against format version 1 and builds the routines."""

    def __init__(self, points: frozenset[str] | None) -> None:
        self._points = points  # None: point ids are not checked (checking an export we write)

    def parse(self, raw: Any) -> list[Routine]:
        if not isinstance(raw, dict):
            raise ImportRefused(
                "",
                translate(
                    "Transfer",
                    "The file holds %1, not an object with routines, "
                    "so it is not an Acupress routine file.",
                ).replace("%1", describe(raw)),
            )
        if "format" not in raw:
            raise ImportRefused(
                "format",
                translate(
                    "Transfer", "this field is missing, so it is not an Acupress routine file."
                ),
            )
        if raw["format"] != FORMAT:
            raise ImportRefused(
                "format",
                translate("Transfer", "%1 is not “%2”, so it is not an Acupress routine file.")
                .replace("%2", FORMAT)
                .replace("%1", describe(raw["format"])),
            )
        self._version(raw)
        fields = _Fields(raw, "")
        fields.only(_TOP_KEYS)
        if "exported" in raw:
            exported = fields.raw("exported", str)
            if not _is_date(exported):
                raise ImportRefused(
                    "exported",
                    translate("Transfer", "“%1” is not a date like 2026-11-25.").replace(
                        "%1", clip(exported)
                    ),
                )
        entries = fields.array("routines")
        if not entries:
            raise ImportRefused("routines", translate("Transfer", "the file holds no routines."))
        if len(entries) > MAX_ROUTINES:
            raise ImportRefused(
                "routines",
                translate("Transfer", "%1 routines are more than the %2 one file may hold.")
                .replace("%1", str(len(entries)))
                .replace("%2", str(MAX_ROUTINES)),
            )
        routines: list[Routine] = []
        names: dict[str, int] = {}
        for number, entry in enumerate(entries, start=1):
            routine = self._routine(entry, f"routines[{number}]")
            folded = name_key(routine.name)
            if folded in names:
                raise ImportRefused(
                    f"routines[{number}].name",
                    translate(
                        "Transfer",
                        "“%1” is also the name of routines[%2]; names in one file must differ.",
                    )
                    .replace("%2", str(names[folded]))
                    .replace("%1", clip(routine.name)),
                    routine.name,
                )
            try:  # the repository's own rule, so a file that passes here also saves
                check_name(routine.name, [earlier.name for earlier in routines])
            except RoutineNameError as exc:
                raise ImportRefused(f"routines[{number}].name", str(exc), routine.name) from exc
            names[folded] = number
            routines.append(routine)
        return routines

    @staticmethod
    def _version(raw: dict[str, Any]) -> None:
        if "version" not in raw:
            raise ImportRefused("version", translate("Transfer", "this field is missing."))
        version = raw["version"]
        if type(version) is not int:
            raise ImportRefused("version", wrong_kind(int, version))
        if version > VERSION:
            raise ImportRefused(
                "version",
                translate(
                    "Transfer",
                    "this file was made by a newer Acupress (file version %1); "
                    "this Acupress reads version %2. Update Acupress to import it.",
                )
                .replace("%2", str(VERSION))
                .replace("%1", number_text(version)),
            )
        if version < 1:
            raise ImportRefused(
                "version",
                translate("Transfer", "%1 is not a version of the routine file format.").replace(
                    "%1", number_text(version)
                ),
            )

    def _routine(self, raw: Any, where: str) -> Routine:
        fields = _Fields(raw, where)
        name = ""
        try:
            fields.only(_ROUTINE_KEYS)
            name = fields.name("name")
            routine = Routine(
                name=name,
                steps=self._steps(fields.array("steps"), f"{where}.steps"),
                rest_seconds=fields.integer("rest_seconds", 0, MAX_REST_SECONDS),
                rounds=fields.integer("rounds", 1, MAX_ROUNDS),
                get_ready_seconds=fields.integer("get_ready_seconds", 0, MAX_GET_READY_SECONDS),
                switch_seconds=fields.integer("switch_seconds", 0, MAX_SWITCH_SECONDS),
                breathing=fields.choice("breathing", BREATHING_IDS),
                description=(
                    fields.text("description", DESCRIPTION_MAX, multiline=True)
                    if "description" in raw
                    else ""
                ),
                # optional: files from before these options hold none of them
                find_point=fields.flag("find_point", False),
                halfway_cue=fields.flag("halfway_cue", False),
                press_with_breath=fields.flag("press_with_breath", False),
                press_style=(
                    fields.choice("press_style", PRESS_STYLES) if "press_style" in raw else "steady"
                ),
            )
            routine.validate()  # a second guard: the same rules the editor uses
        except ImportRefused as refused:
            raise ImportRefused(refused.where, refused.problem, name) from None
        except RoutineError as exc:
            raise ImportRefused(where, f"{exc}.", name) from exc
        return routine

    def _steps(self, entries: list[Any], where: str) -> tuple[RoutineStep, ...]:
        if not entries:
            raise ImportRefused(where, translate("Transfer", "a routine needs at least one point."))
        if len(entries) > MAX_STEPS:
            raise ImportRefused(
                where,
                translate("Transfer", "%1 points are more than the %2 a routine may have.")
                .replace("%1", str(len(entries)))
                .replace("%2", str(MAX_STEPS)),
            )
        steps: list[RoutineStep] = []
        for number, entry in enumerate(entries, start=1):
            fields = _Fields(entry, f"{where}[{number}]")
            fields.only(_STEP_KEYS)
            point = fields.raw("point", str)
            if self._points is not None and point not in self._points:
                raise ImportRefused(
                    fields.path("point"),
                    translate("Transfer", "“%1” is not a point Acupress knows.").replace(
                        "%1", clip(point)
                    ),
                )
            steps.append(
                RoutineStep(
                    point_id=point,
                    seconds=fields.integer("seconds", MIN_POINT_SECONDS, MAX_POINT_SECONDS),
                    sides=cast(StepSides, fields.choice("sides", SIDES)),
                )
            )
        return tuple(steps)


class _Fields:
    """Typed access to one JSON object, raising ImportRefused that names the field path."""

    def __init__(self, raw: Any, where: str) -> None:
        if not isinstance(raw, dict):
            raise ImportRefused(where, wrong_kind(dict, raw))
        self._raw: dict[str, Any] = raw
        self._where = where
        for key in getattr(raw, "duplicates", ()):
            raise ImportRefused(
                self.path(key), translate("Transfer", "this field appears twice; keep only one.")
            )

    def path(self, key: str) -> str:
        shown = clip(key, 40) or '""'  # an empty key still needs a visible name
        return f"{self._where}.{shown}" if self._where else shown

    def only(self, allowed: Sequence[str]) -> None:
        for key in self._raw:
            if key not in allowed:
                raise ImportRefused(
                    self.path(key), translate("Transfer", "this is not a field Acupress knows.")
                )

    def raw(self, key: str, kind: type) -> Any:
        if key not in self._raw:
            raise ImportRefused(self.path(key), translate("Transfer", "this field is missing."))
        value = self._raw[key]
        if type(value) is not kind:
            raise ImportRefused(self.path(key), wrong_kind(kind, value))
        return value

    def array(self, key: str) -> list[Any]:
        value: list[Any] = self.raw(key, list)
        return value

    def integer(self, key: str, low: int, high: int) -> int:
        value: int = self.raw(key, int)
        if not low <= value <= high:
            raise ImportRefused(
                self.path(key),
                translate("Transfer", "%1 is not between %2 and %3.")
                .replace("%2", str(low))
                .replace("%3", str(high))
                .replace("%1", number_text(value)),
            )
        return value

    def flag(self, key: str, default: bool) -> bool:
        """An optional true or false (``default`` when the field is absent)."""
        if key not in self._raw:
            return default
        value: bool = self.raw(key, bool)
        return value

    def choice(self, key: str, allowed: Sequence[str]) -> str:
        """One of ``allowed``; ``key`` is "breathing", "press_style" or "sides" (the refusal
        names what it is)."""
        value: str = self.raw(key, str)
        if value not in allowed:
            if key == "breathing":
                problem = translate(
                    "Transfer", "“%1” is not a breathing pattern Acupress knows (%2)."
                )
            elif key == "press_style":
                problem = translate("Transfer", "“%1” is not a press style Acupress knows (%2).")
            else:
                problem = translate("Transfer", "“%1” is not a side Acupress knows (%2).")
            raise ImportRefused(
                self.path(key),
                problem.replace("%2", ", ".join(allowed)).replace("%1", clip(value)),
            )
        return value

    def name(self, key: str) -> str:
        """A routine name, normalised as the repository stores it (``core.routine``'s rule)."""
        value: str = self.raw(key, str)
        if not value.strip():
            raise ImportRefused(
                self.path(key), translate("Transfer", "this needs a name, not an empty text.")
            )
        stored = normalise_name(value)
        if len(stored) > NAME_MAX:  # counted as stored, after normalising
            raise ImportRefused(
                self.path(key),
                translate("Transfer", "%1 characters are more than the %2 allowed.")
                .replace("%1", str(len(stored)))
                .replace("%2", str(NAME_MAX)),
            )
        problem = name_problem(value)
        if problem:
            raise ImportRefused(self.path(key), problem)
        return stored

    def text(self, key: str, limit: int, multiline: bool = False) -> str:
        """A trimmed text of at most ``limit`` characters (a description)."""
        value: str = self.raw(key, str).strip()
        if len(value) > limit:
            raise ImportRefused(
                self.path(key),
                translate("Transfer", "%1 characters are more than the %2 allowed.")
                .replace("%1", str(len(value)))
                .replace("%2", str(limit)),
            )
        allowed = "\n\t" if multiline else ""
        for char in value:
            # Control characters and lone surrogates (which cannot be saved as UTF-8) are refused.
            if char not in allowed and unicodedata.category(char) in ("Cc", "Cs"):
                raise ImportRefused(
                    self.path(key),
                    translate("Transfer", "holds a character that is not allowed (U+%1).").replace(
                        "%1", f"{ord(char):04X}"
                    ),
                )
        return value


def _is_date(text: str) -> bool:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text, re.ASCII):
        with contextlib.suppress(ValueError):
            return bool(date.fromisoformat(text))
    return False

"""Export and import routines as a small, documented, versioned JSON file (``.acupress.json``).

The format is described in docs/file-format.md. Importing is all or nothing: ``parse_import`` is pure
and either returns every routine of the file or raises ImportRefused naming the field and the
problem; only then does ``import_file`` hand the routines to the repository (one transaction).
"""

from __future__ import annotations

import codecs
import contextlib
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO, Protocol, cast

from acupress_desktop.core.breathing import PATTERNS
from acupress_desktop.core.catalogue import Catalogue
from acupress_desktop.core.routine import (
    MAX_GET_READY_SECONDS,
    MAX_POINT_SECONDS,
    MAX_REST_SECONDS,
    MAX_ROUNDS,
    MAX_STEPS,
    MIN_POINT_SECONDS,
    NAME_MAX,
    Routine,
    RoutineError,
    RoutineStep,
    StepSides,
)
from acupress_desktop.core.text import translate
from acupress_desktop.storage.routines import RoutineNameError, check_name, name_key

FORMAT = "acupress-routines"
VERSION = 1
MAX_IMPORT_BYTES = 1024 * 1024
FILE_SUFFIX = ".acupress.json"
MAX_ROUTINES = 150
#: With these three caps the largest possible export still fits in MAX_IMPORT_BYTES.
DESCRIPTION_MAX = 500
#: The same bound as Routine.validate() uses for switch_seconds.
MAX_SWITCH_SECONDS = 30
BREATHING = (*PATTERNS, "custom")
SIDES = ("both", "left", "right")

_TOP_KEYS = ("format", "version", "exported", "routines")
_OPTION_KEYS = ("rest_seconds", "rounds", "get_ready_seconds", "switch_seconds", "breathing")
_ROUTINE_KEYS = ("name", "steps", *_OPTION_KEYS, "description")
_STEP_KEYS = ("point", "seconds", "sides")
#: Characters that do not make a name visible (the repository's check_name uses the same).
_INVISIBLE = ("Cc", "Cf", "Zs", "Zl", "Zp")


class ImportRefused(ValueError):  # noqa: N818 -- the agreed API name
    """The file cannot be imported; nothing was changed.

    ``str(error)`` names the field and the problem, e.g.
    ``routines[2].steps[1].seconds: 0 is not between 5 and 600.``; problems with the file as a
    whole (too big, not UTF-8, not JSON) have no field.

    Attributes:
        where: the field path ("routines[2].steps[1].seconds"), or "" for the file as a whole.
        problem: the sentence after the field path.
        routine_name: the name of the routine the field belongs to, when it was readable.
    """

    def __init__(self, where: str, problem: str, routine_name: str = "") -> None:
        super().__init__(f"{where}: {problem}" if where else problem)
        self.where = where
        self.problem = problem
        self.routine_name = routine_name

    def message_for(self, path: Path | None = None) -> str:
        """The whole sentence to show the user: what was refused, why, and that nothing changed."""
        routine = _clip(self.routine_name)
        if path is None:
            if not self.where:
                text = translate(
                    "Transfer", "The file was not imported. %1 Your routines are unchanged."
                )
            elif routine:
                text = translate(
                    "Transfer",
                    "The file was not imported (in the routine “%2”): %1 Your routines are unchanged.",
                )
            else:
                text = translate(
                    "Transfer", "The file was not imported: %1 Your routines are unchanged."
                )
            return text.replace("%2", routine).replace("%1", str(self))
        if not self.where:
            text = translate("Transfer", "“%1” was not imported. %2 Your routines are unchanged.")
        elif routine:
            text = translate(
                "Transfer",
                "“%1” was not imported (in the routine “%3”): %2 Your routines are unchanged.",
            )
        else:
            text = translate("Transfer", "“%1” was not imported: %2 Your routines are unchanged.")
        return text.replace("%1", _clip(path.name)).replace("%3", routine).replace("%2", str(self))


class ExportError(ValueError):
    """Routines could not be exported; ``str(error)`` says why and that nothing was written."""


class RoutineImporter(Protocol):
    """Whatever stores imported routines (RoutineRepository): all or nothing."""

    def import_routines(self, routines: Sequence[Routine]) -> list[Routine]:
        """Store every routine in one transaction and return the stored ones (new ids)."""
        ...


# --- export --------------------------------------------------------------------------------------


def export_routines(
    routines: Sequence[Routine], *, exported: date | None = None, include_builtins: bool = True
) -> str:
    """The routines as ``.acupress.json`` text (version 1), dated ``exported`` (default today).

    Built-ins are exported like any routine (they import as user routines) unless
    ``include_builtins`` is False. Raises ExportError when the result would not import again
    (none or more than MAX_ROUTINES routines, a value out of range), so every file Acupress
    writes, Acupress can read.
    """
    if not include_builtins:
        routines = [routine for routine in routines if not routine.builtin]
    if not routines:
        raise ExportError(
            translate("Transfer", "There are no routines to export; nothing was written.")
        )
    if len(routines) > MAX_ROUTINES:
        raise ExportError(
            translate(
                "Transfer",
                "%1 routines are more than the %2 one file may hold; nothing was written. "
                "Export them in smaller groups.",
            )
            .replace("%1", str(len(routines)))
            .replace("%2", str(MAX_ROUTINES))
        )
    day = (exported or date.today()).isoformat()
    blocks = [_routine_block(routine) for routine in routines]
    body = ",\n".join(blocks)
    text = (
        "{\n"
        f'  "format": "{FORMAT}",\n'
        f'  "version": {VERSION},\n'
        f'  "exported": "{day}",\n'
        f'  "routines": [\n{body}\n  ]\n'
        "}\n"
    )
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate cannot be written as UTF-8
        raise ExportError(
            translate(
                "Transfer",
                "A routine holds a character that cannot be saved (U+%1); nothing was written.",
            ).replace("%1", f"{ord(text[exc.start]):04X}")
        ) from exc
    if len(data) > MAX_IMPORT_BYTES:
        raise ExportError(
            translate(
                "Transfer",
                "These routines take more than 1 MiB, more than one file may hold; "
                "nothing was written. Export them in smaller groups.",
            )
        )
    try:
        _parse_text_checked(data, points=None)
    except ImportRefused as refused:
        if refused.routine_name:
            message = (
                translate(
                    "Transfer", "The routines “%1” could not be exported: %2 Nothing was written."
                )
                .replace("%1", _clip(refused.routine_name))
                .replace("%2", str(refused))
            )
        else:
            message = translate(
                "Transfer", "The routines could not be exported: %1 Nothing was written."
            ).replace("%1", str(refused))
        raise ExportError(message) from refused
    return text


def write_export(
    path: Path,
    routines: Sequence[Routine],
    *,
    exported: date | None = None,
    include_builtins: bool = True,
) -> None:
    """Write an export file atomically: the file at ``path`` is either the old one or the whole new one."""
    text = export_routines(routines, exported=exported, include_builtins=include_builtins)
    payload = text.encode("utf-8")
    path = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".acupress-export-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(payload)
                out.flush()
                os.fsync(out.fileno())
            with contextlib.suppress(OSError):
                os.chmod(tmp, 0o644)  # an export is meant to be shared; mkstemp makes it 0600
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise ExportError(
            translate(
                "Transfer",
                "The routines could not be saved as %1 (%2). Nothing was written there and your "
                "routines are unchanged; choose another folder.",
            )
            .replace("%2", str(exc.strerror or exc))
            .replace("%1", str(path))
        ) from exc


def _routine_block(routine: Routine) -> str:
    def dump(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    steps = ",\n".join(
        "        " + dump({"point": s.point_id, "seconds": s.seconds, "sides": s.sides})
        for s in routine.steps
    )
    fields = [
        f'"name": {dump(routine.name)}',
        f'"steps": [\n{steps}\n      ]',
        f'"rest_seconds": {dump(routine.rest_seconds)}',
        f'"rounds": {dump(routine.rounds)}',
        f'"get_ready_seconds": {dump(routine.get_ready_seconds)}',
        f'"switch_seconds": {dump(routine.switch_seconds)}',
        f'"breathing": {dump(routine.breathing)}',
    ]
    if routine.description:
        fields.append(f'"description": {dump(routine.description)}')
    return "    {\n" + ",\n".join("      " + f for f in fields) + "\n    }"


# --- import --------------------------------------------------------------------------------------


def parse_import(data: bytes, catalogue: Catalogue) -> list[Routine]:
    """Every routine of the file, validated; ImportRefused naming the field otherwise.

    Pure: reads nothing else and changes nothing. Imported routines have id "" and builtin False.
    """
    return _parse_text_checked(data, points=frozenset(p.id for p in catalogue.points))


def read_import(path: Path, catalogue: Catalogue) -> list[Routine]:
    """Read and parse a routine file; never reads more than MAX_IMPORT_BYTES + 1 bytes of it."""
    try:
        with Path(path).open("rb") as stream:
            data = read_capped(stream)
    except OSError as exc:
        raise ImportRefused(
            "",
            translate(
                "Transfer",
                "The file could not be read (%1); check that it still exists and that you may "
                "open it.",
            ).replace("%1", str(exc.strerror or exc)),
        ) from exc
    return parse_import(data, catalogue)


def read_capped(stream: BinaryIO, limit: int = MAX_IMPORT_BYTES) -> bytes:
    """At most ``limit + 1`` bytes of the stream: enough to tell that a file is too big."""
    chunks: list[bytes] = []
    left = limit + 1
    while left > 0:
        chunk = stream.read(min(left, 64 * 1024))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def import_file(path: Path, catalogue: Catalogue, repository: RoutineImporter) -> list[Routine]:
    """Parse the whole file, then store its routines in one transaction; nothing changes on refusal."""
    routines = read_import(path, catalogue)
    return repository.import_routines(routines)


def name_clashes(routines: Sequence[Routine], taken: Iterable[str]) -> list[str]:
    """Names of the routines (in file order) that an existing routine already uses, ignoring case."""
    used = {name_key(name) for name in taken}
    return [routine.name for routine in routines if name_key(routine.name) in used]


def free_name(name: str, taken: Iterable[str]) -> str:
    """``name`` if no routine uses it, else "Name (2)", "Name (3)"…, at most NAME_MAX characters."""
    used = {name_key(existing) for existing in taken}
    name = unicodedata.normalize("NFC", name.strip())
    if name_key(name) not in used:
        return name
    match = re.fullmatch(r"(.*?) \((\d{1,6})\)", name, re.DOTALL)
    base, number = (match.group(1), int(match.group(2)) + 1) if match else (name, 2)
    while True:
        suffix = f" ({number})"
        candidate = base[: NAME_MAX - len(suffix)].rstrip() + suffix
        if name_key(candidate) not in used:
            return candidate
        number += 1


def with_free_names(routines: Sequence[Routine], taken: Iterable[str]) -> list[Routine]:
    """The routines with every clashing name replaced by a free one (also free among themselves)."""
    used = list(taken)
    renamed: list[Routine] = []
    for routine in routines:
        name = free_name(routine.name, used)
        used.append(name)
        renamed.append(routine if name == routine.name else replace(routine, name=name))
    return renamed


# --- validation ----------------------------------------------------------------------------------


def _parse_text_checked(data: bytes, points: frozenset[str] | None) -> list[Routine]:
    if len(data) > MAX_IMPORT_BYTES:
        raise ImportRefused(
            "",
            translate(
                "Transfer",
                "The file is larger than 1 MiB, far more than any routine file needs "
                "(they are a few kilobytes), so it is not an Acupress routine file.",
            ),
        )
    raw = _load_json(_decode(data))
    return _Document(points).parse(raw)


def _decode(data: bytes) -> str:
    if not data.strip():
        raise ImportRefused(
            "", translate("Transfer", "The file is empty, so it is not an Acupress routine file.")
        )
    # UTF-32 first: its little-endian mark begins with UTF-16's.
    for bom in (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        if data.startswith(bom):
            encoding = "UTF-32" if len(bom) == 4 else "UTF-16"
            raise ImportRefused(
                "",
                translate(
                    "Transfer",
                    "The file is %1 text; routine files are UTF-8. "
                    "Save it again as UTF-8, or export it again from Acupress.",
                ).replace("%1", encoding),
            )
    if data.startswith(codecs.BOM_UTF8):  # some editors add one when the file is saved
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ImportRefused(
            "",
            translate(
                "Transfer",
                "The file is not UTF-8 text (byte 0x%1 at position %2), "
                "so it is not an Acupress routine file.",
            )
            .replace("%1", f"{data[exc.start]:02x}")
            .replace("%2", str(exc.start)),
        ) from exc


class _Object(dict[str, Any]):
    """A JSON object that remembers keys that appeared more than once."""

    duplicates: tuple[str, ...] = ()


def _object_pairs(pairs: list[tuple[str, Any]]) -> _Object:
    obj = _Object()
    duplicates: list[str] = []
    for key, value in pairs:
        if key in obj and key not in duplicates:
            duplicates.append(key)
        obj[key] = value
    if duplicates:
        obj.duplicates = tuple(duplicates)
    return obj


def _no_constant(name: str) -> Any:
    raise ImportRefused(
        "",
        translate(
            "Transfer",
            "The file holds “%1”, which is not a number JSON allows, "
            "so it is not an Acupress routine file.",
        ).replace("%1", name),
    )


def _load_json(text: str) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_object_pairs, parse_constant=_no_constant)
    except ImportRefused:
        raise
    except json.JSONDecodeError as exc:
        raise ImportRefused(
            "",
            translate(
                "Transfer",
                "The file is not valid JSON (line %1, column %2: %3); "
                "it may be damaged or cut short.",
            )
            .replace("%1", str(exc.lineno))
            .replace("%2", str(exc.colno))
            .replace("%3", exc.msg),
        ) from exc
    except RecursionError as exc:
        raise ImportRefused(
            "",
            translate(
                "Transfer",
                "The file is nested far too deeply, so it is not an Acupress routine file.",
            ),
        ) from exc
    except ValueError as exc:  # an integer with more digits than Python converts (4300)
        raise ImportRefused(
            "",
            translate(
                "Transfer",
                "The file holds a number with far too many digits, "
                "so it is not an Acupress routine file.",
            ),
        ) from exc


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
                ).replace("%1", _describe(raw)),
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
                .replace("%1", _describe(raw["format"])),
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
                        "%1", _clip(exported)
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
                    .replace("%1", _clip(routine.name)),
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
            raise ImportRefused("version", _wrong_kind(int, version))
        if version > VERSION:
            raise ImportRefused(
                "version",
                translate(
                    "Transfer",
                    "this file was made by a newer Acupress (file version %1); "
                    "this Acupress reads version %2. Update Acupress to import it.",
                )
                .replace("%2", str(VERSION))
                .replace("%1", _number(version)),
            )
        if version < 1:
            raise ImportRefused(
                "version",
                translate("Transfer", "%1 is not a version of the routine file format.").replace(
                    "%1", _number(version)
                ),
            )

    def _routine(self, raw: Any, where: str) -> Routine:
        fields = _Fields(raw, where)
        name = ""
        try:
            fields.only(_ROUTINE_KEYS)
            name = unicodedata.normalize("NFC", fields.text("name", NAME_MAX, required=True))
            routine = Routine(
                name=name,
                steps=self._steps(fields.array("steps"), f"{where}.steps"),
                rest_seconds=fields.integer("rest_seconds", 0, MAX_REST_SECONDS),
                rounds=fields.integer("rounds", 1, MAX_ROUNDS),
                get_ready_seconds=fields.integer("get_ready_seconds", 0, MAX_GET_READY_SECONDS),
                switch_seconds=fields.integer("switch_seconds", 0, MAX_SWITCH_SECONDS),
                breathing=fields.choice("breathing", BREATHING),
                description=(
                    fields.text("description", DESCRIPTION_MAX, multiline=True)
                    if "description" in raw
                    else ""
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
                        "%1", _clip(point)
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
            raise ImportRefused(where, _wrong_kind(dict, raw))
        self._raw: dict[str, Any] = raw
        self._where = where
        for key in getattr(raw, "duplicates", ()):
            raise ImportRefused(
                self.path(key), translate("Transfer", "this field appears twice; keep only one.")
            )

    def path(self, key: str) -> str:
        shown = _clip(key, 40) or '""'  # an empty key still needs a visible name
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
            raise ImportRefused(self.path(key), _wrong_kind(kind, value))
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
                .replace("%1", _number(value)),
            )
        return value

    def choice(self, key: str, allowed: Sequence[str]) -> str:
        """One of ``allowed``; ``key`` is "breathing" or "sides" (the refusal names what it is)."""
        value: str = self.raw(key, str)
        if value not in allowed:
            if key == "breathing":
                problem = translate(
                    "Transfer", "“%1” is not a breathing pattern Acupress knows (%2)."
                )
            else:
                problem = translate("Transfer", "“%1” is not a side Acupress knows (%2).")
            raise ImportRefused(
                self.path(key),
                problem.replace("%2", ", ".join(allowed)).replace("%1", _clip(value)),
            )
        return value

    def text(self, key: str, limit: int, required: bool = False, multiline: bool = False) -> str:
        """A trimmed text of at most ``limit`` characters; empty only when not ``required`` (a name)."""
        value: str = self.raw(key, str).strip()
        if required and all(unicodedata.category(char) in _INVISIBLE for char in value):
            raise ImportRefused(
                self.path(key), translate("Transfer", "this needs a name, not an empty text.")
            )
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


def _clip(text: str, limit: int = 60) -> str:
    """Text safe to show in a message: invisible characters escaped, long texts shortened."""
    shown = "".join(
        char if char.isprintable() else f"\\u{ord(char):04x}" for char in text[: limit + 1]
    )
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def _huge(value: int | float) -> bool:
    return not (value != value or abs(value) < 10**15)  # NaN cannot get here, but shows as "nan"


def _number(value: int | float) -> str:
    if not _huge(value):
        return str(value)
    if value > 0:
        return translate("Transfer", "a huge number")
    return translate("Transfer", "a huge negative number")


def _describe(value: Any) -> str:
    """A JSON value as the text of a refusal: "the number 5", "a list", "null"…."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        if _huge(value):
            return _number(value)
        return translate("Transfer", "the number %1").replace("%1", str(value))
    if isinstance(value, str):
        return translate("Transfer", "the text “%1”").replace("%1", _clip(value))
    if isinstance(value, list):
        return translate("Transfer", "a list")
    return translate("Transfer", "an object")


def _wrong_kind(kind: type, value: Any) -> str:
    """The refusal of a value of the wrong JSON type: "expected a list, found the number 5."."""
    if kind is dict:
        expected = translate("Transfer", "expected an object, found %1.")
    elif kind is list:
        expected = translate("Transfer", "expected a list, found %1.")
    elif kind is str:
        expected = translate("Transfer", "expected a text, found %1.")
    else:
        expected = translate("Transfer", "expected a whole number, found %1.")
    return expected.replace("%1", _describe(value))

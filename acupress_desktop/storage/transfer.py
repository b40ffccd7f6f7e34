"""Export and import routines as a small, documented, versioned JSON file (``.acupress.json``).

The format is described in docs/file-format.md. Importing is all or nothing: ``parse_import`` is pure
and either returns every routine of the file or raises ImportRefused naming the field and the
problem; only then does the importer (``controllers.routines.RoutinesController``) hand them to the
repository, in one transaction.
The format's constants and ImportRefused live in ``transfer_format``, reading the bytes as JSON in
``transfer_json`` and the field-by-field check in ``transfer_checks``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from acupress_desktop.core.catalogue import Catalogue
from acupress_desktop.core.routine import NAME_MAX, Routine, clean_name, name_key
from acupress_desktop.core.text import translate
from acupress_desktop.storage.files import UnusualFileError, read_ordinary, write_atomically
from acupress_desktop.storage.reasons import logged, os_reason, unusual_reason
from acupress_desktop.storage.transfer_checks import parse_text_checked
from acupress_desktop.storage.transfer_format import (
    FORMAT,
    MAX_IMPORT_BYTES,
    MAX_ROUTINES,
    VERSION,
    ImportRefused,
    clip,
)


class ExportError(ValueError):
    """Routines could not be exported; ``str(error)`` says why and that nothing was written."""


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
        parse_text_checked(data, points=None)
    except ImportRefused as refused:
        if refused.routine_name:
            message = (
                translate(
                    "Transfer", "The routines “%1” could not be exported: %2 Nothing was written."
                )
                .replace("%1", clip(refused.routine_name))
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
        write_atomically(path, payload)  # an export is meant to be shared: 0644
    except OSError as exc:
        raise ExportError(
            translate(
                "Transfer",
                "The routines could not be saved as %1 (%2). Nothing was written there and your "
                "routines are unchanged; choose another folder.",
            )
            .replace("%2", os_reason(exc))
            .replace("%1", str(path))
        ) from logged(exc, f"export to {path}")


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
    # the options are written only when they differ from their defaults, so a file of routines
    # without them still imports into an older Acupress
    defaults = Routine(routine.name, routine.steps)
    for key in ("find_point", "halfway_cue", "press_style", "press_with_breath"):
        if getattr(routine, key) != getattr(defaults, key):
            fields.append(f'"{key}": {dump(getattr(routine, key))}')
    return "    {\n" + ",\n".join("      " + f for f in fields) + "\n    }"


# --- import --------------------------------------------------------------------------------------


def parse_import(data: bytes, catalogue: Catalogue) -> list[Routine]:
    """Every routine of the file, validated; ImportRefused naming the field otherwise.

    Pure: reads nothing else and changes nothing. Imported routines have id "" and builtin False.
    """
    return parse_text_checked(data, points=frozenset(p.id for p in catalogue.points))


def read_import(path: Path, catalogue: Catalogue) -> list[Routine]:
    """Read and parse a routine file; never reads more than MAX_IMPORT_BYTES + 1 bytes of it.

    Only an ordinary file is read: a named pipe, a device or a folder is refused at once
    (reading a pipe would wait forever for someone to write to it).
    """
    try:
        data = read_ordinary(Path(path), MAX_IMPORT_BYTES)
    except UnusualFileError as exc:
        raise ImportRefused(
            "",
            translate(
                "Transfer",
                "The file is not an ordinary file (%1), so it is not an Acupress routine file.",
            ).replace("%1", unusual_reason(exc.kind)),
        ) from logged(exc, f"import of {path}")
    except OSError as exc:
        raise ImportRefused(
            "",
            translate(
                "Transfer",
                "The file could not be read (%1); check that it still exists and that you may "
                "open it.",
            ).replace("%1", os_reason(exc)),
        ) from logged(exc, f"import of {path}")
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


def name_clashes(routines: Sequence[Routine], taken: Iterable[str]) -> list[str]:
    """Names of the routines (in file order) that an existing routine already uses, ignoring case."""
    used = {name_key(name) for name in taken}
    return [routine.name for routine in routines if name_key(routine.name) in used]


def free_name(name: str, taken: Iterable[str]) -> str:
    """``name`` if no routine uses it, else "Name (2)", "Name (3)"…, at most NAME_MAX characters."""
    used = {name_key(existing) for existing in taken}
    name = clean_name(name)
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

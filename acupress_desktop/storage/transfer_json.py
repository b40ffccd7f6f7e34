"""Reading an import file's bytes as strict JSON: the size cap, UTF-8 and byte-order marks, JSON
syntax, constants JSON does not allow, nesting too deep, and keys written twice."""

from __future__ import annotations

import codecs
import json
from typing import Any

from acupress_desktop.core.text import translate
from acupress_desktop.storage.reasons import logged
from acupress_desktop.storage.transfer_format import MAX_IMPORT_BYTES, ImportRefused


def read_json(data: bytes) -> Any:
    """The JSON value in ``data``; ImportRefused (about the file as a whole) when it is not one."""
    if len(data) > MAX_IMPORT_BYTES:
        raise ImportRefused(
            "",
            translate(
                "Transfer",
                "The file is larger than 1 MiB, far more than any routine file needs "
                "(they are a few kilobytes), so it is not an Acupress routine file.",
            ),
        )
    return _load_json(_decode(data))


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
    except json.JSONDecodeError as exc:  # the parser's own words go to the log
        raise ImportRefused(
            "",
            translate(
                "Transfer",
                "The file is not valid JSON (line %1, column %2); it may be damaged or cut short.",
            )
            .replace("%1", str(exc.lineno))
            .replace("%2", str(exc.colno)),
        ) from logged(exc, "an import file is not JSON")
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

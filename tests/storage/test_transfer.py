"""Routine files: what is exported imports back unchanged, and every bad file is refused by name."""

from __future__ import annotations

import codecs
import io
import json
import os
import stat
import tracemalloc
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from acupress_desktop.core.catalogue import Catalogue
from acupress_desktop.core.routine import MAX_STEPS, NAME_MAX, Routine, RoutineStep
from acupress_desktop.storage.transfer import (
    ExportError,
    export_routines,
    free_name,
    name_clashes,
    parse_import,
    read_capped,
    read_import,
    with_free_names,
    write_export,
)
from acupress_desktop.storage.transfer_format import (
    DESCRIPTION_MAX,
    FILE_SUFFIX,
    MAX_IMPORT_BYTES,
    MAX_ROUTINES,
    ImportRefused,
)

DAY = date(2026, 11, 25)
DELETE = object()
TOO_BIG = (
    "The file is larger than 1 MiB, far more than any routine file needs "
    "(they are a few kilobytes), so it is not an Acupress routine file."
)
TOO_MANY_DIGITS = (
    "The file holds a number with far too many digits, so it is not an Acupress routine file."
)
TOO_MANY_ROUTINES = "routines: 151 routines are more than the 150 one file may hold."
KEY_TWICE = "routines[1].rounds: this field appears twice; keep only one."

EVENING = Routine(
    name="Evening wind-down",
    steps=(
        RoutineStep("LI4", 60),
        RoutineStep("ST36", 90, "left"),
        RoutineStep("GV4", 45),
    ),
    rest_seconds=10,
    rounds=2,
    get_ready_seconds=5,
    switch_seconds=3,
    breathing="4-7-8",
    description="Slow pressure before bed.\nBreathe out longer than in.",
)
MORNING = Routine(
    name="Rücken am Morgen 🌅",
    steps=(RoutineStep("BL23", 30, "right"), RoutineStep("KI3", 600)),
    rest_seconds=0,
    rounds=1,
    get_ready_seconds=0,
    switch_seconds=0,
    breathing="off",
)


def document() -> dict[str, Any]:
    """A valid file's content: two routines, as Acupress exports them."""
    raw: dict[str, Any] = json.loads(export_routines([EVENING, MORNING], exported=DAY))
    return raw


def encode(doc: Any) -> bytes:
    """JSON bytes for a document."""
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def edited(path: Sequence[str | int], value: Any) -> bytes:
    """The valid document with one value replaced (or deleted with DELETE), as file bytes."""
    doc = document()
    target: Any = doc
    for key in path[:-1]:
        target = target[key]
    if value is DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return encode(doc)


def refusal(data: bytes, catalogue: Catalogue) -> str:
    """The message of the ImportRefused raised for these bytes."""
    with pytest.raises(ImportRefused) as caught:
        parse_import(data, catalogue)
    return str(caught.value)


def imported(routine: Routine) -> Routine:
    """What a routine looks like after a round trip: same content, no id, a user routine."""
    return Routine(
        name=routine.name,
        steps=routine.steps,
        rest_seconds=routine.rest_seconds,
        rounds=routine.rounds,
        get_ready_seconds=routine.get_ready_seconds,
        switch_seconds=routine.switch_seconds,
        breathing=routine.breathing,
        description=routine.description,
    )


# --- round trip and export ------------------------------------------------------------------------


def test_export_then_import_gives_the_same_routines(catalogue: Catalogue) -> None:
    """Routines exported and imported again are equal, descriptions included, with no ids."""
    stored = [
        Routine(**{**EVENING.__dict__, "id": "a1b2"}),
        Routine(**{**MORNING.__dict__, "id": "c3d4"}),
    ]
    back = parse_import(export_routines(stored, exported=DAY).encode("utf-8"), catalogue)
    assert back == [imported(EVENING), imported(MORNING)]
    assert [r.description for r in back] == [EVENING.description, ""]
    assert all(r.id == "" and not r.builtin for r in back)


def test_export_is_the_documented_readable_format() -> None:
    """The file names its format, version and date, keeps Unicode readable and omits an empty description."""
    text = export_routines([MORNING], exported=DAY)
    raw = json.loads(text)
    assert list(raw) == ["format", "version", "exported", "routines"]
    assert (raw["format"], raw["version"], raw["exported"]) == (
        "acupress-routines",
        1,
        "2026-11-25",
    )
    assert raw["routines"] == [
        {
            "name": "Rücken am Morgen 🌅",
            "steps": [
                {"point": "BL23", "seconds": 30, "sides": "right"},
                {"point": "KI3", "seconds": 600, "sides": "both"},
            ],
            "rest_seconds": 0,
            "rounds": 1,
            "get_ready_seconds": 0,
            "switch_seconds": 0,
            "breathing": "off",
        }
    ]
    assert "Rücken am Morgen 🌅" in text
    assert '        {"point": "BL23", "seconds": 30, "sides": "right"},\n' in text
    assert text.endswith("}\n")


def test_built_in_routines_export_and_import_as_user_routines(catalogue: Catalogue) -> None:
    """A built-in routine, when exported on request, comes back as an editable user routine."""
    builtin = Routine(**{**EVENING.__dict__, "builtin": True, "id": "builtin:evening"})
    back = parse_import(export_routines([builtin], exported=DAY).encode(), catalogue)
    assert back == [imported(EVENING)]
    assert not back[0].builtin


def test_built_ins_can_be_left_out_of_an_export(catalogue: Catalogue) -> None:
    """Asked to leave built-ins out, the export holds only the user's own routines."""
    builtin = Routine(**{**EVENING.__dict__, "builtin": True, "id": "builtin:evening"})
    text = export_routines([builtin, MORNING], exported=DAY, include_builtins=False)
    assert parse_import(text.encode(), catalogue) == [imported(MORNING)]
    with pytest.raises(ExportError, match="no routines"):
        export_routines([builtin], include_builtins=False)


def test_write_export_writes_the_file_atomically(tmp_path: Path, catalogue: Catalogue) -> None:
    """Writing an export replaces any old file whole, leaves no temporary file and can be imported."""
    target = tmp_path / f"mine{FILE_SUFFIX}"
    target.write_text("old")
    write_export(target, [EVENING, MORNING], exported=DAY)
    assert read_import(target, catalogue) == [imported(EVENING), imported(MORNING)]
    assert [p.name for p in tmp_path.iterdir()] == [target.name]
    assert not target.read_bytes().startswith(codecs.BOM_UTF8)
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_failed_write_keeps_the_old_file_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the new file cannot be put in place, the old one is untouched and no temporary file is left."""
    target = tmp_path / f"mine{FILE_SUFFIX}"
    target.write_text("old")

    def refuse(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)  # the rename that puts the new file in place
    with pytest.raises(ExportError, match=r"\(the disk is full\)\. Nothing was written there"):
        write_export(target, [EVENING], exported=DAY)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_export_into_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    """Exporting into a folder that does not exist raises ExportError naming the path."""
    target = tmp_path / "gone" / f"mine{FILE_SUFFIX}"
    with pytest.raises(ExportError, match="could not be saved as .*gone"):
        write_export(target, [EVENING], exported=DAY)


def test_export_refuses_what_could_not_be_imported() -> None:
    """Nothing, too many routines, or an out-of-range routine is refused before anything is written."""
    with pytest.raises(ExportError, match="no routines"):
        export_routines([])
    many = [Routine(**{**MORNING.__dict__, "name": f"R{n}"}) for n in range(MAX_ROUTINES + 1)]
    with pytest.raises(ExportError, match=f"{MAX_ROUTINES + 1} routines are more than"):
        export_routines(many)
    broken = Routine(**{**MORNING.__dict__, "steps": (RoutineStep("LI4", 0),)})
    with pytest.raises(
        ExportError, match=r"“Rücken am Morgen 🌅” could not be exported: .*seconds: 0"
    ):
        export_routines([broken])


def test_largest_possible_export_fits_and_imports(catalogue: Catalogue) -> None:
    """The most routines, the most points, the longest four-byte names and descriptions still fit in one file."""
    widest = "😀"
    routines = [
        Routine(
            name=f"{n:03d}" + widest * (NAME_MAX - 3),
            steps=tuple(RoutineStep("EX-UE7", 600, "right") for _ in range(MAX_STEPS)),
            rest_seconds=120,
            rounds=10,
            get_ready_seconds=60,
            switch_seconds=30,
            breathing="resonant",
            description=widest * DESCRIPTION_MAX,
        )
        for n in range(MAX_ROUTINES)
    ]
    data = export_routines(routines, exported=DAY).encode("utf-8")
    assert len(data) <= MAX_IMPORT_BYTES
    assert parse_import(data, catalogue) == [imported(r) for r in routines]


def test_export_date_defaults_to_today() -> None:
    """Without an injected date the file carries today's date."""
    assert json.loads(export_routines([MORNING]))["exported"] == date.today().isoformat()


# --- refusals naming the field --------------------------------------------------------------------

FIELD_REFUSALS: list[tuple[Sequence[str | int], Any, str]] = [
    (
        ("routines", 1, "steps", 0, "seconds"),
        0,
        "routines[2].steps[1].seconds: 0 is not between 5 and 600.",
    ),
    (
        ("routines", 0, "steps", 2, "point"),
        "XX9",
        "routines[1].steps[3].point: “XX9” is not a point Acupress knows.",
    ),
    (
        ("routines", 0, "steps", 0, "seconds"),
        601,
        "routines[1].steps[1].seconds: 601 is not between 5 and 600.",
    ),
    (
        ("routines", 0, "steps", 0, "seconds"),
        30.5,
        "routines[1].steps[1].seconds: expected a whole number, found the number 30.5.",
    ),
    (
        ("routines", 0, "steps", 0, "seconds"),
        "30",
        "routines[1].steps[1].seconds: expected a whole number, found the text “30”.",
    ),
    (
        ("routines", 0, "steps", 0, "seconds"),
        True,
        "routines[1].steps[1].seconds: expected a whole number, found true.",
    ),
    (
        ("routines", 0, "steps", 0, "seconds"),
        10**400,
        "routines[1].steps[1].seconds: a huge number is not between 5 and 600.",
    ),
    (
        ("routines", 0, "steps", 0, "seconds"),
        DELETE,
        "routines[1].steps[1].seconds: this field is missing.",
    ),
    (
        ("routines", 0, "steps", 0, "point"),
        7,
        "routines[1].steps[1].point: expected a text, found the number 7.",
    ),
    (
        ("routines", 0, "steps", 0, "point"),
        "li4",
        "routines[1].steps[1].point: “li4” is not a point Acupress knows.",
    ),
    (
        ("routines", 0, "steps", 1, "sides"),
        "top",
        "routines[1].steps[2].sides: “top” is not a side Acupress knows (both, left, right).",
    ),
    (
        ("routines", 0, "steps", 1, "sides"),
        DELETE,
        "routines[1].steps[2].sides: this field is missing.",
    ),
    (
        ("routines", 0, "steps", 1, "pressure"),
        "firm",
        "routines[1].steps[2].pressure: this is not a field Acupress knows.",
    ),
    (
        ("routines", 0, "steps", 1),
        "ST36",
        "routines[1].steps[2]: expected an object, found the text “ST36”.",
    ),
    (
        ("routines", 0, "steps"),
        [],
        "routines[1].steps: a routine needs at least one point.",
    ),
    (
        ("routines", 0, "steps"),
        [{"point": "LI4", "seconds": 60, "sides": "both"}] * (MAX_STEPS + 1),
        "routines[1].steps: 51 points are more than the 50 a routine may have.",
    ),
    (
        ("routines", 0, "steps"),
        {"point": "LI4"},
        "routines[1].steps: expected a list, found an object.",
    ),
    (
        ("routines", 0, "rest_seconds"),
        121,
        "routines[1].rest_seconds: 121 is not between 0 and 120.",
    ),
    (
        ("routines", 0, "rest_seconds"),
        -1,
        "routines[1].rest_seconds: -1 is not between 0 and 120.",
    ),
    (("routines", 0, "rounds"), 0, "routines[1].rounds: 0 is not between 1 and 10."),
    (("routines", 0, "rounds"), 11, "routines[1].rounds: 11 is not between 1 and 10."),
    (
        ("routines", 0, "rounds"),
        None,
        "routines[1].rounds: expected a whole number, found null.",
    ),
    (
        ("routines", 0, "get_ready_seconds"),
        61,
        "routines[1].get_ready_seconds: 61 is not between 0 and 60.",
    ),
    (
        ("routines", 0, "switch_seconds"),
        31,
        "routines[1].switch_seconds: 31 is not between 0 and 30.",
    ),
    (
        ("routines", 1, "breathing"),
        "fast",
        "routines[2].breathing: “fast” is not a breathing pattern Acupress knows "
        "(relaxed, box, 4-7-8, resonant, off, custom).",
    ),
    (
        ("routines", 1, "breathing"),
        DELETE,
        "routines[2].breathing: this field is missing.",
    ),
    (("routines", 1, "name"), DELETE, "routines[2].name: this field is missing."),
    (
        ("routines", 1, "name"),
        ["Morning"],
        "routines[2].name: expected a text, found a list.",
    ),
    (
        ("routines", 1, "name"),
        "   ",
        "routines[2].name: this needs a name, not an empty text.",
    ),
    (
        ("routines", 1, "name"),
        "x" * 81,
        "routines[2].name: 81 characters are more than the 80 allowed.",
    ),
    (
        ("routines", 1, "name"),
        "\u200b\u00a0",
        "routines[2].name: A routine needs a name you can see; this one is made only of "
        "characters that show nothing.",
    ),
    (
        ("routines", 1, "name"),
        "Two\nlines",
        "routines[2].name: A routine name must be one line; remove the line break (U+000A).",
    ),
    (
        ("routines", 1, "name"),
        "Eve\tning",
        "routines[2].name: A routine name holds a character that is not allowed (U+0009).",
    ),
    (
        ("routines", 1, "name"),
        "Evening \u202egninrom",
        "routines[2].name: Routine names cannot hold characters that change the direction of "
        "the text (U+202E); remove it.",
    ),
    (
        ("routines", 1, "name"),
        "  evening WIND-DOWN ",
        "routines[2].name: “evening WIND-DOWN” is also the name of routines[1]; "
        "names in one file must differ.",
    ),
    (
        ("routines", 0, "description"),
        "y" * (DESCRIPTION_MAX + 1),
        "routines[1].description: 501 characters are more than the 500 allowed.",
    ),
    (
        ("routines", 0, "description"),
        42,
        "routines[1].description: expected a text, found the number 42.",
    ),
    (
        ("routines", 0, "colour"),
        "blue",
        "routines[1].colour: this is not a field Acupress knows.",
    ),
    (("routines", 1), "Morning", "routines[2]: expected an object, found the text “Morning”."),
    (("routines",), [], "routines: the file holds no routines."),
    (("routines",), DELETE, "routines: this field is missing."),
    (("routines",), {"name": "x"}, "routines: expected a list, found an object."),
    (
        ("format",),
        "acupress-points",
        "format: the text “acupress-points” is not “acupress-routines”, "
        "so it is not an Acupress routine file.",
    ),
    (
        ("format",),
        DELETE,
        "format: this field is missing, so it is not an Acupress routine file.",
    ),
    (
        ("version",),
        2,
        "version: this file was made by a newer Acupress (file version 2); "
        "this Acupress reads version 1. Update Acupress to import it.",
    ),
    (("version",), 0, "version: 0 is not a version of the routine file format."),
    (("version",), "1", "version: expected a whole number, found the text “1”."),
    (("version",), 1.0, "version: expected a whole number, found the number 1.0."),
    (("version",), DELETE, "version: this field is missing."),
    (("exported",), "yesterday", "exported: “yesterday” is not a date like 2026-11-25."),
    (("exported",), "2026-02-30", "exported: “2026-02-30” is not a date like 2026-11-25."),
    (("exported",), 20261125, "exported: expected a text, found the number 20261125."),
    (("app",), "Acupress 0.1", "app: this is not a field Acupress knows."),
]


@pytest.mark.parametrize(
    ("path", "value", "message"), FIELD_REFUSALS, ids=[m for _, _, m in FIELD_REFUSALS]
)
def test_bad_field_is_refused_with_its_path(
    catalogue: Catalogue, path: Sequence[str | int], value: Any, message: str
) -> None:
    """A file with one bad value is refused with a message naming the field path and the problem."""
    assert refusal(edited(path, value), catalogue) == message


def test_a_missing_exported_date_is_fine(catalogue: Catalogue) -> None:
    """The export date is information only: a hand-written file without it imports."""
    assert parse_import(edited(("exported",), DELETE), catalogue) == [
        imported(EVENING),
        imported(MORNING),
    ]


def test_a_newer_version_is_refused_before_its_content_is_read(catalogue: Catalogue) -> None:
    """A version 2 file whose content this Acupress cannot understand still gets the 'newer' message."""
    data = encode({"format": "acupress-routines", "version": 7, "plans": {"new": "shape"}})
    assert "made by a newer Acupress (file version 7)" in refusal(data, catalogue)


def test_too_many_routines_are_refused(catalogue: Catalogue) -> None:
    """More routines than one file may hold are refused, naming the count and the limit."""
    doc = document()
    doc["routines"] = [
        {**doc["routines"][1], "name": f"Routine {n}"} for n in range(MAX_ROUTINES + 1)
    ]
    assert refusal(encode(doc), catalogue) == TOO_MANY_ROUTINES


def test_a_key_given_twice_is_refused(catalogue: Catalogue) -> None:
    """JSON with the same field twice in one object is refused instead of silently taking one."""
    text = export_routines([EVENING], exported=DAY).replace(
        '"rounds": 2,', '"rounds": 2,\n      "rounds": 9,'
    )
    assert refusal(text.encode(), catalogue) == KEY_TWICE


def test_names_are_compared_and_stored_in_one_unicode_form(catalogue: Catalogue) -> None:
    """ "Café" typed with a combining accent is the same name as "Café": stored composed, a duplicate in one file."""
    decomposed = "Cafe\u0301"
    back = parse_import(edited(("routines", 0, "name"), decomposed), catalogue)
    assert back[0].name == "Caf\u00e9"
    doc = document()
    doc["routines"][0]["name"], doc["routines"][1]["name"] = "Caf\u00e9", decomposed
    assert refusal(encode(doc), catalogue) == (
        "routines[2].name: “Café” is also the name of routines[1]; names in one file must differ."
    )


def test_a_lone_surrogate_is_refused(catalogue: Catalogue) -> None:
    """A name holding half a UTF-16 pair (it cannot be stored) is refused, naming the character."""
    text = export_routines([EVENING], exported=DAY).replace("Evening", "Eve\\ud800ning")
    assert refusal(text.encode(), catalogue) == (
        "routines[1].name: A routine name holds a character that is not allowed (U+D800)."
    )


def test_tabs_and_newlines_are_allowed_in_descriptions_only(catalogue: Catalogue) -> None:
    """A description may have several lines; a control character like BEL is refused."""
    assert (
        parse_import(edited(("routines", 0, "description"), "a\n\tb"), catalogue)[0].description
        == "a\n\tb"
    )
    assert refusal(edited(("routines", 0, "description"), "a\x07b"), catalogue) == (
        "routines[1].description: holds a character that is not allowed (U+0007)."
    )


def test_long_values_are_shortened_in_messages(catalogue: Catalogue) -> None:
    """A huge unknown point id is shown shortened, so the message stays readable."""
    message = refusal(edited(("routines", 0, "steps", 0, "point"), "Q" * 10_000), catalogue)
    assert message.startswith("routines[1].steps[1].point: “QQQ")
    assert "…” is not a point Acupress knows." in message
    assert len(message) < 200


def test_invisible_characters_are_escaped_in_messages(catalogue: Catalogue) -> None:
    """An unknown field whose name holds control characters is shown with them escaped."""
    message = refusal(edited(("routines", 0, "a\x1bb"), 1), catalogue)
    assert message == "routines[1].a\\u001bb: this is not a field Acupress knows."


# --- refusals of the file as a whole --------------------------------------------------------------

FILE_REFUSALS: list[tuple[bytes, str]] = [
    (b"", "The file is empty, so it is not an Acupress routine file."),
    (b" \n\t ", "The file is empty, so it is not an Acupress routine file."),
    (
        '{"name": "Café"}'.encode("latin-1"),
        "The file is not UTF-8 text (byte 0xe9 at position 13), so it is not an Acupress routine file.",
    ),
    (
        codecs.BOM_UTF16_LE + "{}".encode("utf-16-le"),
        "The file is UTF-16 text; routine files are UTF-8. "
        "Save it again as UTF-8, or export it again from Acupress.",
    ),
    (
        b'{"format": "acupress-routines", "version": 1, "routines": [{"na',
        "The file is not valid JSON (line 1, column 61); it may be damaged or cut short.",
    ),
    (
        b"[1, 2]",
        "The file holds a list, not an object with routines, so it is not an Acupress routine file.",
    ),
    (
        b'"acupress"',
        "The file holds the text “acupress”, not an object with routines, "
        "so it is not an Acupress routine file.",
    ),
    (
        b'{"format": "acupress-routines", "version": NaN}',
        "The file holds “NaN”, which is not a number JSON allows, so it is not an Acupress routine file.",
    ),
    (
        b'{"a": -Infinity}',
        "The file holds “-Infinity”, which is not a number JSON allows, "
        "so it is not an Acupress routine file.",
    ),
    (b"[" * 200_000, "The file is nested far too deeply, so it is not an Acupress routine file."),
]


@pytest.mark.parametrize(("data", "message"), FILE_REFUSALS, ids=[m[:40] for _, m in FILE_REFUSALS])
def test_bad_file_is_refused_with_the_file_problem(
    catalogue: Catalogue, data: bytes, message: str
) -> None:
    """A file that is empty, not UTF-8, not JSON or not our format is refused saying so."""
    assert refusal(data, catalogue) == message


def test_an_integer_too_long_to_read_is_refused(catalogue: Catalogue) -> None:
    """A number with thousands of digits is refused as a file problem, not a crash."""
    message = refusal(b'{"version": ' + b"9" * 5000 + b"}", catalogue)
    assert message == TOO_MANY_DIGITS


def test_a_utf8_byte_order_mark_is_accepted(catalogue: Catalogue) -> None:
    """A file saved by an editor that adds a UTF-8 byte order mark still imports."""
    data = codecs.BOM_UTF8 + export_routines([EVENING], exported=DAY).encode("utf-8")
    assert parse_import(data, catalogue) == [imported(EVENING)]


# --- size cap -------------------------------------------------------------------------------------


def padded_to(size: int) -> bytes:
    """A valid file made exactly ``size`` bytes long with trailing spaces."""
    data = export_routines([EVENING], exported=DAY).encode("utf-8")
    return data + b" " * (size - len(data))


def test_a_file_of_exactly_one_mib_imports(tmp_path: Path, catalogue: Catalogue) -> None:
    """The size cap is 1 MiB: a valid file of exactly that size is accepted."""
    path = tmp_path / f"big{FILE_SUFFIX}"
    path.write_bytes(padded_to(MAX_IMPORT_BYTES))
    assert read_import(path, catalogue) == [imported(EVENING)]


def test_a_file_one_byte_over_one_mib_is_refused(tmp_path: Path, catalogue: Catalogue) -> None:
    """One byte over 1 MiB is refused as too large, from a path and from bytes."""
    path = tmp_path / f"big{FILE_SUFFIX}"
    path.write_bytes(padded_to(MAX_IMPORT_BYTES + 1))
    with pytest.raises(ImportRefused) as caught:
        read_import(path, catalogue)
    assert str(caught.value) == TOO_BIG
    assert refusal(path.read_bytes(), catalogue) == TOO_BIG


def test_a_huge_file_is_refused_without_being_read(tmp_path: Path, catalogue: Catalogue) -> None:
    """A 4 GiB file is refused as too large while at most 1 MiB + 1 byte of it is held in memory."""
    path = tmp_path / "huge.acupress.json"
    with path.open("wb") as out:
        out.truncate(4 * 1024**3)  # sparse: takes no disk space
    tracemalloc.start()
    try:
        with pytest.raises(ImportRefused, match="larger than 1 MiB"):
            read_import(path, catalogue)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 3 * MAX_IMPORT_BYTES


class EndlessStream(io.RawIOBase):
    """A stream that never ends and counts the bytes handed out."""

    def __init__(self) -> None:
        self.served = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        size = min(len(buffer), 4096)  # short reads, like a pipe
        buffer[:size] = b"x" * size
        self.served += size
        return size


def test_reading_stops_one_byte_after_the_cap() -> None:
    """An endless input is read only up to 1 MiB + 1 byte, even when it hands out short reads."""
    stream = EndlessStream()
    data = read_capped(io.BufferedReader(stream, buffer_size=1))
    assert len(data) == MAX_IMPORT_BYTES + 1
    assert stream.served <= MAX_IMPORT_BYTES + 4096


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_an_endless_device_is_refused(catalogue: Catalogue) -> None:
    """Choosing a device that never ends (like /dev/zero) is refused as a device, unread."""
    with pytest.raises(ImportRefused, match=r"not an ordinary file \(it is a device\)"):
        read_import(Path("/dev/zero"), catalogue)


def test_a_missing_file_is_a_clear_refusal(tmp_path: Path, catalogue: Catalogue) -> None:
    """A file that vanished before import is refused saying it could not be read."""
    with pytest.raises(ImportRefused, match=r"could not be read \(it does not exist\)"):
        read_import(tmp_path / "gone.acupress.json", catalogue)


# --- the store is unchanged on refusal ------------------------------------------------------------


def test_message_for_the_user_names_file_routine_and_that_nothing_changed(
    catalogue: Catalogue,
) -> None:
    """The sentence for the dialog names the file, the routine, the field and says nothing changed."""
    with pytest.raises(ImportRefused) as caught:
        parse_import(edited(("routines", 1, "steps", 0, "seconds"), 0), catalogue)
    assert caught.value.where == "routines[2].steps[1].seconds"
    assert caught.value.routine_name == MORNING.name
    assert caught.value.message_for(Path("/x/shared.acupress.json")) == (
        "“shared.acupress.json” was not imported (in the routine “Rücken am Morgen 🌅”): "
        "routines[2].steps[1].seconds: 0 is not between 5 and 600. Your routines are unchanged."
    )
    with pytest.raises(ImportRefused) as whole:
        parse_import(b"\xff", catalogue)
    assert whole.value.message_for() == (
        "The file was not imported. The file is not UTF-8 text (byte 0xff at position 0), "
        "so it is not an Acupress routine file. Your routines are unchanged."
    )


def test_real_repository_imports_all_or_nothing(tmp_path: Path, catalogue: Catalogue) -> None:
    """With the real database a good file adds every routine, and a file with a clash adds none until renamed."""
    from acupress_desktop.storage.database import Database
    from acupress_desktop.storage.routines import RoutineNameError, RoutineRepository

    db, _ = Database.open(tmp_path / "data")
    try:
        repository = RoutineRepository(db, builtins=())
        path = tmp_path / f"two{FILE_SUFFIX}"
        write_export(path, [EVENING, MORNING], exported=DAY)
        first = repository.import_routines(read_import(path, catalogue))
        assert sorted(r.name for r in first) == sorted([EVENING.name, MORNING.name])
        before = repository.list()
        with pytest.raises(RoutineNameError):
            repository.import_routines(read_import(path, catalogue))
        assert repository.list() == before
        taken = [stored.routine.name for stored in before]
        incoming = read_import(path, catalogue)
        assert name_clashes(incoming, taken) == [EVENING.name, MORNING.name]
        repository.import_routines(with_free_names(incoming, taken))
        assert len(repository.list()) == 4
    finally:
        db.close()


def test_built_in_routines_export_and_import_again(catalogue: Catalogue) -> None:
    """Every shipped built-in routine can be exported and imported back unchanged."""
    from acupress_desktop.storage.routines import load_builtin_routines

    builtins = load_builtin_routines(catalogue)
    back = parse_import(export_routines(builtins, exported=DAY).encode("utf-8"), catalogue)
    assert back == [imported(r) for r in builtins]
    assert [r.description for r in back] == [r.description for r in builtins]


# --- name clashes ---------------------------------------------------------------------------------


def test_name_clashes_lists_names_already_taken_ignoring_case() -> None:
    """Names that existing routines use, whatever the case or spaces, are reported in file order."""
    assert name_clashes([EVENING, MORNING], ["RÜCKEN AM MORGEN 🌅 ", "Lunch"]) == [MORNING.name]
    assert name_clashes([EVENING, MORNING], []) == []


def test_free_name_adds_the_first_free_number() -> None:
    """A taken name gets " (2)", then " (3)"; a free name is kept as it is."""
    assert free_name("Evening", []) == "Evening"
    assert free_name("Evening", ["evening"]) == "Evening (2)"
    assert free_name("Evening", ["Evening", "Evening (2)"]) == "Evening (3)"
    assert free_name("Evening (2)", ["Evening", "Evening (2)"]) == "Evening (3)"


def test_free_name_stays_within_the_name_limit() -> None:
    """A long taken name is shortened so that name and number fit in 80 characters."""
    long = "A" * 78 + "🌅🌅"
    renamed = free_name(long, [long])
    assert renamed == "A" * 76 + " (2)"
    assert len(renamed) == NAME_MAX


def test_with_free_names_renames_only_clashes() -> None:
    """Clashing imported routines get free names, unique among themselves too; others are unchanged."""
    twin = Routine(**{**MORNING.__dict__, "name": "Evening wind-down (2)"})
    renamed = with_free_names([EVENING, twin, MORNING], ["evening wind-down"])
    assert [r.name for r in renamed] == [
        "Evening wind-down (2)",
        "Evening wind-down (3)",
        MORNING.name,
    ]
    assert renamed[2] is MORNING
    assert renamed[0].steps == EVENING.steps


def test_documented_example_imports(catalogue: Catalogue) -> None:
    """The full example in docs/file-format.md is a valid file."""
    doc = Path(__file__).resolve().parents[2] / "docs" / "file-format.md"
    text = doc.read_text(encoding="utf-8")
    example = text.split("```json\n", 1)[1].split("```", 1)[0]
    routines = parse_import(example.encode("utf-8"), catalogue)
    assert [r.name for r in routines] == ["Evening wind-down", "Desk break"]


def test_documented_messages_match_the_code() -> None:
    """Every refusal message in the error table of docs/file-format.md is one the tests check the code gives."""
    doc = Path(__file__).resolve().parents[2] / "docs" / "file-format.md"
    section = doc.read_text(encoding="utf-8").split("## Error messages", 1)[1].split("\n## ", 1)[0]
    listed = [line.split("`")[1] for line in section.splitlines() if line.startswith("| `")]
    checked = {m for _, _, m in FIELD_REFUSALS} | {m for _, m in FILE_REFUSALS}
    checked |= {TOO_BIG, TOO_MANY_DIGITS, TOO_MANY_ROUTINES, KEY_TWICE}
    assert len(listed) >= 30
    assert [m for m in listed if m not in checked] == []


# --- routine options ---------------------------------------------------------------------------


def test_routine_options_are_exported_and_imported(catalogue: Catalogue) -> None:
    """Options other than the defaults are in the file and come back; defaults are left out, so
    files without options still read in older versions."""
    chosen = Routine(
        **{
            **MORNING.__dict__,
            "find_point": True,
            "halfway_cue": True,
            "press_style": "ramp",
            "press_with_breath": True,
        }
    )
    text = export_routines([EVENING, chosen], exported=DAY)
    raw = json.loads(text)["routines"]
    assert "find_point" not in raw[0] and "press_style" not in raw[0]
    assert (raw[1]["find_point"], raw[1]["halfway_cue"], raw[1]["press_style"]) == (
        True,
        True,
        "ramp",
    )
    assert raw[1]["press_with_breath"] is True
    back = parse_import(text.encode("utf-8"), catalogue)
    assert back[0].press_style == "steady" and not back[0].halfway_cue
    assert (back[1].find_point, back[1].halfway_cue, back[1].press_style) == (True, True, "ramp")
    assert back[1].press_with_breath


def test_unknown_option_values_are_refused_clearly(catalogue: Catalogue) -> None:
    message = refusal(edited(["routines", 0, "press_style"], "hard"), catalogue)
    assert "routines[1].press_style" in message and "“hard” is not a press style" in message
    message = refusal(edited(["routines", 0, "find_point"], "yes"), catalogue)
    assert "routines[1].find_point" in message and "expected true or false" in message

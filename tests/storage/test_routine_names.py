"""Routine names that look like other names, or like nothing, are refused or normalised the same
way by the repository (the editor uses its rule) and by the importer, and the refusal says why."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from acupress_desktop.core.catalogue import Catalogue
from acupress_desktop.core.routine import NAME_MAX, Routine, RoutineStep, name_key
from acupress_desktop.storage.database import Database
from acupress_desktop.storage.routines import RoutineNameError, RoutineRepository, check_name
from acupress_desktop.storage.transfer import export_routines, parse_import
from acupress_desktop.storage.transfer_format import ImportRefused

STEP = (RoutineStep("LI4", 30),)


def import_names(catalogue: Catalogue, *names: str) -> list[str]:
    """The names as the importer stores them, from a file holding routines with ``names``."""
    document = json.loads(export_routines([Routine(f"r{i}", STEP) for i in range(len(names))]))
    for entry, name in zip(document["routines"], names, strict=True):
        entry["name"] = name
    data = json.dumps(document, ensure_ascii=False).encode()
    return [routine.name for routine in parse_import(data, catalogue)]


@pytest.fixture()
def repository(tmp_path: Path, catalogue: Catalogue) -> RoutineRepository:
    db, _ = Database.open(tmp_path / "data", keep_backups=0)
    return RoutineRepository(db, (), catalogue=catalogue)


def saved_name(repository: RoutineRepository, name: str) -> str:
    return repository.create(Routine(name, STEP)).name


# -- the length is counted after Unicode normalisation -------------------------------------------

DECOMPOSED_80 = "e\u0301" * NAME_MAX  # 80 "é" typed as e + combining accent: 160 code points


def test_the_importer_counts_a_name_after_normalising_it(catalogue: Catalogue) -> None:
    """An 80-character name in decomposed form (160 code points) imports as 80 "é"."""
    assert import_names(catalogue, DECOMPOSED_80) == ["é" * NAME_MAX]


def test_the_repository_and_the_importer_agree_on_length(
    catalogue: Catalogue, repository: RoutineRepository
) -> None:
    """The same name is accepted by both, stored in the same (composed) form."""
    assert saved_name(repository, DECOMPOSED_80) == import_names(catalogue, DECOMPOSED_80)[0]


# -- names that look like other names ------------------------------------------------------------

LOOKALIKES = [
    ("Evening", "Evening\u200b"),  # zero-width space
    ("Evening", "Eve\u2060ning"),  # word joiner
    ("Evening", "\ufeffEvening"),  # byte-order mark
    ("Evening", "Evening\u00ad"),  # soft hyphen
    ("Evening", "\u3164Evening\u3164"),  # Hangul filler: a letter that draws nothing
    ("Evening walk", "Evening\u2800walk"),  # blank Braille pattern
    ("Evening walk", "Evening  walk"),  # two spaces
    ("Evening", "Ｅｖｅｎｉｎｇ"),  # full-width letters
    ("❤ back", "❤\ufe0f back"),  # the same heart with an emoji variation selector
    ("Evening", "Eve\u200dning"),  # a joiner between two letters joins nothing
]


@pytest.mark.parametrize(("first", "second"), LOOKALIKES)
def test_a_name_that_looks_like_a_saved_one_is_taken(
    repository: RoutineRepository, first: str, second: str
) -> None:
    """The repository refuses the second name as taken, however it was typed."""
    saved_name(repository, first)
    with pytest.raises(RoutineNameError, match="already exists"):
        saved_name(repository, second)
    assert name_key(first) == name_key(second)


@pytest.mark.parametrize(("first", "second"), LOOKALIKES)
def test_a_file_with_two_lookalike_names_is_refused(
    catalogue: Catalogue, first: str, second: str
) -> None:
    """ "x" and "x\u200b" in one file would import as two routines that look the same."""
    with pytest.raises(
        ImportRefused, match=r"routines\[2\]\.name: .*names in one file must differ"
    ):
        import_names(catalogue, first, second)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Evening\u200b", "Evening"),
        ("\ufeff\u2060Evening", "Evening"),
        ("\u3164Evening\u3164", "Evening"),
        ("Eve\u00adning", "Evening"),
    ],
)
def test_invisible_characters_are_removed_from_what_is_stored(
    catalogue: Catalogue, repository: RoutineRepository, typed: str, stored: str
) -> None:
    """Characters that show nothing are not kept, by either door."""
    assert saved_name(repository, typed) == stored
    assert import_names(catalogue, typed) == [stored]


def test_joiners_inside_an_emoji_are_kept(
    catalogue: Catalogue, repository: RoutineRepository
) -> None:
    """A family emoji is one picture made with zero-width joiners: it stays as it was typed."""
    family = "Back care 👨\u200d👩\u200d👧"
    assert saved_name(repository, family) == family
    assert import_names(catalogue, family) == [family]


# -- names that hide or reorder what they show ---------------------------------------------------

REFUSED: list[tuple[str, str]] = [
    ("Evening \u202egninrom", "direction"),  # right-to-left override: shows "morning"
    ("\u202aEvening\u202c", "direction"),  # left-to-right embedding
    ("Evening \u2067x\u2069", "direction"),  # right-to-left isolate
    ("Evening\u2028Morning", "one line"),  # line separator
    ("Evening\u2029Morning", "one line"),  # paragraph separator
    ("Evening\nMorning", "one line"),
    ("Eve\tning", r"U\+0009"),
]


@pytest.mark.parametrize(("name", "why"), REFUSED)
def test_names_that_reorder_or_break_text_are_refused_by_the_repository(
    repository: RoutineRepository, name: str, why: str
) -> None:
    """The refusal says why (and names the character), so the user can fix the name."""
    with pytest.raises(RoutineNameError, match=why):
        saved_name(repository, name)
    assert repository.list() == []


@pytest.mark.parametrize(("name", "why"), REFUSED)
def test_names_that_reorder_or_break_text_are_refused_by_the_importer(
    catalogue: Catalogue, name: str, why: str
) -> None:
    with pytest.raises(ImportRefused, match=rf"routines\[1\]\.name: .*{why}"):
        import_names(catalogue, name)


BLANK = ["\u3164\u3164", "\u2800", "\u200b\u200b", "\u115f\u1160", "\uffa0 \u3000", "\u00ad"]


@pytest.mark.parametrize("name", BLANK)
def test_names_made_only_of_blank_looking_characters_are_empty(
    catalogue: Catalogue, repository: RoutineRepository, name: str
) -> None:
    """A name that shows nothing is refused as empty, saying it shows nothing."""
    with pytest.raises(RoutineNameError, match="show nothing"):
        saved_name(repository, name)
    with pytest.raises(ImportRefused, match=r"routines\[1\]\.name: .*show nothing"):
        import_names(catalogue, name)


@pytest.mark.parametrize("name", ["", "   "])
def test_an_empty_name_is_still_just_missing(repository: RoutineRepository, name: str) -> None:
    with pytest.raises(RoutineNameError, match="^A routine needs a name.$"):
        saved_name(repository, name)


def test_check_name_is_the_editors_rule_and_gives_the_stored_form() -> None:
    """check_name (which the editor calls for every key press) returns what will be stored."""
    assert check_name("  Eve\u200bning  ", []) == "Evening"
    assert unicodedata.is_normalized("NFC", check_name("Cafe\u0301", []))
    with pytest.raises(RoutineNameError, match="already exists"):
        check_name("EVENING\u200b", ["evening"])

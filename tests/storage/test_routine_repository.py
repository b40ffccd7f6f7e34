"""Saved routines: built-ins read-only, names unique and clear, favourites and last use, undo of delete."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from acupress_desktop.core.catalogue import Catalogue
from acupress_desktop.core.plan import build_plan
from acupress_desktop.core.routine import Routine, RoutineError, RoutineStep
from acupress_desktop.resources import data_path
from acupress_desktop.storage.database import Database
from acupress_desktop.storage.db_errors import DatabaseWriteError
from acupress_desktop.storage.routines import (
    RoutineNameError,
    RoutineNotFoundError,
    RoutineRepository,
    StoredRoutine,
    check_name,
    load_builtin_routines,
    numbered_name,
)

START = datetime(2026, 5, 9, 8, 30, tzinfo=UTC)
EVENING = Routine(
    "Evening",
    (RoutineStep("LI4", 60), RoutineStep("ST36", 45, "left")),
    rest_seconds=10,
    breathing="box",
    description="Before bed.",
)

#: how many built-in routines data/routines.json ships
BUILTIN_COUNT = len(json.loads(data_path("routines.json").read_text(encoding="utf-8"))["routines"])


class Clock:
    """Wall-clock time that moves only when the test says so."""

    def __init__(self) -> None:
        self.time = START

    def now(self) -> datetime:
        return self.time

    def advance(self, minutes: float = 1) -> None:
        self.time += timedelta(minutes=minutes)


@pytest.fixture
def clock() -> Clock:
    """A clock for created, updated and last-used times."""
    return Clock()


@pytest.fixture
def db(tmp_path: Path, clock: Clock) -> Iterator[Database]:
    """An open, empty data file in a temporary folder."""
    database, _ = Database.open(tmp_path, now=clock.now, keep_backups=0)
    yield database
    database.close()


@pytest.fixture
def repo(db: Database, catalogue: Catalogue, clock: Clock) -> RoutineRepository:
    """The repository over the empty data file, with the packaged built-ins."""
    return RoutineRepository(db, load_builtin_routines(catalogue), clock.now, catalogue=catalogue)


def names(repo: RoutineRepository) -> list[str]:
    return [stored.routine.name for stored in repo.list()]


# -- built-in routines ---------------------------------------------------------------------------


def test_builtins_are_the_articles_four_groups(catalogue: Catalogue) -> None:
    """The built-ins hold the article's four groups, then the neck, leg and sudden-strain routines,
    each with a short description and gentle defaults."""
    builtins = load_builtin_routines(catalogue)
    points = {r.id: [s.point_id for s in r.steps] for r in builtins}
    assert points == {
        "builtin:hand-arm": ["LI4", "LI11", "TE5"],
        "builtin:gas-bloating": ["ST25", "ST36", "LR13"],
        "builtin:periods": ["SP6", "SP10", "LR3"],
        "builtin:lower-back": ["BL23", "BL40", "GB30"],
        "builtin:neck-shoulders": ["GB20", "BL10", "GV14", "SI14"],
        "builtin:leg-pain": ["BL54", "GB30", "GB31", "BL40"],
        "builtin:acute-strain": ["SI3", "EX-UE7"],
    }
    for routine in builtins:
        routine.validate()
        build_plan(routine, catalogue)
        assert routine.builtin and routine.get_ready_seconds == 5
        assert 5 <= routine.rest_seconds <= 10 and routine.breathing == "relaxed"
        assert 60 <= len(routine.description) <= 400
        assert all(
            step.seconds <= catalogue.point(step.point_id).press.seconds for step in routine.steps
        )
    gas = {s.point_id: s.seconds for s in builtins[1].steps}
    assert gas["ST25"] < gas["ST36"] and gas["LR13"] < gas["ST36"]  # gentle points: shorter


def test_builtin_file_with_an_unknown_point_is_refused(
    tmp_path: Path, catalogue: Catalogue
) -> None:
    """A built-in routine naming a point the catalogue lacks is refused, naming the step."""
    raw = json.loads(data_path("routines.json").read_text(encoding="utf-8"))
    raw["routines"][2]["steps"][1]["point"] = "XX99"
    path = tmp_path / "routines.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(RoutineError, match=r"Built-in routine 3: steps\[2\]\.point_id: “XX99”"):
        load_builtin_routines(catalogue, path)


def test_builtins_cannot_be_edited_renamed_or_deleted(repo: RoutineRepository) -> None:
    """Built-in routines are read-only: editing says to copy them; they cannot be deleted."""
    builtin = repo.get("builtin:lower-back").routine
    with pytest.raises(RoutineError, match=r"^Built-in routines can be copied, not edited\.$"):
        repo.update(replace(builtin, rounds=2))
    with pytest.raises(RoutineError, match="can be copied, not edited"):
        repo.rename(builtin.id, "Mine")
    with pytest.raises(RoutineError, match="cannot be deleted"):
        repo.delete(builtin.id)
    assert repo.get(builtin.id).routine == builtin


def test_builtin_copy_is_an_editable_user_routine(repo: RoutineRepository) -> None:
    """Duplicating a built-in gives an ordinary routine with the same steps, free to edit."""
    copy = repo.duplicate("builtin:periods")
    assert copy.name == "Back pain during periods (copy)" and not copy.builtin
    assert copy.steps == repo.get("builtin:periods").routine.steps
    edited = repo.update(replace(copy, rounds=3))
    assert repo.get(copy.id).routine == edited and edited.rounds == 3


def test_builtin_favourite_and_last_use_are_remembered(
    tmp_path: Path, repo: RoutineRepository, db: Database, catalogue: Catalogue, clock: Clock
) -> None:
    """Starring or using a built-in is saved and survives a restart."""
    repo.set_favourite("builtin:hand-arm", True)
    repo.mark_used("builtin:periods")
    db.close()
    reopened, _ = Database.open(tmp_path, keep_backups=0)
    again = RoutineRepository(reopened, load_builtin_routines(catalogue), catalogue=catalogue)
    assert again.get("builtin:hand-arm").favourite
    assert again.get("builtin:periods").last_used == START
    reopened.close()


# -- names ---------------------------------------------------------------------------------------


def test_names_are_trimmed() -> None:
    """Spaces around a name are dropped."""
    assert check_name("  Evening stretch \t", []) == "Evening stretch"


@pytest.mark.parametrize("name", ["", "   ", "\t\n", "\u3000"])
def test_a_name_is_needed(name: str) -> None:
    """An empty or blank name is refused with a plain sentence."""
    with pytest.raises(RoutineNameError, match=r"^A routine needs a name\.$"):
        check_name(name, [])


@pytest.mark.parametrize("char", ["a", "é", "背", "🙂", "ß"])
def test_eighty_characters_of_any_script(char: str) -> None:
    """Up to 80 characters are allowed, counting an emoji or a CJK character as one."""
    assert check_name(char * 80, []) == char * 80
    with pytest.raises(RoutineNameError, match=r"^Routine names can be at most 80 characters\.$"):
        check_name(char * 81, [])


def test_decomposed_accents_count_once() -> None:
    """An accent typed as a separate combining mark counts as one character with its letter."""
    assert check_name("e\u0301" * 80, []) == "é" * 80


@pytest.mark.parametrize(
    ("new", "existing"),
    [
        ("evening", "Evening"),
        ("EVENING ", "Evening"),
        ("STRASSE", "Straße"),
        ("ÉTÉ", "été"),
        ("e\u0301te\u0301", "été"),
        ("ΣΊΣΥΦΟΣ", "σίσυφος"),
    ],
)
def test_names_are_unique_ignoring_case(new: str, existing: str) -> None:
    """A name already used (in any case, in any Unicode form) is refused and named."""
    with pytest.raises(RoutineNameError, match=r"^A routine called “.*” already exists\.$"):
        check_name(new, ["Morning", existing])


def test_taken_name_message() -> None:
    """The message for a taken name is exactly the one the UI shows."""
    with pytest.raises(RoutineNameError) as caught:
        check_name(" Evening ", ["evening"])
    assert str(caught.value) == "A routine called “Evening” already exists."


@given(st.text(max_size=100))
def test_any_text_is_accepted_or_refused_clearly(name: str) -> None:
    """Any text either gives a trimmed name of 1–80 characters or a RoutineNameError."""
    try:
        result = check_name(name, [])
    except RoutineNameError:
        return
    assert 1 <= len(result) <= 80 and result == result.strip()
    with pytest.raises(RoutineNameError):
        check_name(f" {result} ", [result])


@given(st.text(min_size=1, max_size=90), st.lists(st.text(max_size=90), max_size=5))
def test_numbered_names_are_free_and_short(name: str, taken: list[str]) -> None:
    """A numbered name is never taken and never longer than 80 characters."""
    candidate = numbered_name(name, taken, "copy")
    assert len(candidate) <= 80
    if candidate.strip():
        check_name(candidate, taken)


# -- creating, listing, finding ------------------------------------------------------------------


def test_created_routine_gets_an_id_and_comes_back(repo: RoutineRepository) -> None:
    """A new routine is stored with a new id and is read back exactly."""
    stored = repo.create(replace(EVENING, name="  Evening  "))
    assert len(stored.id) == 32 and int(stored.id, 16) >= 0 and not stored.builtin
    assert stored == replace(EVENING, id=stored.id)
    assert repo.get(stored.id) == StoredRoutine(stored, favourite=False, last_used=None)
    assert repo.get(stored.id).routine.description == "Before bed."


def test_invalid_routines_are_refused_by_field(repo: RoutineRepository) -> None:
    """An unknown point or an out-of-range time is refused, naming the step; nothing is saved."""
    with pytest.raises(RoutineError, match=r"steps\[2\]\.point_id: “XX1” is not a known point"):
        repo.create(Routine("Odd", (RoutineStep("LI4", 60), RoutineStep("XX1", 60))))
    with pytest.raises(RoutineError, match=r"steps\[1\]\.seconds"):
        repo.create(Routine("Odd", (RoutineStep("LI4", 1),)))
    with pytest.raises(RoutineNameError, match="“lower back” already exists"):
        repo.create(replace(EVENING, name="lower back"))
    assert len(repo.list()) == BUILTIN_COUNT


def test_list_order_favourites_then_last_used_then_name(
    repo: RoutineRepository, clock: Clock
) -> None:
    """The list shows favourites first, then the most recently used, then by name."""
    for name in ("b routine", "A routine", "c routine"):
        repo.create(replace(EVENING, name=name))
    by_name = {s.routine.name: s.routine.id for s in repo.list()}
    repo.mark_used(by_name["c routine"])
    clock.advance()
    repo.mark_used("builtin:periods")
    repo.set_favourite(by_name["b routine"], True)
    repo.set_favourite("builtin:lower-back", True)
    assert names(repo) == [
        "b routine",
        "Lower back",
        "Back pain during periods",
        "c routine",
        "A routine",
        "Back pain with gas or bloating",
        "Hand and arm points",
        "Neck and shoulders",
        "Pain down the leg",
        "Sudden back strain",
    ]
    repo.set_favourite(by_name["b routine"], False)
    assert names(repo)[-7:] == [
        "A routine",
        "b routine",
        "Back pain with gas or bloating",
        "Hand and arm points",
        "Neck and shoulders",
        "Pain down the leg",
        "Sudden back strain",
    ]


def test_find_by_name_ignores_case_and_spaces(repo: RoutineRepository) -> None:
    """A routine is found by its name in any case (for --routine NAME), built-ins included."""
    stored = repo.create(EVENING)
    assert repo.find_by_name(" EVENING ") == repo.get(stored.id)
    assert repo.find_by_name("lower BACK") == repo.get("builtin:lower-back")
    assert repo.find_by_name("Nothing like it") is None


def test_missing_routine_is_reported(repo: RoutineRepository) -> None:
    """Asking for a routine that is gone raises a clear error that is also a KeyError."""
    repo.create(EVENING)
    for unknown in ("", "0" * 32):
        with pytest.raises(RoutineNotFoundError):
            repo.get(unknown)
        with pytest.raises(RoutineNotFoundError):
            repo.update(replace(EVENING, id=unknown, name="Other"))
        with pytest.raises(RoutineNotFoundError):
            repo.delete(unknown)
    with pytest.raises(RoutineNotFoundError) as caught:
        repo.get("0" * 32)
    assert isinstance(caught.value, KeyError) and isinstance(caught.value, ValueError)
    assert str(caught.value).startswith("This routine no longer exists")
    with pytest.raises(RoutineNotFoundError):
        repo.set_favourite("0" * 32, True)


# -- editing -------------------------------------------------------------------------------------


def test_update_keeps_favourite_and_last_use(repo: RoutineRepository) -> None:
    """Editing a routine changes its steps but keeps its star and when it was last used."""
    stored = repo.create(EVENING)
    repo.set_favourite(stored.id, True)
    repo.mark_used(stored.id)
    changed = repo.update(replace(stored, steps=(RoutineStep("KI3", 90, "right"),)))
    assert repo.get(stored.id) == StoredRoutine(changed, True, START)
    assert changed.steps == (RoutineStep("KI3", 90, "right"),)


def test_rename(repo: RoutineRepository) -> None:
    """A routine can be renamed, also to another case of its own name, but not to a taken name."""
    stored = repo.create(EVENING)
    repo.create(replace(EVENING, name="Morning"))
    assert repo.rename(stored.id, "evening").name == "evening"
    assert repo.rename(stored.id, " Evening wind-down ").name == "Evening wind-down"
    with pytest.raises(RoutineNameError, match="“MORNING” already exists"):
        repo.rename(stored.id, "MORNING")
    with pytest.raises(RoutineNameError, match="needs a name"):
        repo.rename(stored.id, " ")
    assert repo.get(stored.id).routine.name == "Evening wind-down"


def test_duplicate_names(repo: RoutineRepository) -> None:
    """Copies are named "(copy)", "(copy 2)"…, or as asked, and long names stay within 80."""
    stored = repo.create(EVENING)
    assert repo.duplicate(stored.id).name == "Evening (copy)"
    assert repo.duplicate(stored.id).name == "Evening (copy 2)"
    assert repo.duplicate(stored.id, "Evening for two").name == "Evening for two"
    long = repo.create(replace(EVENING, name="長" * 80))
    copy = repo.duplicate(long.id)
    assert copy.name == "長" * 73 + " (copy)" and len(copy.name) == 80
    with pytest.raises(RoutineNameError):
        repo.duplicate(stored.id, "evening (COPY)")


def test_delete_and_undo(repo: RoutineRepository, clock: Clock) -> None:
    """A deleted routine comes back on undo with the same id, star and last use."""
    stored = repo.create(EVENING)
    repo.set_favourite(stored.id, True)
    repo.mark_used(stored.id)
    deleted = repo.delete(stored.id)
    assert deleted == StoredRoutine(stored, True, START)
    assert "Evening" not in names(repo)
    with pytest.raises(RoutineNotFoundError, match="already deleted"):
        repo.delete(stored.id)
    assert repo.restore(deleted) == stored
    assert repo.get(stored.id) == deleted
    assert repo.restore(deleted) == stored  # a second undo changes nothing


def test_undo_after_the_name_was_reused(repo: RoutineRepository) -> None:
    """When the name was taken meanwhile, the restored routine is numbered instead of refused."""
    deleted = repo.delete(repo.create(EVENING).id)
    repo.create(EVENING)
    restored = repo.restore(deleted)
    assert restored.name == "Evening (2)" and restored.id == deleted.routine.id


# -- import --------------------------------------------------------------------------------------


def test_import_all_or_nothing(repo: RoutineRepository) -> None:
    """An import with one bad routine saves none; a good one saves all, with new ids."""
    good = replace(EVENING, name="Imported one")
    bad = replace(EVENING, name="Imported two", steps=(RoutineStep("LI4", 9999),))
    with pytest.raises(RoutineError, match=r"^Routine 2 \(“Imported two”\): steps\[1\]\.seconds"):
        repo.import_routines([good, bad])
    with pytest.raises(
        RoutineNameError, match=r"Routine 2 .*already exists\. Nothing was imported\."
    ):
        repo.import_routines([good, replace(good, name="IMPORTED ONE")])
    assert len(repo.list()) == BUILTIN_COUNT
    saved = repo.import_routines([good, replace(good, name="Imported two", id="x")])
    assert [r.name for r in saved] == ["Imported one", "Imported two"]
    assert all(len(r.id) == 32 for r in saved) and len(repo.list()) == BUILTIN_COUNT + 2


# -- read-only data ------------------------------------------------------------------------------


def test_read_only_data_can_be_listed_but_not_changed(tmp_path: Path, catalogue: Catalogue) -> None:
    """When nothing can be saved, routines still list and every change says why it failed."""
    (tmp_path / "file").write_text("")
    db, _ = Database.open(tmp_path / "file" / "data")
    repo = RoutineRepository(db, load_builtin_routines(catalogue), catalogue=catalogue)
    assert len(repo.list()) == BUILTIN_COUNT
    for change in (
        lambda: repo.create(EVENING),
        lambda: repo.set_favourite("builtin:periods", True),
        lambda: repo.mark_used("builtin:periods"),
        lambda: repo.duplicate("builtin:periods"),
    ):
        with pytest.raises(DatabaseWriteError, match="cannot save"):
            change()
    db.close()


def test_a_built_in_name_stays_reserved_in_every_language(repo: RoutineRepository) -> None:
    """With the built-ins shown in Spanish, "Lower back" (their English name, which
    ``--routine "Lower back"`` finds) cannot be given to a user routine, nor the Spanish name."""
    builtins = [stored.routine for stored in repo.list() if stored.routine.builtin]
    english = next(r for r in builtins if r.name == "Lower back")
    spanish = [replace(r, name=f"{r.name} (es)") if r is not english else replace(r, name="Zona lumbar")
               for r in builtins]  # fmt: skip
    repo.set_builtin_texts(spanish)
    for taken in ("Lower back", "lower back ", "Zona lumbar"):
        with pytest.raises(RoutineNameError):
            repo.create(replace(EVENING, name=taken))
    assert repo.find_by_name("Lower back") == repo.get(english.id)


def test_routine_options_are_stored_and_read_back(
    tmp_path: Path, catalogue: Catalogue, clock: Clock
) -> None:
    """The options chosen in the editor are there after the file is closed and opened again."""
    db, _ = Database.open(tmp_path, now=clock.now)
    repo = RoutineRepository(db, (), now=clock.now, catalogue=catalogue)
    chosen = replace(
        EVENING, find_point=True, halfway_cue=True, press_style="ramp", press_with_breath=True
    )
    created = repo.create(chosen)
    repo.update(replace(created, press_style="steady"))
    db.close()
    db, _ = Database.open(tmp_path, now=clock.now)
    again = RoutineRepository(db, (), now=clock.now, catalogue=catalogue).get(created.id).routine
    assert (again.find_point, again.halfway_cue, again.press_style, again.press_with_breath) == (
        True,
        True,
        "steady",
        True,
    )
    db.close()

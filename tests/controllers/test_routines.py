"""The routine use cases as a user meets them: imports with clashes, undo, refusals that say why
and lose nothing. Over the real SQLite repository in a temporary folder; time is a fixed clock."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from acupress_desktop.controllers.results import Refusal, Saved
from acupress_desktop.controllers.routines import (
    Changed,
    Deleted,
    Imported,
    ImportPlan,
    RoutinesController,
    Started,
)
from acupress_desktop.core.catalogue import Catalogue
from acupress_desktop.core.routine import Routine, RoutineStep
from acupress_desktop.storage import transfer
from acupress_desktop.storage.database import Database
from acupress_desktop.storage.routines import RoutineRepository, load_builtin_routines
from acupress_desktop.storage.transfer import read_import, write_export
from acupress_desktop.storage.transfer_format import FILE_SUFFIX

NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)
MINE = Routine("Mine", (RoutineStep("GV4", 30),))


@pytest.fixture()
def repository(tmp_path: Path, catalogue: Catalogue) -> Iterator[RoutineRepository]:
    db, _ = Database.open(tmp_path / "data", keep_backups=0)
    try:
        yield RoutineRepository(
            db, load_builtin_routines(catalogue), lambda: NOW, catalogue=catalogue
        )
    finally:
        db.close()


@pytest.fixture()
def routines(repository: RoutineRepository, catalogue: Catalogue) -> RoutinesController:
    return RoutinesController(repository, catalogue)


def names(routines: RoutinesController) -> list[str]:
    listed = routines.routines()
    assert not isinstance(listed, Refusal)
    return sorted(entry.routine.name for entry in listed)


def builtin_id(routines: RoutinesController, name: str) -> str:
    listed = routines.routines()
    assert not isinstance(listed, Refusal)
    return next(e.routine.id for e in listed if e.routine.name == name)


def created(routines: RoutinesController, routine: Routine = MINE) -> Routine:
    result = routines.create(routine)
    assert isinstance(result, Changed), result
    return result.routine


# -- import -----------------------------------------------------------------------------------


def test_an_import_with_a_clash_names_it_and_imports_under_a_new_name(
    routines: RoutinesController, tmp_path: Path
) -> None:
    """A file holding "Lower back" (a built-in) and "Mine": the plan names the clash; imported
    with new names, both arrive and the message counts them."""
    path = tmp_path / f"shared{FILE_SUFFIX}"
    write_export(path, [Routine("Lower back", (RoutineStep("BL23", 60),)), MINE])
    before = names(routines)
    plan = routines.read_import(path)
    assert isinstance(plan, ImportPlan)
    assert plan.clashes == ("Lower back",)
    assert names(routines) == before  # reading stores nothing
    imported = routines.finish_import(plan, new_names=True)
    assert isinstance(imported, Imported)
    assert [r.name for r in imported.routines] == ["Lower back (2)", "Mine"]
    assert imported.notice == "Imported 2 routine(s)."
    assert names(routines) == sorted([*before, "Lower back (2)", "Mine"])


def test_a_clash_not_renamed_imports_nothing(routines: RoutinesController, tmp_path: Path) -> None:
    """Without new names a file with a used name is refused whole, saying which routine."""
    created(routines)
    path = tmp_path / f"again{FILE_SUFFIX}"
    write_export(path, [Routine("Other", (RoutineStep("LI4", 30),)), MINE])
    plan = routines.read_import(path)
    assert isinstance(plan, ImportPlan) and plan.clashes == ("Mine",)
    before = names(routines)
    refused = routines.finish_import(plan, new_names=False)
    assert isinstance(refused, Refusal)
    assert refused.message.startswith("Nothing was imported.")
    assert "“Mine”" in refused.message and "already exists" in refused.message
    assert names(routines) == before


def test_a_name_taken_after_the_file_was_read_is_freed_too(
    routines: RoutinesController, tmp_path: Path
) -> None:
    """The user took a while to answer and meanwhile made "Mine": it still imports, renamed."""
    path = tmp_path / f"mine{FILE_SUFFIX}"
    write_export(path, [MINE])
    plan = routines.read_import(path)
    assert isinstance(plan, ImportPlan) and plan.clashes == ()
    created(routines)
    imported = routines.finish_import(plan, new_names=True)
    assert isinstance(imported, Imported)
    assert [r.name for r in imported.routines] == ["Mine (2)"]


@pytest.mark.parametrize(
    "content",
    [b'{"format": "acupress-routines"', b"\xff\xfe garbage", b""],
    ids=["cut short", "not text", "empty"],
)
def test_a_broken_file_is_refused_whole_and_never_reaches_the_store(
    routines: RoutinesController,
    repository: RoutineRepository,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    content: bytes,
) -> None:
    """Any bad file: a message saying nothing was imported, and the repository never called."""
    calls: list[object] = []
    monkeypatch.setattr(repository, "import_routines", lambda r: calls.append(r) or [])
    path = tmp_path / f"bad{FILE_SUFFIX}"
    path.write_bytes(content)
    refused = routines.read_import(path)
    assert isinstance(refused, Refusal)
    assert (
        refused.message.startswith("Nothing was imported.") and "Traceback" not in refused.message
    )
    assert calls == []


def test_an_unknown_point_is_refused_by_name(
    routines: RoutinesController, tmp_path: Path, catalogue: Catalogue
) -> None:
    """A routine with a point the app does not know: refused, naming the point."""
    path = tmp_path / f"odd{FILE_SUFFIX}"
    write_export(path, [MINE])
    path.write_text(path.read_text(encoding="utf-8").replace('"GV4"', '"XX9"'), encoding="utf-8")
    refused = routines.read_import(path)
    assert isinstance(refused, Refusal) and "XX9" in refused.message


def test_a_good_file_is_stored_in_one_call(
    routines: RoutinesController,
    repository: RoutineRepository,
    tmp_path: Path,
    catalogue: Catalogue,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every routine of the file reaches the repository together (one transaction)."""
    two = [MINE, Routine("Evening", (RoutineStep("LI4", 45),))]
    path = tmp_path / f"two{FILE_SUFFIX}"
    write_export(path, two)
    calls: list[list[Routine]] = []
    real = repository.import_routines

    def spy(batch: list[Routine]) -> list[Routine]:
        calls.append(list(batch))
        return real(batch)

    monkeypatch.setattr(repository, "import_routines", spy)
    plan = routines.read_import(path)
    assert isinstance(plan, ImportPlan)
    assert isinstance(routines.finish_import(plan, new_names=False), Imported)
    assert calls == [read_import(path, catalogue)]


def test_a_missing_file_says_it_could_not_be_read(
    routines: RoutinesController, tmp_path: Path
) -> None:
    refused = routines.read_import(tmp_path / f"gone{FILE_SUFFIX}")
    assert isinstance(refused, Refusal) and "could not be read" in refused.message


# -- changes and undo -------------------------------------------------------------------------


def test_undo_after_delete_brings_the_routine_back_as_it_was(
    routines: RoutinesController,
) -> None:
    """Delete a starred routine, undo: same id, still starred; nothing more to undo."""
    mine = created(routines)
    assert routines.set_favourite(mine.id, True) is None
    assert not routines.can_undo
    deleted = routines.delete(mine.id)
    assert isinstance(deleted, Deleted) and deleted.notice == "Deleted “Mine”."
    assert "Mine" not in names(routines) and routines.can_undo
    restored = routines.undo_delete()
    assert isinstance(restored, Changed) and restored.routine.id == mine.id
    entry = routines.get(mine.id)
    assert entry is not None and entry.favourite
    assert not routines.can_undo and routines.undo_delete() is None


def test_undo_when_the_name_was_taken_meanwhile_keeps_both(routines: RoutinesController) -> None:
    mine = created(routines)
    assert isinstance(routines.delete(mine.id), Deleted)
    created(routines)  # a new "Mine" while the old one was gone
    restored = routines.undo_delete()
    assert isinstance(restored, Changed) and restored.routine.name == "Mine (2)"
    assert names(routines).count("Mine") == 1 and "Mine (2)" in names(routines)


def test_built_ins_can_be_copied_not_deleted_or_renamed(routines: RoutinesController) -> None:
    lower_back = builtin_id(routines, "Lower back")
    refused = routines.delete(lower_back)
    assert isinstance(refused, Refusal) and "cannot be deleted" in refused.message
    assert not routines.can_undo
    assert isinstance(routines.rename(lower_back, "Mine"), Refusal)
    copy = routines.copy(lower_back)
    assert isinstance(copy, Changed)
    assert copy.routine.name == "Lower back (copy)" and not copy.routine.builtin
    assert copy.notice == "Copied as “Lower back (copy)”."


def test_a_rename_to_a_used_name_is_refused_and_changes_nothing(
    routines: RoutinesController,
) -> None:
    mine = created(routines)
    refused = routines.rename(mine.id, "LOWER BACK")
    assert isinstance(refused, Refusal) and "already exists" in refused.message
    assert "Mine" in names(routines)
    renamed = routines.rename(mine.id, "  Mine, shorter ")
    assert isinstance(renamed, Changed) and renamed.routine.name == "Mine, shorter"
    assert routines.taken_names(but=mine.id) == [
        n for n in routines.taken_names() if n != "Mine, shorter"
    ]


def test_the_editor_saves_new_and_changed_routines(routines: RoutinesController) -> None:
    new = routines.save(MINE)
    assert isinstance(new, Changed) and new.notice == "Saved “Mine”."
    changed = routines.save(Routine("Mine", (RoutineStep("LI4", 45),), id=new.routine.id))
    assert isinstance(changed, Changed) and changed.routine.steps[0].point_id == "LI4"
    entry = routines.get(new.routine.id)
    assert entry is not None and entry.routine.steps == (RoutineStep("LI4", 45),)


def test_saving_a_routine_deleted_meanwhile_says_so(routines: RoutinesController) -> None:
    mine = created(routines)
    assert isinstance(routines.delete(mine.id), Deleted)
    refused = routines.save(mine)
    assert isinstance(refused, Refusal) and "no longer exists" in refused.message


def test_start_remembers_the_routine_as_used(routines: RoutinesController) -> None:
    mine = created(routines)
    started = routines.start(mine.id)
    assert isinstance(started, Started) and started.routine == mine and not started.problem
    entry = routines.get(mine.id)
    assert entry is not None and entry.last_used == NOW
    listed = routines.routines()
    assert not isinstance(listed, Refusal) and listed[0].routine.id == mine.id  # used first


def test_a_deleted_routine_cannot_start(routines: RoutinesController) -> None:
    mine = created(routines)
    assert isinstance(routines.delete(mine.id), Deleted)
    refused = routines.start(mine.id)
    assert isinstance(refused, Refusal) and "no longer exists" in refused.message
    assert routines.get(mine.id) is None


def test_a_favourite_comes_first(routines: RoutinesController) -> None:
    hand = builtin_id(routines, "Neck and shoulders")
    assert routines.set_favourite(hand, True) is None
    listed = routines.routines()
    assert not isinstance(listed, Refusal) and listed[0].routine.id == hand
    assert listed[0].favourite


# -- export and the printable card ------------------------------------------------------------


def test_export_adds_the_suffix_and_the_file_imports_again(
    routines: RoutinesController, tmp_path: Path, catalogue: Catalogue
) -> None:
    mine = created(routines)
    saved = routines.export(mine.id, tmp_path / "shared")
    target = tmp_path / f"shared{FILE_SUFFIX}"
    assert isinstance(saved, Saved) and saved.paths == (target,)
    assert saved.notice == f"Saved “Mine” to {target}."
    assert [r.name for r in read_import(target, catalogue)] == ["Mine"]
    assert (
        routines.suggested_export_name(Routine("../x/Mine", MINE.steps)) == f"x-Mine{FILE_SUFFIX}"
    )


def test_export_to_an_unwritable_place_says_so_and_loses_nothing(
    routines: RoutinesController, tmp_path: Path
) -> None:
    """A folder that is a file (root may write anywhere else): a clear message, no file."""
    mine = created(routines)
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("mine", encoding="utf-8")
    target = not_a_folder / f"shared{FILE_SUFFIX}"
    refused = routines.export(mine.id, target)
    assert isinstance(refused, Refusal)
    assert str(target) in refused.message and "part of its path is not a folder" in refused.message
    assert "your routines are unchanged" in refused.message
    assert not_a_folder.read_text(encoding="utf-8") == "mine" and "Mine" in names(routines)


def test_export_to_a_full_disk_keeps_the_old_file(
    routines: RoutinesController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fills up while writing: the message says so and the earlier export is intact."""
    mine = created(routines)
    target = tmp_path / f"shared{FILE_SUFFIX}"
    assert isinstance(routines.export(mine.id, target), Saved)
    old = target.read_bytes()

    def full(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(transfer, "write_atomically", full)
    refused = routines.export(mine.id, target)
    assert isinstance(refused, Refusal) and "the disk is full" in refused.message
    assert (
        "Nothing was written there" in refused.message
        and "choose another folder" in refused.message
    )
    assert target.read_bytes() == old


def test_the_card_gets_pdf_unless_it_is_png(routines: RoutinesController, tmp_path: Path) -> None:
    mine = created(routines)
    asked: list[tuple[Path, Routine]] = []

    def write(path: Path, routine: Routine) -> list[Path]:
        asked.append((path, routine))
        return [path]

    saved = routines.save_card(mine.id, tmp_path / "card", write)
    assert isinstance(saved, Saved) and saved.paths == (tmp_path / "card.pdf",)
    assert saved.notice == f"Saved a printable card of “Mine” to {tmp_path / 'card.pdf'}."
    assert isinstance(routines.save_card(mine.id, tmp_path / "card.PNG", write), Saved)
    assert [path.name for path, _ in asked] == ["card.pdf", "card.PNG"]
    assert all(routine == mine for _, routine in asked)
    assert routines.suggested_card_name(mine) == "Mine.pdf"


def test_a_card_that_cannot_be_written_says_why(
    routines: RoutinesController, tmp_path: Path
) -> None:
    mine = created(routines)

    def refuse(path: Path, routine: Routine) -> list[Path]:
        raise OSError(errno.ENOSPC, f"The card could not be saved as {path} (the disk is full).")

    refused = routines.save_card(mine.id, tmp_path / "card.pdf", refuse)
    assert isinstance(refused, Refusal) and "the disk is full" in refused.message


# -- the user's language ----------------------------------------------------------------------


def test_messages_are_in_the_users_language(
    routines: RoutinesController, tmp_path: Path, spanish_translator: object
) -> None:
    path = tmp_path / f"mine{FILE_SUFFIX}"
    write_export(path, [MINE])
    plan = routines.read_import(path)
    assert isinstance(plan, ImportPlan)
    imported = routines.finish_import(plan, new_names=False)
    assert isinstance(imported, Imported) and imported.notice == "Rutinas importadas: 1."
    refused = routines.read_import(tmp_path / "gone.acupress.json")
    assert isinstance(refused, Refusal) and refused.message.startswith("No se ha importado nada.")

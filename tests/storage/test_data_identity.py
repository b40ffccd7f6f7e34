"""A leftover write-ahead log (-wal) that does not belong to the data file beside it is never
replayed into it: another data file's log, or a crashed run's log beside an older copy put back.

Every data file has an identity and a generation that every save moves on; the log records the
generation it was started on. Opening checks them before SQLite may fold the log into the file.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from acupress_desktop.core.catalogue import Catalogue
from acupress_desktop.core.routine import Routine, RoutineStep
from acupress_desktop.storage.backups import list_backups
from acupress_desktop.storage.database import Database
from acupress_desktop.storage.db_files import DB_NAME
from acupress_desktop.storage.migrations import SCHEMA_VERSION
from acupress_desktop.storage.routines import RoutineRepository

STEP = (RoutineStep("LI4", 30),)
LOG, INDEX = f"{DB_NAME}-wal", f"{DB_NAME}-shm"


def names(db: Database, catalogue: Catalogue) -> list[str]:
    return sorted(s.routine.name for s in RoutineRepository(db, (), catalogue=catalogue).list())


def save(db: Database, catalogue: Catalogue, *new: str) -> None:
    repository = RoutineRepository(db, (), catalogue=catalogue)
    for name in new:
        repository.create(Routine(name, STEP, description=f"{name} " * 30))


def closed_with(folder: Path, catalogue: Catalogue, *new: str) -> None:
    db, _ = Database.open(folder, keep_backups=0)
    save(db, catalogue, *new)
    db.close()


def crashed_with(folder: Path, catalogue: Catalogue, into: Path, *new: str) -> None:
    """Save ``new`` and copy the folder's files to ``into`` before closing: what a kill -9 just
    after the saves leaves on disk (the saves are only in the -wal)."""
    db, _ = Database.open(folder, keep_backups=0)
    save(db, catalogue, *new)
    into.mkdir(parents=True, exist_ok=True)
    for name in (DB_NAME, LOG, INDEX):
        if (folder / name).exists():
            shutil.copyfile(folder / name, into / name)
    assert (into / LOG).stat().st_size > 0
    db.close()


def kept_logs(folder: Path) -> list[Path]:
    return sorted(folder.glob("acupress.unmatched-log-*.sqlite3-wal"))


def test_another_data_files_log_is_not_replayed(tmp_path: Path, catalogue: Catalogue) -> None:
    """Another Acupress file's -wal and -shm beside the user's: the user's routines open, the
    user is told, and the stray log is kept, not lost."""
    mine, other, crash = tmp_path / "mine", tmp_path / "other", tmp_path / "crash"
    closed_with(mine, catalogue, "Mine 1", "Mine 2", "Mine 3")
    closed_with(other, catalogue, "Other 0")
    crashed_with(other, catalogue, crash, "Other 1", "Other 2")
    stray = (crash / LOG).read_bytes()
    shutil.copyfile(crash / LOG, mine / LOG)
    shutil.copyfile(crash / INDEX, mine / INDEX)
    db, report = Database.open(mine)
    assert names(db, catalogue) == ["Mine 1", "Mine 2", "Mine 3"]
    [kept] = kept_logs(mine)
    assert kept.read_bytes() == stray
    assert "did not belong" in report.problem and kept.name in report.problem
    assert report.moved_aside is None
    db.close()


def test_the_days_backup_holds_the_users_data_not_the_strays(
    tmp_path: Path, catalogue: Catalogue
) -> None:
    """The automatic backup made at that start is of the user's own routines."""
    mine, other, crash = tmp_path / "mine", tmp_path / "other", tmp_path / "crash"
    closed_with(mine, catalogue, "Mine 1")
    crashed_with(other, catalogue, crash, "Other 1")
    shutil.copyfile(crash / LOG, mine / LOG)
    db, _ = Database.open(mine)
    db.close()
    [(_, backup)] = list_backups(mine / "backups")
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT name FROM routines").fetchall() == [("Mine 1",)]


def test_an_older_copy_put_back_beside_a_crashed_runs_log(
    tmp_path: Path, catalogue: Catalogue
) -> None:
    """The user copies an older acupress.sqlite3 back while the -wal of a crashed run is still
    there: what opens is the copy they put back, and the log is kept aside with a message."""
    folder, crash = tmp_path / "data", tmp_path / "crash"
    closed_with(folder, catalogue, "First")
    older = (folder / DB_NAME).read_bytes()
    closed_with(folder, catalogue, "Second")  # folded into the file when it closed
    crashed_with(folder, catalogue, crash, "Third")
    (folder / DB_NAME).write_bytes(older)
    shutil.copyfile(crash / LOG, folder / LOG)
    shutil.copyfile(crash / INDEX, folder / INDEX)
    db, report = Database.open(folder)
    assert names(db, catalogue) == ["First"]
    assert "did not belong" in report.problem
    assert len(kept_logs(folder)) == 1
    db.close()


def test_a_crashed_runs_own_log_is_replayed_as_always(tmp_path: Path, catalogue: Catalogue) -> None:
    """The log left by a crash of this very file is its latest saves: replayed, no message."""
    folder, crash = tmp_path / "data", tmp_path / "crash"
    closed_with(folder, catalogue, "First")
    crashed_with(folder, catalogue, crash, "Second", "Third")
    db, report = Database.open(crash)
    assert names(db, catalogue) == ["First", "Second", "Third"]
    assert report.problem == "" and kept_logs(crash) == []
    db.close()


def test_a_log_over_a_copy_taken_mid_run_is_still_its_own(
    tmp_path: Path, catalogue: Catalogue
) -> None:
    """Several saves in one run, then a crash: the whole log belongs to the file as it was when
    the run began, and every save comes back."""
    folder, crash = tmp_path / "data", tmp_path / "crash"
    closed_with(folder, catalogue, "First")
    crashed_with(folder, catalogue, crash, *(f"Run {n}" for n in range(12)))
    db, report = Database.open(crash)
    assert len(names(db, catalogue)) == 13 and report.problem == ""
    db.close()


def test_a_log_that_does_not_fit_is_set_aside_rather_than_the_file(
    tmp_path: Path, catalogue: Catalogue
) -> None:
    """A log whose pages do not fit the file (the integrity check fails only with the log) is
    the log's fault: the file is not called damaged, the log is kept aside."""
    folder, crash = tmp_path / "data", tmp_path / "crash"
    closed_with(folder, catalogue, "First")
    crashed_with(folder, catalogue, crash, "Second")
    log = bytearray((crash / LOG).read_bytes())
    with sqlite3.connect(folder / DB_NAME) as conn:  # a file of a very different shape
        conn.execute("DROP TABLE routine_steps")
        conn.execute("CREATE TABLE filler (x)")
        conn.executemany("INSERT INTO filler VALUES (?)", [("y" * 500,)] * 60)
    db, _ = Database.open(folder)
    db.close()
    shutil.copyfile(folder / DB_NAME, tmp_path / "mismatched.sqlite3")
    (folder / LOG).write_bytes(bytes(log))
    db, report = Database.open(folder)
    assert report.moved_aside is None
    assert len(kept_logs(folder)) == 1
    db.close()


def test_every_data_file_has_its_own_identity(tmp_path: Path) -> None:
    """Two new data files never share an identity; a save moves the generation on."""
    first, _ = Database.open(tmp_path / "a")
    second, _ = Database.open(tmp_path / "b")
    ids = [
        db.read().execute("SELECT file_id FROM file_identity").fetchone()[0]
        for db in (first, second)
    ]
    assert ids[0] != ids[1] and all(len(i) == 32 for i in ids)
    before = first.read().execute("SELECT generation FROM file_identity").fetchone()[0]
    with first.transaction() as conn:
        conn.execute("UPDATE builtin_state SET favourite = 1 WHERE 0")
    after = first.read().execute("SELECT generation FROM file_identity").fetchone()[0]
    assert after == before + 1
    assert first.schema_version == SCHEMA_VERSION
    first.close()
    second.close()


@pytest.mark.parametrize("version", [3])
def test_a_file_from_before_identities_keeps_a_copy_before_its_log_is_replayed(
    tmp_path: Path, catalogue: Catalogue, version: int
) -> None:
    """A log beside a file that has no identity yet cannot be checked: the file is copied aside
    (kept) before SQLite folds the log into it, then opened as usual."""
    folder = tmp_path / "data"
    folder.mkdir()
    conn = sqlite3.connect(folder / DB_NAME, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    from acupress_desktop.storage.migrations import MIGRATIONS

    for step in MIGRATIONS[:version]:
        for statement in step.statements:
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    base = (folder / DB_NAME).read_bytes()
    conn.execute(
        "INSERT INTO routines (id, name, name_key, rest_seconds, rounds, get_ready_seconds, "
        "switch_seconds, breathing, created_utc, updated_utc) VALUES ('r1', 'Old', 'old', 0, 1, "
        "5, 5, 'relaxed', '2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00+00:00')"
    )
    shutil.copyfile(folder / LOG, tmp_path / "log")
    conn.close()
    (folder / DB_NAME).write_bytes(base)
    shutil.copyfile(tmp_path / "log", folder / LOG)
    db, report = Database.open(folder)
    assert names(db, catalogue) == ["Old"]
    [copy] = sorted(folder.glob("acupress.before-log-*.sqlite3"))
    assert copy.read_bytes() == base
    db.close()

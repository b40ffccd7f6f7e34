"""When the data file cannot be used, the app runs on a temporary store that leaves nothing
behind: no acupress-scratch-* folders pile up in the temporary folder, stale ones are removed."""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from pathlib import Path

import pytest

from acupress_desktop.core.catalogue import Catalogue
from acupress_desktop.core.routine import Routine, RoutineStep
from acupress_desktop.storage.db_errors import DatabaseWriteError
from acupress_desktop.storage.db_files import DB_NAME
from acupress_desktop.storage.migrations import SCHEMA_VERSION
from acupress_desktop.storage.opening import open_database
from acupress_desktop.storage.routines import RoutineRepository


@pytest.fixture()
def temp_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system's temporary folder, for this test only."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def unusable_data(folder: Path) -> bytes:
    """A data file from a newer Acupress (refused, left untouched); returns its bytes."""
    folder.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(folder / DB_NAME) as conn:
        conn.execute("CREATE TABLE future (x)")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    return (folder / DB_NAME).read_bytes()


def scratch(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob("acupress-scratch-*"))


def test_the_temporary_store_leaves_nothing_behind(
    tmp_path: Path, temp_folder: Path, catalogue: Catalogue
) -> None:
    """It works like the real one while the app runs, and no folder is left once it closes."""
    data = tmp_path / "data"
    before = unusable_data(data)
    db, report = open_database(data)
    assert "temporary" in report.problem
    repository = RoutineRepository(db, (), catalogue=catalogue)
    repository.create(Routine("For now", (RoutineStep("LI4", 30),)))
    assert [s.routine.name for s in repository.list()] == ["For now"]
    db.close()
    assert scratch(temp_folder) == []
    assert (data / DB_NAME).read_bytes() == before
    assert sorted(p.name for p in data.iterdir()) == [DB_NAME]


def test_stale_scratch_folders_are_removed_at_start(tmp_path: Path, temp_folder: Path) -> None:
    """Folders left by earlier versions (a day old) go; a fresh one may belong to a copy still
    running and is left alone."""
    stale, fresh = temp_folder / "acupress-scratch-old1", temp_folder / "acupress-scratch-new1"
    for folder in (stale, fresh):
        folder.mkdir()
        (folder / DB_NAME).write_bytes(b"x")
    day_ago = time.time() - 2 * 24 * 3600
    os.utime(stale, (day_ago, day_ago))
    db, _ = open_database(tmp_path / "data")
    db.close()
    assert scratch(temp_folder) == [fresh.name]


def test_the_temporary_store_makes_no_backups_and_restores_none(
    tmp_path: Path, temp_folder: Path
) -> None:
    """Backups and restores would mix the temporary store with the user's real folder: refused."""
    data = tmp_path / "data"
    unusable_data(data)
    db, report = open_database(data)
    assert report.backups == () and db.backups() == ()
    with pytest.raises(DatabaseWriteError, match="temporary"):
        db.backup_now()
    with pytest.raises(DatabaseWriteError, match="temporary"):
        db.restore_backup(data / DB_NAME)
    db.close()
    assert sorted(p.name for p in data.iterdir()) == [DB_NAME]

"""Pain scores and history are health data: the data folder is 0700 and every file the app writes
there (the database, its -wal and -shm, backups, settings) and the history CSV are 0600, whatever
the umask."""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from acupress_desktop.core.catalogue import Catalogue
from acupress_desktop.core.history import SessionRecord
from acupress_desktop.core.routine import Routine, RoutineStep
from acupress_desktop.storage.database import Database
from acupress_desktop.storage.db_files import DB_NAME
from acupress_desktop.storage.history import HistoryRepository
from acupress_desktop.storage.routines import RoutineRepository
from acupress_desktop.storage.settings import Settings, SettingsStore

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


@contextlib.contextmanager
def umask(value: int) -> Iterator[None]:
    old = os.umask(value)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("mask", [0o022, 0o000, 0o277], ids=["022", "000", "277"])
def test_everything_the_app_writes_is_private(
    tmp_path: Path, catalogue: Catalogue, mask: int
) -> None:
    """Folder, database, its -wal and -shm, a backup, settings and the CSV export."""
    data = tmp_path / "data"
    with umask(mask):
        db, _ = Database.open(data)
        RoutineRepository(db, (), catalogue=catalogue).create(
            Routine("Mine", (RoutineStep("LI4", 30),))
        )
        history = HistoryRepository(db)
        history.add(
            SessionRecord(
                datetime(2026, 5, 9, tzinfo=UTC), "Mine", "", ("LI4",), 1, 60.0, True, 6, 3
            )
        )
        backup = db.backup_now()
        SettingsStore(data).save(Settings(theme="dark"))
        csv = tmp_path / "history.csv"
        history.export_csv(csv)
        files = {
            "folder": data,
            "database": data / DB_NAME,
            "-wal": data / f"{DB_NAME}-wal",
            "-shm": data / f"{DB_NAME}-shm",
            "backups folder": backup.parent,
            "backup": backup,
            "settings": data / "settings.json",
            "CSV": csv,
        }
        modes = {name: oct(mode(path)) for name, path in files.items()}
        db.close()
    private_folder, private_file = oct(0o700), oct(0o600)
    assert modes == {
        name: private_folder if name.endswith("folder") else private_file for name in files
    }


def test_files_an_older_version_left_readable_are_made_private(
    tmp_path: Path, catalogue: Catalogue
) -> None:
    """A data folder from before (0755, files 0644) is tightened when it is opened."""
    data = tmp_path / "data"
    db, _ = Database.open(data)
    RoutineRepository(db, (), catalogue=catalogue).create(
        Routine("Mine", (RoutineStep("LI4", 30),))
    )
    backup = db.backup_now()
    db.close()
    for path in (data, backup.parent):
        path.chmod(0o755)
    for path in (data / DB_NAME, backup):
        path.chmod(0o644)
    db, _ = Database.open(data)
    assert [mode(p) for p in (data, backup.parent, data / DB_NAME, backup)] == [
        0o700,
        0o700,
        0o600,
        0o600,
    ]
    db.close()


def test_a_shared_folder_chosen_with_data_dir_is_left_as_it_is(tmp_path: Path) -> None:
    """--data-dir pointing at a folder that holds other things: only Acupress's files are made
    private, the folder's own permissions stay the user's choice."""
    shared = tmp_path / "Documents"
    shared.mkdir()
    shared.chmod(0o755)
    (shared / "letter.txt").write_text("mine")
    db, _ = Database.open(shared)
    db.close()
    assert mode(shared) == 0o755
    assert mode(shared / DB_NAME) == 0o600

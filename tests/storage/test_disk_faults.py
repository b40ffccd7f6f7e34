"""A full disk, an I/O error, a busy or unopenable file never make a healthy data file "damaged".

Only evidence of damage (the header, ``quick_check``) sets a file aside. Any other failure is
reported as what it is; the file stays where it is, untouched, and its data is shown read-only
where it can be read. The real failure is reproduced on a small tmpfs (when this machine lets
the tests mount one) and, everywhere, by making SQLite's own open fail the way it fails on a
full disk.
"""

from __future__ import annotations

import errno
import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from acupress_desktop.core.catalogue import Catalogue
from acupress_desktop.core.routine import Routine, RoutineStep
from acupress_desktop.storage import db_files
from acupress_desktop.storage.database import Database
from acupress_desktop.storage.db_errors import DatabaseError, DatabaseWriteError
from acupress_desktop.storage.db_files import DB_NAME
from acupress_desktop.storage.opening import open_database
from acupress_desktop.storage.routines import RoutineRepository

STEP = (RoutineStep("LI4", 30),)


def names(db: Database, catalogue: Catalogue) -> list[str]:
    return sorted(s.routine.name for s in RoutineRepository(db, (), catalogue=catalogue).list())


def save(db: Database, catalogue: Catalogue, *new: str) -> None:
    repository = RoutineRepository(db, (), catalogue=catalogue)
    for name in new:
        repository.create(Routine(name, STEP, description="x" * 400))


def saved_folder(folder: Path, catalogue: Catalogue) -> bytes:
    """A closed data file with three routines; returns its bytes."""
    db, _ = Database.open(folder, keep_backups=0)
    save(db, catalogue, "Routine 0", "Routine 1", "Routine 2")
    db.close()
    return (folder / DB_NAME).read_bytes()


def set_aside(folder: Path) -> list[str]:
    """Files set aside (acupress.damaged-<time>.sqlite3 and the like)."""
    return sorted(p.name for p in folder.iterdir() if re.match(r"acupress\.[a-z-]+-\d{8}", p.name))


# -- a real full disk (tmpfs) -------------------------------------------------------------------


class Disk:
    """A small tmpfs: ``fill()`` takes every free byte, ``free()`` gives them back."""

    def __init__(self, mount: Path) -> None:
        self.mount = mount
        self.filler = mount / "filler"

    def fill(self) -> None:
        # unbuffered: a buffered file would try its last block again when closed, and Python
        # 3.11 raises that second ENOSPC out of the ``with``
        with self.filler.open("ab", buffering=0) as out:
            try:
                while True:
                    out.write(b"\0" * 4096)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC

    def free(self) -> None:
        self.filler.unlink()


@pytest.fixture()
def small_disk(tmp_path: Path) -> Iterator[Disk]:
    """A 2 MiB tmpfs, or a skip where this machine does not let the tests mount one (not root,
    not Linux, no permission in a container); the injected failures below run everywhere."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root on Linux")
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace')}")
    try:
        yield Disk(mount)
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_disk_at_start_does_not_set_a_healthy_file_aside(
    small_disk: Disk, catalogue: Catalogue
) -> None:
    """Disk full when the app starts: the file stays, its routines are shown read-only, the
    message says the disk is full; once space is freed the next start is normal."""
    folder = small_disk.mount / "data"
    before = saved_folder(folder, catalogue)
    small_disk.fill()
    db, report = Database.open(folder)
    assert set_aside(folder) == []
    assert report.moved_aside is None and "is damaged" not in report.problem
    assert "the disk is full" in report.problem
    assert db.read_only and names(db, catalogue) == ["Routine 0", "Routine 1", "Routine 2"]
    with pytest.raises(DatabaseWriteError, match="the disk is full"):
        save(db, catalogue, "Mine")
    db.close()
    assert (folder / DB_NAME).read_bytes() == before
    small_disk.free()
    db, report = Database.open(folder)
    assert report.problem == "" and not db.read_only
    assert names(db, catalogue) == ["Routine 0", "Routine 1", "Routine 2"]
    db.close()


def test_the_disk_filling_up_while_saving_loses_nothing(
    small_disk: Disk, catalogue: Catalogue
) -> None:
    """SQLITE_FULL in the middle of a transaction: that save fails and says so; everything saved
    before survives the full disk, a restart on the full disk and the restart after."""
    folder = small_disk.mount / "data"
    saved_folder(folder, catalogue)
    db, _ = Database.open(folder, keep_backups=0)
    save(db, catalogue, "Kept 1", "Kept 2")
    small_disk.fill()
    with pytest.raises(DatabaseWriteError, match="the disk is full"):
        save(db, catalogue, *(f"Lost {n}" for n in range(50)))
    expected = ["Kept 1", "Kept 2", "Routine 0", "Routine 1", "Routine 2"]
    assert names(db, catalogue) == expected
    db.close()
    try:  # still full: shown read-only, or refused, but never set aside
        db, report = open_database(folder)
        assert report.moved_aside is None and "is damaged" not in report.problem
        assert "the disk is full" in report.problem
        db.close()
    finally:
        assert set_aside(folder) == []
    small_disk.free()
    db, report = Database.open(folder)
    assert report.problem == "" and names(db, catalogue) == expected
    assert db.read().execute("PRAGMA integrity_check").fetchone() == ("ok",)
    db.close()


# -- the same failures, injected where SQLite opens the file ------------------------------------

FAILURES = {
    "disk full (the -shm index cannot grow)": ("SQLITE_IOERR_SHMSIZE", 4874, "disk I/O error"),
    "read error": ("SQLITE_IOERR_READ", 266, "disk I/O error"),
    "cannot open": ("SQLITE_CANTOPEN", 14, "unable to open database file"),
    "busy": ("SQLITE_BUSY", 5, "database is locked"),
    "no permission": ("SQLITE_PERM", 3, "access permission denied"),
}


def failing_sqlite(name: str, code: int, text: str) -> SimpleNamespace:
    """The sqlite3 module as db_files sees it, except that opening the data file fails like
    ``name`` (only an ``immutable`` read-only open works, as on a full disk, and memory)."""

    def connect(database: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        if database == ":memory:" or (kwargs.get("uri") and "immutable=1" in str(database)):
            return sqlite3.connect(database, *args, **kwargs)
        error = sqlite3.OperationalError(text)
        error.sqlite_errorcode = code  # type: ignore[attr-defined]
        error.sqlite_errorname = name  # type: ignore[attr-defined]
        raise error

    shim = SimpleNamespace(
        **{k: getattr(sqlite3, k) for k in dir(sqlite3) if not k.startswith("__")}
    )
    shim.connect = connect
    return shim


@pytest.mark.parametrize("failure", sorted(FAILURES))
def test_an_io_failure_at_start_is_reported_as_what_it_is(
    tmp_path: Path, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    """Each failure leaves the file in place, says what happened, and shows the data read-only;
    when it is gone, the next start is normal and nothing was lost."""
    before = saved_folder(tmp_path, catalogue)
    monkeypatch.setattr(db_files, "sqlite3", failing_sqlite(*FAILURES[failure]))
    db, report = Database.open(tmp_path)
    assert set_aside(tmp_path) == [] and report.moved_aside is None
    assert "is damaged" not in report.problem and "It is not damaged" in report.problem
    assert "disk I/O error" not in report.problem and "SQLITE" not in report.problem
    assert db.read_only and names(db, catalogue) == ["Routine 0", "Routine 1", "Routine 2"]
    db.close()
    assert (tmp_path / DB_NAME).read_bytes() == before
    monkeypatch.undo()
    db, report = Database.open(tmp_path)
    assert report.problem == "" and names(db, catalogue) == ["Routine 0", "Routine 1", "Routine 2"]
    db.close()


def test_the_app_shows_the_data_on_a_full_disk_not_an_empty_store(
    tmp_path: Path, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through the app's own opening: the routines are there (read-only), not a temporary store,
    and the message says the disk is full and that the file is not damaged."""
    saved_folder(tmp_path, catalogue)
    monkeypatch.setattr(
        db_files, "sqlite3", failing_sqlite(*FAILURES["disk full (the -shm index cannot grow)"])
    )
    db, report = open_database(tmp_path)
    assert names(db, catalogue) == ["Routine 0", "Routine 1", "Routine 2"]
    assert "temporary" not in report.problem and "not damaged" in report.problem
    db.close()


def test_a_leftover_log_that_cannot_be_read_is_not_skipped(
    tmp_path: Path, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With saves still only in the -wal, reading the main file alone would show old data: the
    file is refused with the reason instead, left in place, and opens whole once readable."""
    saved_folder(tmp_path, catalogue)
    db, _ = Database.open(tmp_path, keep_backups=0)
    save(db, catalogue, "Only in the log")
    wal = (tmp_path / f"{DB_NAME}-wal").read_bytes()
    main = (tmp_path / DB_NAME).read_bytes()
    db.close()
    (tmp_path / DB_NAME).write_bytes(main)  # as a crash left them: the save is in the -wal
    (tmp_path / f"{DB_NAME}-wal").write_bytes(wal)
    monkeypatch.setattr(db_files, "sqlite3", failing_sqlite(*FAILURES["read error"]))
    with pytest.raises(DatabaseError) as caught:
        Database.open(tmp_path)
    assert "the disk reported a read or write error" in str(caught.value)
    assert "not damaged" in str(caught.value)
    assert set_aside(tmp_path) == []
    monkeypatch.undo()
    db, report = Database.open(tmp_path)
    assert "Only in the log" in names(db, catalogue)
    db.close()

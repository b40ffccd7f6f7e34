"""The data file: migrations from every old version, damaged and newer files, read-only folders, backups."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from acupress_desktop.core.catalogue import Catalogue
from acupress_desktop.core.history import SessionRecord
from acupress_desktop.core.routine import Routine, RoutineStep
from acupress_desktop.storage import migrations
from acupress_desktop.storage.database import Database
from acupress_desktop.storage.db_errors import (
    DatabaseError,
    DatabaseTooNewError,
    DatabaseWriteError,
)
from acupress_desktop.storage.db_files import DB_NAME
from acupress_desktop.storage.history import HistoryRepository
from acupress_desktop.storage.migrations import SCHEMA_VERSION, Migration
from acupress_desktop.storage.routines import RoutineRepository, load_builtin_routines

START = datetime(2026, 5, 9, 8, 30, tzinfo=UTC)


class Clock:
    """Wall-clock time that moves only when the test says so."""

    def __init__(self, start: datetime = START) -> None:
        self.time = start

    def now(self) -> datetime:
        return self.time

    def advance(self, **amount: float) -> None:
        self.time += timedelta(**amount)


# Frozen SQL of each old schema version, exactly as those versions of the app created it. Never
# edit these: they are what users' files look like.
SCHEMA_V1 = (
    """CREATE TABLE routines (
        id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, name_key TEXT NOT NULL UNIQUE,
        description TEXT NOT NULL DEFAULT '', rest_seconds INTEGER NOT NULL,
        rounds INTEGER NOT NULL, get_ready_seconds INTEGER NOT NULL,
        switch_seconds INTEGER NOT NULL, breathing TEXT NOT NULL,
        created_utc TEXT NOT NULL, updated_utc TEXT NOT NULL)""",
    """CREATE TABLE routine_steps (
        routine_id TEXT NOT NULL REFERENCES routines(id) ON DELETE CASCADE,
        position INTEGER NOT NULL, point_id TEXT NOT NULL, seconds INTEGER NOT NULL,
        sides TEXT NOT NULL CHECK (sides IN ('both', 'left', 'right')),
        PRIMARY KEY (routine_id, position)) WITHOUT ROWID""",
    "PRAGMA user_version = 1",
)
SCHEMA_V2 = (
    *SCHEMA_V1[:-1],
    """CREATE TABLE sessions (
        id INTEGER PRIMARY KEY, started_utc TEXT NOT NULL, local_date TEXT NOT NULL,
        routine_id TEXT NOT NULL DEFAULT '', routine_name TEXT NOT NULL DEFAULT '',
        point_ids TEXT NOT NULL, points_done INTEGER NOT NULL, seconds REAL NOT NULL,
        finished INTEGER NOT NULL CHECK (finished IN (0, 1)))""",
    "CREATE INDEX sessions_by_start ON sessions (started_utc)",
    "PRAGMA user_version = 2",
)
SCHEMA_V3 = (
    *SCHEMA_V2[:-1],
    "ALTER TABLE routines ADD COLUMN favourite INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE routines ADD COLUMN last_used_utc TEXT",
    """CREATE TABLE builtin_state (
        builtin_id TEXT PRIMARY KEY NOT NULL, favourite INTEGER NOT NULL DEFAULT 0,
        last_used_utc TEXT)""",
    "ALTER TABLE sessions ADD COLUMN pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10)",
    "ALTER TABLE sessions ADD COLUMN pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10)",
    "PRAGMA user_version = 3",
)
SCHEMA_V4 = (
    *SCHEMA_V3[:-1],
    """CREATE TABLE file_identity (
        only_row INTEGER PRIMARY KEY CHECK (only_row = 1), file_id TEXT NOT NULL,
        generation INTEGER NOT NULL, log_base INTEGER NOT NULL)""",
    "INSERT INTO file_identity VALUES (1, lower(hex(randomblob(16))), 0, 0)",
    "PRAGMA user_version = 4",
)
SCHEMA_V5 = (
    *SCHEMA_V4[:-1],
    "ALTER TABLE sessions ADD COLUMN note TEXT NOT NULL DEFAULT ''",
    "PRAGMA user_version = 5",
)
OLD_SCHEMAS = {1: SCHEMA_V1, 2: SCHEMA_V2, 3: SCHEMA_V3, 4: SCHEMA_V4, 5: SCHEMA_V5}
ROUTINE_ROW = (
    "INSERT INTO routines (id, name, name_key, description, rest_seconds, rounds, "
    "get_ready_seconds, switch_seconds, breathing, created_utc, updated_utc) VALUES ('r1', "
    "'Évening 背', 'évening 背', 'Before bed', 10, 2, 5, 3, "
    "'box', '2026-01-01T10:00:00.000000+00:00', '2026-01-01T10:00:00.000000+00:00')"
)
STEP_ROWS = (
    "INSERT INTO routine_steps VALUES ('r1', 0, 'BL23', 60, 'both')",
    "INSERT INTO routine_steps VALUES ('r1', 1, 'ST36', 45, 'left')",
)
_SESSION = (
    "INSERT INTO sessions (id, started_utc, local_date, routine_id, routine_name, point_ids, "
    "points_done, seconds, finished) VALUES "
)
SESSION_ROWS = (
    _SESSION + "(1, '2026-02-01T20:00:00.000000+00:00', '2026-02-01', 'r1', "
    "'Évening 背', '[\"BL23\", \"ST36\"]', 2, 300.0, 1)",
    _SESSION + "(2, '2026-02-03T07:00:00.000000+00:00', '2026-02-03', "
    "'builtin:lower-back', 'Lower back', '[\"BL23\"]', 1, 120.0, 0)",
)
#: What a version 3 app had written by then: last use, as version 3 kept it up to date.
V3_ROWS = (
    "UPDATE routines SET last_used_utc = '2026-02-01T20:00:00.000000+00:00'",
    "INSERT INTO builtin_state VALUES ('builtin:lower-back', 0, "
    "'2026-02-03T07:00:00.000000+00:00')",
)


def make_old_database(data_dir: Path, version: int) -> Path:
    """A data file as schema ``version`` left it, with a routine (and history from version 2)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / DB_NAME
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    for statement in OLD_SCHEMAS[version]:
        conn.execute(statement)
    conn.execute(ROUTINE_ROW)
    for statement in STEP_ROWS + (SESSION_ROWS if version >= 2 else ()):
        conn.execute(statement)
    for statement in V3_ROWS if version >= 3 else ():
        conn.execute(statement)
    conn.close()
    return path


@pytest.fixture
def builtins(catalogue: Catalogue) -> tuple[Routine, ...]:
    """The packaged built-in routines."""
    return load_builtin_routines(catalogue)


def saved_database(data_dir: Path, catalogue: Catalogue, count: int = 3) -> Path:
    """A closed data file holding ``count`` routines named "Routine 0", "Routine 1", …."""
    db, _ = Database.open(data_dir, keep_backups=0)
    repo = RoutineRepository(db, (), catalogue=catalogue)
    for number in range(count):
        repo.create(Routine(f"Routine {number}", (RoutineStep("LI4", 30),), description="x" * 300))
    db.close()
    return data_dir / DB_NAME


def routine_names(db: Database, catalogue: Catalogue) -> list[str]:
    return sorted(s.routine.name for s in RoutineRepository(db, (), catalogue=catalogue).list())


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under ``folder`` with its bytes and modification time."""
    return {
        str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@contextlib.contextmanager
def immutable(path: Path) -> Iterator[None]:
    """Make ``path`` unwritable even for root (Linux ``chattr +i``), or skip the test."""
    if shutil.which("chattr") is None:
        pytest.skip("needs chattr (Linux) to make a file unwritable for every user")
    result = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
    if result.returncode != 0:
        pytest.skip("chattr +i needs CAP_LINUX_IMMUTABLE and an ext-family filesystem")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


# -- opening and creating ------------------------------------------------------------------------


def test_new_folder_gets_a_database_at_the_current_schema(tmp_path: Path) -> None:
    """A first start creates the data folder and an up-to-date data file, and reports no problem."""
    db, report = Database.open(tmp_path / "new" / "data")
    assert db.schema_version == SCHEMA_VERSION and not db.read_only
    assert report.problem == "" and report.moved_aside is None and report.backups == ()
    conn = db.read()
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    db.close()
    assert sorted(p.name for p in (tmp_path / "new" / "data").iterdir()) == [DB_NAME]


def test_saved_data_survives_a_restart(tmp_path: Path, catalogue: Catalogue) -> None:
    """What was saved is there after closing and opening again."""
    saved_database(tmp_path, catalogue)
    db, report = Database.open(tmp_path)
    assert report.problem == ""
    assert routine_names(db, catalogue) == ["Routine 0", "Routine 1", "Routine 2"]
    db.close()


def test_failed_transaction_saves_nothing(tmp_path: Path, catalogue: Catalogue) -> None:
    """An error inside a transaction rolls everything back and reaches the caller unchanged."""
    db, _ = Database.open(tmp_path)
    with pytest.raises(ZeroDivisionError), db.transaction() as conn:
        conn.execute("INSERT INTO builtin_state (builtin_id, favourite) VALUES ('builtin:x', 1)")
        _ = 1 / 0
    assert db.read().execute("SELECT count(*) FROM builtin_state").fetchone()[0] == 0
    db.close()


def test_read_failure_is_a_clear_error(tmp_path: Path) -> None:
    """A failure while reading becomes a DatabaseError with a message for the user."""
    db, _ = Database.open(tmp_path)
    with (
        pytest.raises(DatabaseError, match=r"^Acupress could not read the data file \("),
        db.snapshot() as conn,
    ):
        conn.execute("SELECT * FROM no_such_table")
    assert not db.read().in_transaction
    db.close()


# -- migrations ----------------------------------------------------------------------------------


@pytest.mark.parametrize("version", sorted(OLD_SCHEMAS))
def test_every_old_version_is_migrated_with_its_data(
    tmp_path: Path, catalogue: Catalogue, builtins: tuple[Routine, ...], version: int
) -> None:
    """A data file from any earlier version opens with all its data, usable, after a backup."""
    make_old_database(tmp_path, version)
    clock = Clock()
    db, report = Database.open(tmp_path, now=clock.now)
    assert db.schema_version == SCHEMA_VERSION and report.problem == ""
    # a backup of the file as it was, before migrating
    assert len(report.backups) == 1
    backup = sqlite3.connect(report.backups[0])
    assert backup.execute("PRAGMA user_version").fetchone()[0] == version
    assert backup.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    backup.close()
    assert report.backups[0].name == "acupress-20260509-083000.sqlite3"
    # the data is intact
    repo = RoutineRepository(db, builtins, now=clock.now, catalogue=catalogue)
    stored = repo.get("r1")
    assert stored.routine == Routine(
        "Évening 背",
        (RoutineStep("BL23", 60, "both"), RoutineStep("ST36", 45, "left")),
        rest_seconds=10,
        rounds=2,
        get_ready_seconds=5,
        switch_seconds=3,
        breathing="box",
        id="r1",
    )
    assert stored.routine.description == "Before bed"
    # version 6: the routine options, with today's behaviour
    assert not stored.routine.find_point and not stored.routine.halfway_cue
    assert stored.routine.press_style == "steady" and not stored.routine.press_with_breath
    history = HistoryRepository(db)
    if version >= 2:
        # version 3 fills in "last used" from the history, for user routines and built-ins
        assert stored.last_used == datetime(2026, 2, 1, 20, tzinfo=UTC)
        assert repo.get("builtin:lower-back").last_used == datetime(2026, 2, 3, 7, tzinfo=UTC)
        assert [r.routine_name for r in history.list()] == ["Lower back", "Évening 背"]
        assert history.list()[0].pain_before is None
        assert [r.note for r in history.list()] == ["", ""]  # version 5: no note yet
    else:
        assert stored.last_used is None and history.list() == []
    # and usable
    repo.set_favourite("r1", True)
    repo.create(Routine("New one", (RoutineStep("LI4", 30),)))
    history.add(SessionRecord(START, "New one", "", ("LI4",), 1, 60.0, True, 4, 2))
    assert history.list()[0].pain_after == 2
    assert history.set_note(history.list()[0], "better") == "better"
    assert history.list()[0].note == "better"
    db.close()


@pytest.mark.parametrize("version", sorted(OLD_SCHEMAS))
def test_migrated_schema_equals_a_new_one(tmp_path: Path, version: int) -> None:
    """After migrating, every table has exactly the columns a freshly created file has."""

    def columns(db: Database) -> dict[str, list[tuple[object, ...]]]:
        conn = db.read()
        tables = [
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        return {t: conn.execute(f"PRAGMA table_info({t})").fetchall() for t in sorted(tables)}

    make_old_database(tmp_path / "old", version)
    old, _ = Database.open(tmp_path / "old")
    fresh, _ = Database.open(tmp_path / "fresh")
    assert columns(old) == columns(fresh)
    old.close()
    fresh.close()


def test_failed_migration_step_leaves_the_file_at_the_previous_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A migration step that fails is rolled back whole; the file stays at the last good version."""
    path = make_old_database(tmp_path, 1)
    broken = Migration(3, "broken", ("CREATE TABLE half_done (x)", "THIS IS NOT SQL"))
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS[:2], broken))
    with pytest.raises(DatabaseError, match="could not be updated for this version") as caught:
        Database.open(tmp_path)
    assert not isinstance(caught.value, DatabaseWriteError)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert "sessions" in tables and "half_done" not in tables
    conn.close()


# -- damaged files -------------------------------------------------------------------------------


def _truncated(path: Path) -> bytes:
    data = path.read_bytes()
    return data[: len(data) // 2]


def _scrambled_body(path: Path) -> bytes:
    data = path.read_bytes()
    return data[:100] + bytes((i * 7919) % 251 for i in range(len(data) - 100))


def _garbled_page(path: Path) -> bytes:
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[2 * page : 3 * page] = bytes((i * 31) % 256 for i in range(page))
    return bytes(data)


DAMAGE = {
    "random bytes": lambda path: bytes((i * 7919 + 13) % 256 for i in range(8192)),
    "truncated": _truncated,
    "zero length": lambda path: b"",
    "not a database": lambda path: b"Shopping list: rice, tea\n" * 50,
    "scrambled body": _scrambled_body,
    "garbled page": _garbled_page,
    "header only": lambda path: path.read_bytes()[:60],
}


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_damaged_file_is_kept_aside_and_a_fresh_one_started(
    tmp_path: Path, catalogue: Catalogue, kind: str
) -> None:
    """A damaged data file is moved aside unchanged, a new one is started, and the user is told."""
    path = saved_database(tmp_path, catalogue, count=40)
    damaged = DAMAGE[kind](path)
    path.write_bytes(damaged)
    db, report = Database.open(tmp_path, now=Clock().now)
    assert report.moved_aside == tmp_path / "acupress.damaged-20260509-083000.sqlite3"
    assert report.moved_aside.read_bytes() == damaged
    assert "damaged" in report.problem and report.moved_aside.name in report.problem
    assert "There is no automatic backup to restore." in report.problem
    assert db.schema_version == SCHEMA_VERSION and routine_names(db, catalogue) == []
    RoutineRepository(db, (), catalogue=catalogue).create(
        Routine("Fresh", (RoutineStep("LI4", 30),))
    )
    db.close()


def test_integrity_check_failure_names_the_problem(tmp_path: Path, catalogue: Catalogue) -> None:
    """A file whose pages are damaged (header intact) is caught by the integrity check at start."""
    path = saved_database(tmp_path, catalogue, count=40)
    path.write_bytes(_garbled_page(path))
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    _, report = Database.open(tmp_path, now=Clock().now)
    assert report.moved_aside is not None
    assert report.problem.startswith(
        "Your saved routines and history could not be read because the data file is damaged ("
    )


def test_damaged_file_is_moved_with_its_write_ahead_log(tmp_path: Path) -> None:
    """The -wal and -shm files go aside with a damaged file, so nothing of it is lost."""
    (tmp_path / DB_NAME).write_bytes(b"not sqlite at all")
    (tmp_path / f"{DB_NAME}-wal").write_bytes(b"wal bytes")
    (tmp_path / f"{DB_NAME}-shm").write_bytes(b"shm bytes")
    db, report = Database.open(tmp_path, now=Clock().now)
    db.close()
    assert report.moved_aside is not None
    assert Path(f"{report.moved_aside}-wal").read_bytes() == b"wal bytes"
    assert Path(f"{report.moved_aside}-shm").read_bytes() == b"shm bytes"


def test_another_programs_database_is_not_taken_over(tmp_path: Path) -> None:
    """An SQLite file that is not an Acupress data file is kept aside rather than written into."""
    with contextlib.closing(sqlite3.connect(tmp_path / DB_NAME)) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER)")
        conn.commit()
    _, report = Database.open(tmp_path, now=Clock().now)
    assert report.moved_aside is not None
    assert "it is not an Acupress data file" in report.problem


def test_damaged_file_twice_in_a_second_keeps_both(tmp_path: Path) -> None:
    """Two damaged files set aside at the same moment get different names; neither is lost."""
    clock = Clock()
    for content in (b"first", b"second"):
        (tmp_path / DB_NAME).write_bytes(content)
        db, _ = Database.open(tmp_path, now=clock.now)
        db.close()
    assert (tmp_path / "acupress.damaged-20260509-083000.sqlite3").read_bytes() == b"first"
    assert (tmp_path / "acupress.damaged-20260509-083000-2.sqlite3").read_bytes() == b"second"


def test_damaged_file_offers_the_latest_backup_and_restores_it(
    tmp_path: Path, catalogue: Catalogue
) -> None:
    """After damage the latest backup is offered, and restoring it brings the routines back."""
    saved_database(tmp_path, catalogue)
    clock = Clock()
    db, report = Database.open(tmp_path, now=clock.now)  # first open of the day: a backup
    assert len(report.backups) == 1
    db.close()
    (tmp_path / DB_NAME).write_bytes(b"\x00" * 4096)
    clock.advance(hours=1)
    db, report = Database.open(tmp_path, now=clock.now)
    assert report.backups and report.backups[0].name == "acupress-20260509-083000.sqlite3"
    assert (
        "The latest automatic backup is from 2026-05-09 08:30 UTC; you can restore it from the "
        "list of backups." in report.problem
    )
    RoutineRepository(db, (), catalogue=catalogue).create(
        Routine("Made after", (RoutineStep("LI4", 30),))
    )
    clock.advance(minutes=5)
    db.restore_backup(report.backups[0])
    assert routine_names(db, catalogue) == ["Routine 0", "Routine 1", "Routine 2"]
    # the data file that was replaced is kept
    kept = tmp_path / "acupress.before-restore-20260509-093500.sqlite3"
    with contextlib.closing(sqlite3.connect(kept)) as conn:
        assert conn.execute("SELECT name FROM routines").fetchall() == [("Made after",)]
    RoutineRepository(db, (), catalogue=catalogue).create(
        Routine("After", (RoutineStep("LI4", 9),))
    )
    db.close()
    db, report = Database.open(tmp_path, now=clock.now)
    assert report.problem == "" and len(routine_names(db, catalogue)) == 4
    db.close()


def test_damaged_backup_is_not_restored(tmp_path: Path, catalogue: Catalogue) -> None:
    """Restoring a damaged backup is refused with a message; the current data is unchanged."""
    saved_database(tmp_path, catalogue)
    db, _ = Database.open(tmp_path)
    bad = tmp_path / "backups" / "acupress-20260101-000000.sqlite3"
    bad.parent.mkdir(exist_ok=True)
    bad.write_bytes(b"junk")
    with pytest.raises(DatabaseError, match="is damaged .* so it was not restored"):
        db.restore_backup(bad)
    assert routine_names(db, catalogue) == ["Routine 0", "Routine 1", "Routine 2"]
    db.close()


def test_older_backup_is_migrated_when_restored(tmp_path: Path, catalogue: Catalogue) -> None:
    """A backup made before an update is brought up to the current schema when restored."""
    make_old_database(tmp_path / "old", 1)
    db, _ = Database.open(tmp_path / "current")
    db.restore_backup(tmp_path / "old" / DB_NAME)
    assert db.schema_version == SCHEMA_VERSION
    assert routine_names(db, catalogue) == ["Évening 背"]
    db.close()


def test_restore_cut_short_by_a_crash_is_completed(tmp_path: Path, catalogue: Catalogue) -> None:
    """A restore interrupted after the old file was set aside is finished at the next start."""
    saved_database(tmp_path / "backup-source", catalogue, count=2)
    (tmp_path / "acupress.before-restore-20260509-083000.sqlite3").write_bytes(b"old data")
    shutil.copyfile(tmp_path / "backup-source" / DB_NAME, tmp_path / f".{DB_NAME}.restore-tmp")
    db, report = Database.open(tmp_path)
    assert report.problem == "" and routine_names(db, catalogue) == ["Routine 0", "Routine 1"]
    assert not (tmp_path / f".{DB_NAME}.restore-tmp").exists()
    db.close()


def test_restore_cut_short_before_it_began_changes_nothing(
    tmp_path: Path, catalogue: Catalogue
) -> None:
    """A restore copy left by a crash before the current file was touched is dropped; data stays."""
    saved_database(tmp_path, catalogue, count=1)
    (tmp_path / f".{DB_NAME}.restore-tmp").write_bytes(b"half a copy")
    db, _ = Database.open(tmp_path)
    assert routine_names(db, catalogue) == ["Routine 0"]
    assert not (tmp_path / f".{DB_NAME}.restore-tmp").exists()
    db.close()


# -- files from a newer version ------------------------------------------------------------------


def test_newer_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    """A data file from a newer version is refused with a message and not changed in any way."""
    with contextlib.closing(sqlite3.connect(tmp_path / DB_NAME)) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE future (x)")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        conn.commit()
    before = snapshot(tmp_path)
    with pytest.raises(DatabaseTooNewError) as caught:
        Database.open(tmp_path)
    assert snapshot(tmp_path) == before
    assert str(caught.value).startswith(
        f"The data file “{tmp_path / DB_NAME}” was saved by a newer version of Acupress"
    )
    assert "It was left untouched." in str(caught.value)


def test_newer_version_still_in_the_write_ahead_log_is_refused(tmp_path: Path) -> None:
    """A newer version number not yet folded into the file (only in its -wal) is found and refused."""
    source = tmp_path / "source"
    Database.open(source)[0].close()
    writer = sqlite3.connect(source / DB_NAME, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    target = tmp_path / "target"
    target.mkdir()
    for suffix in ("", "-wal"):
        shutil.copyfile(source / f"{DB_NAME}{suffix}", target / f"{DB_NAME}{suffix}")
    writer.close()
    main_before = (target / DB_NAME).read_bytes()
    with pytest.raises(DatabaseTooNewError):
        Database.open(target)
    assert (target / DB_NAME).read_bytes() == main_before
    assert (target / f"{DB_NAME}-wal").exists()


# -- read-only folders and files -----------------------------------------------------------------


def test_folder_that_cannot_be_created_opens_read_only(
    tmp_path: Path, catalogue: Catalogue
) -> None:
    """When the data folder cannot be created the app still runs, and saving says why it failed."""
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    db, report = Database.open(blocker / "data")
    assert db.read_only and db.schema_version == SCHEMA_VERSION
    assert report.problem.startswith(
        f"Acupress cannot save in the data folder “{blocker / 'data'}”"
    )
    builtins = load_builtin_routines(catalogue)
    repo = RoutineRepository(db, builtins, catalogue=catalogue)
    assert len(repo.list()) == len(builtins)
    with pytest.raises(DatabaseWriteError) as caught:
        repo.create(Routine("Mine", (RoutineStep("LI4", 30),)))
    assert str(caught.value) == report.problem
    db.close()


@pytest.mark.parametrize("target", ["folder", "file"])
def test_unwritable_data_is_shown_read_only(
    tmp_path: Path, catalogue: Catalogue, target: str
) -> None:
    """An unwritable folder or file (even for root) is opened read-only: data shown, nothing changed."""
    path = saved_database(tmp_path, catalogue)
    before = snapshot(tmp_path)
    with immutable(tmp_path if target == "folder" else path):
        db, report = Database.open(tmp_path)
        assert db.read_only and "cannot save" in report.problem
        assert routine_names(db, catalogue) == ["Routine 0", "Routine 1", "Routine 2"]
        with pytest.raises(DatabaseWriteError, match="cannot save"):
            RoutineRepository(db, (), catalogue=catalogue).create(
                Routine("Mine", (RoutineStep("LI4", 30),))
            )
        db.close()
    after = snapshot(tmp_path)
    if target == "file":  # SQLite may add an empty -shm index next to a read-only file
        after = {name: data for name, data in after.items() if name in before}
    assert after == before


def test_read_only_old_version_is_readable(tmp_path: Path, catalogue: Catalogue) -> None:
    """An old-version file in an unwritable folder is shown (migrated in memory only), unchanged."""
    make_old_database(tmp_path, 2)
    before = snapshot(tmp_path)
    with immutable(tmp_path):
        db, _ = Database.open(tmp_path)
        assert db.read_only and routine_names(db, catalogue) == ["Évening 背"]
        assert len(HistoryRepository(db).list()) == 2
        db.close()
    assert snapshot(tmp_path) == before


def test_damaged_file_in_unwritable_folder_is_left_alone(tmp_path: Path) -> None:
    """A damaged file that cannot be moved aside is left as it is, and the user is told."""
    (tmp_path / DB_NAME).write_bytes(b"junk")
    with immutable(tmp_path):
        db, report = Database.open(tmp_path)
        assert db.read_only and report.moved_aside is None
        assert (
            "could not be moved aside" in report.problem
            and "Nothing was changed." in report.problem
        )
        db.close()
    assert (tmp_path / DB_NAME).read_bytes() == b"junk"


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="root ignores permission bits; the chattr tests above cover root",
)
@pytest.mark.parametrize("target", ["folder", "file"])
def test_permission_bits_make_it_read_only(
    tmp_path: Path, catalogue: Catalogue, target: str
) -> None:
    """A folder or file without write permission is opened read-only, its data shown."""
    path = saved_database(tmp_path, catalogue)
    changed = tmp_path if target == "folder" else path
    changed.chmod(0o500 if target == "folder" else 0o400)
    try:
        db, report = Database.open(tmp_path)
        assert db.read_only and "cannot save" in report.problem
        assert routine_names(db, catalogue) == ["Routine 0", "Routine 1", "Routine 2"]
        db.close()
    finally:
        changed.chmod(0o700)


# -- saving fails: file in use, disk full --------------------------------------------------------


def test_file_in_use_by_another_program(tmp_path: Path, catalogue: Catalogue) -> None:
    """When another program holds the file, saving fails with a clear message and loses nothing."""
    saved_database(tmp_path, catalogue)
    db, _ = Database.open(tmp_path, busy_timeout=0)
    other = sqlite3.connect(tmp_path / DB_NAME, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    repo = RoutineRepository(db, (), catalogue=catalogue)
    with pytest.raises(DatabaseWriteError) as caught:
        repo.create(Routine("Blocked", (RoutineStep("LI4", 30),)))
    assert str(caught.value) == (
        "Acupress could not save because the data file is in use by another program, perhaps a "
        "second copy of Acupress. Nothing that was already saved was lost; close the other copy "
        "and try again."
    )
    other.execute("ROLLBACK")
    other.close()
    repo.create(Routine("Unblocked", (RoutineStep("LI4", 30),)))
    assert routine_names(db, catalogue) == ["Routine 0", "Routine 1", "Routine 2", "Unblocked"]
    db.close()


def test_full_disk_loses_nothing(tmp_path: Path, catalogue: Catalogue) -> None:
    """A full disk stops a save with a clear message; what was saved before is intact."""
    saved_database(tmp_path, catalogue)
    db, _ = Database.open(tmp_path)
    pages = db.read().execute("PRAGMA page_count").fetchone()[0]
    db.read().execute(f"PRAGMA max_page_count = {pages}")  # the disk is now "full"
    repo = RoutineRepository(db, (), catalogue=catalogue)
    saved = []
    with pytest.raises(DatabaseWriteError, match="because the disk is full"):
        for number in range(200):
            repo.create(Routine(f"Big {number}", (RoutineStep("LI4", 30),), description="x" * 900))
            saved.append(f"Big {number}")
    db.close()
    db, report = Database.open(tmp_path)
    names = routine_names(db, catalogue)
    assert names == sorted(["Routine 0", "Routine 1", "Routine 2", *saved])
    assert report.problem == ""
    assert db.read().execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()


# -- backups -------------------------------------------------------------------------------------


def test_one_backup_per_day_and_only_the_newest_are_kept(
    tmp_path: Path, catalogue: Catalogue
) -> None:
    """The first open of each day makes a backup; only the newest ``keep_backups`` are kept."""
    saved_database(tmp_path, catalogue)
    clock = Clock()
    made = []
    for _day in range(6):
        for _open in range(3):
            db, report = Database.open(tmp_path, now=clock.now, keep_backups=3, tz=UTC)
            db.close()
            clock.advance(hours=2)
        made.append(report.backups[0].name)
        clock.advance(hours=18)
    assert made == [f"acupress-202605{day:02d}-083000.sqlite3" for day in range(9, 15)]
    assert [p.name for p in report.backups] == made[::-1][:3]
    assert sorted(p.name for p in (tmp_path / "backups").iterdir()) == made[3:]


def test_the_day_is_the_users_local_day(tmp_path: Path, catalogue: Catalogue) -> None:
    """Days are counted in the user's time zone: two opens on one UTC day can be two local days."""
    saved_database(tmp_path, catalogue)
    tz = timezone(timedelta(hours=10))
    clock = Clock(datetime(2026, 5, 9, 13, 0, tzinfo=UTC))  # 23:00 local
    for _ in range(2):
        db, report = Database.open(tmp_path, now=clock.now, tz=tz)
        db.close()
        clock.advance(hours=2)  # 01:00 local, the next day
    assert [p.name for p in report.backups] == [
        "acupress-20260509-150000.sqlite3",
        "acupress-20260509-130000.sqlite3",
    ]


def test_backups_are_complete_copies(tmp_path: Path, catalogue: Catalogue) -> None:
    """A backup is a self-contained, sound copy of the data (one file, no -wal needed)."""
    saved_database(tmp_path, catalogue)
    db, report = Database.open(tmp_path, now=Clock().now)
    db.close()
    backups = list((tmp_path / "backups").iterdir())
    assert backups == [report.backups[0]]
    with contextlib.closing(sqlite3.connect(f"{backups[0].as_uri()}?mode=ro", uri=True)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM routines").fetchone()[0] == 3


def test_failed_backup_does_not_stop_the_app(tmp_path: Path, catalogue: Catalogue) -> None:
    """When no backup can be written the data still opens, and the user is told."""
    saved_database(tmp_path, catalogue)
    (tmp_path / "backups").write_text("a file where the backup folder should be")
    db, report = Database.open(tmp_path, now=Clock().now)
    assert report.problem.startswith(
        f"An automatic backup could not be made in “{tmp_path / 'backups'}” ("
    )
    assert report.problem.endswith(
        "). Your data is unchanged; Acupress will try again the next time it starts."
    )
    assert "Your data is unchanged" in report.problem and report.backups == ()
    assert routine_names(db, catalogue) == ["Routine 0", "Routine 1", "Routine 2"]
    db.close()


def test_failed_backup_does_not_stop_a_migration(tmp_path: Path) -> None:
    """An old file is still updated when the backup before it cannot be written (and it is said)."""
    make_old_database(tmp_path, 2)
    (tmp_path / "backups").write_text("not a folder")
    db, report = Database.open(tmp_path)
    assert db.schema_version == SCHEMA_VERSION
    assert "An automatic backup could not be made" in report.problem
    db.close()


def test_partial_backup_left_by_a_crash_is_cleaned_up(tmp_path: Path, catalogue: Catalogue) -> None:
    """A backup copy cut short by a crash is removed when the next backup is made."""
    saved_database(tmp_path, catalogue)
    (tmp_path / "backups").mkdir()
    stray = tmp_path / "backups" / ".acupress-20260508-080000.sqlite3.tmp"
    stray.write_bytes(b"partial")
    db, report = Database.open(tmp_path, now=Clock().now)
    db.close()
    assert not stray.exists() and len(report.backups) == 1


def test_empty_data_is_not_backed_up(tmp_path: Path) -> None:
    """A data file with nothing saved in it makes no backup, so it cannot push out a useful one."""
    clock = Clock()
    for _day in range(3):
        db, report = Database.open(tmp_path, now=clock.now)
        db.close()
        clock.advance(days=1)
    assert report.backups == ()


def test_no_backups_when_asked_for_none(tmp_path: Path, catalogue: Catalogue) -> None:
    """keep_backups=0 makes no backup at all."""
    saved_database(tmp_path, catalogue)
    db, report = Database.open(tmp_path, keep_backups=0)
    db.close()
    assert report.backups == () and not (tmp_path / "backups").exists()

"""The SQLite data file: safe opening, numbered schema migrations, automatic backups and clear errors.

Everything the user saves (routines, favourites, history) lives in one file,
``<data dir>/acupress.sqlite3``. Opening it never loses anything: a damaged file is moved aside
(kept) and a fresh one started; a file from a newer version of the app is refused and left
byte-for-byte untouched; a folder that cannot be written is opened read-only (a snapshot in
memory), so the user still sees what was saved. Backups go to ``<data dir>/backups/``.
"""

from __future__ import annotations

import errno
import os
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from functools import partial
from pathlib import Path

from acupress_desktop.core.text import translate

DB_NAME = "acupress.sqlite3"
BACKUP_DIR_NAME = "backups"
SQLITE_MAGIC = b"SQLite format 3\x00"
_SIDE_FILES = ("-wal", "-shm", "-journal")
_BACKUP_NAME = re.compile(r"^acupress-(\d{8}-\d{6})(?:-(\d+))?\.sqlite3$")
_STAMP = "%Y%m%d-%H%M%S"
_NEW_STAGING = f".{DB_NAME}.new"  # a fresh file being created
_RESTORE_STAGING = f".{DB_NAME}.restore-tmp"  # a complete copy of a backup being restored
_STRAY_COPY = re.compile(r"^\.acupress-.*\.tmp(-wal|-shm|-journal)?$")  # a backup cut short
_WRITE_FAILURES = ("SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_FULL", "SQLITE_READONLY", "SQLITE_IOERR")


@dataclass(frozen=True)
class Migration:
    """One step of the schema history; run in its own transaction with ``user_version``.

    Attributes:
        version: the schema version after this step.
        summary: what the step changes, for the docs and the tests.
        statements: SQL run in order inside the step's transaction.
    """

    version: int
    summary: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "routines and their steps",
        (
            """CREATE TABLE routines (
                id TEXT PRIMARY KEY NOT NULL,
                name TEXT NOT NULL,
                name_key TEXT NOT NULL UNIQUE,
                description TEXT NOT NULL DEFAULT '',
                rest_seconds INTEGER NOT NULL,
                rounds INTEGER NOT NULL,
                get_ready_seconds INTEGER NOT NULL,
                switch_seconds INTEGER NOT NULL,
                breathing TEXT NOT NULL,
                created_utc TEXT NOT NULL,
                updated_utc TEXT NOT NULL
            )""",
            """CREATE TABLE routine_steps (
                routine_id TEXT NOT NULL REFERENCES routines(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                point_id TEXT NOT NULL,
                seconds INTEGER NOT NULL,
                sides TEXT NOT NULL CHECK (sides IN ('both', 'left', 'right')),
                PRIMARY KEY (routine_id, position)
            ) WITHOUT ROWID""",
        ),
    ),
    Migration(
        2,
        "session history",
        (
            """CREATE TABLE sessions (
                id INTEGER PRIMARY KEY,
                started_utc TEXT NOT NULL,
                local_date TEXT NOT NULL,
                routine_id TEXT NOT NULL DEFAULT '',
                routine_name TEXT NOT NULL DEFAULT '',
                point_ids TEXT NOT NULL,
                points_done INTEGER NOT NULL,
                seconds REAL NOT NULL,
                finished INTEGER NOT NULL CHECK (finished IN (0, 1))
            )""",
            "CREATE INDEX sessions_by_start ON sessions (started_utc)",
        ),
    ),
    Migration(
        3,
        "favourites, last used (filled in from the history) and pain scores",
        (
            "ALTER TABLE routines ADD COLUMN favourite INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE routines ADD COLUMN last_used_utc TEXT",
            """CREATE TABLE builtin_state (
                builtin_id TEXT PRIMARY KEY NOT NULL,
                favourite INTEGER NOT NULL DEFAULT 0,
                last_used_utc TEXT
            )""",
            "ALTER TABLE sessions ADD COLUMN pain_before INTEGER"
            " CHECK (pain_before BETWEEN 0 AND 10)",
            "ALTER TABLE sessions ADD COLUMN pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10)",
            """UPDATE routines SET last_used_utc =
                (SELECT max(started_utc) FROM sessions WHERE sessions.routine_id = routines.id)""",
            """INSERT INTO builtin_state (builtin_id, favourite, last_used_utc)
                SELECT routine_id, 0, max(started_utc) FROM sessions
                WHERE routine_id LIKE 'builtin:%' GROUP BY routine_id""",
        ),
    ),
)
SCHEMA_VERSION = MIGRATIONS[-1].version


class DatabaseError(Exception):
    """The data file could not be used; ``str(error)`` is the message shown to the user."""


class DatabaseTooNewError(DatabaseError):
    """The data file was written by a newer version of the app; it was refused and left untouched."""


class DatabaseWriteError(DatabaseError):
    """Saving failed (read-only folder or file, disk full, file in use); nothing saved was lost."""


@dataclass(frozen=True)
class OpenReport:
    """What happened while opening, for the UI to tell the user.

    Attributes:
        moved_aside: a damaged data file was moved here (kept) and a fresh one started.
        backups: the automatic backups available, newest first.
        problem: "" when all is well, else one or more clear sentences to show as they are.
    """

    moved_aside: Path | None
    backups: tuple[Path, ...]
    problem: str


@dataclass(frozen=True)
class _Inspection:
    version: int
    damage: str  # "" when the file is sound


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _as_utc(moment: datetime) -> datetime:
    """Aware UTC; a naive datetime is taken to be UTC already."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


class Database:
    """The open data file.

    Attributes:
        path: the data file, ``<data dir>/acupress.sqlite3``.
        data_dir: the folder holding it.
        backup_dir: ``<data dir>/backups``.
        schema_version: ``PRAGMA user_version`` after opening (always SCHEMA_VERSION).
        read_only: True when nothing can be saved; ``transaction()`` then raises DatabaseWriteError.
    """

    def __init__(
        self,
        path: Path,
        connection: sqlite3.Connection,
        *,
        read_only: Callable[[], str] | None = None,
        now: Callable[[], datetime] = _utc_now,
        keep_backups: int = 5,
        busy_timeout: float = 5.0,
    ) -> None:
        self.path = path
        self.data_dir = path.parent
        self.backup_dir = path.parent / BACKUP_DIR_NAME
        self._conn: sqlite3.Connection | None = connection
        self._read_only = read_only  # makes the sentence when needed, in the language of the day
        self._now = now
        self._keep_backups = keep_backups
        self._busy_timeout = busy_timeout
        self.schema_version = _user_version(connection)

    @property
    def read_only(self) -> bool:
        """True when the data folder or file cannot be written (changes cannot be saved)."""
        return self._read_only is not None

    @classmethod
    def open(
        cls,
        data_dir: Path,
        *,
        now: Callable[[], datetime] | None = None,
        keep_backups: int = 5,
        tz: tzinfo | None = None,
        busy_timeout: float = 5.0,
    ) -> tuple[Database, OpenReport]:
        """Open (or create) the data file in ``data_dir``; see the module docstring for what can happen.

        Args:
            now: returns the current time (aware; naive is taken as UTC). Backups are named by it.
            keep_backups: how many automatic backups to keep (0: make none).
            tz: the user's time zone for "first open of the day" (default: the system's).
            busy_timeout: seconds to wait for another program that is writing the file.

        Raises:
            DatabaseTooNewError: the file comes from a newer version of the app (left untouched).
            DatabaseWriteError: the file is in use or the disk is full while it had to be updated.
            DatabaseError: the file cannot be read at all, or updating its schema failed.
        """
        if keep_backups < 0:
            raise ValueError("keep_backups must be 0 or more")
        clock = now or _utc_now
        data_dir = Path(data_dir)
        path = data_dir / DB_NAME

        def make(
            connection: sqlite3.Connection, read_only: Callable[[], str] | None = None
        ) -> Database:
            return cls(
                path,
                connection,
                read_only=read_only,
                now=clock,
                keep_backups=keep_backups,
                busy_timeout=busy_timeout,
            )

        blocker = _write_blocker(data_dir, path)
        if not blocker:
            _finish_interrupted_restore(path)
        problems: list[str] = []
        moved_aside: Path | None = None
        inspection = _inspect(path) if path.exists() else None
        if inspection is not None and inspection.damage:
            if blocker:
                read_only = partial(_read_only_message, data_dir, blocker)
                db = make(_memory_copy(None), read_only)
                problem = (
                    translate(
                        "Database",
                        "The data file “%1” is damaged (%2), and it could not be moved aside "
                        "because %3. Nothing was changed. %4",
                    )
                    .replace("%2", inspection.damage)
                    .replace("%3", blocker.reason())
                    .replace("%4", read_only())
                    .replace("%1", str(path))
                )
                return db, OpenReport(None, db.backups(), problem)
            try:
                moved_aside = _move_aside(path, "damaged", _as_utc(clock()).strftime(_STAMP))
            except OSError as exc:
                raise DatabaseError(
                    translate(
                        "Database",
                        "The data file “%1” is damaged (%2) and could not be moved aside (%3). "
                        "Nothing was changed; move the file somewhere else yourself and start "
                        "Acupress again.",
                    )
                    .replace("%2", inspection.damage)
                    .replace("%3", str(exc.strerror or exc))
                    .replace("%1", str(path))
                ) from exc
            problems.append(_damaged_message(moved_aside, inspection.damage, data_dir))
            inspection = None
        if blocker:
            read_only = partial(_read_only_message, data_dir, blocker)
            db = make(_memory_copy(path if inspection is not None else None), read_only)
            problems.append(read_only())
            return db, OpenReport(moved_aside, db.backups(), " ".join(problems))
        if inspection is None:
            _create_fresh(path, busy_timeout)
        db = make(_connect(path, busy_timeout))
        try:
            if db.schema_version < SCHEMA_VERSION:
                problems.extend(db._backup_quietly())
                db._migrate()
            elif inspection is not None and not db._has_backup_on(_as_utc(clock()), tz):
                problems.extend(db._backup_quietly())
        except BaseException:
            db.close()
            raise
        backups = db.backups()
        if moved_aside is not None:
            problems.append(_backup_offer(backups))
        return db, OpenReport(moved_aside, backups, " ".join(problems))

    # -- using the file ------------------------------------------------------------------------

    def read(self) -> sqlite3.Connection:
        """The connection, for SELECT statements."""
        if self._conn is None:
            raise DatabaseError(
                translate("Database", "The data file is closed; start Acupress again.")
            )
        return self._conn

    @contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """A consistent view for several SELECTs (inside a transaction: that one's view).

        A failure to read becomes DatabaseError with a message for the user.
        """
        conn = self.read()
        nested = conn.in_transaction
        try:
            if not nested:
                conn.execute("BEGIN")
            try:
                yield conn
            finally:
                if not nested:
                    conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.IntegrityError | sqlite3.ProgrammingError):
                raise
            raise DatabaseError(
                translate(
                    "Database",
                    "Acupress could not read the data file (%1). Nothing was changed; start "
                    "Acupress again, and restore a backup if the problem stays.",
                ).replace("%1", str(exc))
            ) from exc

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` … ``COMMIT`` (``ROLLBACK`` on any error); failures become DatabaseWriteError."""
        if self._read_only is not None:
            raise DatabaseWriteError(self._read_only())
        conn = self.read()
        try:
            conn.execute("BEGIN IMMEDIATE")
        except (sqlite3.Error, OSError) as exc:
            raise _write_error(exc, self.path) from exc
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException as exc:
            _rollback(conn)
            if _is_storage_failure(exc):
                raise _write_error(exc, self.path) from exc
            raise

    def close(self) -> None:
        """Close the file (the last connection folds the write-ahead log back into it)."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    # -- backups -------------------------------------------------------------------------------

    def backups(self) -> tuple[Path, ...]:
        """The automatic backups, newest first."""
        return tuple(path for _, path in _list_backups(self.backup_dir))

    def backup_now(self) -> Path:
        """Make a backup now and keep only the newest ``keep_backups``; raise DatabaseWriteError on failure."""
        if self._read_only is not None:
            raise DatabaseWriteError(self._read_only())
        target = _free_backup_name(self.backup_dir, _as_utc(self._now()).strftime(_STAMP))
        try:
            self.backup_dir.mkdir(parents=True, exist_ok=True)
            _copy_database(self.read(), target)
            _rotate_backups(self.backup_dir, self._keep_backups)
        except (sqlite3.Error, OSError) as exc:
            raise _write_error(exc, target) from exc
        return target

    def restore_backup(self, backup: Path) -> None:
        """Replace the current data with ``backup``; the current file is kept as ``acupress.before-restore-<time>.sqlite3``.

        Raises:
            DatabaseTooNewError: the backup comes from a newer version of the app.
            DatabaseWriteError: nothing can be saved here; the current data is unchanged.
            DatabaseError: the backup is damaged; the current data is unchanged.
        """
        if self._read_only is not None:
            raise DatabaseWriteError(self._read_only())
        backup = Path(backup)
        try:
            inspection = _inspect(backup)
        except DatabaseTooNewError as exc:
            raise DatabaseTooNewError(
                translate(
                    "Database",
                    "The backup “%1” was made by a newer version of Acupress, so it was not "
                    "restored. Your current data is unchanged.",
                ).replace("%1", backup.name)
            ) from exc
        except DatabaseError as exc:
            raise DatabaseError(
                translate("Database", "%1 The backup was not restored.").replace("%1", str(exc))
            ) from exc
        if inspection.damage:
            raise DatabaseError(
                translate(
                    "Database",
                    "The backup “%1” is damaged (%2), so it was not restored. Your current data "
                    "is unchanged; choose another backup.",
                )
                .replace("%2", inspection.damage)
                .replace("%1", backup.name)
            )
        staging = self.data_dir / _RESTORE_STAGING
        try:
            source = _connect_read_only(backup)
            try:
                _copy_database(source, staging)
            finally:
                source.close()
        except (sqlite3.Error, OSError) as exc:
            _unlink_quietly(staging)
            raise _write_error(exc, self.path) from exc
        self.close()
        try:
            aside = _move_aside(self.path, "before-restore", _as_utc(self._now()).strftime(_STAMP))
        except OSError as exc:
            _unlink_quietly(staging)
            self._conn = _connect(self.path, self._busy_timeout)
            raise _write_error(exc, self.path) from exc
        try:
            os.replace(staging, self.path)
            _sync_folder(self.data_dir)
        except OSError as exc:
            _unlink_quietly(staging)
            for suffix in ("", *_SIDE_FILES):
                if Path(f"{aside}{suffix}").exists():
                    os.replace(f"{aside}{suffix}", f"{self.path}{suffix}")
            self._conn = _connect(self.path, self._busy_timeout)
            raise _write_error(exc, self.path) from exc
        self._conn = _connect(self.path, self._busy_timeout)
        self.schema_version = _user_version(self._conn)
        if self.schema_version < SCHEMA_VERSION:
            self._migrate()

    # -- internals -----------------------------------------------------------------------------

    def _migrate(self) -> None:
        conn = self.read()
        for step in MIGRATIONS[self.schema_version :]:
            try:
                conn.execute("BEGIN IMMEDIATE")
                for statement in step.statements:
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {step.version:d}")
                conn.execute("COMMIT")
            except (sqlite3.Error, OSError) as exc:
                _rollback(conn)
                if isinstance(exc, OSError) or _error_name(exc).startswith(_WRITE_FAILURES):
                    raise _write_error(exc, self.path) from exc
                raise DatabaseError(
                    translate(
                        "Database",
                        "The data file could not be updated for this version of Acupress (step "
                        "%1: %2). It was left as it was, so nothing was lost; please report this "
                        "problem.",
                    )
                    .replace("%1", str(step.version))
                    .replace("%2", str(exc))
                ) from exc
            self.schema_version = step.version

    def _backup_quietly(self) -> list[str]:
        """Make an automatic backup; a failure is returned as a sentence, never raised."""
        if self._keep_backups == 0 or _holds_nothing(self.read()):
            return []  # an empty file is not worth a backup that would push out a useful one
        try:
            self.backup_now()
        except DatabaseError as exc:
            cause = exc.__cause__ or exc
            detail = getattr(cause, "strerror", None) or cause
            return [
                translate(
                    "Database",
                    "An automatic backup could not be made in “%1” (%2). Your data is unchanged; "
                    "Acupress will try again the next time it starts.",
                )
                .replace("%2", str(detail))
                .replace("%1", str(self.backup_dir))
            ]
        return []

    def _has_backup_on(self, moment: datetime, tz: tzinfo | None) -> bool:
        """True when a backup was made on the same day as ``moment`` in the user's time zone."""
        day = moment.astimezone(tz).date()
        return any(
            stamp.astimezone(tz).date() == day for stamp, _ in _list_backups(self.backup_dir)
        )


# -- opening helpers -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Blocker:
    """Why nothing can be written in the data folder; ``reason()`` says it in the current language.

    Attributes:
        kind: "uncreatable" (the folder), "folder" (read-only) or "file" (a read-only file).
        detail: the system's reason (uncreatable) or the file's name (file).
    """

    kind: str
    detail: str = ""

    def reason(self) -> str:
        """The end of "Acupress cannot save in the data folder … because <reason>"."""
        if self.kind == "uncreatable":
            return translate("Database", "the folder could not be created (%1)").replace(
                "%1", self.detail
            )
        if self.kind == "folder":
            return translate("Database", "the folder is read-only")
        return translate("Database", "the file “%1” is read-only").replace("%1", self.detail)


def _write_blocker(data_dir: Path, path: Path) -> _Blocker | None:
    """Why nothing can be written in ``data_dir``, or None when it can."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return _Blocker("uncreatable", str(exc.strerror or exc))
    if not os.access(data_dir, os.W_OK | os.X_OK):
        return _Blocker("folder")
    for candidate in (path, *(Path(f"{path}{suffix}") for suffix in _SIDE_FILES)):
        if candidate.exists() and not os.access(candidate, os.W_OK):
            return _Blocker("file", candidate.name)
    return None


def _inspect(path: Path) -> _Inspection:
    """Header, schema version and a quick integrity check, without writing to the file."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise DatabaseError(
            translate(
                "Database",
                "The data file “%1” cannot be read (%2). Nothing was changed; check the file's "
                "permissions and start Acupress again.",
            )
            .replace("%2", str(exc.strerror or exc))
            .replace("%1", str(path))
        ) from exc
    if not header:
        return _Inspection(0, translate("Database", "the file is empty"))
    if not header.startswith(SQLITE_MAGIC):
        return _Inspection(0, translate("Database", "it is not an SQLite database"))
    if len(header) < 100:
        return _Inspection(0, translate("Database", "the file is cut short"))
    _refuse_if_too_new(path, int.from_bytes(header[60:64], "big"))
    try:
        conn = _connect_read_only(path)
    except sqlite3.Error as exc:
        return _Inspection(0, str(exc))
    try:
        version = _user_version(conn)
        _refuse_if_too_new(path, version)
        rows = conn.execute("PRAGMA quick_check").fetchall()
        if rows != [("ok",)]:
            return _Inspection(version, str(rows[0][0])[:200])
        if version == 0 and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            return _Inspection(0, translate("Database", "it is not an Acupress data file"))
        return _Inspection(version, "")
    except sqlite3.DatabaseError as exc:
        if "SQLITE_BUSY" in _error_name(exc):
            raise _write_error(exc, path) from exc
        return _Inspection(0, str(exc))
    finally:
        conn.close()


def _refuse_if_too_new(path: Path, version: int) -> None:
    if version > SCHEMA_VERSION:
        raise DatabaseTooNewError(
            translate(
                "Database",
                "The data file “%1” was saved by a newer version of Acupress (data version %2; "
                "this version understands up to %3). It was left untouched. Install the newer "
                "Acupress to use it, or start this one with --data-dir and another folder.",
            )
            .replace("%2", str(version))
            .replace("%3", str(SCHEMA_VERSION))
            .replace("%1", str(path))
        )


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection; an "immutable" one when the folder does not allow the WAL index."""
    uri = path.resolve().as_uri()
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        if "SQLITE_CANTOPEN" not in _error_name(exc) and "SQLITE_READONLY" not in _error_name(exc):
            raise
    return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, isolation_level=None)


def _connect(path: Path, busy_timeout: float) -> sqlite3.Connection:
    """A read-write connection in WAL mode with foreign keys on and full sync on commit."""
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=busy_timeout)
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
    except (sqlite3.Error, OSError) as exc:
        raise _write_error(exc, path) from exc
    return conn


def _create_fresh(path: Path, busy_timeout: float) -> None:
    """Create the data file with the whole schema under a temporary name, then rename it in place."""
    staging = path.with_name(_NEW_STAGING)
    _unlink_quietly(staging)
    try:
        conn = _connect(staging, busy_timeout)
        try:
            Database(staging, conn, keep_backups=0)._migrate()
        finally:
            conn.close()
        os.replace(staging, path)
        _sync_folder(path.parent)
    except (sqlite3.Error, OSError) as exc:
        _unlink_quietly(staging)
        raise _write_error(exc, path) from exc
    except BaseException:
        _unlink_quietly(staging)
        raise


def _finish_interrupted_restore(path: Path) -> None:
    """Complete a restore cut short after the old file was moved aside; drop one cut short before."""
    staging = path.with_name(_RESTORE_STAGING)
    if not staging.exists():
        return
    try:
        if path.exists():
            staging.unlink()  # the restore never started replacing: the current file is intact
        else:
            os.replace(staging, path)  # the old file is already aside; the copy is complete
    except OSError:
        pass  # opening goes on with what is there; nothing is lost either way


def _memory_copy(source: Path | None) -> sqlite3.Connection:
    """An in-memory snapshot of ``source`` (or an empty database), brought up to the current schema."""
    memory = sqlite3.connect(":memory:", isolation_level=None)
    if source is not None:
        conn = _connect_read_only(source)
        try:
            conn.backup(memory)
        finally:
            conn.close()
    memory.execute("PRAGMA foreign_keys = ON")
    Database(Path(DB_NAME), memory, keep_backups=0)._migrate()
    return memory


def _move_aside(path: Path, label: str, stamp: str) -> Path:
    """Rename the data file and its -wal/-shm to ``acupress.<label>-<stamp>.sqlite3`` (kept, never deleted)."""
    number = 1
    while True:
        extra = "" if number == 1 else f"-{number}"
        target = path.with_name(f"{path.stem}.{label}-{stamp}{extra}{path.suffix}")
        if not any(Path(f"{target}{s}").exists() for s in ("", *_SIDE_FILES)):
            break
        number += 1
    moved: list[str] = []
    try:
        for suffix in ("", *_SIDE_FILES):
            if suffix == "" or Path(f"{path}{suffix}").exists():
                os.replace(f"{path}{suffix}", f"{target}{suffix}")
                moved.append(suffix)
    except OSError:
        for suffix in reversed(moved):  # put back what moved, so the set stays together
            os.replace(f"{target}{suffix}", f"{path}{suffix}")
        raise
    _sync_folder(path.parent)
    return target


# -- backups -------------------------------------------------------------------------------------


def _list_backups(folder: Path) -> list[tuple[datetime, Path]]:
    found: list[tuple[datetime, int, Path]] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = _BACKUP_NAME.match(entry.name)
        if match:
            stamp = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
            found.append((stamp, int(match.group(2) or 1), entry))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [(stamp, path) for stamp, _, path in found]


def _free_backup_name(folder: Path, stamp: str) -> Path:
    number = 1
    while True:
        extra = "" if number == 1 else f"-{number}"
        candidate = folder / f"acupress-{stamp}{extra}.sqlite3"
        if not candidate.exists():
            return candidate
        number += 1


def _copy_database(source: sqlite3.Connection, target: Path) -> None:
    """A consistent single-file copy of ``source`` at ``target``, written under a temporary name first."""
    staging = target.with_name(f".{target.name}.tmp")
    _unlink_quietly(staging)
    try:
        copy = sqlite3.connect(staging, isolation_level=None)
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE").fetchone()
        finally:
            copy.close()
        with staging.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(staging, target)
        _sync_folder(target.parent)
    except BaseException:
        for suffix in ("", *_SIDE_FILES):
            _unlink_quietly(Path(f"{staging}{suffix}"))
        raise


def _rotate_backups(folder: Path, keep: int) -> None:
    """Delete all but the newest ``keep`` backups, and partial copies left by a crash."""
    for _, old in _list_backups(folder)[keep:]:
        _unlink_quietly(old)
    for stray in folder.iterdir():
        if _STRAY_COPY.match(stray.name):
            _unlink_quietly(stray)


def _backup_offer(backups: tuple[Path, ...]) -> str:
    if not backups:
        return translate("Database", "There is no automatic backup to restore.")
    stamp = _list_backups(backups[0].parent)[0][0]
    return translate(
        "Database",
        "The latest automatic backup is from %1 UTC; you can restore it from the list of backups.",
    ).replace("%1", f"{stamp:%Y-%m-%d %H:%M}")


# -- messages and small helpers ------------------------------------------------------------------


def _damaged_message(aside: Path, damage: str, data_dir: Path) -> str:
    return (
        translate(
            "Database",
            "Your saved routines and history could not be read because the data file is damaged "
            "(%1). It was kept as “%2” in “%3”, and a new, empty data file was started.",
        )
        .replace("%1", damage)
        .replace("%2", aside.name)
        .replace("%3", str(data_dir))
    )


def _read_only_message(data_dir: Path, blocker: _Blocker) -> str:
    """Why nothing will be saved, in the current language (made each time it is shown)."""
    return (
        translate(
            "Database",
            "Acupress cannot save in the data folder “%1” because %2. Anything saved before is "
            "shown, but changes will not be kept. To save again, make it writable (or start "
            "Acupress with --data-dir and a folder you can write to) and restart Acupress.",
        )
        .replace("%2", blocker.reason())
        .replace("%1", str(data_dir))
    )


def _error_name(exc: BaseException) -> str:
    return str(getattr(exc, "sqlite_errorname", "") or "")


def _is_storage_failure(exc: BaseException) -> bool:
    """Errors of the file or the disk (mapped to DatabaseWriteError), not of the caller's logic."""
    if isinstance(exc, OSError):
        return True
    if isinstance(exc, sqlite3.IntegrityError | sqlite3.ProgrammingError | sqlite3.InterfaceError):
        return False
    return isinstance(exc, sqlite3.DatabaseError)


def _write_error(exc: BaseException, path: Path) -> DatabaseWriteError:
    name = _error_name(exc)
    code = exc.errno if isinstance(exc, OSError) else None
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in str(exc):
        return DatabaseWriteError(
            translate(
                "Database",
                "Acupress could not save because the data file is in use by another program, "
                "perhaps a second copy of Acupress. Nothing that was already saved was lost; "
                "close the other copy and try again.",
            )
        )
    if name.startswith("SQLITE_FULL") or code in (errno.ENOSPC, errno.EDQUOT):
        return DatabaseWriteError(
            translate(
                "Database",
                "Acupress could not save because the disk is full. Nothing that was already "
                "saved was lost; free some disk space and try again.",
            )
        )
    if name.startswith("SQLITE_READONLY") or code in (errno.EROFS, errno.EACCES, errno.EPERM):
        return DatabaseWriteError(
            translate(
                "Database",
                "Acupress could not save because “%1” cannot be written to. Nothing that was "
                "already saved was lost; make the data folder writable and start Acupress again.",
            ).replace("%1", str(path))
        )
    detail = getattr(exc, "strerror", None) or str(exc)
    return DatabaseWriteError(
        translate(
            "Database",
            "Acupress could not save (%1). Nothing that was already saved was lost; try again, "
            "and restart Acupress if it keeps happening.",
        ).replace("%1", str(detail))
    )


def _rollback(conn: sqlite3.Connection) -> None:
    try:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
    except sqlite3.Error:
        pass  # SQLite already rolled back (e.g. after SQLITE_FULL)


def _holds_nothing(conn: sqlite3.Connection) -> bool:
    """True when no table has a single row."""
    tables = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return not any(conn.execute(f'SELECT 1 FROM "{name}" LIMIT 1').fetchone() for (name,) in tables)


def _user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _unlink_quietly(path: Path) -> None:
    with suppress(OSError):
        path.unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX); a no-op where folders cannot be opened."""
    if os.name != "posix":
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)

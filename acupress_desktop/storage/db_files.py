"""The data file on disk: its names, why it cannot be written, a read-only inspection, connections,
a fresh file and in-memory copies; nothing here writes to a file before it is known to be sound."""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from acupress_desktop.core.text import translate
from acupress_desktop.storage.db_errors import DatabaseError, DatabaseTooNewError, write_error
from acupress_desktop.storage.files import (
    PRIVATE_FOLDER,
    UnusualFileError,
    check_ordinary,
    create_private,
    private_folder,
    read_ordinary,
    tighten,
)
from acupress_desktop.storage.migrations import SCHEMA_VERSION, migrate, user_version
from acupress_desktop.storage.reasons import (
    error_name,
    failure_reason,
    is_damage,
    logged,
    means_disk_full,
    os_reason,
    sqlite_reason,
    unusual_reason,
)

log = logging.getLogger(__name__)

DB_NAME = "acupress.sqlite3"
BACKUP_DIR_NAME = "backups"
SQLITE_MAGIC = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm", "-journal")
NEW_STAGING = f".{DB_NAME}.new"  # a fresh file being created
RESTORE_STAGING = f".{DB_NAME}.restore-tmp"  # a complete copy of a backup being restored


@dataclass(frozen=True)
class Inspection:
    """What a read-only look at the file found.

    Attributes:
        version: the schema version (0 when unknown).
        damage: why the file is damaged, "" when there is no evidence of damage.
        failure: the disk or system failure that stopped the look (full disk, I/O error, busy,
            cannot open), None when the look was complete. A failure is not damage.
    """

    version: int
    damage: str  # "" when the file is sound
    failure: BaseException | None = None


@dataclass(frozen=True)
class Blocker:
    """Why nothing can be written in the data folder; ``reason()`` says it in the current language.

    Attributes:
        kind: "uncreatable" (the folder), "folder" (read-only), "file" (a read-only file) or
            "failure" (the disk or the system failed while opening the file).
        detail: the system's reason (uncreatable) or the file's name (file).
        error: the failure (kind "failure").
    """

    kind: str
    detail: str = ""
    error: BaseException | None = None

    def reason(self) -> str:
        """The end of "Acupress cannot save in the data folder … because <reason>"."""
        if self.kind == "uncreatable":
            return translate("Database", "the folder could not be created (%1)").replace(
                "%1", self.detail
            )
        if self.kind == "folder":
            return translate("Database", "the folder is read-only")
        if self.kind == "failure" and self.error is not None:
            return sqlite_reason(self.error)
        return translate("Database", "the file “%1” is read-only").replace("%1", self.detail)


def write_blocker(data_dir: Path, path: Path) -> Blocker | None:
    """Why nothing can be written in ``data_dir``, or None when it can."""
    try:
        private_folder(data_dir)
    except OSError as exc:
        logged(exc, f"the data folder {data_dir} cannot be created")
        return Blocker("uncreatable", os_reason(exc))
    if not os.access(data_dir, os.W_OK | os.X_OK):
        return Blocker("folder")
    for candidate in (path, *(Path(f"{path}{suffix}") for suffix in SIDE_FILES)):
        if candidate.exists() and not os.access(candidate, os.W_OK):
            return Blocker("file", candidate.name)
    return None


def make_private(path: Path) -> None:
    """The data file, its -wal/-shm, the backups folder and the backups: only the user may read
    them (files an older version wrote are tightened)."""
    for candidate in (path, *(Path(f"{path}{suffix}") for suffix in SIDE_FILES)):
        tighten(candidate)
    backups = path.parent / BACKUP_DIR_NAME
    if backups.is_dir():
        tighten(backups, PRIVATE_FOLDER)
        with suppress(OSError):
            for entry in backups.iterdir():
                tighten(entry)


def refuse_unusual_files(path: Path) -> None:
    """DatabaseError when the data file or one of its -wal/-shm/-journal files is not an
    ordinary file (a folder, a named pipe, a device): SQLite would block on a pipe forever."""
    for candidate in (path, *(Path(f"{path}{suffix}") for suffix in SIDE_FILES)):
        try:
            check_ordinary(candidate)
        except (FileNotFoundError, NotADirectoryError):  # nothing there (or no folder yet)
            continue
        except UnusualFileError as exc:
            logged(exc, "the data file is not an ordinary file")
            raise DatabaseError(
                translate(
                    "Database",
                    "“%1” is not an ordinary file (%2), so Acupress cannot keep its data in it. "
                    "Nothing was changed; move it somewhere else (or start Acupress with "
                    "--data-dir and another folder) and start Acupress again.",
                )
                .replace("%2", unusual_reason(exc.kind))
                .replace("%1", str(candidate))
            ) from exc
        except OSError as exc:
            raise unreadable(candidate, exc) from exc


def unreadable(path: Path, exc: OSError) -> DatabaseError:
    """The data file cannot be read at all: say why, and what to check."""
    logged(exc, f"the data file {path} cannot be read")
    if exc.errno in (errno.EACCES, errno.EPERM):
        text = translate(
            "Database",
            "The data file “%1” cannot be read (%2). Nothing was changed; check the file's "
            "permissions and start Acupress again.",
        )
    else:
        text = translate(
            "Database",
            "The data file “%1” cannot be read (%2). Nothing was changed; start Acupress again, "
            "and check the disk if this keeps happening.",
        )
    return DatabaseError(text.replace("%2", os_reason(exc)).replace("%1", str(path)))


def inspect_file(path: Path) -> Inspection:
    """Header, schema version and a quick integrity check, without writing to the file."""
    try:
        header = read_ordinary(path, 99)  # 100 bytes: the whole header
    except OSError as exc:
        raise unreadable(path, exc) from exc
    if not header:
        return Inspection(0, translate("Database", "the file is empty"))
    if not header.startswith(SQLITE_MAGIC):
        return Inspection(0, translate("Database", "it is not an SQLite database"))
    if len(header) < 100:
        return Inspection(0, translate("Database", "the file is cut short"))
    refuse_if_too_new(path, int.from_bytes(header[60:64], "big"))
    try:
        conn = connect_read_only(path)
    except sqlite3.Error as exc:
        return _failed_look(path, exc)
    try:
        version = user_version(conn)
        refuse_if_too_new(path, version)
        rows = conn.execute("PRAGMA quick_check").fetchall()
        if rows != [("ok",)]:
            log.warning("quick_check of %s: %s", path, rows[:20])
            return Inspection(version, translate("Database", "the integrity check found damage"))
        if version == 0 and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            return Inspection(0, translate("Database", "it is not an Acupress data file"))
        return Inspection(version, "")
    except sqlite3.Error as exc:
        return _failed_look(path, exc)
    finally:
        conn.close()


def _failed_look(path: Path, exc: sqlite3.Error) -> Inspection:
    """A look at the file that SQLite stopped: damage only when SQLite says the contents are
    damaged; a full disk, an I/O error, a busy or unopenable file is a failure, not damage."""
    logged(exc, f"read-only look at {path}")
    if is_damage(exc):
        return Inspection(0, sqlite_reason(exc))
    return Inspection(0, "", exc)


def log_has_saves(path: Path) -> bool:
    """True when a -wal beside the file holds changes (reading the main file alone misses them)."""
    try:
        return os.stat(f"{path}-wal").st_size > 0
    except OSError:  # none there, or no folder at all
        return False


def refuse_if_too_new(path: Path, version: int) -> None:
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


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection; an "immutable" one when the folder does not allow the WAL index."""
    uri = path.resolve().as_uri()
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        if "SQLITE_CANTOPEN" not in error_name(exc) and "SQLITE_READONLY" not in error_name(exc):
            raise
        if log_has_saves(path):
            raise  # the main file alone would show old data
    return connect_immutable(path)


def connect_immutable(path: Path) -> sqlite3.Connection:
    """A read-only connection that needs nothing else from the disk (no lock, no -shm index);
    it reads the main file only, so it is used only when no -wal holds changes."""
    uri = path.resolve().as_uri()
    return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, isolation_level=None)


def connect(path: Path, busy_timeout: float) -> sqlite3.Connection:
    """A read-write connection in WAL mode with foreign keys on and full sync on commit."""
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=busy_timeout)
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
    except (sqlite3.Error, OSError) as exc:
        raise write_error(exc, path) from exc
    return conn


def create_fresh(path: Path, busy_timeout: float) -> None:
    """Create the data file with the whole schema under a temporary name, then rename it in place."""
    staging = path.with_name(NEW_STAGING)
    unlink_quietly(staging)
    try:
        create_private(staging)  # SQLite gives the -wal and -shm the same permissions
        conn = connect(staging, busy_timeout)
        try:
            migrate(conn, staging)
        finally:
            conn.close()
        os.replace(staging, path)
        sync_folder(path.parent)
    except (sqlite3.Error, OSError) as exc:
        unlink_quietly(staging)
        raise write_error(exc, path) from exc
    except BaseException:
        unlink_quietly(staging)
        raise


def memory_copy(source: Path | None, *, immutable: bool = False) -> sqlite3.Connection:
    """An in-memory snapshot of ``source`` (or an empty database), brought up to the current schema.

    ``immutable`` reads the main file without touching the disk otherwise (for when the disk
    fails); only for a file whose -wal holds nothing.
    """
    memory = sqlite3.connect(":memory:", isolation_level=None)
    if source is not None:
        conn = connect_immutable(source) if immutable else connect_read_only(source)
        try:
            conn.backup(memory)
        finally:
            conn.close()
    memory.execute("PRAGMA foreign_keys = ON")
    migrate(memory, Path(DB_NAME))
    return memory


def read_only_message(data_dir: Path, blocker: Blocker) -> str:
    """Why nothing will be saved, in the current language (made each time it is shown)."""
    if blocker.kind == "failure" and blocker.error is not None:
        return failure_message(data_dir / DB_NAME, blocker.error, shown=True)
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


def failure_message(path: Path, error: BaseException, *, shown: bool) -> str:
    """The disk or the system failed while opening ``path``: say what happened, that the file is
    not damaged and was left alone, whether its data is ``shown`` read-only, and what to do."""
    if shown:
        text = translate(
            "Database",
            "Acupress could not open the data file “%1” for saving (%2). It is not damaged and "
            "was left as it was: what it holds is shown, but nothing new can be saved. %3",
        )
    else:
        text = translate(
            "Database",
            "Acupress could not open the data file “%1” (%2). It is not damaged and was left as "
            "it was, so nothing in it was lost. %3",
        )
    full = means_disk_full(error, path.parent)
    if full:
        advice = translate("Database", "Free some disk space and start Acupress again.")
    elif error_name(error).startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        advice = translate(
            "Database",
            "Close the other program using it (perhaps a second copy of Acupress) and start "
            "Acupress again.",
        )
    else:
        advice = translate(
            "Database", "Start Acupress again; if this keeps happening, check the disk."
        )
    reason = failure_reason(error, path.parent)
    return text.replace("%3", advice).replace("%2", reason).replace("%1", str(path))


def holds_nothing(conn: sqlite3.Connection) -> bool:
    """True when no table of the user's has a single row (the file's identity does not count)."""
    tables = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'file_identity'"
    ).fetchall()
    return not any(conn.execute(f'SELECT 1 FROM "{name}" LIMIT 1').fetchone() for (name,) in tables)


def unlink_quietly(path: Path) -> None:
    with suppress(OSError):
        path.unlink(missing_ok=True)


def sync_folder(folder: Path) -> None:
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

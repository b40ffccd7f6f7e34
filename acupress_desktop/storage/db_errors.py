"""The data file's errors (DatabaseError and its kinds), OpenReport, and SQLite or system failures turned into them."""

from __future__ import annotations

import errno
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from acupress_desktop.core.text import translate
from acupress_desktop.storage.reasons import error_name, logged, means_disk_full, sqlite_reason

#: SQLite error names that mean the file or the disk refused a write (not a mistake in the SQL).
WRITE_FAILURES = ("SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_FULL", "SQLITE_READONLY", "SQLITE_IOERR")


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


def is_storage_failure(exc: BaseException) -> bool:
    """Errors of the file or the disk (mapped to DatabaseWriteError), not of the caller's logic."""
    if isinstance(exc, OSError):
        return True
    if isinstance(exc, sqlite3.IntegrityError | sqlite3.ProgrammingError | sqlite3.InterfaceError):
        return False
    return isinstance(exc, sqlite3.DatabaseError)


def write_error(exc: BaseException, path: Path) -> DatabaseWriteError:
    """The failure to save ``path`` as a DatabaseWriteError whose message says what to do.

    The message is the app's own sentence; SQLite's or the system's text goes to the log.
    """
    logged(exc, f"saving to {path} failed")
    name = error_name(exc)
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
    if means_disk_full(exc, path.parent):
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
    detail = sqlite_reason(exc)
    return DatabaseWriteError(
        translate(
            "Database",
            "Acupress could not save (%1). Nothing that was already saved was lost; try again, "
            "and restart Acupress if it keeps happening.",
        ).replace("%1", str(detail))
    )


def rollback(conn: sqlite3.Connection) -> None:
    """Undo the open transaction, if any, after a failure."""
    try:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
    except sqlite3.Error:
        pass  # SQLite already rolled back (e.g. after SQLITE_FULL)

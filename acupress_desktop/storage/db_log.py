"""A leftover write-ahead log (``-wal``): does it belong to the data file beside it?

SQLite replays whatever ``-wal`` it finds next to a file, even another file's, or one left by a
crash of this file before an older copy of it was put back. Every data file has an identity
(schema 4: ``file_identity``) that ``check_log`` compares, reading the file alone and with its
log, both read-only, before anything may fold the log in. A log that does not belong is kept
aside; a file too old to have an identity is copied before its log is replayed.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from acupress_desktop.core.text import translate
from acupress_desktop.storage.db_files import (
    SIDE_FILES,
    connect_immutable,
    log_has_saves,
    sync_folder,
)
from acupress_desktop.storage.files import PRIVATE, write_atomically
from acupress_desktop.storage.reasons import error_name, is_damage, logged

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Identity:
    """Who a data file is (``file_identity``, schema 4): its random id, the generation every save
    moves on, and the generation its write-ahead log was started on."""

    file_id: str
    generation: int
    log_base: int


def read_identity(conn: sqlite3.Connection) -> Identity | None:
    """The identity in this view of the file, or None (a file from before identities)."""
    try:
        row = conn.execute("SELECT file_id, generation, log_base FROM file_identity").fetchone()
    except sqlite3.OperationalError:  # no such table
        return None
    return None if row is None else Identity(str(row[0]), int(row[1]), int(row[2]))


def _look(conn: sqlite3.Connection) -> tuple[Identity | None, bool]:
    """The identity in this view of the file, and whether its integrity check passes; closes."""
    try:
        return read_identity(conn), conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    finally:
        conn.close()


def check_log(path: Path) -> str:
    """Whether the -wal beside ``path`` (which holds changes) belongs to it, before anything
    replays it: "fits" (or cannot be told apart from the disk failing: the look reports that),
    "unmatched" (another file's log, or one started on a later state of this file than the one
    there now) or "unverifiable" (a file from before identities: keep a copy first).

    The main file alone is read with ``immutable`` (which ignores the log); the file with its
    log read-only (``mode=ro``, which never folds the log in).
    """
    try:
        before, sound_alone = _look(connect_immutable(path))
    except sqlite3.Error as exc:
        logged(exc, f"reading {path} without its log")
        return "fits"  # the file itself cannot be read: the look says why
    uri = path.resolve().as_uri()
    try:
        after, sound = _look(sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None))
    except sqlite3.Error as exc:
        if not (is_damage(exc) or error_name(exc) == "SQLITE_IOERR_SHORT_READ"):
            return "fits"  # a failure of the disk, not of the log: the look reports it
        logged(exc, f"reading {path} with its log")
        after, sound = None, False
    if not sound:
        return "unmatched" if sound_alone else "fits"  # both bad: the file itself is damaged
    if before is None:
        # no identity yet: the log may hold the step that added it (then it started at 0)
        return "unverifiable" if after is None or after.log_base == 0 else "unmatched"
    if after is None or after.file_id != before.file_id:
        return "unmatched"
    if not after.log_base <= before.generation <= after.generation:
        return "unmatched"
    return "fits"


def move_log_aside(path: Path, stamp: str) -> Path:
    """Rename the -wal (and -shm) beside ``path`` to ``acupress.unmatched-log-<stamp>.sqlite3-wal``
    (kept, never deleted); returns the -wal's new path."""
    number = 1
    while True:
        extra = "" if number == 1 else f"-{number}"
        target = path.with_name(f"{path.stem}.unmatched-log-{stamp}{extra}{path.suffix}")
        if not any(Path(f"{target}{s}").exists() for s in SIDE_FILES):
            break
        number += 1
    for suffix in SIDE_FILES:  # -wal first: without it, a stale -shm is only rebuilt
        if Path(f"{path}{suffix}").exists():
            os.replace(f"{path}{suffix}", f"{target}{suffix}")
    sync_folder(path.parent)
    return Path(f"{target}-wal")


def keep_copy(path: Path, label: str, stamp: str) -> Path:
    """Copy the data file alone (not its log) to ``acupress.<label>-<stamp>.sqlite3``, kept."""
    number = 1
    while True:
        extra = "" if number == 1 else f"-{number}"
        target = path.with_name(f"{path.stem}.{label}-{stamp}{extra}{path.suffix}")
        if not target.exists():
            break
        number += 1
    write_atomically(target, path.read_bytes(), mode=PRIVATE)
    return target


def unmatched_log_message(kept: Path, data_dir: Path) -> str:
    """A leftover log did not belong to the data file: what was opened, and where the log is."""
    return (
        translate(
            "Database",
            "A leftover change log beside the data file (“acupress.sqlite3-wal”) did not belong "
            "to it: it came from another data file, or from before an older copy of the file "
            "was put back. Acupress opened your data file without it, so you see what the file "
            "itself holds; the log was kept as “%1” in “%2”.",
        )
        .replace("%1", kept.name)
        .replace("%2", str(data_dir))
    )


def unmatched_log_left_message() -> str:
    """A leftover log did not belong to the data file and, the folder being read-only, stays."""
    return translate(
        "Database",
        "A leftover change log beside the data file (“acupress.sqlite3-wal”) did not belong to "
        "it: it came from another data file, or from before an older copy of the file was put "
        "back. Acupress shows your data file without it; the log was left where it is.",
    )


@dataclass(frozen=True)
class LogOutcome:
    """What ``settle_leftover_log`` did.

    Attributes:
        problem: a sentence for the user ("" when there is nothing to say).
        without_log: read the file without its log (it does not belong and stays in place).
        failure: setting the log aside or copying the file failed: show it read-only.
    """

    problem: str = ""
    without_log: bool = False
    failure: OSError | None = None


def settle_leftover_log(path: Path, read_only: bool, stamp: str) -> LogOutcome:
    """Before the data file is opened: a -wal holding changes that does not belong to it is set
    aside (or, when nothing can be written, left and ignored); a file too old to be checked is
    copied first. Nothing to do without such a log."""
    if not log_has_saves(path):
        return LogOutcome()
    verdict = check_log(path)
    if verdict == "unmatched" and read_only:
        return LogOutcome(unmatched_log_left_message(), without_log=True)
    if verdict == "unmatched":
        try:
            kept = move_log_aside(path, stamp)
        except OSError as exc:  # shown without it, read-only, until it can be moved
            return LogOutcome(without_log=True, failure=logged(exc, f"moving the log of {path}"))
        log.warning("a leftover log did not belong to %s; kept as %s", path, kept)
        return LogOutcome(unmatched_log_message(kept, path.parent))
    if verdict == "unverifiable" and not read_only:
        try:
            copy = keep_copy(path, "before-log", stamp)
        except OSError as exc:  # no copy, no replay: shown read-only, with its log
            return LogOutcome(failure=logged(exc, f"copying {path} before its log"))
        log.warning("kept %s before replaying a log that cannot be checked", copy)
    return LogOutcome()

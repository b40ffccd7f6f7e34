"""The SQLite data file: safe opening, numbered schema migrations, automatic backups and clear errors.

Everything the user saves (routines, favourites, history) lives in one file,
``<data dir>/acupress.sqlite3``. Opening it never loses anything: a damaged file is moved aside
(kept) and a fresh one started; a file from a newer version of the app is refused and left
byte-for-byte untouched; a folder that cannot be written is opened read-only (a snapshot in
memory), so the user still sees what was saved. Backups go to ``<data dir>/backups/``.

This module holds the ``Database`` (opening, connection, transactions, read-only handling); its
parts live next door: the errors in ``db_errors``, the schema steps in ``migrations``, looking at
and connecting to the file in ``db_files``, and backups and files set aside in ``backups``.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, tzinfo
from functools import partial
from pathlib import Path

from acupress_desktop.core.text import translate
from acupress_desktop.storage.backups import (
    STAMP,
    backup_offer,
    check_backup,
    copy_database,
    damaged_message,
    damaged_unmoved_message,
    finish_interrupted_restore,
    free_backup_name,
    has_backup_on,
    list_backups,
    move_aside,
    move_damaged_aside,
    put_back,
    rotate_backups,
)
from acupress_desktop.storage.db_errors import (
    DatabaseError,
    DatabaseWriteError,
    OpenReport,
    is_storage_failure,
    rollback,
    write_error,
)
from acupress_desktop.storage.db_files import (
    BACKUP_DIR_NAME,
    DB_NAME,
    RESTORE_STAGING,
    Blocker,
    connect,
    connect_read_only,
    create_fresh,
    failure_message,
    holds_nothing,
    inspect_file,
    log_has_saves,
    make_private,
    memory_copy,
    read_only_message,
    refuse_unusual_files,
    sync_folder,
    unlink_quietly,
    write_blocker,
)
from acupress_desktop.storage.db_log import settle_leftover_log
from acupress_desktop.storage.files import private_folder
from acupress_desktop.storage.migrations import (
    SCHEMA_VERSION,
    pending_steps,
    run_step,
    user_version,
)
from acupress_desktop.storage.reasons import failure_reason, is_io_failure, logged, sqlite_reason

log = logging.getLogger(__name__)


def _read_only_despite(
    make: Callable[[sqlite3.Connection, Callable[[], str] | None], Database],
    path: Path,
    failure: BaseException,
    without_log: bool = False,
) -> tuple[Database, OpenReport]:
    """The disk or the system failed while opening ``path`` (full, I/O error, busy, cannot
    open): the file is not damaged and is left as it is. Its data is shown read-only when it can
    be read without writing anything (a snapshot in memory; ``without_log``: of the main file
    alone); DatabaseError when it cannot."""
    blocker = Blocker("failure", error=failure)
    try:
        connection = memory_copy(path, immutable=without_log or not log_has_saves(path))
    except (sqlite3.Error, OSError) as exc:
        logged(exc, f"read-only copy of {path} failed too")
        raise DatabaseError(failure_message(path, failure, shown=False)) from failure
    db = make(connection, partial(read_only_message, path.parent, blocker))
    return db, OpenReport(None, db.backups(), read_only_message(path.parent, blocker))


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
        self.schema_version = user_version(connection)
        self.temporary = False

    @classmethod
    def temporary_store(cls, data_dir: Path) -> Database:
        """An empty store in memory, for when the data file in ``data_dir`` cannot be used: it
        works while the app runs and leaves nothing behind (no folder, no file). It makes no
        backups and restores none (they belong to the real data folder)."""
        db = cls(Path(data_dir) / DB_NAME, memory_copy(None), keep_backups=0)
        db.temporary = True
        return db

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

        blocker = write_blocker(data_dir, path)
        refuse_unusual_files(path)
        if not blocker:
            make_private(path)
            finish_interrupted_restore(path)
        problems: list[str] = []
        moved_aside: Path | None = None
        settled = settle_leftover_log(path, bool(blocker), _as_utc(clock()).strftime(STAMP))
        if settled.failure is not None:
            return _read_only_despite(make, path, settled.failure, settled.without_log)
        if settled.problem:
            problems.append(settled.problem)
        inspection = inspect_file(path) if path.exists() else None
        if inspection is not None and inspection.failure is not None:
            return _read_only_despite(make, path, inspection.failure)
        if inspection is not None and inspection.damage:
            if blocker:
                read_only = partial(read_only_message, data_dir, blocker)
                db = make(memory_copy(None), read_only)
                problem = damaged_unmoved_message(
                    path, inspection.damage, blocker.reason(), read_only()
                )
                return db, OpenReport(None, db.backups(), problem)
            stamp = _as_utc(clock()).strftime(STAMP)
            moved_aside = move_damaged_aside(path, inspection.damage, stamp)
            problems.append(damaged_message(moved_aside, inspection.damage, data_dir))
            inspection = None
        if blocker:
            read_only = partial(read_only_message, data_dir, blocker)
            source = path if inspection is not None else None
            db = make(memory_copy(source, immutable=settled.without_log), read_only)
            problems.append(read_only())
            return db, OpenReport(moved_aside, db.backups(), " ".join(problems))
        if inspection is None:
            create_fresh(path, busy_timeout)
        try:
            db = make(connect(path, busy_timeout))
        except DatabaseWriteError as exc:
            cause = exc.__cause__
            if inspection is None or cause is None or not is_io_failure(cause):
                raise
            return _read_only_despite(make, path, cause)
        try:
            if db.schema_version < SCHEMA_VERSION:
                problems.extend(db._backup_quietly())
                db._migrate()
            elif inspection is not None and not db._has_backup_on(_as_utc(clock()), tz):
                problems.extend(db._backup_quietly())
        except DatabaseWriteError as exc:  # the update could not be written: show it read-only
            db.close()
            cause = exc.__cause__
            if cause is None or not is_io_failure(cause):
                raise
            return _read_only_despite(make, path, cause)
        except BaseException:
            db.close()
            raise
        backups = db.backups()
        if moved_aside is not None:
            problems.append(backup_offer(backups))
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
                ).replace("%1", sqlite_reason(exc))
            ) from logged(exc, f"reading {self.path} failed")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` … ``COMMIT`` (``ROLLBACK`` on any error); failures become DatabaseWriteError."""
        if self._read_only is not None:
            raise DatabaseWriteError(self._read_only())
        conn = self.read()
        try:
            conn.execute("BEGIN IMMEDIATE")
        except (sqlite3.Error, OSError) as exc:
            raise write_error(exc, self.path) from exc
        try:
            self._count_save(conn)
            yield conn
            conn.execute("COMMIT")
        except BaseException as exc:
            rollback(conn)
            if is_storage_failure(exc):
                raise write_error(exc, self.path) from exc
            raise

    def _count_save(self, conn: sqlite3.Connection) -> None:
        """Move the file's generation on; the first save into an empty log records where the log
        starts, so a log left by a crash can be checked against the file (``check_log``)."""
        conn.execute(
            "UPDATE file_identity SET generation = generation + 1, "
            "log_base = CASE WHEN ? THEN generation ELSE log_base END",
            (self.temporary or not log_has_saves(self.path),),
        )

    def close(self) -> None:
        """Close the file (the last connection folds the write-ahead log back into it)."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    # -- backups -------------------------------------------------------------------------------

    def backups(self) -> tuple[Path, ...]:
        """The automatic backups, newest first (none for a temporary store)."""
        if self.temporary:
            return ()
        return tuple(path for _, path in list_backups(self.backup_dir))

    def _refuse_if_temporary(self) -> None:
        if self.temporary:
            raise DatabaseWriteError(
                translate(
                    "Database",
                    "Acupress is running with a temporary store, so it makes no backups and "
                    "restores none; start Acupress again once the data file can be used.",
                )
            )

    def backup_now(self) -> Path:
        """Make a backup now and keep only the newest ``keep_backups``; raise DatabaseWriteError on failure."""
        self._refuse_if_temporary()
        if self._read_only is not None:
            raise DatabaseWriteError(self._read_only())
        target = free_backup_name(self.backup_dir, _as_utc(self._now()).strftime(STAMP))
        try:
            private_folder(self.backup_dir)
            copy_database(self.read(), target)
            rotate_backups(self.backup_dir, self._keep_backups)
        except (sqlite3.Error, OSError) as exc:
            raise write_error(exc, target) from exc
        return target

    def restore_backup(self, backup: Path) -> None:
        """Replace the current data with ``backup``; the current file is kept as ``acupress.before-restore-<time>.sqlite3``.

        Raises:
            DatabaseTooNewError: the backup comes from a newer version of the app.
            DatabaseWriteError: nothing can be saved here; the current data is unchanged.
            DatabaseError: the backup is damaged; the current data is unchanged.
        """
        self._refuse_if_temporary()
        if self._read_only is not None:
            raise DatabaseWriteError(self._read_only())
        backup = Path(backup)
        check_backup(backup)
        staging = self.data_dir / RESTORE_STAGING
        try:
            source = connect_read_only(backup)
            try:
                copy_database(source, staging)
            finally:
                source.close()
        except (sqlite3.Error, OSError) as exc:
            unlink_quietly(staging)
            raise write_error(exc, self.path) from exc
        self.close()
        try:
            aside = move_aside(self.path, "before-restore", _as_utc(self._now()).strftime(STAMP))
        except OSError as exc:
            unlink_quietly(staging)
            self._conn = connect(self.path, self._busy_timeout)
            raise write_error(exc, self.path) from exc
        try:
            os.replace(staging, self.path)
            sync_folder(self.data_dir)
        except OSError as exc:
            unlink_quietly(staging)
            put_back(aside, self.path)
            self._conn = connect(self.path, self._busy_timeout)
            raise write_error(exc, self.path) from exc
        self._conn = connect(self.path, self._busy_timeout)
        self.schema_version = user_version(self._conn)
        if self.schema_version < SCHEMA_VERSION:
            self._migrate()

    # -- internals -----------------------------------------------------------------------------

    def _migrate(self) -> None:
        """Run the steps this file still needs; ``schema_version`` follows each committed step."""
        conn = self.read()
        for step in pending_steps(self.schema_version):
            run_step(conn, step, self.path)
            self.schema_version = step.version

    def _backup_quietly(self) -> list[str]:
        """Make an automatic backup; a failure is returned as a sentence, never raised."""
        if self._keep_backups == 0 or holds_nothing(self.read()):
            return []  # an empty file is not worth a backup that would push out a useful one
        try:
            self.backup_now()
        except DatabaseError as exc:
            cause = exc.__cause__ or exc
            detail = failure_reason(cause, self.backup_dir) if exc.__cause__ else str(exc)
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
        return has_backup_on(self.backup_dir, moment, tz)

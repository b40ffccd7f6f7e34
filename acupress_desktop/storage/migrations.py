"""The schema history: the numbered migration steps, ``PRAGMA user_version``, and running the steps.

Each step runs in its own transaction that also sets ``user_version``, so a file is always at
exactly one version, even after a crash in the middle of an update.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from acupress_desktop.core.text import translate
from acupress_desktop.storage.db_errors import WRITE_FAILURES, DatabaseError, rollback, write_error
from acupress_desktop.storage.reasons import error_name, logged, sqlite_reason


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
    Migration(
        4,
        "the file's identity: a random id, a generation every save moves on, and the generation "
        "the write-ahead log was started on (checked before a leftover log is replayed)",
        (
            """CREATE TABLE file_identity (
                only_row INTEGER PRIMARY KEY CHECK (only_row = 1),
                file_id TEXT NOT NULL,
                generation INTEGER NOT NULL,
                log_base INTEGER NOT NULL
            )""",
            "INSERT INTO file_identity VALUES (1, lower(hex(randomblob(16))), 0, 0)",
        ),
    ),
    Migration(
        5,
        "a note per session (one line of the user's own text; empty for older sessions)",
        ("ALTER TABLE sessions ADD COLUMN note TEXT NOT NULL DEFAULT ''",),
    ),
    Migration(
        6,
        "routine options: find the point first, the halfway cue, the press style (steady or "
        "ramp) and pressing with the breath; older routines keep today's behaviour",
        (
            "ALTER TABLE routines ADD COLUMN find_point INTEGER NOT NULL DEFAULT 0"
            " CHECK (find_point IN (0, 1))",
            "ALTER TABLE routines ADD COLUMN halfway_cue INTEGER NOT NULL DEFAULT 0"
            " CHECK (halfway_cue IN (0, 1))",
            "ALTER TABLE routines ADD COLUMN press_style TEXT NOT NULL DEFAULT 'steady'"
            " CHECK (press_style IN ('steady', 'ramp'))",
            "ALTER TABLE routines ADD COLUMN press_with_breath INTEGER NOT NULL DEFAULT 0"
            " CHECK (press_with_breath IN (0, 1))",
        ),
    ),
)
SCHEMA_VERSION = MIGRATIONS[-1].version


def user_version(conn: sqlite3.Connection) -> int:
    """The schema version of the open file (``PRAGMA user_version``)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def pending_steps(version: int) -> tuple[Migration, ...]:
    """The steps still to run on a file at ``version``, in order."""
    return MIGRATIONS[version:]


def run_step(conn: sqlite3.Connection, step: Migration, path: Path) -> None:
    """Run one step and set ``user_version`` in one transaction; on failure roll it back whole.

    Raises:
        DatabaseWriteError: the file is in use, read-only or the disk is full (``path`` is named).
        DatabaseError: the step itself failed.
    """
    try:
        conn.execute("BEGIN IMMEDIATE")
        for statement in step.statements:
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {step.version:d}")
        conn.execute("COMMIT")
    except (sqlite3.Error, OSError) as exc:
        rollback(conn)
        if isinstance(exc, OSError) or error_name(exc).startswith(WRITE_FAILURES):
            raise write_error(exc, path) from exc
        raise DatabaseError(
            translate(
                "Database",
                "The data file could not be updated for this version of Acupress (step "
                "%1: %2). It was left as it was, so nothing was lost; please report this "
                "problem.",
            )
            .replace("%1", str(step.version))
            .replace("%2", sqlite_reason(exc))
        ) from logged(exc, f"migration step {step.version} of {path} failed")


def migrate(conn: sqlite3.Connection, path: Path) -> None:
    """Bring the open file up to SCHEMA_VERSION, one step (one transaction) at a time."""
    for step in pending_steps(user_version(conn)):
        run_step(conn, step, path)

"""Session history: every session, finished or stopped, saved in the database and exported as CSV."""

from __future__ import annotations

import builtins
import csv
import io
import json
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from acupress_desktop.core.history import SessionRecord, clean_note
from acupress_desktop.core.outcomes import Outcome, point_outcomes, routine_outcomes
from acupress_desktop.core.text import translate
from acupress_desktop.storage.database import Database
from acupress_desktop.storage.db_errors import DatabaseError
from acupress_desktop.storage.files import PRIVATE, write_atomically
from acupress_desktop.storage.reasons import logged, os_reason

CSV_COLUMNS = (
    "started_utc",
    "local_date",
    "routine",
    "points",
    "points_done",
    "minutes",
    "finished",
    "pain_before",
    "pain_after",
    "note",
)
#: The columns of the second file, the pain change per routine and per point ("what works").
OUTCOME_CSV_COLUMNS = (
    "kind",
    "name",
    "sessions_with_both_scores",
    "mean_change",
    "ci95_low",
    "ci95_high",
)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class HistoryExportError(DatabaseError):
    """The CSV file could not be written; nothing was written and nothing was lost."""


class HistoryRepository:
    """Adds and lists session records; each is saved with the local date it had when saved.

    Statistics use ``started_utc`` (see core/history.py); the stored ``local_date`` keeps the
    day as the user saw it, for the CSV export.
    """

    def __init__(self, db: Database, *, tz: tzinfo | None = None) -> None:
        self._db = db
        self._tz = tz  # None: the system's time zone at save time

    def add(self, record: SessionRecord) -> None:
        """Save one session (DatabaseWriteError when it cannot be saved; ValueError on bad data)."""
        started = _checked(record)
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO sessions (started_utc, local_date, routine_id, routine_name, "
                "point_ids, points_done, seconds, finished, pain_before, pain_after, note) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    started.isoformat(timespec="microseconds"),
                    started.astimezone(self._tz).date().isoformat(),
                    record.routine_id,
                    record.routine_name,
                    json.dumps(list(record.point_ids)),
                    record.points_done,
                    float(record.seconds),
                    int(record.finished),
                    record.pain_before,
                    record.pain_after,
                    clean_note(record.note),
                ),
            )

    def set_note(self, record: SessionRecord, note: str) -> str:
        """Keep ``note`` (cleaned to one line, see ``clean_note``) with the saved session matched
        by its start time; returns the note as kept. DatabaseWriteError when it cannot be saved."""
        started = _checked(record)
        kept = clean_note(note)
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE sessions SET note = ? WHERE started_utc = ?",
                (kept, started.isoformat(timespec="microseconds")),
            )
        return kept

    def set_pain(self, record: SessionRecord) -> None:
        """Store the pain scores given after a session that is already saved (matched by its
        start time); DatabaseWriteError when it cannot be saved."""
        started = _checked(record)
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE sessions SET pain_before = ?, pain_after = ? WHERE started_utc = ?",
                (record.pain_before, record.pain_after, started.isoformat(timespec="microseconds")),
            )

    def set_routine(self, record: SessionRecord, name: str, routine_id: str) -> None:
        """The session was kept as a routine afterwards ("Save as routine"): it is listed under
        that routine from now on; DatabaseWriteError when it cannot be saved."""
        started = _checked(record)
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE sessions SET routine_name = ?, routine_id = ? WHERE started_utc = ?",
                (name, routine_id, started.isoformat(timespec="microseconds")),
            )

    def list(self) -> list[SessionRecord]:
        """Every session, newest first."""
        return [record for record, _ in self._rows("DESC")]

    def export_csv(self, path: Path, tz: tzinfo | None = None) -> int:
        """Write the history to ``path`` as CSV, oldest first; return the number of rows written.

        UTF-8 with a byte-order mark (so spreadsheet programs read accents and CJK correctly),
        a header row, CRLF line ends. ``local_date`` is the date in ``tz`` when given, else the
        date saved with the session. The file is replaced atomically: a failure leaves any
        earlier file as it was and raises HistoryExportError.
        """
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer)
        writer.writerow(CSV_COLUMNS)
        count = 0
        for record, saved_date in self._rows("ASC"):
            day = record.started_utc.astimezone(tz).date().isoformat() if tz else saved_date
            writer.writerow(
                (
                    record.started_utc.isoformat(timespec="seconds"),
                    day,
                    _cell(record.routine_name),
                    _cell(" ".join(record.point_ids)),
                    record.points_done,
                    f"{record.minutes:.2f}",
                    "yes" if record.finished else "no",
                    "" if record.pain_before is None else record.pain_before,
                    "" if record.pain_after is None else record.pain_after,
                    _cell(record.note),
                )
            )
            count += 1
        _write_atomically(Path(path), buffer.getvalue())
        return count

    def export_outcomes_csv(self, path: Path) -> int:
        """Write the pain change per routine, then per point, to ``path`` (see
        ``OUTCOME_CSV_COLUMNS``); returns the number of rows. Same encoding, line ends,
        privacy and atomic replacement as ``export_csv``.

        ``mean_change`` is after − before (negative: the pain went down) with two decimals; it
        and the interval are empty while fewer than three sessions have both scores.
        """
        records = self.list()
        rows = [("routine", o) for o in routine_outcomes(records)]
        rows += [("point", o) for o in point_outcomes(records)]
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer)
        writer.writerow(OUTCOME_CSV_COLUMNS)
        for kind, outcome in rows:
            writer.writerow((kind, _cell(outcome.name), outcome.n, *_interval_cells(outcome)))
        _write_atomically(Path(path), buffer.getvalue())
        return len(rows)

    def _rows(self, order: str) -> builtins.list[tuple[SessionRecord, str]]:
        with self._db.snapshot() as conn:
            rows = conn.execute(
                "SELECT started_utc, local_date, routine_name, routine_id, point_ids, "
                "points_done, seconds, finished, pain_before, pain_after, note FROM sessions "
                f"ORDER BY started_utc {order}, id {order}"
            ).fetchall()
        return [
            (
                SessionRecord(
                    started_utc=datetime.fromisoformat(row[0]).astimezone(UTC),
                    routine_name=row[2],
                    routine_id=row[3],
                    point_ids=tuple(json.loads(row[4])),
                    points_done=row[5],
                    seconds=row[6],
                    finished=bool(row[7]),
                    pain_before=row[8],
                    pain_after=row[9],
                    note=row[10],
                ),
                row[1],
            )
            for row in rows
        ]


def _checked(record: SessionRecord) -> datetime:
    """The start time in UTC, after checking the record; ValueError names the bad field."""
    if record.started_utc.tzinfo is None:
        raise ValueError("started_utc must be a timezone-aware time")
    for name in ("pain_before", "pain_after"):
        value = getattr(record, name)
        if value is not None and (isinstance(value, bool) or not 0 <= value <= 10):
            raise ValueError(f"{name} must be from 0 to 10, or not given")
    if record.points_done < 0 or record.seconds < 0:
        raise ValueError("points_done and seconds cannot be negative")
    return record.started_utc.astimezone(UTC)


def _interval_cells(outcome: Outcome) -> tuple[str, str, str]:
    """Mean change and interval with two decimals (a dot: the file is for any locale)."""
    if outcome.interval is None:
        return ("", "", "")
    interval = outcome.interval
    mean, low, high = (
        f"{value:.2f}".replace("-0.00", "0.00")
        for value in (interval.mean, interval.low, interval.high)
    )
    return (mean, low, high)


def _cell(text: str) -> str:
    """Text that a spreadsheet will not run as a formula (a leading ' is added when needed,
    also when spaces come before the formula's first character)."""
    risky = text.startswith(_FORMULA_STARTS) or text.lstrip().startswith(_FORMULA_STARTS)
    return f"'{text}" if risky else text


def _write_atomically(path: Path, text: str) -> None:
    try:
        # UTF-8 with a byte-order mark, so spreadsheets read accents right; csv wrote the \r\n
        write_atomically(path, text.encode("utf-8-sig"), mode=PRIVATE)  # health data
    except OSError as exc:
        raise HistoryExportError(
            translate(
                "History",
                "The history could not be exported to “%1” (%2). Nothing was written and your "
                "history is unchanged; choose another folder and try again.",
            )
            .replace("%2", os_reason(exc))
            .replace("%1", str(path))
        ) from logged(exc, f"exporting the history to {path} failed")

"""Session history: every session is kept as it was, listed newest first, and exported as CSV."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from acupress_desktop.core.history import SessionRecord
from acupress_desktop.storage.database import Database
from acupress_desktop.storage.db_errors import DatabaseWriteError
from acupress_desktop.storage.history import (
    CSV_COLUMNS,
    OUTCOME_CSV_COLUMNS,
    HistoryExportError,
    HistoryRepository,
)

TOKYO = timezone(timedelta(hours=9))
FIRST = SessionRecord(
    started_utc=datetime(2026, 3, 1, 20, 30, 5, 250000, tzinfo=UTC),
    routine_name="Lower back",
    routine_id="builtin:lower-back",
    point_ids=("BL23", "BL40", "GB30"),
    points_done=3,
    seconds=425.5,
    finished=True,
    pain_before=6,
    pain_after=3,
)
SECOND = SessionRecord(
    started_utc=datetime(2026, 3, 2, 7, 0, tzinfo=UTC),
    routine_name="",
    routine_id="",
    point_ids=("LI4",),
    points_done=0,
    seconds=12.0,
    finished=False,
)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """An open, empty data file in a temporary folder."""
    database, _ = Database.open(tmp_path / "data", keep_backups=0)
    yield database
    database.close()


def read_csv(path: Path) -> list[list[str]]:
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline="")))


def test_sessions_come_back_newest_first(db: Database) -> None:
    """Saved sessions are listed newest first, every field as it was given."""
    history = HistoryRepository(db)
    history.add(FIRST)
    history.add(SECOND)
    assert history.list() == [SECOND, FIRST]


def test_history_survives_a_restart(tmp_path: Path) -> None:
    """Sessions saved before closing are there after opening again."""
    db, _ = Database.open(tmp_path, keep_backups=0)
    HistoryRepository(db).add(FIRST)
    db.close()
    db, _ = Database.open(tmp_path, keep_backups=0)
    assert HistoryRepository(db).list() == [FIRST]
    db.close()


def test_start_time_in_another_zone_is_stored_as_utc(db: Database) -> None:
    """A start time given in any time zone is the same moment when read back, in UTC."""
    history = HistoryRepository(db)
    history.add(
        SessionRecord(datetime(2026, 3, 2, 5, 30, tzinfo=TOKYO), "x", "", ("LI4",), 1, 60, True)
    )
    started = history.list()[0].started_utc
    assert started == datetime(2026, 3, 1, 20, 30, tzinfo=UTC) and started.tzinfo == UTC


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"started_utc": datetime(2026, 3, 1, 20, 30)}, "timezone-aware"),
        ({"pain_before": 11}, "pain_before must be from 0 to 10"),
        ({"pain_after": -1}, "pain_after must be from 0 to 10"),
        ({"seconds": -5.0}, "cannot be negative"),
    ],
)
def test_bad_records_are_refused(db: Database, change: dict[str, object], message: str) -> None:
    """A record with an impossible value is refused by name and nothing is saved."""
    fields = {**FIRST.__dict__, **change}
    history = HistoryRepository(db)
    with pytest.raises(ValueError, match=message):
        history.add(SessionRecord(**fields))
    assert history.list() == []


def test_csv_export(db: Database, tmp_path: Path) -> None:
    """The export has a header, one row per session oldest first, and returns the row count."""
    history = HistoryRepository(db, tz=UTC)
    history.add(SECOND)
    history.add(FIRST)
    out = tmp_path / "history.csv"
    assert history.export_csv(out) == 2
    assert out.read_bytes().startswith(b"\xef\xbb\xbfstarted_utc,local_date,")
    assert read_csv(out) == [
        list(CSV_COLUMNS),
        [
            "2026-03-01T20:30:05+00:00",
            "2026-03-01",
            "Lower back",
            "BL23 BL40 GB30",
            "3",
            "7.09",
            "yes",
            "6",
            "3",
            "",
        ],
        ["2026-03-02T07:00:00+00:00", "2026-03-02", "", "LI4", "0", "0.20", "no", "", "", ""],
    ]


def test_local_date_is_the_day_the_user_saw(db: Database, tmp_path: Path) -> None:
    """The local date saved with a session is exported, unless another time zone is asked for."""
    HistoryRepository(db, tz=TOKYO).add(FIRST)  # 20:30 UTC is 05:30 the next day in Tokyo
    out = tmp_path / "h.csv"
    HistoryRepository(db).export_csv(out)
    assert read_csv(out)[1][1] == "2026-03-02"
    HistoryRepository(db).export_csv(out, tz=UTC)
    assert read_csv(out)[1][1] == "2026-03-01"


def test_unicode_and_formula_like_names_export_safely(db: Database, tmp_path: Path) -> None:
    """Names in any script export intact; a name a spreadsheet would run as a formula is quoted."""
    history = HistoryRepository(db)
    for name in ('Rücken, "abends" 背中 🌙', '=HYPERLINK("http://x")', "-2+3"):
        history.add(SessionRecord(FIRST.started_utc, name, "", ("LI4",), 1, 60, True))
    out = tmp_path / "h.csv"
    history.export_csv(out)
    assert [row[2] for row in read_csv(out)[1:]] == [
        'Rücken, "abends" 背中 🌙',
        '\'=HYPERLINK("http://x")',
        "'-2+3",
    ]


def test_empty_history_exports_a_header(db: Database, tmp_path: Path) -> None:
    """With no sessions the export still writes the header row, and says 0 rows."""
    out = tmp_path / "empty.csv"
    assert HistoryRepository(db).export_csv(out) == 0
    assert read_csv(out) == [list(CSV_COLUMNS)]


def test_failed_export_leaves_the_old_file(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the export cannot be written, an earlier file is unchanged and no stray file is left."""
    history = HistoryRepository(db)
    history.add(FIRST)
    out = tmp_path / "out" / "h.csv"
    out.parent.mkdir()
    out.write_text("earlier export")

    def disk_full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(HistoryExportError) as caught:
        history.export_csv(out)
    assert str(caught.value) == (
        f"The history could not be exported to “{out}” (the disk is full). Nothing was "
        "written and your history is unchanged; choose another folder and try again."
    )
    assert out.read_text() == "earlier export" and sorted(out.parent.iterdir()) == [out]


def test_export_to_a_missing_folder(db: Database, tmp_path: Path) -> None:
    """Exporting into a folder that does not exist fails with a clear message."""
    with pytest.raises(HistoryExportError, match="could not be exported"):
        HistoryRepository(db).export_csv(tmp_path / "nowhere" / "h.csv")


def test_history_keeps_the_routine_name_after_the_routine_is_gone(db: Database) -> None:
    """A session keeps the routine's name even when that routine was deleted later."""
    history = HistoryRepository(db)
    history.add(FIRST)
    with db.transaction() as conn:
        conn.execute("DELETE FROM routines")
    assert history.list()[0].routine_name == "Lower back"


def test_read_only_history_can_be_listed_but_not_added_to(tmp_path: Path) -> None:
    """When nothing can be saved, adding a session raises a clear error and the list still works."""
    (tmp_path / "file").write_text("")
    db, _ = Database.open(tmp_path / "file" / "data")
    history = HistoryRepository(db)
    with pytest.raises(DatabaseWriteError, match="cannot save"):
        history.add(FIRST)
    assert history.list() == []
    db.close()


def test_pain_scores_given_later_are_kept(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Pain scores entered on the summary after the session was saved end up on that session."""
    from datetime import UTC, datetime

    from acupress_desktop.core.history import SessionRecord
    from acupress_desktop.storage.database import Database
    from acupress_desktop.storage.history import HistoryRepository

    db, _ = Database.open(tmp_path)
    history = HistoryRepository(db)
    record = SessionRecord(
        datetime(2026, 11, 25, 8, 0, tzinfo=UTC), "", "", ("GV4",), 1, 60.0, True
    )
    other = SessionRecord(datetime(2026, 11, 24, 8, 0, tzinfo=UTC), "", "", ("GV4",), 1, 60.0, True)
    history.add(other)
    history.add(record)
    from dataclasses import replace

    history.set_pain(replace(record, pain_before=7, pain_after=4))
    newest, oldest = history.list()
    assert (newest.pain_before, newest.pain_after) == (7, 4)
    assert (oldest.pain_before, oldest.pain_after) == (None, None)
    db.close()


def test_a_note_is_kept_as_one_plain_line_and_exported(db: Database, tmp_path: Path) -> None:
    """A note given later is kept with its session (line breaks become spaces, direction
    overrides are dropped), survives a restart, and goes to the CSV with the formula guard."""
    history = HistoryRepository(db, tz=UTC)
    history.add(FIRST)
    history.add(SECOND)
    kept = history.set_note(FIRST, "  after the walk\nslept well \u202eok  ")
    assert kept == "after the walk slept well ok"
    assert [r.note for r in history.list()] == ["", kept]  # newest first; only FIRST has one
    history.set_note(SECOND, "=1+1 <b>bold</b>")
    out = tmp_path / "h.csv"
    history.export_csv(out)
    assert CSV_COLUMNS[-1] == "note"
    assert [row[-1] for row in read_csv(out)[1:]] == [kept, "'=1+1 <b>bold</b>"]


def test_outcomes_file_has_routines_then_points(db: Database, tmp_path: Path) -> None:
    """Three Lower back sessions 6→3, 5→4, 7→5 (changes −3, −1, −2): mean −2.00, s = 1,
    half = 4.303/√3 = 2.484, interval −4.48 … 0.48; BL23 the same; a routine under three
    sessions has its count and empty numbers; names get the formula guard."""
    history = HistoryRepository(db, tz=UTC)
    for day, (before, after) in enumerate([(6, 3), (5, 4), (7, 5)]):
        started = FIRST.started_utc + timedelta(days=day)
        history.add(
            SessionRecord(started, "Lower back", "r1", ("BL23",), 1, 60, True, before, after)
        )
    later = FIRST.started_utc + timedelta(days=9)
    history.add(SessionRecord(later, "=cmd", "r2", ("BL23",), 0, 60, False, 4, 4))
    out = tmp_path / "what-works.csv"
    assert history.export_outcomes_csv(out) == 3
    assert read_csv(out) == [
        list(OUTCOME_CSV_COLUMNS),
        ["routine", "Lower back", "3", "-2.00", "-4.48", "0.48"],
        ["routine", "'=cmd", "1", "", "", ""],
        ["point", "BL23", "3", "-2.00", "-4.48", "0.48"],
    ]

"""The history use cases: the CSV export says where it went or why not, and loses nothing; a
history that cannot be read says so. Over the real SQLite history; "today" is fixed."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from acupress_desktop.controllers import history as history_controller
from acupress_desktop.controllers.history import HistoryController
from acupress_desktop.controllers.results import Refusal, Saved
from acupress_desktop.core.history import SessionRecord
from acupress_desktop.storage import history as history_storage
from acupress_desktop.storage.database import Database
from acupress_desktop.storage.db_errors import DatabaseError, DatabaseWriteError
from acupress_desktop.storage.history import HistoryRepository

TZ = timezone(timedelta(hours=-5))
TODAY = date(2025, 4, 30)


def session(day: int, hour: int = 22) -> SessionRecord:
    """A finished ten-minute session on 2025-04-<day> at <hour>:00 UTC."""
    return SessionRecord(
        started_utc=datetime(2025, 4, day, hour, tzinfo=UTC),
        routine_name="Lower back",
        routine_id="",
        point_ids=("BL23", "GV4"),
        points_done=2,
        seconds=600,
        finished=True,
        pain_before=6,
        pain_after=3,
    )


@pytest.fixture()
def repository(tmp_path: Path) -> Iterator[HistoryRepository]:
    db, _ = Database.open(tmp_path / "data", keep_backups=0)
    try:
        repository = HistoryRepository(db)
        for day in (28, 29, 30):
            repository.add(session(day))
        yield repository
    finally:
        db.close()


@pytest.fixture()
def history(repository: HistoryRepository) -> HistoryController:
    return HistoryController(repository, tz=TZ, today=lambda: TODAY)


def test_the_sessions_come_newest_first(history: HistoryController) -> None:
    records = history.records()
    assert not isinstance(records, Refusal)
    assert [r.started_utc.day for r in records] == [30, 29, 28]
    assert history.today() == TODAY and history.tz is TZ


def test_export_adds_csv_says_where_and_remembers_the_folder(
    history: HistoryController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file gets ".csv", the message names it, and the next export starts in its folder."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert history.suggested_export_path() == tmp_path / "home" / "acupress-history-2025-04-30.csv"
    saved = history.export_csv(tmp_path / "mine")
    target = tmp_path / "mine.csv"
    outcomes = tmp_path / "mine-what-works.csv"
    assert isinstance(saved, Saved) and saved.paths == (target, outcomes)
    assert saved.notice == (
        f"Saved 3 sessions to {target}. The pain change per routine and per point is in {outcomes}."
    )
    # three Lower back sessions 6 → 3: mean −3, all equal, so the interval is −3 … −3
    assert outcomes.read_text(encoding="utf-8-sig").splitlines()[1:] == [
        "routine,Lower back,3,-3.00,-3.00,-3.00",
        "point,BL23,3,-3.00,-3.00,-3.00",
        "point,GV4,3,-3.00,-3.00,-3.00",
    ]
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 4
    assert lines[1].split(",")[1] == "2025-04-28"  # the local day in the user's time zone (UTC-5)
    assert history.suggested_export_path() == tmp_path / "acupress-history-2025-04-30.csv"


def test_one_session_is_said_in_the_singular(tmp_path: Path) -> None:
    db, _ = Database.open(tmp_path / "data", keep_backups=0)
    try:
        repository = HistoryRepository(db)
        repository.add(session(30))
        saved = HistoryController(repository, tz=TZ).export_csv(tmp_path / "one.csv")
        assert isinstance(saved, Saved)
        assert saved.notice.startswith(f"Saved 1 session to {tmp_path / 'one.csv'}. ")
    finally:
        db.close()


def test_export_to_an_unwritable_place_says_so_and_loses_nothing(
    history: HistoryController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Inside a "folder" that is a file: a sentence saying nothing was written, every session
    still there, and the next dialog does not start in the bad place."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("mine", encoding="utf-8")
    refused = history.export_csv(not_a_folder / "history.csv")
    assert isinstance(refused, Refusal)
    assert "part of its path is not a folder" in refused.message
    assert "Nothing was written" in refused.message and "history is unchanged" in refused.message
    records = history.records()
    assert not isinstance(records, Refusal) and len(records) == 3
    assert not_a_folder.read_text(encoding="utf-8") == "mine"
    assert history.suggested_export_path().parent == tmp_path / "home"


def test_export_to_a_full_disk_keeps_the_earlier_file(
    history: HistoryController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "history.csv"
    assert isinstance(history.export_csv(target), Saved)
    earlier = target.read_bytes()

    def full(path: Path, data: bytes, mode: int = 0) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(history_storage, "write_atomically", full)
    refused = history.export_csv(target)
    assert isinstance(refused, Refusal) and "the disk is full" in refused.message
    assert "choose another folder" in refused.message
    assert target.read_bytes() == earlier


class BrokenStore:
    """A history that cannot be read, and whose export meets a plain OS error."""

    def list(self) -> list[SessionRecord]:
        raise DatabaseError("The history could not be read. Nothing was changed; restart Acupress.")

    def export_csv(self, path: Path, tz: object = None) -> int:
        raise PermissionError(errno.EACCES, "Permission denied")

    def export_outcomes_csv(self, path: Path) -> int:
        raise AssertionError("not reached: the sessions' file failed first")

    def set_note(self, record: SessionRecord, note: str) -> str:
        raise DatabaseWriteError("Acupress could not save because the disk is full.")


def test_a_history_that_cannot_be_read_says_so() -> None:
    refused = HistoryController(BrokenStore()).records()
    assert refused == Refusal(
        "The history could not be read. Nothing was changed; restart Acupress."
    )


def test_a_plain_os_error_says_what_was_kept_and_what_to_do(tmp_path: Path) -> None:
    target = tmp_path / "locked.csv"
    refused = HistoryController(BrokenStore()).export_csv(target)
    assert isinstance(refused, Refusal)
    assert str(target) in refused.message and "Permission denied" in refused.message
    assert "Your sessions are safe" in refused.message and "try again" in refused.message


def test_the_export_message_is_in_the_users_language(
    history: HistoryController, tmp_path: Path, spanish_translator: object
) -> None:
    target = tmp_path / "h.csv"
    saved = history.export_csv(target)
    assert isinstance(saved, Saved)
    assert saved.notice.startswith(f"Se han guardado 3 sesiones en {target}. ")
    assert history_controller.export_status(1, target) == f"Se ha guardado 1 sesión en {target}"


def test_a_note_is_kept_as_one_line_or_refused_with_the_reason(
    history: HistoryController, repository: HistoryRepository
) -> None:
    """A two-line note comes back as one line and is there on the next read; a disk that is
    full gives the storage's sentence."""
    records = history.records()
    assert not isinstance(records, Refusal)
    assert history.set_note(records[0], "slept\nwell") == "slept well"
    again = history.records()
    assert not isinstance(again, Refusal) and again[0].note == "slept well"
    refused = HistoryController(BrokenStore()).set_note(records[0], "x")
    assert refused == Refusal("Acupress could not save because the disk is full.")


def test_the_averages_file_sits_next_to_the_sessions_file() -> None:
    """ "history.csv" → "history-what-works.csv"; a name without suffix still ends in .csv."""
    assert history_controller.outcomes_path(Path("/a/history.csv")) == Path(
        "/a/history-what-works.csv"
    )
    assert history_controller.outcomes_path(Path("/a/h")) == Path("/a/h-what-works.csv")

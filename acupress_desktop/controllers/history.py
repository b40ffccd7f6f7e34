"""The History page's use cases: read the sessions, keep a note, the weekly goal, export as CSV.

The page shows what comes back: the sessions, a ``results.Saved`` with the sentence to show, or a
``results.Refusal`` saying what went wrong, what was kept and what to do (plain text, the
user's language). The controller knows the user's time zone and today's date (both injected in
tests), the weekly goal (read and written through the settings) and the folder of the last
export.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QDir

from acupress_desktop.controllers.results import Refusal, Saved
from acupress_desktop.core.history import SessionRecord, SystemTimezone
from acupress_desktop.storage.db_errors import DatabaseError

log = logging.getLogger(__name__)

#: Errors an export can meet; the message is shown and nothing is lost. The storage layer's
#: own errors already carry a full sentence for the user.
EXPORT_ERRORS: tuple[type[Exception], ...] = (OSError, DatabaseError)


class HistoryStore(Protocol):
    """What the history use cases need of a history repository."""

    def list(self) -> list[SessionRecord]:
        """Every session, newest first."""
        ...

    def export_csv(self, path: Path, tz: tzinfo | None = None) -> int:
        """Write every session to ``path`` as CSV; returns how many rows were written."""
        ...

    def export_outcomes_csv(self, path: Path) -> int:
        """Write the pain change per routine and per point to ``path``; returns the rows."""
        ...

    def set_note(self, record: SessionRecord, note: str) -> str:
        """Keep a one-line note with a saved session; returns the note as kept."""
        ...


class HistoryController:
    """Reads and exports the session history in the user's time zone."""

    def __init__(
        self,
        repository: HistoryStore,
        tz: tzinfo | None = None,
        today: Callable[[], date] | None = None,
        goal: tuple[Callable[[], int], Callable[[int], None]] | None = None,
    ) -> None:
        self._repository = repository
        self._goal = _MemoryGoal()
        self._goal_read, self._goal_write = goal or (self._goal.read, self._goal.write)
        self.tz: tzinfo = tz if tz is not None else SystemTimezone()
        self._today: Callable[[], date] = today or (lambda: datetime.now(self.tz).date())
        self._last_folder: Path | None = None

    def today(self) -> date:
        """Today in the user's time zone (the streak and this week count from it)."""
        return self._today()

    def records(self) -> list[SessionRecord] | Refusal:
        """Every session, newest first; a Refusal with the storage's sentence when unreadable."""
        try:
            return list(self._repository.list())
        except DatabaseError as error:
            log.warning("reading the history: %r", error)
            return Refusal(str(error))

    def suggested_export_path(self) -> Path:
        """Where the save dialog starts: the last folder used (else home), a dated file name."""
        folder = self._last_folder or Path.home()
        return folder / f"acupress-history-{self.today().isoformat()}.csv"

    def weekly_goal(self) -> int:
        """The weekly goal in minutes (0: no goal)."""
        return self._goal_read()

    def set_weekly_goal(self, minutes: int) -> None:
        """Keep a new weekly goal (0 turns it off); the settings report a failed save."""
        self._goal_write(max(0, int(minutes)))

    def set_note(self, record: SessionRecord, note: str) -> str | Refusal:
        """Keep ``note`` with the session; the note as kept (one plain line), or a Refusal with
        the storage's sentence (the earlier note stays)."""
        try:
            return self._repository.set_note(record, note)
        except DatabaseError as error:
            log.warning("saving a note: %r", error)
            return Refusal(str(error))

    def export_csv(self, path: Path) -> Saved | Refusal:
        """Write every session to ``path`` (".csv" added when it has no suffix), and the pain
        change per routine and per point next to it (``outcomes_path``). A failure leaves any
        earlier file as it was and loses no session."""
        if not path.suffix:
            path = path.with_suffix(".csv")
        outcomes = outcomes_path(path)
        target = path
        try:
            count = self._repository.export_csv(path, self.tz)
            target = outcomes
            self._repository.export_outcomes_csv(outcomes)
        except EXPORT_ERRORS as error:
            log.warning("history export to %s: %r", target, error)
            return Refusal(export_error(target, error))
        self._last_folder = path.parent
        return Saved((path, outcomes), export_status(count, path, outcomes))


class _MemoryGoal:
    """A weekly goal kept in memory (when no settings are given)."""

    def __init__(self) -> None:
        self.minutes = 0

    def read(self) -> int:
        return self.minutes

    def write(self, minutes: int) -> None:
        self.minutes = minutes


def outcomes_path(path: Path) -> Path:
    """Where the pain change per routine and per point goes: "history.csv" →
    "history-what-works.csv", in the same folder."""
    return path.with_name(f"{path.stem}-what-works{path.suffix or '.csv'}")


def export_status(count: int, path: Path, outcomes: Path | None = None) -> str:
    """ "Saved 12 sessions to /home/ana/history.csv", and where the averages went."""
    translated = QCoreApplication.translate("HistoryView", "Saved %n session(s) to %1", None, count)
    # an untranslated plural keeps the English "(s)"; a translation has its own forms
    text = translated.replace("%n", str(count)).replace("(s)", "" if count == 1 else "s")
    text = text.replace("%1", QDir.toNativeSeparators(str(path)))
    if outcomes is None:
        return text
    return (
        QCoreApplication.translate(
            "HistoryView", "%1. The pain change per routine and per point is in %2."
        )
        .replace("%1", text)
        .replace("%2", QDir.toNativeSeparators(str(outcomes)))
    )


def export_error(path: Path, error: Exception) -> str:
    """What went wrong with an export, what was kept and what to do."""
    if isinstance(error, OSError):
        reason = error.strerror or str(error)
        return (
            QCoreApplication.translate(
                "HistoryView",
                "Could not save the history to %1 (%2). Your sessions are safe in Acupress; "
                "choose another folder or file name and try again.",
            )
            .replace("%1", QDir.toNativeSeparators(str(path)))
            .replace("%2", reason)
        )
    return str(error)  # storage errors are already a full sentence

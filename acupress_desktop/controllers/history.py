"""The History page's use cases: read the sessions, export them as CSV.

The page shows what comes back: the sessions, a ``results.Saved`` with the sentence to show, or a
``results.Refusal`` saying what went wrong, what was kept and what to do (plain text, the
user's language). The controller knows the user's time zone and today's date (both injected in
tests) and the folder of the last export.
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


class HistoryController:
    """Reads and exports the session history in the user's time zone."""

    def __init__(
        self,
        repository: HistoryStore,
        tz: tzinfo | None = None,
        today: Callable[[], date] | None = None,
    ) -> None:
        self._repository = repository
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

    def export_csv(self, path: Path) -> Saved | Refusal:
        """Write every session to ``path`` (".csv" added when it has no suffix). A failure
        leaves any earlier file as it was and loses no session."""
        if not path.suffix:
            path = path.with_suffix(".csv")
        try:
            count = self._repository.export_csv(path, self.tz)
        except EXPORT_ERRORS as error:
            log.warning("history export to %s: %r", path, error)
            return Refusal(export_error(path, error))
        self._last_folder = path.parent
        return Saved((path,), export_status(count, path))


def export_status(count: int, path: Path) -> str:
    """ "Saved 12 sessions to /home/ana/history.csv"."""
    translated = QCoreApplication.translate("HistoryView", "Saved %n session(s) to %1", None, count)
    # an untranslated plural keeps the English "(s)"; a translation has its own forms
    text = translated.replace("%n", str(count)).replace("(s)", "" if count == 1 else "s")
    return text.replace("%1", QDir.toNativeSeparators(str(path)))


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

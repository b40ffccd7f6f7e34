"""The data file (routines and history), opened just after the first window shows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from acupress_desktop.storage.opening import open_database

if TYPE_CHECKING:
    from acupress_desktop.storage.database import Database
    from acupress_desktop.storage.db_errors import OpenReport


class DataFile:
    """The SQLite data file the routines and the history share (opened on first use)."""

    def __init__(self, data_dir: Path, wall_clock: Callable[[], datetime] | None = None) -> None:
        self.data_dir = data_dir
        self._wall_clock = wall_clock  # backups are named by it
        self._opened: tuple[Database, OpenReport] | None = None

    def opened(self) -> bool:
        """True once the data file was opened."""
        return self._opened is not None

    def database(self) -> Database:
        """The data file (opened now if it was not yet; see :func:`open_database`)."""
        return self._open()[0]

    def report(self) -> OpenReport:
        """What happened when the data file was opened."""
        return self._open()[1]

    def _open(self) -> tuple[Database, OpenReport]:
        if self._opened is None:
            self._opened = open_database(self.data_dir, self._wall_clock)
        return self._opened

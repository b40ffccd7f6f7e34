"""The log file: rotated by size, private.

``acupress.log`` moves to ``acupress.log.1`` (the older ones to ``.2`` and ``.3``, the oldest is
dropped) once it holds ``MAX_BYTES``; every one of them is 0600 whatever the umask, since the log
can name routines and data paths.
"""

from __future__ import annotations

import logging
from pathlib import Path

from acupress_desktop.storage.files import PRIVATE, tighten

MAX_BYTES = 1_000_000
BACKUPS = 3


def private_file(path: Path) -> None:
    """Create ``path`` private, or make one an earlier run left looser private."""
    path.touch(mode=PRIVATE, exist_ok=True)
    tighten(path)


class RotatingLog(logging.FileHandler):
    """A log file rotated by size (see the module).

    What the standard library's ``RotatingFileHandler`` does, without importing
    ``logging.handlers``, which pulls in pickle, queue and the rest: ~14 million instructions of
    every start (1 % of it) for a log that rotates once in months.
    """

    def __init__(self, path: Path) -> None:
        super().__init__(path, encoding="utf-8")
        self._path = path

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() >= MAX_BYTES:
                self._rotate()
        except OSError:
            self.handleError(record)
            return
        super().emit(record)

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
        self.stream = None  # FileHandler.emit opens it again
        for number in range(BACKUPS - 1, 0, -1):
            older = self._path.with_name(f"{self._path.name}.{number}")
            if older.exists():
                older.replace(self._path.with_name(f"{self._path.name}.{number + 1}"))
        self._path.replace(self._path.with_name(f"{self._path.name}.1"))
        private_file(self._path)  # created private, not with the umask's mode

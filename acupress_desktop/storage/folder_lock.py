"""An exclusive OS lock on the data folder, so only one running Acupress ever uses it.

The lock is ``flock`` (POSIX) or ``msvcrt.locking`` (Windows) on ``<data dir>/acupress.lock``,
held for as long as the process lives: the system releases it when the process ends, however it
ends (a crash, SIGKILL), so a lock is never stale. The file holds the holder's process id, for
the message of a copy that cannot get the lock. The single-instance socket only hands arguments
over; this lock is what keeps two copies from writing the same data.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sys
from pathlib import Path

from acupress_desktop.storage.files import PRIVATE, private_folder, tighten

LOCK_NAME = "acupress.lock"
#: ``acquire()`` results: this process holds the lock; another one does; no lock can be had here
#: (a read-only folder, a file system without locks): the app goes on without one.
HELD, TAKEN, UNAVAILABLE = "held", "taken", "unavailable"
#: Where the process id starts in the file (Windows locks the first byte itself).
_PID_OFFSET = 16

log = logging.getLogger(__name__)


class FolderLock:
    """The lock on one data folder; keep the object alive as long as the folder is used."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / LOCK_NAME
        self._handle: int | None = None

    def acquire(self) -> str:
        """Try to take the lock without waiting: HELD, TAKEN (another process has it) or
        UNAVAILABLE."""
        if self._handle is not None:
            return HELD
        try:
            private_folder(self.path.parent)
            flags = (
                os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
            )
            handle = os.open(self.path, flags, PRIVATE)
        except OSError as exc:
            log.warning("no lock file in %s: %s", self.path.parent, exc)
            return UNAVAILABLE
        tighten(self.path)
        try:
            _lock(handle)
        except OSError as exc:
            os.close(handle)
            if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK, errno.EDEADLK):
                return TAKEN
            log.warning("the data folder %s cannot be locked: %s", self.path.parent, exc)
            return UNAVAILABLE
        self._handle = handle
        with contextlib.suppress(OSError):
            os.ftruncate(handle, _PID_OFFSET)
            os.lseek(handle, _PID_OFFSET, os.SEEK_SET)
            os.write(handle, f"{os.getpid()}\n".encode())
            os.fsync(handle)
        return HELD

    def holder(self) -> int | None:
        """The process id written by whoever holds (or last held) the lock, or None."""
        try:
            with self.path.open("rb") as stream:
                stream.seek(_PID_OFFSET)
                return int(stream.read(32).split(b"\n", 1)[0])
        except (OSError, ValueError):
            return None

    def release(self) -> None:
        """Give the lock up (the file stays; the next holder writes its own id)."""
        if self._handle is not None:
            with contextlib.suppress(OSError):
                _unlock(self._handle)
            os.close(self._handle)
            self._handle = None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(handle: int) -> None:
        os.lseek(handle, 0, os.SEEK_SET)
        msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)

    def _unlock(handle: int) -> None:
        os.lseek(handle, 0, os.SEEK_SET)
        msvcrt.locking(handle, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: int) -> None:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: int) -> None:
        fcntl.flock(handle, fcntl.LOCK_UN)

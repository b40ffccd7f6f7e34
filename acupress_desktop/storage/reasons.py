"""Why a file or the data file failed, in the user's words and language.

Messages shown to the user never quote the system's or SQLite's own text (English, and often
cryptic): they say what happened in a short phrase made here, and the original text goes to
the log (Python ``logging``) for whoever looks into a problem.
"""

from __future__ import annotations

import errno
import logging
import shutil
import sqlite3
from pathlib import Path
from typing import TypeVar

from acupress_desktop.core.text import translate

log = logging.getLogger(__name__)
E = TypeVar("E", bound=BaseException)

#: SQLite error names meaning the disk or the file failed, not the file's contents.
IO_FAILURES = (
    "SQLITE_IOERR",
    "SQLITE_FULL",
    "SQLITE_CANTOPEN",
    "SQLITE_BUSY",
    "SQLITE_LOCKED",
    "SQLITE_PERM",
    "SQLITE_READONLY",
    "SQLITE_NOMEM",
    "SQLITE_AUTH",
    "SQLITE_PROTOCOL",
    "SQLITE_NOLFS",
)
#: Less free space than this, with an I/O error, means the disk is full.
NEARLY_FULL_BYTES = 1024 * 1024
#: SQLite error names that are evidence of damage to the file's contents.
DAMAGE = ("SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_FORMAT")


def error_name(exc: BaseException) -> str:
    """SQLite's name for the error ("SQLITE_BUSY"…), or "" for any other exception."""
    return str(getattr(exc, "sqlite_errorname", "") or "")


def is_damage(exc: BaseException) -> bool:
    """True when SQLite's error is evidence that the file's contents are damaged."""
    return error_name(exc).startswith(DAMAGE)


def is_io_failure(exc: BaseException) -> bool:
    """True for failures of the disk, the file system or the system (not of the contents)."""
    if isinstance(exc, OSError):
        return True
    return error_name(exc).startswith(IO_FAILURES)


def means_disk_full(exc: BaseException, folder: Path) -> bool:
    """True when ``exc`` comes from a full disk: said so (SQLITE_FULL, ENOSPC), or an I/O error
    of SQLite's (it does not say which, e.g. growing its -shm index) on a disk with no room left."""
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
    name = error_name(exc)
    if name.startswith("SQLITE_FULL"):
        return True
    if not name.startswith("SQLITE_IOERR"):
        return False
    while not folder.exists() and folder != folder.parent:  # e.g. a backups folder not made yet
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def os_reason(exc: OSError) -> str:
    """Why a file operation failed: "the disk is full", "permission was denied"…."""
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return translate("Storage", "the disk is full")
    if code in (errno.EACCES, errno.EPERM):
        return translate("Storage", "permission was denied")
    if code == errno.EROFS:
        return translate("Storage", "the disk is read-only")
    if code == errno.ENOENT:
        return translate("Storage", "it does not exist")
    if code == errno.EISDIR:
        return translate("Storage", "it is a folder")
    if code == errno.ENOTDIR:
        return translate("Storage", "part of its path is not a folder")
    if code == errno.EIO:
        return translate("Storage", "the disk reported a read or write error")
    if code in (errno.EBUSY, errno.ETXTBSY):
        return translate("Storage", "it is in use")
    if code == errno.ENAMETOOLONG:
        return translate("Storage", "its name is too long")
    if code == errno.ELOOP:
        return translate("Storage", "it is a link that leads in a circle")
    if code in (errno.EMFILE, errno.ENFILE):
        return translate("Storage", "too many files are open")
    if code == errno.ENOMEM:
        return translate("Storage", "the computer ran out of memory")
    name = errno.errorcode.get(code, "") if code is not None else ""
    return translate("Storage", "the system refused (%1)").replace("%1", name or "?")


def unusual_reason(kind: str) -> str:
    """What is there instead of an ordinary file ("it is a named pipe"…), for UnusualFileError."""
    if kind == "folder":
        return translate("Storage", "it is a folder")
    if kind == "pipe":
        return translate("Storage", "it is a named pipe")
    if kind == "device":
        return translate("Storage", "it is a device")
    if kind == "socket":
        return translate("Storage", "it is a socket")
    return translate("Storage", "it is not a file")


def sqlite_reason(exc: BaseException) -> str:
    """Why SQLite failed, in the same words as ``os_reason`` where they mean the same."""
    if isinstance(exc, OSError):
        return os_reason(exc)
    name = error_name(exc)
    if name.startswith("SQLITE_FULL"):
        return translate("Storage", "the disk is full")
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return translate("Storage", "it is in use by another program")
    if name.startswith(("SQLITE_READONLY",)):
        return translate("Storage", "it cannot be written to")
    if name.startswith(("SQLITE_PERM", "SQLITE_AUTH")):
        return translate("Storage", "permission was denied")
    if name.startswith("SQLITE_CANTOPEN"):
        return translate("Storage", "it could not be opened")
    if name.startswith("SQLITE_NOMEM"):
        return translate("Storage", "the computer ran out of memory")
    if name.startswith("SQLITE_IOERR"):
        return translate("Storage", "the disk reported a read or write error")
    if name.startswith(DAMAGE):
        return translate("Storage", "its contents are damaged")
    return translate("Storage", "an unexpected database error (%1)").replace(
        "%1", name or type(exc).__name__
    )


def failure_reason(exc: BaseException, folder: Path) -> str:
    """``sqlite_reason``, except that an I/O error on a disk with no room left is a full disk."""
    if means_disk_full(exc, folder):
        return translate("Storage", "the disk is full")
    return sqlite_reason(exc)


def logged(exc: E, what: str) -> E:
    """Write ``exc`` (with its traceback) to the log under ``what``; return it, for ``raise … from``."""
    log.warning("%s: %s", what, _details(exc), exc_info=exc)
    return exc


def _details(exc: BaseException) -> str:
    if isinstance(exc, sqlite3.Error):
        return f"{error_name(exc) or type(exc).__name__}: {exc}"
    return f"{type(exc).__name__}: {exc}"

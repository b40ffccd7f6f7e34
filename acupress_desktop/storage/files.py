"""Writing a whole file or nothing, for every file the app writes outside its database, and reading
only ordinary files (never a named pipe or a device, which can block or never end)."""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
import unicodedata
from pathlib import Path

#: Permissions of a document meant to be shared (an export, a printed card): mkstemp makes 0600.
SHARED = 0o644
#: Permissions of every file holding the user's data (health data: pain scores, history).
PRIVATE = 0o600


def write_atomically(path: Path, data: bytes, mode: int | None = SHARED) -> None:
    """Write ``data`` to ``path`` so the file is either the old one or the whole new one.

    The bytes go to a temporary file beside ``path``, are flushed to the disk, and the file is
    renamed over ``path``. ``mode`` sets the new file's permissions (where the system allows;
    None keeps mkstemp's private 0600, as for the settings). Raises OSError, after removing the
    temporary file; the caller turns it into a message for the user.
    """
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if mode is not None:
            with contextlib.suppress(OSError):  # a file system without permissions (FAT, SMB)
                os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class UnusualFileError(OSError):
    """The path is not an ordinary file: a folder, a named pipe (FIFO), a device or a socket.

    Nothing was read from it (reading a pipe or a device can block forever or never end).
    ``kind`` is "folder", "pipe", "device", "socket" or "other".
    """

    def __init__(self, path: Path, kind: str) -> None:
        super().__init__(f"{path} is not an ordinary file ({kind})")
        self.path = path
        self.kind = kind


def file_kind(mode: int) -> str:
    """ "file", "folder", "pipe", "device", "socket" or "other", from ``st_mode``."""
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "other"


def check_ordinary(path: Path) -> None:
    """Raise UnusualFileError unless ``path`` (a link is followed) is an ordinary file.

    FileNotFoundError when there is nothing there; other OSErrors pass through.
    """
    kind = file_kind(os.stat(path).st_mode)
    if kind != "file":
        raise UnusualFileError(path, kind)


def read_ordinary(path: Path, limit: int) -> bytes:
    """At most ``limit + 1`` bytes of the ordinary file at ``path`` (enough to tell it is too big).

    Never blocks: a named pipe, a device or a folder raises UnusualFileError before anything is
    read (the file is opened non-blocking and checked again once open, in case it was swapped).
    Raises FileNotFoundError, UnusualFileError or another OSError.
    """
    check_ordinary(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    handle = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    try:
        kind = file_kind(os.fstat(handle).st_mode)
        if kind != "file":
            raise UnusualFileError(path, kind)
        chunks: list[bytes] = []
        left = limit + 1
        while left > 0:
            chunk = os.read(handle, min(left, 64 * 1024))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(handle)


# -- permissions: the user's data is health data -------------------------------------------------

#: A folder holding the user's data: only its owner may list or enter it.
PRIVATE_FOLDER = 0o700
#: Names of what Acupress keeps in its data folder (an existing folder holding only these is
#: made private; a folder chosen with --data-dir that holds other things keeps its permissions).
_OWN_NAMES = re.compile(
    r"^(\.?acupress[.\-].*|settings(\.damaged-\d+)?\.json|\.settings\.json\..*\.tmp|backups|log)$"
)


def tighten(path: Path, private: int = PRIVATE) -> None:
    """Give ``path`` the ``private`` permissions if it is the user's own and looser (a file an
    older version left 0644); a file system without permissions, or a file that is not the
    user's, is left as it is."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        info = os.lstat(path)
        mine = info.st_uid == os.geteuid() and not stat.S_ISLNK(info.st_mode)
        if mine and stat.S_IMODE(info.st_mode) != private:
            os.chmod(path, private)


def private_folder(folder: Path) -> None:
    """Create ``folder`` (and its parents) if needed; the folder itself gets 0700 whatever the
    umask. An existing one is made 0700 when it holds only Acupress's own files. OSError when it
    cannot be created."""
    existed = folder.is_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    if existed:
        with contextlib.suppress(OSError):
            if not all(_OWN_NAMES.match(entry.name) for entry in folder.iterdir()):
                return
    tighten(folder, PRIVATE_FOLDER)


def create_private(path: Path) -> None:
    """Create ``path`` as an empty file only its owner may read (0600, whatever the umask), so
    SQLite, which gives its -wal and -shm the database's permissions, keeps them private too."""
    handle = os.open(
        path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), PRIVATE
    )
    os.close(handle)
    tighten(path)


# -- file names made from what the user typed ----------------------------------------------------

#: Characters a file name may not hold on some system (Windows forbids all of these).
_NOT_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$", re.IGNORECASE)
#: The longest suggested name before its suffix, in bytes (file systems allow 255).
NAME_BYTES = 160


def safe_file_name(name: str, suffix: str, fallback: str = "routine") -> str:
    """A file name made from ``name`` (a routine's) that stays in the folder it is saved in.

    Path separators and the characters Windows forbids become "-", so "../../x" cannot leave
    the folder; no leading dots (no hidden file, no ".."), no trailing dots or spaces, no
    reserved Windows device name ("CON" becomes "CON_"), at most NAME_BYTES bytes of UTF-8
    before ``suffix``; ``fallback`` when nothing is left.
    """
    text = unicodedata.normalize("NFC", name)
    text = _NOT_IN_NAMES.sub("-", text)
    text = re.sub(r"-*\.{2,}-*", "-", text)  # ".." runs, and the "-" around them
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"-{2,}", "-", text).strip(" .-")
    if _RESERVED.match(text):
        stem, dot, rest = text.partition(".")
        text = f"{stem}_{dot}{rest}"
    encoded = text.encode("utf-8")[:NAME_BYTES]
    text = encoded.decode("utf-8", errors="ignore").rstrip(" .-")
    return f"{text or fallback}{suffix}"

"""Writing a whole file or nothing, for every file the app writes outside its database."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

#: Permissions of a document meant to be shared (an export, a printed card): mkstemp makes 0600.
SHARED = 0o644


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

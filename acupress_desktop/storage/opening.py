"""The data file opened for the app, or — when it cannot be used — a temporary store in memory
(so the app still works), and the clean-up of the temporary folders older versions left behind."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from acupress_desktop.core.text import translate

if TYPE_CHECKING:
    from acupress_desktop.storage.database import Database
    from acupress_desktop.storage.db_errors import OpenReport

log = logging.getLogger(__name__)

#: Folders that older versions made for a temporary store and never removed.
SCRATCH_PREFIX = "acupress-scratch-"
#: A scratch folder untouched this long is stale (a younger one may belong to a running copy).
STALE_SCRATCH_SECONDS = 24 * 3600


def open_database(
    data_dir: Path, wall_clock: Callable[[], datetime] | None = None
) -> tuple[Database, OpenReport]:
    """The data file, or — when it cannot be used (made by a newer Acupress, unreadable) — a
    temporary store in memory, so the app still works; the report says what happened and that
    nothing was changed in the user's file. Nothing is written outside the data folder."""
    from acupress_desktop.storage.database import Database
    from acupress_desktop.storage.db_errors import DatabaseError, OpenReport

    remove_stale_scratch_folders()
    try:
        return Database.open(data_dir, now=wall_clock)
    except DatabaseError as exc:
        log.warning("the data file in %s cannot be used; a temporary store is used", data_dir)
        db = Database.temporary_store(data_dir)
        problem = translate(
            "Database",
            "%1 Acupress is running with an empty, temporary store: routines and sessions you "
            "save now will not be kept.",
        ).replace("%1", str(exc))
        return db, OpenReport(moved_aside=None, backups=(), problem=problem)


def remove_stale_scratch_folders(now: float | None = None) -> None:
    """Remove the acupress-scratch-* folders older versions left in the temporary folder (the
    user's own, untouched for a day); never raises."""
    import shutil
    import tempfile
    import time

    moment = time.time() if now is None else now
    try:
        entries = list(Path(tempfile.gettempdir()).glob(f"{SCRATCH_PREFIX}*"))
    except OSError:
        return
    for entry in entries:
        try:
            info = entry.lstat()
            mine = not hasattr(os, "getuid") or info.st_uid == os.getuid()
            if entry.is_dir() and mine and moment - info.st_mtime > STALE_SCRATCH_SECONDS:
                shutil.rmtree(entry, ignore_errors=True)
                log.info("removed a stale temporary store %s", entry)
        except OSError:
            continue

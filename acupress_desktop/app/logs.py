"""The app's log: internals (SQLite errors, tracebacks, Qt's own messages) go here, never into
a dialog.

One rotating file, ``acupress.log`` (1 MiB, three old ones kept), in the platform's per-user log
folder, or in ``DIR/log`` when the data folder was chosen with ``--data-dir`` (everything the app
writes stays in that folder). Warnings also go to the terminal; ``-v/--verbose`` puts everything
in both. Native crashes (a segfault in Qt) are written there by ``faulthandler``. The folder is
private (0700) and the files 0600: they can name routines and data paths.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
from pathlib import Path
from typing import IO

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from acupress_desktop.app.places import user_log_dir
from acupress_desktop.storage.files import PRIVATE_FOLDER, tighten
from acupress_desktop.storage.log_file import RotatingLog, private_file

LOG_NAME = "acupress.log"
CRASH_NAME = "crash.log"

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
_crash_file: IO[str] | None = None  # kept open for faulthandler


def log_folder(app_name: str, data_dir: Path | None) -> Path:
    """``DIR/log`` for ``--data-dir DIR``, else the platform's per-user log folder."""
    if data_dir is not None:
        return data_dir / "log"
    return user_log_dir(app_name)


def start_logging(verbose: bool = False) -> None:
    """Warnings (everything with ``verbose``) to stderr, Qt's messages into the log; the file
    comes with :func:`log_to_file` once the data folder is the app's."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.setFormatter(logging.Formatter("acupress: %(message)s"))
    root.addHandler(console)
    qInstallMessageHandler(_qt_message)


def log_to_file(folder: Path) -> Path | None:
    """Also write the log to ``folder/acupress.log``; its path, or None when the folder cannot
    be written (then only stderr gets it)."""
    global _crash_file
    root = logging.getLogger()
    path = folder / LOG_NAME
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
        tighten(folder, PRIVATE_FOLDER)
        private_file(path)
        handler = RotatingLog(path)
        crash = folder / CRASH_NAME
        private_file(crash)
        _crash_file = crash.open("a", encoding="utf-8")
    except OSError as exc:
        logging.getLogger(__name__).warning("no log file in %s: %s", folder, exc)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    faulthandler.enable(file=_crash_file)
    return path


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's own messages (plug-ins, accessibility, multimedia) into the log, by their level."""
    category = context.category or "qt"
    logging.getLogger(f"qt.{category}" if not category.startswith("qt") else category).log(
        _QT_LEVELS.get(kind, logging.WARNING), "%s", message
    )

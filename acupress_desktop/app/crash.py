"""Exceptions nothing caught: logged with their traceback, and the user told once, in plain words.

:class:`CrashReporter` is ``sys.excepthook`` from the start of :func:`~acupress_desktop.app.main`
(PySide6 hands it the exceptions raised in slots and in Qt's virtual methods too). Every
exception goes to the log with its traceback (and, as a critical message, to stderr). Once the
app is attached (its window shown, not ``--screenshot``), the first exception of a burst also
opens the crash dialog (ui/help/crash_dialog.py) — but only after the event loop takes over
again, so the dialog is never built in the middle of a paint or a half-finished slot — and
first the composition's own save path (:meth:`Acupress.save_pending`) puts what is unsaved on
disk. Exceptions while that dialog is pending or open are counted in the log, not shown: a
burst is one dialog. Quit closes the window the normal way (saving) and exits with status 1.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

from acupress_desktop import __version__

if TYPE_CHECKING:
    from acupress_desktop.core.clock import Ticker
    from acupress_desktop.ui.help.crash_dialog import CrashDialog

log = logging.getLogger("acupress")


def crash_report(details: str, log_path: Path | None, repeats: int) -> str:
    """What "Copy details" puts on the clipboard, for a bug report (English, for developers):
    the versions, the platform, the log's path and the traceback — nothing else of the user's."""
    import platform

    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    lines = [
        f"Acupress {__version__}",
        f"Python {platform.python_version()} ({platform.python_implementation()})",
        f"Qt {qVersion()}, PySide6 {pyside_version}",
        f"Platform: {platform.platform()}",
        f"Log: {log_path if log_path is not None else '(no log file)'}",
    ]
    if repeats:
        lines.append(f"Uncaught exceptions after this one, while the dialog was open: {repeats}")
    return "\n".join(lines) + "\n\n" + details.rstrip() + "\n"


class CrashReporter:
    """``sys.excepthook``: logs every uncaught exception; shows one dialog per burst once
    :meth:`attach`-ed.

    Attributes:
        log_path: the log file the details are in (None when there is none).
        dialog: the crash dialog while it is open (None otherwise).
        repeats: exceptions of the current burst after its first one.
    """

    def __init__(self, ticker_factory: Callable[[], Ticker] | None = None) -> None:
        self.log_path: Path | None = None
        self.dialog: CrashDialog | None = None
        self.repeats = 0
        self._ticker_factory = ticker_factory
        self._ticker: Ticker | None = None
        self._parent: QWidget | None = None
        self._save: Callable[[], bool] | None = None
        self._quit: Callable[[], None] | None = None
        self._pending = False
        self._details = ""

    def attach(
        self, parent: QWidget, save: Callable[[], bool], quit_app: Callable[[], None]
    ) -> None:
        """Show the dialog over ``parent`` from now on; ``save`` puts what is unsaved on disk
        (True when a running session was stopped and kept), ``quit_app`` quits."""
        self._parent, self._save, self._quit = parent, save, quit_app

    def attached(self) -> bool:
        """True once :meth:`attach` was called (no dialog before, nor in ``--screenshot``)."""
        return self._save is not None

    def excepthook(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        """Log the exception; open the dialog (soon) for the first of a burst."""
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        if self._pending or self.dialog is not None:
            self.repeats += 1
            log.critical(
                "uncaught exception, %d more since the crash dialog was %s",
                self.repeats,
                "asked for" if self._pending else "shown",
                exc_info=(kind, error, trace),
            )
            return
        log.critical("uncaught exception", exc_info=(kind, error, trace))
        if not self.attached() or not isinstance(QApplication.instance(), QApplication):
            return
        self.repeats = 0
        self._details = "".join(traceback.format_exception(kind, error, trace))
        self._pending = True
        self._later().start(0)

    def _later(self) -> Ticker:
        if self._ticker is None:
            if self._ticker_factory is None:
                from acupress_desktop.controllers.ticker import QtTicker

                self._ticker = QtTicker()
            else:
                self._ticker = self._ticker_factory()
            self._ticker.set_callback(self._show)
        return self._ticker

    def report(self) -> str:
        """The report of the current (or last) burst, as "Copy details" copies it."""
        return crash_report(self._details, self.log_path, self.repeats)

    def _show(self) -> None:
        """Back in the event loop: save what is unsaved, then open the dialog."""
        stopped, saved = False, True
        try:
            stopped = bool(self._save and self._save())
        except Exception:
            saved = False
            log.exception("could not save before the crash dialog")
        try:
            from acupress_desktop.ui.help.crash_dialog import CrashDialog

            dialog = CrashDialog(self._parent, self.log_path, self.report, stopped, saved)
            dialog.quit_requested.connect(self._on_dialog_quit_requested)
            dialog.finished.connect(self._on_dialog_finished)
            dialog.open()
        except Exception:
            log.exception("could not show the crash dialog")
            self._pending = False
            return
        self.dialog = dialog
        self._pending = False

    def _on_dialog_finished(self, result: int) -> None:
        if self.repeats:
            log.warning("%d more uncaught exceptions while the crash dialog was open", self.repeats)
        self.dialog = None  # the burst is over: the next exception opens a dialog again

    def _on_dialog_quit_requested(self) -> None:
        for handler in logging.getLogger().handlers:
            handler.flush()
        if self._quit is not None:
            self._quit()

"""Quit cleanly when the system asks: SIGTERM (logout, shutdown) and SIGINT (Ctrl+C in a terminal).

Python runs a signal handler only when it next gets control, and a Qt app waiting for the user
runs no Python at all, so a handler alone would wait for the next mouse move. The standard cure:
``signal.set_wakeup_fd`` makes the C-level handler write the signal's number to a socket that a
``QSocketNotifier`` watches, which wakes the event loop at once and lets Python see the signal.
"""

from __future__ import annotations

import signal
import socket
import threading
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier, Signal

QUIT_SIGNALS = (signal.SIGTERM, signal.SIGINT)


class QuitSignals(QObject):
    """Turns SIGTERM and SIGINT into the Qt signal ``received(int)`` (the signal's number).

    ``install()`` must run on the main thread; ``uninstall()`` (or destruction of the parent)
    restores the previous handlers.
    """

    received = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)
        self._previous: dict[int, object] = {}
        self._previous_wakeup = -1

    def install(self) -> bool:
        """Catch SIGTERM and SIGINT from now on; False where that is impossible (not the main
        thread)."""
        if threading.current_thread() is not threading.main_thread():
            return False
        self._previous_wakeup = signal.set_wakeup_fd(self._writer.fileno())
        for number in QUIT_SIGNALS:
            self._previous[number] = signal.signal(number, _note_signal)
        return True

    def uninstall(self) -> None:
        """Give the signals back to whoever had them."""
        if not self._previous:
            return
        for number, handler in self._previous.items():
            signal.signal(number, handler)  # type: ignore[arg-type]
        self._previous.clear()
        signal.set_wakeup_fd(self._previous_wakeup)

    def _on_notifier_activated(self) -> None:
        try:
            numbers = self._reader.recv(64)
        except BlockingIOError:
            return
        for number in numbers:
            if number in QUIT_SIGNALS:
                self.received.emit(number)


def _note_signal(number: int, frame: FrameType | None) -> None:
    """The Python-level handler: nothing to do, the wake-up byte carries the news (and having a
    handler keeps Python from ending the process or raising KeyboardInterrupt mid-save)."""

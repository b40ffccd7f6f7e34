"""QtTicker: the only place a QTimer is built. A precise single-shot timer, re-armed by its owner."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer


class QtTicker(QObject):
    """Implements core.clock.Ticker with one single-shot Qt.PreciseTimer.

    The owner re-arms it after every shot with the delay until the next moment anything visible
    changes (the next whole second of the remaining time), so nothing ever counts ticks.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._callback: Callable[[], None] | None = None
        self._due = 0.0
        #: the latest a shot has fired after it was due, in seconds (how long the window's
        #: thread was busy elsewhere; printed by ACUPRESS_REPORT_SESSION for the cue bench)
        self.worst_lateness = 0.0
        self._timer.timeout.connect(self._on_timer_timeout)

    def set_callback(self, callback: Callable[[], None]) -> None:
        """What to call when the shot fires."""
        self._callback = callback

    def start(self, delay_seconds: float) -> None:
        """Fire once after ``delay_seconds`` (rounded up to the millisecond), replacing any pending shot."""
        milliseconds = max(0, math.ceil(delay_seconds * 1000 - 1e-6))
        self._due = time.monotonic() + milliseconds / 1000
        self._timer.start(milliseconds)

    def stop(self) -> None:
        """Cancel the pending shot."""
        self._timer.stop()

    @property
    def active(self) -> bool:
        """True while a shot is pending."""
        return self._timer.isActive()

    def _on_timer_timeout(self) -> None:
        self.worst_lateness = max(self.worst_lateness, time.monotonic() - self._due)
        if self._callback is not None:
            self._callback()

"""Time as a dependency: the Clock and Ticker protocols and the system clock."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol


class Clock(Protocol):
    """Monotonic seconds; only differences matter."""

    def now(self) -> float:
        """Current monotonic time in seconds."""
        ...


class Ticker(Protocol):
    """Calls its callback once after a delay; re-armed by the caller each time."""

    def set_callback(self, callback: Callable[[], None]) -> None:
        """What to call when the ticker fires."""
        ...

    def start(self, delay_seconds: float) -> None:
        """Fire once after ``delay_seconds`` (replacing any pending shot)."""
        ...

    def stop(self) -> None:
        """Cancel the pending shot, if any."""
        ...


class SystemClock:
    """The real monotonic clock."""

    def now(self) -> float:
        """time.monotonic()."""
        return time.monotonic()

"""Time as a dependency: the Clock and Ticker protocols and the system clock."""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable
from datetime import datetime
from typing import Protocol

#: The wall clock: the date and time now, for what is dated (sessions in the history, the daily
#: reminder, routines' last use). The app makes one and gives it to every part that needs the
#: date; tests give a fixed one. Aware datetimes are read as they are; a naive one is local time.
WallClock = Callable[[], datetime]


def local_now() -> datetime:
    """The system's wall clock: now, aware, in the local time zone."""
    return datetime.now().astimezone()


class Clock(Protocol):
    """Monotonic seconds; only differences matter."""

    def now(self) -> float:
        """Current monotonic time in seconds, the time the computer was asleep included."""
        ...

    def asleep(self) -> float | None:
        """Seconds the computer has spent suspended so far (only differences matter), or None
        where the platform cannot tell. It tells a real sleep from a program that did not run
        for a while (a busy machine, a blocking call): both make a timer fire late."""
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


def weak_callback(method: Callable[[], None]) -> Callable[[], None]:
    """A ticker callback that calls the bound ``method`` while its object lives, and does nothing
    after.

    For an object that owns its ticker: with the bound method itself the object, its ticker and
    the method are a reference cycle, which only the garbage collector frees, at a moment of its
    choosing (for a window, even while it is painted).
    """
    target = weakref.WeakMethod(method)

    def call() -> None:
        alive = target()
        if alive is not None:
            alive()

    return call


#: Linux has a monotonic clock that counts suspended time (BOOTTIME) and one that does not
#: (MONOTONIC): their difference is the time asleep. Elsewhere time.monotonic() is used and
#: the time asleep is unknown.
_BOOTTIME: int | None = getattr(time, "CLOCK_BOOTTIME", None)


class SystemClock:
    """The real monotonic clock (on Linux, one that goes on while the computer sleeps)."""

    def now(self) -> float:
        """CLOCK_BOOTTIME on Linux, time.monotonic() elsewhere."""
        if _BOOTTIME is not None:
            return time.clock_gettime(_BOOTTIME)
        return time.monotonic()

    def asleep(self) -> float | None:
        """BOOTTIME − MONOTONIC on Linux (seconds suspended since boot); None elsewhere."""
        if _BOOTTIME is None:
            return None
        awake = time.monotonic()  # read first: BOOTTIME read after it is never behind it
        return max(0.0, time.clock_gettime(_BOOTTIME) - awake)

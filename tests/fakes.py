"""Test doubles for time: a clock moved by hand and a ticker fired by hand."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

from PySide6.QtCore import QCoreApplication, QTranslator


class FakeClock:
    """Monotonic time that only moves when a test says so.

    ``knows_sleep=True`` plays a platform that can tell time asleep apart (Linux): ``advance``
    is time awake (the program may not have run), ``suspend`` is the computer asleep. Without
    it, ``asleep()`` is None, as on a platform that cannot tell."""

    def __init__(self, start: float = 1000.0, knows_sleep: bool = False) -> None:
        self.time = start
        self.knows_sleep = knows_sleep
        self.slept = 0.0

    def now(self) -> float:
        return self.time

    def asleep(self) -> float | None:
        return self.slept if self.knows_sleep else None

    def advance(self, seconds: float) -> None:
        self.time += seconds

    def suspend(self, seconds: float) -> None:
        """The computer sleeps for ``seconds``: time goes on, and it counts as time asleep."""
        self.time += seconds
        self.slept += seconds


class ManualTicker:
    """A single-shot ticker: records the requested delay; ``fire()`` calls back as the timer would.

    ``run_until(clock, t)`` plays the role of the event loop: it advances the clock to each
    requested deadline in turn and fires, until time t.
    """

    def __init__(self, clock: FakeClock | None = None) -> None:
        self._callback: Callable[[], None] | None = None
        self._clock = clock
        self.delay: float | None = None
        self.deadline: float | None = None  # absolute fake time of the shot (with a clock)
        self.starts: list[float] = []

    def set_callback(self, callback: Callable[[], None]) -> None:
        self._callback = callback

    def start(self, delay_seconds: float) -> None:
        self.delay = delay_seconds
        self.starts.append(delay_seconds)
        if self._clock is not None:
            self.deadline = self._clock.now() + delay_seconds

    def stop(self) -> None:
        self.delay = None
        self.deadline = None

    @property
    def active(self) -> bool:
        return self.delay is not None

    def fire(self) -> None:
        assert self._callback is not None
        self.delay = None
        self.deadline = None
        self._callback()

    def run_until(self, clock: FakeClock, until: float, max_shots: int = 100_000) -> int:
        """Advance ``clock`` shot by shot (as a punctual event loop would) up to ``until``."""
        shots = 0
        while self.delay is not None and clock.now() + self.delay <= until + 1e-9:
            clock.advance(self.delay)
            self.fire()
            shots += 1
            assert shots < max_shots, "ticker never settled"
        return shots


class FakeTranslator(QTranslator):
    """Translates the given source texts; everything else falls through to the source."""

    def __init__(self, table: dict[str, str]) -> None:
        super().__init__()
        self.table = table

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return self.table.get(source)  # None: not translated (an empty text would be a translation)

    def isEmpty(self) -> bool:
        return False


@contextlib.contextmanager
def installed_translator(table: dict[str, str]) -> Iterator[None]:
    """A FakeTranslator installed (its LanguageChange delivered) for the block, removed after."""
    translator = FakeTranslator(table)
    QCoreApplication.installTranslator(translator)
    QCoreApplication.sendPostedEvents()
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
        QCoreApplication.sendPostedEvents()

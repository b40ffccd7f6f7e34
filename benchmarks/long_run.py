"""Memory after a simulated 8 hours of sessions (goal: RSS grows by no more than 5 MiB).

The app's real services run offscreen on a hand-moved clock: one built-in routine after another,
each finished, summarised and saved to the history, for 8 simulated hours. Every simulated second
the due timer shots fire (the per-second tick and 5 animation frames) and the event loop paints
once. RSS is read after the first session (warm-up) and at the end.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from acupress_desktop.app import create_application
from acupress_desktop.app.composition import Acupress  # noqa: E402
from acupress_desktop.core.catalogue import load_catalogue  # noqa: E402
from benchmarks.startup_memory import rss_kib  # noqa: E402
from tests.fakes import FakeClock, ManualTicker  # noqa: E402

SIMULATED_HOURS = 8.0


def step_second(clock: FakeClock, tickers: list[ManualTicker]) -> None:
    """Advance one simulated second, firing every shot that falls due, in time order."""
    end = clock.now() + 1.0
    while True:
        due = [(t.deadline, i) for i, t in enumerate(tickers) if t.deadline is not None]
        due = [(when, i) for when, i in due if when <= end + 1e-9]
        if not due:
            break
        when, index = min(due)
        clock.time = max(clock.time, when)
        tickers[index].fire()
    clock.time = end


def main(argv: list[str]) -> int:
    """Print RSS growth over the simulated hours."""
    hours = float(argv[0]) if argv else SIMULATED_HOURS
    app = create_application(sys.argv[:1])
    clock = FakeClock()
    tickers: list[ManualTicker] = []

    def make_ticker() -> ManualTicker:
        ticker = ManualTicker(clock)
        tickers.append(ticker)
        return ticker

    with tempfile.TemporaryDirectory() as data:
        services = Acupress(load_catalogue(), Path(data), clock=clock, ticker_factory=make_ticker)
        services.session.cues().set_muted(True)
        services.window.resize(1280, 800)
        services.window.show()
        routine = services.routines.repository().find_by_name("Lower back")
        assert routine is not None
        simulated = 0.0
        sessions = 0
        baseline = 0
        samples: list[tuple[int, int]] = []  # (sessions, RSS KiB): a leak climbs, a cache levels
        wall = time.monotonic()
        while simulated < hours * 3600:
            services.session.start_routine(routine.routine)
            while services.session.controller().running:
                step_second(clock, tickers)
                simulated += 1
                QApplication.processEvents()
            services.session.view().summary_page.pain_before.setValue(6)
            services.session.view().summary_page.pain_after.setValue(4)
            services.session.view().summary_page.done_button.click()
            QApplication.processEvents()
            sessions += 1
            if sessions == 1:
                baseline = rss_kib(os.getpid())
            if sessions % 10 == 0:
                samples.append((sessions, rss_kib(os.getpid())))
        final = rss_kib(os.getpid())
        history = len(services.history.repository().list())
        services.window.close()
    app.processEvents()
    print(
        f"long run: {sessions} sessions, {simulated / 3600:.1f} simulated hours, "
        f"{history} history rows, {time.monotonic() - wall:.0f} s of real time"
    )
    print(
        f"  RSS after the first session {baseline / 1024:7.1f} MiB, at the end {final / 1024:7.1f} MiB,"
        f" growth {(final - baseline) / 1024:+.1f} MiB (goal ≤ 5 MiB)"
    )
    print("  RSS every 10 sessions: " + ", ".join(f"{n}: {k / 1024:.1f}" for n, k in samples))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""A real 60-second session, offscreen, with one 1.5 s event-loop stall in the middle.

Prints: how far the end is from the plan, whether the countdown label skipped any second outside
the stall, and the CPU time the process used per minute with the breathing pacer on screen.
Goals: end offset ≤ 5 ms, 0 skipped seconds outside the stall, CPU ≤ 1 % of a core (0.6 s/min).

For reference, a bare PySide6 countdown (a QLabel updated by a 1 s timer, same size) runs as a
separate process over the same minute, so the machine's load weighs on both alike; the CPU
figures are every thread's run time from /proc/PID/task/*/schedstat (ns precision), and the
session's is also given as a ratio to the bare countdown's.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from acupress_desktop.controllers.session_controller import SessionController  # noqa: E402
from acupress_desktop.controllers.ticker import QtTicker  # noqa: E402
from acupress_desktop.core.breathing import PATTERNS  # noqa: E402
from acupress_desktop.core.catalogue import load_catalogue  # noqa: E402
from acupress_desktop.core.clock import SystemClock  # noqa: E402
from acupress_desktop.core.plan import build_plan  # noqa: E402
from acupress_desktop.core.routine import Routine, RoutineStep  # noqa: E402
from acupress_desktop.ui.session.session_view import SessionView  # noqa: E402
from benchmarks.startup_memory import cpu_seconds  # noqa: E402

#: The reference: a bare 1 Hz countdown, a QLabel in the session's countdown size.
BARE_COUNTDOWN = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
label = QLabel("10:00")
label.setFont(QFont(label.font().family(), 72))
label.resize(1280, 800)
label.show()
left = [600]
def tick():
    left[0] -= 1
    label.setText(f"{left[0] // 60}:{left[0] % 60:02d}")
timer = QTimer()
timer.timeout.connect(tick)
timer.start(1000)
app.processEvents()
print("shown", flush=True)
app.exec()
"""


def start_bare_countdown() -> subprocess.Popen[str]:
    """The bare countdown, offscreen, once its window is up."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    bare = subprocess.Popen([sys.executable, "-c", BARE_COUNTDOWN], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)  # fmt: skip
    assert bare.stdout is not None
    bare.stdout.readline()
    return bare


def run(seconds: int, stall_at: float, stall: float) -> dict[str, float]:
    """Run one session of ``seconds`` with a blocking stall; return the figures."""
    app = QApplication.instance() or QApplication([])
    catalogue = load_catalogue()
    clock = SystemClock()
    controller = SessionController(catalogue, clock, QtTicker(), QtTicker())
    plan = build_plan(
        Routine("bench", (RoutineStep("GV4", seconds),), get_ready_seconds=0), catalogue
    )
    labels: list[tuple[float, int]] = []
    finished: list[float] = []
    # connected before the view: the times are when the controller knew, not after drawing
    controller.display_changed.connect(lambda s: labels.append((clock.now(), s.shown_seconds)))
    controller.session_finished.connect(lambda r: finished.append(clock.now()))
    view = SessionView(catalogue, controller)
    view.resize(1280, 800)
    view.show()
    controller.session_finished.connect(lambda r: app.quit())

    stall_ticker = QtTicker()
    stall_window: list[float] = []

    def block() -> None:
        stall_window.append(clock.now())
        time.sleep(stall)  # the event loop is blocked, as by a slow disk or a busy CPU
        stall_window.append(clock.now())

    stall_ticker.set_callback(block)
    app.processEvents()
    bare = start_bare_countdown()
    time.sleep(1.0)  # past its start-up
    bare_before = cpu_seconds(bare.pid)
    cpu_before = cpu_seconds(os.getpid())
    started = clock.now()
    controller.start(plan, PATTERNS["relaxed"])
    stall_ticker.start(stall_at)
    app.exec()
    cpu_used = cpu_seconds(os.getpid()) - cpu_before
    bare_used = cpu_seconds(bare.pid) - bare_before
    wall = clock.now() - started
    bare.terminate()
    bare.wait(timeout=30)
    end_offset = finished[0] - (started + plan.total)

    # seconds skipped on the label outside the stall: consecutive labels must differ by 1
    skipped = 0
    stall_from, stall_to = stall_window[0], stall_window[1] + 0.05
    for (_t0, a), (t1, b) in zip(labels, labels[1:], strict=False):
        if stall_from <= t1 <= stall_to:
            continue
        if a - b > 1:
            skipped += a - b - 1
    lateness = [
        (t - started) - (seconds - shown)
        for t, shown in labels[1:]
        if not stall_from <= t <= stall_to
    ]
    view.close()
    return {
        "end_offset_ms": end_offset * 1000,
        "skipped": skipped,
        "cpu_per_minute_s": cpu_used / wall * 60,
        "cpu_percent": cpu_used / wall * 100,
        "bare_cpu_percent": bare_used / wall * 100,
        "label_late_ms_max": max(lateness) * 1000 if lateness else 0.0,
        "label_updates": len(labels),
        "wall_s": wall,
    }


def main(argv: list[str]) -> int:
    """Print the figures; exit 0 (benchmarks report, they do not judge)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--stall", type=float, default=1.5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as home:
        os.environ.setdefault("XDG_CACHE_HOME", str(Path(home)))
        figures = run(args.seconds, args.seconds / 2, args.stall)
    print(f"session timing: {args.seconds} s session, one {args.stall:g} s stall in the middle")
    print(f"  end offset from plan      {figures['end_offset_ms']:8.2f} ms   (goal ≤ 5 ms)")
    print(f"  seconds skipped (no stall) {figures['skipped']:7.0f}      (goal 0)")
    print(f"  label late, worst         {figures['label_late_ms_max']:8.2f} ms")
    print(
        f"  CPU per minute, pacer on  {figures['cpu_per_minute_s']:8.3f} s    "
        f"= {figures['cpu_percent']:.2f} % of a core (goal ≤ 1 %)"
    )
    print(
        f"  bare 1 Hz countdown label {figures['bare_cpu_percent']:8.3f} % of a core   ratio "
        f"{figures['cpu_percent'] / max(figures['bare_cpu_percent'], 1e-9):.1f}×"
    )
    print(f"  label updates {figures['label_updates']:.0f}, wall {figures['wall_s']:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Start-up time and memory of Acupress against a bare PySide6 window, measured in the same run.

Each program is started 5 times offscreen (the bare window at the size Acupress's first window
takes); the time is from process start to the first window
shown and painted (each prints a monotonic timestamp once its window is up), the memory is the
resident set 10 s after start. Goals: both ratios ≤ 1.3. Then, the window open and no session,
the CPU the process uses over the next 10 s, as a percentage of one core (goal ≤ 0.10 %, the
figure of Workrave, a break reminder that also sits open all day).

Acupress's modules are compiled to bytecode first, as an installed copy's are: with
PYTHONDONTWRITEBYTECODE set (as on CI) every start would otherwise compile ~60 modules anew
(~35 ms), which no user's start does.
"""

from __future__ import annotations

import compileall
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BARE = """
import sys, time
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
window = QLabel("bare")
room = app.primaryScreen().availableGeometry()  # the size Acupress's first window takes
window.resize(min(1380, room.width() - 32), min(860, room.height() - 48))
window.show()
app.processEvents()
print(f"shown {time.monotonic():.6f}", flush=True)
app.exec()
"""
#: The bare window plus only what any PySide6 app with Acupress's looks pays: QtSvg, the Qt
#: namespace's enums (created on first use, ~15 ms), QLocale, a style sheet, a Chinese glyph (the
#: detail pane shows the point's characters, which loads a CJK font). Acupress's own share of the
#: start-up is the difference between this and Acupress.
QT_FLOOR = BARE.replace(
    'window = QLabel("bare")',
    """from PySide6.QtCore import QLocale, Qt
from PySide6.QtSvg import QSvgRenderer
app.setStyle("Fusion")
app.setStyleSheet("QLabel#x { font-weight: 600; }")
QLocale().name()
window = QLabel("bare \u814e\u4fde")
window.setAlignment(Qt.AlignmentFlag.AlignCenter)""",
)


def rss_kib(pid: int) -> int:
    """Resident set size of a process, from /proc."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def cpu_seconds(pid: int) -> float:
    """CPU time the threads of a process have run, in ns precision (/proc's schedstat; the
    utime/stime ticks of /proc/PID/stat are 10 ms, 0.1 % of a core over 10 s)."""
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            total += int((task / "schedstat").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            continue  # a thread that just ended
    return total / 1e9


def measure(command: list[str], settle: float, idle: float) -> tuple[float, int, float]:
    """(seconds to first window, RSS KiB after ``settle`` seconds, CPU % of a core over the
    ``idle`` seconds after that) for one start."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ACUPRESS_REPORT_SHOWN="1")
    started = time.monotonic()
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)  # fmt: skip
    assert process.stdout is not None
    line = process.stdout.readline()
    shown = float(line.split()[1]) if line.startswith("shown") else float("nan")
    time.sleep(
        max(0.0, started + settle - time.monotonic())
    )  # a benchmark may wait; tests never do
    rss = rss_kib(process.pid)
    cpu = cpu_seconds(process.pid)
    time.sleep(idle)
    idle_cpu = (cpu_seconds(process.pid) - cpu) / idle * 100 if idle else float("nan")
    process.terminate()  # as a logout would: Acupress closes cleanly and removes its socket
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    return shown - started, rss, idle_cpu


#: Runs a program's start and leaves at once when its window is up and painted, for callgrind.
_UNTIL_SHOWN = """
import builtins, os, runpy, sys
print_ = builtins.print
def stop_when_shown(*args, **kwargs):
    print_(*args, **kwargs)
    if args and str(args[0]).startswith("shown"):
        os._exit(0)
builtins.print = stop_when_shown
target = sys.argv.pop(1)
if target == "-c":
    exec(compile(sys.argv.pop(1).replace("app.exec()", ""), "<bench>", "exec"))
else:
    sys.argv[0] = target
    runpy.run_module(target, run_name="__main__", alter_sys=True)
"""


def instructions(command: list[str]) -> int | None:
    """Instructions a start takes to its first painted window, counted by callgrind: the same
    count every run whatever else the machine does (wall time on 2 shared cores swings 30 %).
    None without valgrind."""
    if shutil.which("valgrind") is None:
        return None
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ACUPRESS_REPORT_SHOWN="1")
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
         sys.executable, "-c", _UNTIL_SHOWN, *command],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    found = re.search(r"Collected : (\d+)", done.stderr)
    return int(found.group(1)) if found else None


def main(argv: list[str]) -> int:
    """Print the start-up and memory figures."""
    runs = int(argv[0]) if argv else 5
    settle = 10.0
    idle = 10.0
    compileall.compile_dir(ROOT / "acupress_desktop", quiet=1)
    with tempfile.TemporaryDirectory() as data:
        app = [sys.executable, "-m", "acupress_desktop", "--data-dir", data, "--no-safety-notice"]
        commands = {
            "bare": [sys.executable, "-c", BARE],
            "qt floor": [sys.executable, "-c", QT_FLOOR],
            "acupress": app,
        }
        results: dict[str, list[tuple[float, int, float]]] = {name: [] for name in commands}
        for _ in range(runs):  # interleaved, so machine load affects all alike
            for name, command in commands.items():
                # idle CPU of Acupress and of the bare window only (10 s more per start)
                results[name].append(measure(command, settle, idle if name != "qt floor" else 0))
    median = {name: tuple(statistics.median(run[i] for run in r) for i in range(3))
              for name, r in results.items()}  # fmt: skip
    (bare_t, bare_m, bare_c), (app_t, app_m, app_c) = median["bare"], median["acupress"]
    floor_t, floor_m, _ = median["qt floor"]
    print(f"start-up and memory: median of {runs} starts each, offscreen")
    print(
        f"  time to first window   bare {bare_t * 1000:7.0f} ms   acupress {app_t * 1000:7.0f} ms"
        f"   ratio {app_t / bare_t:.2f} (goal ≤ 1.3)"
    )
    print(
        f"  RSS 10 s after start   bare {bare_m / 1024:7.1f} MiB  acupress {app_m / 1024:7.1f} MiB"
        f"  ratio {app_m / bare_m:.2f} (goal ≤ 1.3)"
    )
    print(
        f"  idle CPU, window open, no session, {idle:.0f} s   bare {bare_c:.3f} %"
        f"   acupress {app_c:.3f} % of a core (goal ≤ 0.10 %)"
    )
    with tempfile.TemporaryDirectory() as data:
        counts = {
            "bare": instructions(["-c", BARE]),
            "qt floor": instructions(["-c", QT_FLOOR]),
            "acupress": instructions(
                ["acupress_desktop", "--data-dir", data, "--no-safety-notice"]
            ),
        }
    if all(counts.values()):
        bare_i, floor_i, app_i = (counts[k] or 1 for k in ("bare", "qt floor", "acupress"))
        print(
            f"  instructions to first window (callgrind)   bare {bare_i / 1e6:.0f} M"
            f"   qt floor {floor_i / 1e6:.0f} M ({floor_i / bare_i:.2f})"
            f"   acupress {app_i / 1e6:.0f} M   ratio {app_i / bare_i:.2f} (goal ≤ 1.3)"
        )
    print(
        f"  for reference, a bare window with QtSvg, Qt's enums, a style sheet and a Chinese glyph:"
        f" {floor_t * 1000:.0f} ms ({floor_t / bare_t:.2f}), {floor_m / 1024:.1f} MiB"
        f" ({floor_m / bare_m:.2f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

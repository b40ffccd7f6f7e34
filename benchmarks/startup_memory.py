"""Start-up time and memory of Acupress against a bare PySide6 window, measured in the same run.

Each program is started 5 times offscreen; the time is from process start to the first window
shown and painted (each prints a monotonic timestamp once its window is up), the memory is the
resident set 10 s after start. Goals: both ratios ≤ 1.3.

Acupress's modules are compiled to bytecode first, as an installed copy's are: with
PYTHONDONTWRITEBYTECODE set (as on CI) every start would otherwise compile ~60 modules anew
(~35 ms), which no user's start does.
"""

from __future__ import annotations

import compileall
import os
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
window.resize(1280, 800)
window.show()
app.processEvents()
print(f"shown {time.monotonic():.6f}", flush=True)
app.exec()
"""


def rss_kib(pid: int) -> int:
    """Resident set size of a process, from /proc."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def measure(command: list[str], settle: float) -> tuple[float, int]:
    """(seconds to first window, RSS KiB after ``settle`` seconds) for one start."""
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
    process.kill()
    process.wait()
    return shown - started, rss


def main(argv: list[str]) -> int:
    """Print the start-up and memory figures."""
    runs = int(argv[0]) if argv else 5
    settle = 10.0
    compileall.compile_dir(ROOT / "acupress_desktop", quiet=1)
    with tempfile.TemporaryDirectory() as data:
        app = [sys.executable, "-m", "acupress_desktop", "--data-dir", data, "--no-safety-notice"]
        bare = [sys.executable, "-c", BARE]
        results: dict[str, list[tuple[float, int]]] = {"bare": [], "acupress": []}
        for _ in range(runs):  # interleaved, so machine load affects both alike
            results["bare"].append(measure(bare, settle))
            results["acupress"].append(measure(app, settle))
    median = {name: (statistics.median(t for t, _ in r), statistics.median(m for _, m in r))
              for name, r in results.items()}  # fmt: skip
    (bare_t, bare_m), (app_t, app_m) = median["bare"], median["acupress"]
    print(f"start-up and memory: median of {runs} starts each, offscreen")
    print(
        f"  time to first window   bare {bare_t * 1000:7.0f} ms   acupress {app_t * 1000:7.0f} ms"
        f"   ratio {app_t / bare_t:.2f} (goal ≤ 1.3)"
    )
    print(
        f"  RSS 10 s after start   bare {bare_m / 1024:7.1f} MiB  acupress {app_m / 1024:7.1f} MiB"
        f"  ratio {app_m / bare_m:.2f} (goal ≤ 1.3)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

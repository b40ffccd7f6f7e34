"""The real app starts, whatever is in its data folder: pipes, bad bytes, a folder for a file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

#: Starts the app as main() does, but prints every message box instead of showing it, and
#: returns from the event loop at once (offscreen nobody could close a box).
SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication, QMessageBox
def show(box):
    print("BOX:", box.text().replace("\\n", " "), flush=True)
QMessageBox.open = show
QMessageBox.exec = lambda box: show(box) or 0
QApplication.exec = lambda *args: 0
from acupress_desktop.app import main
sys.exit(main(["acupress", "--data-dir", sys.argv[1], "--no-safety-notice"]))
"""


def start(data: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home))
    try:
        return subprocess.run(
            [sys.executable, "-c", SCRIPT, str(data)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=90,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"the app did not finish starting: {exc.stderr!r}")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_pipes_for_settings_and_data_do_not_hang_start_up(tmp_path: Path) -> None:
    """settings.json and acupress.sqlite3 as FIFOs: the app starts, says what it found, and
    leaves the data pipe where it is."""
    data = tmp_path / "data"
    data.mkdir()
    os.mkfifo(data / "settings.json")
    os.mkfifo(data / "acupress.sqlite3")
    result = start(data, tmp_path)
    assert result.returncode == 0, result.stderr
    boxes = [line for line in result.stdout.splitlines() if line.startswith("BOX:")]
    assert any("settings.damaged-1.json" in box for box in boxes), boxes
    assert any("named pipe" in box and "temporary" in box for box in boxes), boxes
    assert not (data / "acupress.sqlite3").is_file() and (data / "acupress.sqlite3").exists()


def test_latin_1_settings_do_not_stop_the_app(tmp_path: Path) -> None:
    """A settings file saved by a Latin-1 editor: the app starts with defaults and says so."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_bytes(b'{"theme": "dark", "language": "espa\xf1ol"}')
    result = start(data, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "not UTF-8" in result.stdout
    assert (data / "settings.damaged-1.json").read_bytes().endswith(b'espa\xf1ol"}')

"""``--background``: the app starts with no window, only the daily reminder armed (QtDBus is not
even loaded until a reminder is shown); with the reminder off it opens its window as usual."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from acupress_desktop.app import parse_args, starts_hidden

ROOT = Path(__file__).resolve().parents[2]


def test_background_is_an_option() -> None:
    assert parse_args(["--background"]).background
    assert not parse_args([]).background


@pytest.mark.parametrize(
    ("argv", "reminder", "hidden"),
    [
        (["--background"], True, True),
        (["--background"], False, False),  # nothing to wait for: the window
        ([], True, False),
        (["--background", "--page", "history"], True, False),  # a page was asked for
        (["--background", "--routine", "Lower back"], True, False),
    ],
)
def test_background_hides_the_window_only_while_a_reminder_can_come(
    argv: list[str], reminder: bool, hidden: bool
) -> None:
    assert starts_hidden(parse_args(argv), reminder) is hidden


def run_until_waiting(data: Path, *options: str) -> tuple[bool, set[str], str]:
    """Start the app and stop it when it starts waiting for the user: whether its window was
    shown, the Qt modules loaded, and its log."""
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "def report(*args):\n"
        "    shown = any(w.isVisible() for w in QApplication.topLevelWidgets())\n"
        "    print('shown' if shown else 'hidden')\n"
        "    print(' '.join(m for m in sys.modules if m.startswith('PySide6.Qt')))\n"
        "    return 0\n"
        "QApplication.exec = report\n"
        "from acupress_desktop.app import main\n"
        f"sys.exit(main(['acupress', '--data-dir', {str(data)!r}, '--no-safety-notice',"
        f" *{list(options)!r}]))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # never the desktop's bus
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=120, check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    log = "".join(p.read_text(encoding="utf-8") for p in data.rglob("*.log"))
    return lines[0] == "shown", set(lines[1].split()), log + result.stderr


def test_with_the_reminder_on_no_window_shows(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text(
        json.dumps({"schema_version": 1, "reminder_enabled": True, "safety_notice_seen": True}),
        encoding="utf-8",
    )
    shown, modules, log = run_until_waiting(data, "--background")
    assert not shown
    assert "PySide6.QtDBus" not in modules  # built at the first reminder, not at start
    assert "no window; the daily reminder is armed" in log


def test_with_the_reminder_off_the_window_shows_and_the_log_says_why(tmp_path: Path) -> None:
    shown, _modules, log = run_until_waiting(tmp_path / "data", "--background")
    assert shown
    assert "the daily reminder is off, so the window is shown" in log

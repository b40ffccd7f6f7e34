"""Every screen fits a laptop: 1280×720 and 1366×768 at the default text size, 1366×768 in
Spanish, 1280×800 in high contrast with the largest text. Each size runs the checks of
screen_fit_checks.py in a process whose offscreen screen has that size, so the app and its
dialogs size themselves to it as they would on the real screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.screen_fit_checks import SCREENS

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name", list(SCREENS))
def test_every_screen_fits(tmp_path: Path, name: str) -> None:
    """On this screen nothing lies outside its window, is cut, or is too small for its text."""
    width, height = SCREENS[name][:2]
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [
        {"name": name, "x": 0, "y": 0, "width": width, "height": height,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
    ]}))  # fmt: skip
    env = dict(
        os.environ, ACUPRESS_FIT_SCREEN=name, QT_QPA_PLATFORM=f"offscreen:configfile={config}"
    )
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--tb=short",
         str(ROOT / "tests" / "ui" / "screen_fit_checks.py")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    said = [line[2:] for line in result.stdout.splitlines() if line.startswith("E  ")]
    assert result.returncode == 0, (
        "\n".join(said[:80]) or result.stdout[-4000:] + result.stderr[-2000:]
    )

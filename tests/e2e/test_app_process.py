"""The real app, started as a user would (``python -m acupress_desktop``), offscreen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def run_app(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        env.pop(name, None)
    env["XDG_CACHE_HOME"] = str(home / ".cache")
    return subprocess.run(
        [sys.executable, "-m", "acupress_desktop", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def files_under(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}


def test_data_dir_holds_every_file_the_app_writes(tmp_path: Path) -> None:
    """With --data-dir, settings land there and nothing is written in the home folder."""
    home, data = tmp_path / "home", tmp_path / "portable"
    home.mkdir()
    shot = tmp_path / "window.png"
    result = run_app(
        "--data-dir", str(data), "--point", "BL23", "--screenshot", str(shot), home=home
    )
    assert result.returncode == 0, result.stderr
    assert "settings.json" in files_under(data)
    # fontconfig (a system library, not the app) may cache fonts; nothing else may appear
    assert {f for f in files_under(home) if not f.startswith(".cache/fontconfig")} == set()
    image = QImage(str(shot))
    assert image.width() >= 1000 and image.height() >= 600


def test_version_and_help(tmp_path: Path) -> None:
    """--version prints the version; --help lists the options."""
    result = run_app("--help", home=tmp_path)
    assert result.returncode == 0
    for option in ("--data-dir", "--no-safety-notice", "--point", "--screenshot", "--version"):
        assert option in result.stdout

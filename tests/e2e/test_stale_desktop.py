"""What a crashed real-input run leaves behind is ended by the next one (tests/desktop)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.desktop.desktop import clear_stale_desktops


def _leftover(state: Path, owner: int) -> subprocess.Popen[bytes]:
    """A desktop folder made by ``owner`` and a process running in it, as Xvfb or Orca would."""
    (state / "runtime").mkdir(parents=True)
    (state / "owner").write_text(str(owner))
    env = dict(os.environ, XDG_RUNTIME_DIR=str(state / "runtime"))
    code = "import sys; sys.stdin.read()"  # runs until killed (stdin stays open)
    return subprocess.Popen([sys.executable, "-c", code], env=env, stdin=subprocess.PIPE)


def test_a_dead_runs_desktop_is_ended_and_a_living_one_left(tmp_path: Path) -> None:
    dead_owner = subprocess.Popen([sys.executable, "-c", "pass"])
    dead_owner.wait()  # its pid is now free: the run that made the folder is gone
    stale = _leftover(tmp_path / "acupress-desktop-stale", dead_owner.pid)
    living = _leftover(tmp_path / "acupress-desktop-living", os.getpid())
    try:
        assert clear_stale_desktops(tmp_path) == [tmp_path / "acupress-desktop-stale"]
        assert stale.wait(timeout=10) != 0  # killed
        assert not (tmp_path / "acupress-desktop-stale").exists()
        assert living.poll() is None and (tmp_path / "acupress-desktop-living").exists()
    finally:
        for process in (stale, living):
            process.kill()
            process.wait()

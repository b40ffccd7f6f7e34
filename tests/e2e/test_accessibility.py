"""What a screen reader sees: the real app under Xvfb with the AT-SPI bus has no unnamed control,
on every screen: browse, session, routines, history and settings."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "tools" / "a11y" / "run_with_atspi.sh"

_missing = [
    tool
    for tool in ("Xvfb", "dbus-daemon", "/usr/libexec/at-spi-bus-launcher")
    if not shutil.which(tool)
]
_pyatspi = (
    Path("/usr/bin/python3").exists()
    and subprocess.run(
        ["/usr/bin/python3", "-c", "import pyatspi"], capture_output=True, check=False
    ).returncode
    == 0
)

pytestmark = pytest.mark.skipif(
    bool(_missing) or not _pyatspi,
    reason=f"needs Xvfb, D-Bus and AT-SPI (apt: xvfb dbus at-spi2-core python3-pyatspi); missing {_missing}",
)

SCREENS = {
    "points": ([], ["check box: Lower back and hips", "text: Search points", "combo box: All concerns",
                    "list item: BL40 Weizhong", "menu item: Safety notice", "filler: Body map"]),
    "session": (["--routine", "Lower back"], ["push button: Pause (Space)", "push button: Stop the session (Esc)",
                                               "filler: Countdown", "filler: Breathing guide"]),
    "routines": (["--page", "routines"], ["push button: Start routine", "list: Routines"]),
    "history": (["--page", "history"], ["push button: Export history as CSV"]),
    "settings": (["--page", "settings"], ["dialog: Settings"]),
}  # fmt: skip


@pytest.mark.parametrize("screen", list(SCREENS))
def test_screen_has_no_unnamed_interactive_node(tmp_path: Path, screen: str) -> None:
    """Every button, field, list item and menu item on this screen has a name."""
    arguments, expected = SCREENS[screen]
    result = subprocess.run(
        [str(SCRIPT), "-n", "Acupress", "-w", "60", "-p", "--strict", "--", sys.executable,
         "-m", "acupress_desktop", "--data-dir", str(tmp_path), "--no-safety-notice", *arguments],
        cwd=ROOT, capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-3000:]
    assert "Interactive nodes with an empty accessible name: 0" in result.stdout
    for line in expected:
        assert line in result.stdout, f"{line!r} not in the tree"

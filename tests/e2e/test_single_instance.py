"""A second copy started on the same data folder hands its arguments to the first and exits."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from acupress_desktop.controllers.single_instance import InstanceServer, server_name

ROOT = Path(__file__).resolve().parents[2]


def test_second_copy_hands_over_and_exits(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The running copy receives the second copy's arguments; the second exits with success."""
    server = InstanceServer(tmp_path)
    assert server.listen()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    args = ["--data-dir", str(tmp_path), "--routine", "Lower back"]
    with qtbot.waitSignal(server.arguments_received, timeout=30_000) as received:
        second = subprocess.Popen([sys.executable, "-m", "acupress_desktop", *args], cwd=ROOT, env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    assert received.args == [args]
    _, stderr = second.communicate(timeout=60)
    assert second.returncode == 0, stderr
    assert "already running" in stderr
    server.close()


def test_copies_on_different_data_folders_do_not_meet(tmp_path: Path) -> None:
    """Two portable copies with their own data folders use different channels."""
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert server_name(tmp_path / "a") == server_name(tmp_path / "a" / ".." / "a")


def test_stale_channel_is_reclaimed(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """After a crash left the channel behind, a new first copy can still listen."""
    first = InstanceServer(tmp_path)
    assert first.listen()
    second = InstanceServer(tmp_path)
    assert second.listen()  # the old one is replaced, as after a crash
    second.close()
    first.close()

"""The OS lock on the data folder: one process at a time holds it, the others learn who does."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from acupress_desktop.storage.folder_lock import HELD, TAKEN, UNAVAILABLE, FolderLock

ROOT = Path(__file__).resolve().parents[2]
HOLDER = (
    "import sys; from pathlib import Path; "
    "from acupress_desktop.storage.folder_lock import FolderLock; "
    "lock = FolderLock(Path(sys.argv[1])); print(lock.acquire(), flush=True); sys.stdin.read()"
)


def holding(folder: Path) -> subprocess.Popen[str]:
    """Another process holding the lock on ``folder`` until its stdin closes."""
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(folder)], cwd=ROOT, text=True,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE)  # fmt: skip
    assert child.stdout is not None and child.stdout.readline().strip() == HELD
    return child


def test_a_second_process_cannot_take_the_folder_and_learns_who_holds_it(tmp_path: Path) -> None:
    child = holding(tmp_path)
    try:
        lock = FolderLock(tmp_path)
        assert lock.acquire() == TAKEN
        assert lock.holder() == child.pid
    finally:
        child.communicate("", timeout=30)
    assert FolderLock(tmp_path).acquire() == HELD  # the lock went with the process


def test_the_lock_outlives_a_crash_only_as_a_file(tmp_path: Path) -> None:
    """A holder killed with SIGKILL leaves the file, but not the lock."""
    child = holding(tmp_path)
    child.kill()
    child.wait(timeout=30)
    lock = FolderLock(tmp_path)
    assert lock.acquire() == HELD
    assert lock.holder() is not None
    lock.release()


def test_one_process_holds_it_once(tmp_path: Path) -> None:
    """Acquiring twice in one process is harmless; release gives it up."""
    lock = FolderLock(tmp_path)
    assert lock.acquire() == HELD and lock.acquire() == HELD
    lock.release()
    assert FolderLock(tmp_path).acquire() == HELD


def test_a_folder_that_cannot_hold_a_lock_file_does_not_stop_the_app(tmp_path: Path) -> None:
    """Where no lock file can be made (the path is a file), locking is unavailable, not fatal."""
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert FolderLock(blocker / "data").acquire() == UNAVAILABLE

"""Crash safety: a writer killed with SIGKILL at random moments, 200 times, never loses a reported save.

Run it alone with ``pytest tests/storage/test_crash_safety.py`` (20–30 s on two cores). The
number of kills can be changed with ``ACUPRESS_CRASH_KILLS`` (default 200) and the seed with
``ACUPRESS_CRASH_SEED``.
"""

from __future__ import annotations

import contextlib
import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from acupress_desktop.core.catalogue import Catalogue
from acupress_desktop.storage.database import Database
from acupress_desktop.storage.routines import RoutineRepository
from tests.storage.crash_writer import content_hash

WRITER = Path(__file__).with_name("crash_writer.py")
KILLS = int(os.environ.get("ACUPRESS_CRASH_KILLS", "200"))
SEED = int(os.environ.get("ACUPRESS_CRASH_SEED", "20260509"))
STALL_SECONDS = 30.0  # a child silent this long has hung: fail rather than wait forever

pytestmark = pytest.mark.skipif(
    os.name != "posix" or not hasattr(select, "poll"), reason="needs SIGKILL and poll() (POSIX)"
)


@dataclass
class Ledger:
    """What the children reported: the last saved content of each routine and the unfinished save.

    Attributes:
        saved: routine id -> hash of its content as last reported saved.
        pending: the save announced ("W") but not reported ("S") when the child died: it may or
            may not have been committed, so either state is correct.
        checked: how many routines were checked against the database, in all.
        verifications: how many times the whole database was checked.
        cut_saves: kills that fell between announcing a save and reporting it.
        cut_saves_committed: of those, how many had committed nonetheless.
    """

    saved: dict[str, str] = field(default_factory=dict)
    pending: tuple[str, str] | None = None
    checked: int = 0
    verifications: int = 0
    cut_saves: int = 0
    cut_saves_committed: int = 0

    def record(self, line: str) -> None:
        kind, routine_id, digest = line.split()
        if kind == "W":
            self.pending = (routine_id, digest)
        elif kind == "S":
            self.saved[routine_id] = digest
            self.pending = None

    def verify(self, found: dict[str, str], when: str) -> None:
        """Every reported save is in ``found`` with its content; only the pending save may differ."""
        pending_id, pending_digest = self.pending or ("", "")
        for routine_id, digest in self.saved.items():
            assert routine_id in found, f"{when}: routine {routine_id} reported saved is missing"
            if found[routine_id] != digest:
                assert routine_id == pending_id and found[routine_id] == pending_digest, (
                    f"{when}: routine {routine_id} does not hold its reported content"
                )
        if self.pending is not None:
            self.cut_saves += 1
            committed = found.get(pending_id) == pending_digest or pending_digest in (
                found[i] for i in set(found) - set(self.saved)
            )
            self.cut_saves_committed += committed
        unknown = set(found) - set(self.saved)
        assert len(unknown) <= 1, f"{when}: unknown routines {sorted(unknown)}"
        for routine_id in unknown:  # a create that committed before the child could report it
            assert pending_id == "-" and found[routine_id] == pending_digest, (
                f"{when}: routine {routine_id} was never announced"
            )
        self.saved = dict(found)
        self.pending = None
        self.checked += len(found)
        self.verifications += 1


class Child:
    """One crash_writer process, its stdout read line by line without blocking."""

    def __init__(self, data_dir: Path, seed: int, log: Path) -> None:
        env = {**os.environ, "PYTHONPATH": str(WRITER.parents[2])}
        with log.open("ab") as errors:
            self.process = subprocess.Popen(
                [sys.executable, str(WRITER), str(data_dir), str(seed)],
                stdout=subprocess.PIPE,
                stderr=errors,
                env=env,
            )
        assert self.process.stdout is not None
        self._fd = self.process.stdout.fileno()
        self._poll = select.poll()
        self._poll.register(self._fd, select.POLLIN)
        self._partial = b""
        self.closed = False

    def read(self, timeout: float) -> list[str]:
        """Complete lines available within ``timeout`` seconds (none at end of output)."""
        if self.closed or not self._poll.poll(max(0, int(timeout * 1000))):
            return []
        chunk = os.read(self._fd, 1 << 16)
        if not chunk:
            self.closed = True
            return []
        *lines, self._partial = (self._partial + chunk).split(b"\n")
        return [line.decode() for line in lines]

    def kill(self) -> list[str]:
        """SIGKILL the child; return the lines it wrote before it died (they count as reported)."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()
        lines: list[str] = []
        while not self.closed:
            lines += self.read(STALL_SECONDS)
        assert self.process.stdout is not None
        self.process.stdout.close()
        return lines


def run_once(child: Child, ledger: Ledger, rng: random.Random, log: Path) -> None:
    """Let the child save until a random moment, then kill it; check its view of the data at start."""
    startup: dict[str, str] = {}
    ready = False
    kill_at_start = rng.random() < 0.1
    target = rng.randint(0, 25)
    saves = 0
    start_deadline = time.monotonic() + rng.uniform(0, 0.15)
    stalled = time.monotonic() + STALL_SECONDS
    while True:
        if kill_at_start:
            wait = start_deadline - time.monotonic()
            if wait <= 0:
                break
        elif ready and saves >= target:
            wait = rng.uniform(0, 0.003)  # a random moment inside the next save
            for line in child.read(wait):
                ledger.record(line)
            break
        else:
            wait = stalled - time.monotonic()
            assert wait > 0, f"the writer stalled; see {log}"
        for line in child.read(wait):
            if line == "READY":
                ledger.verify(startup, "after a restart")
                ready = True
            elif line.startswith("L "):
                _, routine_id, digest = line.split()
                startup[routine_id] = digest
            else:
                ledger.record(line)
                saves += line.startswith("S ")
        assert child.process.poll() is None or not child.closed, f"the writer died; see {log}"
    for line in child.kill():
        if line != "READY" and not line.startswith("L "):
            ledger.record(line)


def test_reported_saves_survive_sigkill(
    tmp_path: Path, catalogue: Catalogue, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every routine reported saved is present and intact after 200 SIGKILLs, and the file is sound."""
    data_dir = tmp_path / "data"
    log = tmp_path / "writer-errors.log"
    rng = random.Random(SEED)
    ledger = Ledger()
    began = time.monotonic()
    for kill in range(KILLS):
        run_once(Child(data_dir, SEED + kill, log), ledger, rng, log)
    db, report = Database.open(data_dir, keep_backups=0)
    try:
        stored = RoutineRepository(db, (), catalogue=catalogue).list()
        ledger.verify({s.routine.id: content_hash(s) for s in stored}, "at the end")
        assert db.read().execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert report.moved_aside is None and report.problem == ""
    finally:
        db.close()
    with contextlib.closing(sqlite3.connect(data_dir / "acupress.sqlite3")) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with capsys.disabled():
        print(
            f"\ncrash safety: {KILLS} kills, {ledger.cut_saves} of them inside a save "
            f"({ledger.cut_saves_committed} of those committed), {ledger.verifications} "
            f"database checks, {len(stored)} routines checked at the end "
            f"({ledger.checked} routine checks in all), {time.monotonic() - began:.1f} s"
        )

"""Named pipes, devices and folders where a file is expected: nothing blocks, nothing is lost, and
the message says what is there. Import files of any bytes never change the routines on refusal."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from acupress_desktop.core.catalogue import Catalogue
from acupress_desktop.core.routine import Routine, RoutineError, RoutineStep
from acupress_desktop.storage.database import Database
from acupress_desktop.storage.db_errors import DatabaseError
from acupress_desktop.storage.db_files import DB_NAME
from acupress_desktop.storage.routines import RoutineRepository, load_builtin_routines
from acupress_desktop.storage.transfer import export_routines, read_import
from acupress_desktop.storage.transfer_format import FILE_SUFFIX, ImportRefused
from tests.blocking import finishes

fifo_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")


def release_reader(path: Path) -> None:
    """Open the writing end of a FIFO, which lets a reader stuck in open() go on."""
    with contextlib.suppress(OSError):
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))


# -- import files ----------------------------------------------------------------------------


@fifo_only
def test_importing_a_named_pipe_is_refused_at_once(tmp_path: Path, catalogue: Catalogue) -> None:
    """A FIFO chosen for import (nobody writing to it) is refused without waiting on it."""
    path = tmp_path / f"pipe{FILE_SUFFIX}"
    os.mkfifo(path)
    with pytest.raises(ImportRefused) as caught:
        finishes(lambda: read_import(path, catalogue), lambda: release_reader(path))
    assert "is not an ordinary file" in str(caught.value)
    assert "named pipe" in str(caught.value)


def test_importing_a_folder_says_it_is_a_folder(tmp_path: Path, catalogue: Catalogue) -> None:
    """A folder chosen by mistake is named as a folder."""
    folder = tmp_path / f"folder{FILE_SUFFIX}"
    folder.mkdir()
    with pytest.raises(ImportRefused) as caught:
        read_import(folder, catalogue)
    assert "is a folder" in str(caught.value)
    assert "Is a directory" not in str(caught.value)


def _routines_table(db: Database) -> list[tuple[object, ...]]:
    with db.snapshot() as conn:
        return (
            conn.execute("SELECT * FROM routines ORDER BY id").fetchall()
            + conn.execute("SELECT * FROM routine_steps ORDER BY routine_id, position").fetchall()
        )


VALID = export_routines([Routine("Evening", (RoutineStep("LI4", 60),))]).encode()
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner),
    max_leaves=25,
)
#: Objects shaped like a routine file, holding anything where the fields go.
FILE_LIKE = st.fixed_dictionaries(
    {"format": st.just("acupress-routines") | JSON_VALUES, "version": st.just(1) | JSON_VALUES},
    optional={
        "routines": st.lists(
            st.dictionaries(
                st.sampled_from(["name", "steps", "rounds", "breathing", "rest_seconds", "x"]),
                JSON_VALUES
                | st.lists(
                    st.dictionaries(st.sampled_from(["point", "seconds", "sides"]), JSON_VALUES),
                    max_size=3,
                ),
            ),
            max_size=3,
        )
        | JSON_VALUES
    },
)
MANGLED = st.one_of(
    (JSON_VALUES | FILE_LIKE).map(lambda value: json.dumps(value).encode()),
    st.binary(max_size=400),
    st.builds(
        lambda cut, junk: VALID[:cut] + junk + VALID[cut:],
        st.integers(0, len(VALID)),
        st.binary(max_size=8),
    ),
    st.builds(lambda cut: VALID[:cut], st.integers(0, len(VALID))),
    st.just(VALID.replace(b'"Evening"', b'"Lower back"')),  # a built-in's name: refused later
    st.just(VALID),
)


@settings(
    max_examples=400,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(content=MANGLED)
def test_any_import_file_is_imported_whole_or_changes_nothing(
    tmp_path: Path, catalogue: Catalogue, content: bytes
) -> None:
    """Any bytes or JSON structure through the real import path (file → check → repository):
    either every routine is saved, or a refusal with a message is raised and the routines are
    exactly as before."""
    folder = tmp_path / "data"
    db, _ = Database.open(folder, keep_backups=0)
    try:
        repository = RoutineRepository(db, load_builtin_routines(catalogue), catalogue=catalogue)
        path = tmp_path / f"any{FILE_SUFFIX}"
        path.write_bytes(content)
        before = _routines_table(db)
        try:
            stored = repository.import_routines(read_import(path, catalogue))
        except (ImportRefused, RoutineError) as refused:
            assert str(refused) and "Traceback" not in str(refused)
            assert _routines_table(db) == before
        else:
            assert stored and len(_routines_table(db)) > len(before)
    finally:
        db.close()
        for leftover in sorted(folder.rglob("*"), reverse=True):
            leftover.rmdir() if leftover.is_dir() else leftover.unlink()


# -- the data file ---------------------------------------------------------------------------


@fifo_only
@pytest.mark.parametrize("name", [DB_NAME, f"{DB_NAME}-wal"])
def test_a_data_file_that_is_a_named_pipe_does_not_hang(tmp_path: Path, name: str) -> None:
    """acupress.sqlite3 (or its -wal) as a FIFO: opening refuses at once, names what is there and
    leaves it in place."""
    if name != DB_NAME:
        Database.open(tmp_path)[0].close()
    path = tmp_path / name
    if path.exists():
        path.unlink()
    os.mkfifo(path)
    with pytest.raises(DatabaseError) as caught:
        finishes(lambda: Database.open(tmp_path), lambda: release_reader(path))
    message = str(caught.value)
    assert "named pipe" in message and str(path) in message
    assert "permissions" not in message
    assert path.exists() and not path.is_file()
    assert not list(tmp_path.glob("acupress.damaged-*"))


def test_a_data_file_that_is_a_folder_says_so(tmp_path: Path) -> None:
    """A folder named acupress.sqlite3 is reported as a folder, not as a permission problem."""
    (tmp_path / DB_NAME).mkdir()
    (tmp_path / DB_NAME / "mine.txt").write_text("kept")
    with pytest.raises(DatabaseError) as caught:
        Database.open(tmp_path)
    message = str(caught.value)
    assert "is a folder" in message and "permissions" not in message
    assert (tmp_path / DB_NAME / "mine.txt").read_text() == "kept"


def test_a_data_file_linked_to_an_ordinary_file_still_opens(tmp_path: Path) -> None:
    """A link to a real data file elsewhere (a synced folder, say) is fine."""
    elsewhere = tmp_path / "elsewhere"
    Database.open(elsewhere)[0].close()
    home = tmp_path / "home"
    home.mkdir()
    (home / DB_NAME).symlink_to(elsewhere / DB_NAME)
    db, report = Database.open(home)
    assert report.problem == ""
    assert db.read().execute("PRAGMA quick_check").fetchone() == ("ok",)
    db.close()
    assert sqlite3.connect(elsewhere / DB_NAME).execute("PRAGMA user_version").fetchone()[0] > 0

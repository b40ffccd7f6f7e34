"""Damaged or unusable data files, as the user meets them: told what happened, nothing lost."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from acupress_desktop.app.composition import Acupress
from acupress_desktop.core.routine import Routine, RoutineStep
from acupress_desktop.storage.database import Database
from acupress_desktop.storage.db_files import DB_NAME
from acupress_desktop.storage.migrations import SCHEMA_VERSION


def test_damaged_file_is_reported_and_the_newest_backup_restored(
    qtbot, catalogue, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A damaged data file is moved aside, the user is told, and one click brings back the backup."""
    db, _ = Database.open(tmp_path)
    from acupress_desktop.storage.routines import RoutineRepository, load_builtin_routines

    RoutineRepository(db, load_builtin_routines(catalogue), catalogue=catalogue).create(
        Routine("Evening", (RoutineStep("GV4", 30),))
    )
    db.backup_now()
    db.close()
    (tmp_path / DB_NAME).write_bytes(b"this is not a database" * 100)

    services = Acupress(catalogue, tmp_path)
    qtbot.addWidget(services.window)
    assert (
        services.routines.repository().find_by_name("Evening") is None
    )  # a fresh, empty store meanwhile
    box = services.report_database_problem()
    assert box is not None
    assert list(tmp_path.glob("acupress.damaged-*"))  # kept, not deleted
    restore = next(b for b in box.buttons() if "backup" in b.text())
    restore.click()
    assert services.routines.repository().find_by_name("Evening") is not None


def test_file_from_a_newer_version_is_left_untouched(qtbot, catalogue, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A data file from a newer Acupress is refused with a message; its bytes stay the same."""
    db, _ = Database.open(tmp_path)
    with db.transaction() as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    before = (tmp_path / DB_NAME).read_bytes()
    services = Acupress(catalogue, tmp_path)
    qtbot.addWidget(services.window)
    box = services.report_database_problem()
    assert isinstance(box, QMessageBox)
    assert "newer" in box.text()
    assert (tmp_path / DB_NAME).read_bytes() == before
    services.window.session_list.add_point("GV4")  # the app still works
    services.data.database().close()

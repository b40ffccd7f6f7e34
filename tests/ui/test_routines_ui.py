"""The Routines page and the routine editor as a user drives them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from acupress_desktop.controllers.routines import RoutinesController
from acupress_desktop.core.routine import Routine, RoutineStep
from acupress_desktop.storage.database import Database
from acupress_desktop.storage.routines import RoutineRepository, load_builtin_routines
from acupress_desktop.storage.transfer import write_export
from acupress_desktop.ui.routines.routine_editor import RoutineEditor
from acupress_desktop.ui.routines.routines_page import RoutinesPage


@pytest.fixture()
def page(qtbot, catalogue, tmp_path: Path) -> RoutinesPage:  # type: ignore[no-untyped-def]
    db, _ = Database.open(tmp_path / "data")
    repository = RoutineRepository(db, load_builtin_routines(catalogue), catalogue=catalogue)
    widget = RoutinesPage(catalogue, RoutinesController(repository, catalogue))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def select(page: RoutinesPage, name: str) -> None:
    row = next(r for r in range(page.list.count()) if page.list.item(r).text().startswith(name))
    page.list.setCurrentRow(row)


def test_editor_builds_a_routine_by_keyboard(qtbot, catalogue) -> None:  # type: ignore[no-untyped-def]
    """Add points, reorder with Alt+Up, set time and sides, remove with Delete, then save."""
    editor = RoutineEditor(catalogue, None, ["Lower back"])
    qtbot.addWidget(editor)
    assert not editor.save_button.isEnabled()  # no name, no points
    editor.name_edit.setText("  Evening  ")
    for point_id in ("BL23", "GV4", "LI4"):
        editor.point_combo.setCurrentIndex(editor.point_combo.findData(point_id))
        editor.add_button.click()
    editor.steps.setFocus()
    qtbot.keyClick(editor.steps, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # LI4 before GV4
    editor.seconds_spin.setValue(45)
    editor.sides_combo.setCurrentIndex(editor.sides_combo.findData("right"))
    editor.steps.setCurrentRow(2)  # GV4
    assert not editor.sides_combo.isEnabled()  # a midline point has one side
    qtbot.keyClick(editor.steps, Qt.Key.Key_Delete)
    editor.rest_spin.setValue(10)
    editor.rounds_spin.setValue(2)
    assert editor.save_button.isEnabled(), editor.problem()
    routine = editor.routine()
    assert routine.name == "Evening"
    assert routine.steps == (RoutineStep("BL23", 60, "both"), RoutineStep("LI4", 45, "right"))
    assert (routine.rest_seconds, routine.rounds) == (10, 2)
    assert "Whole routine" in editor.total_label.text()


def test_editor_refuses_a_taken_name(qtbot, catalogue) -> None:  # type: ignore[no-untyped-def]
    """A name already used (in any case) is refused with a clear message."""
    editor = RoutineEditor(catalogue, None, ["Lower back"])
    qtbot.addWidget(editor)
    editor.add_point("GV4")
    editor.name_edit.setText("LOWER BACK")
    assert not editor.save_button.isEnabled()
    assert "already exists" in editor.error_label.text()


def test_builtins_can_be_copied_not_edited(page: RoutinesPage) -> None:
    """A built-in routine offers Copy but not Edit, Rename or Delete; the copy is editable."""
    select(page, "Lower back")
    assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled()
    page.copy_button.click()
    assert page.selected().routine.name == "Lower back (copy)"
    assert page.edit_button.isEnabled() and page.delete_button.isEnabled()


def test_delete_and_undo(page: RoutinesPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Delete removes the routine and offers Undo; Ctrl+Z brings it back."""
    select(page, "Lower back")
    page.copy_button.click()
    page.delete_button.click()
    assert not any("(copy)" in page.list.item(r).text() for r in range(page.list.count()))
    assert page.undo_bar.isVisible()
    qtbot.keyClick(page.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert any("(copy)" in page.list.item(r).text() for r in range(page.list.count()))


def test_favourite_goes_first(page: RoutinesPage) -> None:
    """A starred routine moves to the top of its group (the built-in routines)."""
    select(page, "Lower back")
    page.favourite_button.click()
    assert page.list.item(0).text() == "Built-in routines"  # a heading, before its routines
    assert page.routine_items()[0].text().startswith("★ Lower back")


def test_import_all_or_nothing(page: RoutinesPage, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A valid file is imported (renaming clashes when asked); a broken one changes nothing."""
    good = tmp_path / "good.acupress.json"
    write_export(
        good,
        [
            Routine("Lower back", (RoutineStep("BL23", 60),)),
            Routine("Mine", (RoutineStep("GV4", 30),)),
        ],
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    imported = page.import_file(good)
    assert [r.name for r in imported] == ["Lower back (2)", "Mine"]
    before = page.list.count()
    bad = tmp_path / "bad.acupress.json"
    bad.write_text(good.read_text().replace('"GV4"', '"XX9"'), encoding="utf-8")
    assert page.import_file(bad) == []
    assert page.list.count() == before
    assert "Nothing was imported" in page.error_label.text() and "XX9" in page.error_label.text()


def test_start_emits_the_routine(page: RoutinesPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Start asks for a session of the selected routine."""
    select(page, "Hand and arm")
    with qtbot.waitSignal(page.start_requested, timeout=1000) as started:
        page.start_button.click()
    assert [s.point_id for s in started.args[0].steps] == ["LI4", "LI11", "TE5"]


def _file_dialog(page: RoutinesPage):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    dialog = page.findChild(QFileDialog)
    assert dialog is not None and dialog.isVisible(), "no file dialog opened"
    return dialog


def test_the_import_button_opens_a_file_dialog_and_imports_the_file(
    page: RoutinesPage, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Import… (clicked, so the slot gets clicked's "checked") asks for a file and imports it
    (it raised TypeError: the checked flag arrived as the path)."""
    file = tmp_path / "mine.acupress.json"
    write_export(file, [Routine("Mine", (RoutineStep("GV4", 30),))])
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    dialog = _file_dialog(page)
    dialog.selectFile(str(file))
    dialog.accept()
    qtbot.waitUntil(
        lambda: any(page.list.item(r).text().startswith("Mine") for r in range(page.list.count())),
        timeout=2000,
    )


def test_the_card_button_saves_a_printable_card_where_chosen(
    page: RoutinesPage, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Printable card… asks where and writes the PDF there (it raised TypeError before)."""
    select(page, "Lower back")
    qtbot.mouseClick(page.card_button, Qt.MouseButton.LeftButton)
    dialog = _file_dialog(page)
    target = tmp_path / "card.pdf"
    dialog.selectFile(str(target))
    dialog.accept()
    qtbot.waitUntil(lambda: target.exists(), timeout=5000)
    assert target.read_bytes().startswith(b"%PDF")


def test_the_export_button_writes_the_routine_file(
    page: RoutinesPage, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Export… asks where and writes an .acupress.json file that imports again."""
    select(page, "Lower back")
    page.export_button.click()
    dialog = _file_dialog(page)
    target = tmp_path / "shared"
    dialog.selectFile(str(target))
    dialog.accept()
    qtbot.waitUntil((tmp_path / "shared.acupress.json").exists, timeout=2000)


def test_an_edited_copy_can_have_its_own_description(page: RoutinesPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Copy "Lower back", edit it: the editor shows the description it inherited and saves a
    new one (the copy kept the original's description with no way to change it)."""
    select(page, "Lower back")
    page.copy_button.click()
    page.edit_button.click()
    editor = page._editor
    assert editor is not None
    assert editor.description_edit.toPlainText()  # inherited, and shown
    editor.description_edit.setPlainText("Mine: shorter, after work.")
    editor.save_button.click()
    entry = page.selected()
    assert entry is not None and entry.routine.description == "Mine: shorter, after work."
    assert "Mine: shorter, after work." in page.details.text()


def test_routine_steps_say_each_side(page: RoutinesPage) -> None:
    """The routine's steps read "1 min each side" for a point on both sides (it said "1 min")."""
    select(page, "Lower back")
    assert "each side" in page.details.text()

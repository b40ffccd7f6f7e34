"""Text from the user or a file is shown as written, never as rich text: a routine named
``<h1>…</h1><font color=red>…`` shows those characters, not a heading, red text or a picture
loaded from the disk. Suggested file names stay inside the folder the user picks."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QWidget

from acupress_desktop.app.composition import Acupress
from acupress_desktop.controllers.routines import RoutinesController
from acupress_desktop.core.history import SessionRecord
from acupress_desktop.core.routine import Routine, RoutineStep
from acupress_desktop.storage.database import Database
from acupress_desktop.storage.files import safe_file_name
from acupress_desktop.storage.history import HistoryRepository
from acupress_desktop.storage.routines import RoutineRepository, load_builtin_routines
from acupress_desktop.storage.transfer import write_export
from acupress_desktop.ui.routines.routine_editor import RoutineEditor
from acupress_desktop.ui.routines.routines_page import RoutinesPage

HTML = '<h1>Big</h1><font color="red">red</font><img src="file:///tmp/x.png">'
STEP = (RoutineStep("GV4", 30),)


def shown(text: str, text_format: Qt.TextFormat) -> str:
    """What a person sees of ``text`` in a label or box with this format (as Qt decides it)."""
    rich = text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def labels_showing(root: QWidget, part: str) -> list[QLabel]:
    return [label for label in root.findChildren(QLabel) if part in label.text()]


def assert_shown_as_written(root: QWidget) -> None:
    found = labels_showing(root, "<h1>")
    assert found, "no label shows the name"
    for label in found:
        assert HTML in shown(label.text(), label.textFormat()), label.objectName()


@pytest.fixture()
def page(qtbot, catalogue, tmp_path: Path) -> RoutinesPage:  # type: ignore[no-untyped-def]
    db, _ = Database.open(tmp_path / "data")
    repository = RoutineRepository(db, load_builtin_routines(catalogue), catalogue=catalogue)
    repository.create(Routine(HTML, STEP))
    widget = RoutinesPage(catalogue, RoutinesController(repository, catalogue))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def select_html(page: RoutinesPage) -> None:
    row = next(r for r in range(page.list.count()) if HTML in page.list.item(r).text())
    page.list.setCurrentRow(row)


def test_the_routines_page_title_shows_the_name_as_written(page: RoutinesPage) -> None:
    select_html(page)
    assert page.title.text() == HTML
    assert_shown_as_written(page)


def test_the_undo_bar_shows_the_deleted_name_as_written(page: RoutinesPage) -> None:
    select_html(page)
    page.delete_button.click()
    assert page.undo_bar.isVisible()
    assert HTML in shown(page.undo_label.text(), page.undo_label.textFormat())


def test_the_names_already_used_question_shows_names_as_written(
    page: RoutinesPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Importing a file whose routine has the same name: the question quotes it as written."""
    asked: list[str] = []

    def question(parent: QWidget, title: str, text: str, *args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    path = tmp_path / "same.acupress.json"
    write_export(path, [Routine(HTML, STEP)])
    assert page.import_file(path) == []
    [text] = asked
    assert HTML in shown(text, Qt.TextFormat.AutoText)


def test_an_error_naming_the_routine_is_shown_as_written(qtbot, catalogue) -> None:  # type: ignore[no-untyped-def]
    """The editor's "already exists" message quotes the name as typed."""
    editor = RoutineEditor(catalogue, None, [HTML])
    qtbot.addWidget(editor)
    editor.add_point("GV4")
    editor.name_edit.setText(HTML)
    assert "already exists" in editor.error_label.text()
    assert HTML in shown(editor.error_label.text(), editor.error_label.textFormat())


def test_no_such_routine_box_shows_the_name_as_written(qtbot, catalogue, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """--routine NAME with a name that does not exist: the box quotes it as given."""
    services = Acupress(catalogue, tmp_path)
    qtbot.addWidget(services.window)
    assert not services.session.start_routine_named(HTML)
    [box] = [b for b in services.window.findChildren(QMessageBox) if "<h1>" in b.text()]
    assert HTML in shown(box.text(), box.textFormat())
    box.close()
    services.data.database().close()


def test_saved_as_routine_confirmation_shows_the_name_as_written(
    qtbot, catalogue, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    services = Acupress(catalogue, tmp_path)
    qtbot.addWidget(services.window)
    services.session.view().routine_saved(HTML)
    label = services.session.view().summary_page.saved_label
    assert HTML in shown(label.text(), label.textFormat())
    services.data.database().close()


# -- the history CSV ----------------------------------------------------------------------------


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r", " =", "\u00a0@"])
def test_the_csv_never_starts_a_cell_with_a_formula(tmp_path: Path, start: str) -> None:
    """A routine name a spreadsheet would run as a formula gets a leading apostrophe."""
    db, _ = Database.open(tmp_path / "data")
    history = HistoryRepository(db)
    name = f'{start}HYPERLINK("http://example.com","x")'
    history.add(SessionRecord(datetime(2026, 5, 9, tzinfo=UTC), name, "", ("LI4",), 1, 60.0, True))
    out = tmp_path / "h.csv"
    history.export_csv(out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    cell = rows[1][2]
    assert cell.startswith("'") and cell[1:] == name
    db.close()


# -- suggested file names ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "suffix", "expected"),
    [
        ("../../../../somewhere/x", ".acupress.json", "somewhere-x.acupress.json"),
        ("..\\..\\Windows\\x", ".pdf", "Windows-x.pdf"),
        (".hidden", ".pdf", "hidden.pdf"),
        ("..", ".pdf", "routine.pdf"),
        ("CON", ".pdf", "CON_.pdf"),
        ("nul.txt", ".pdf", "nul_.txt.pdf"),
        ("Lpt1", ".acupress.json", "Lpt1_.acupress.json"),
        ('a<b>c:d"e|f?g*h', ".pdf", "a-b-c-d-e-f-g-h.pdf"),
        ("Evening. ", ".pdf", "Evening.pdf"),
        ("Rücken am Morgen 🌅", ".pdf", "Rücken am Morgen 🌅.pdf"),
        ("🌅" * 80, ".pdf", "🌅" * 40 + ".pdf"),
    ],
)
def test_suggested_file_names_stay_in_the_folder(name: str, suffix: str, expected: str) -> None:
    """No separators, no "..", no leading dot, no reserved Windows name, at most 160 bytes."""
    assert safe_file_name(name, suffix) == expected


@pytest.mark.parametrize("button", ["export_button", "card_button"])
def test_export_and_card_dialogs_suggest_a_name_inside_the_folder(
    qtbot, catalogue, tmp_path: Path, button: str
) -> None:  # type: ignore[no-untyped-def]
    """A routine named ../../../../somewhere/x suggests a plain file name, nothing outside."""
    db, _ = Database.open(tmp_path / "data")
    repository = RoutineRepository(db, (), catalogue=catalogue)
    repository.create(Routine("../../../../somewhere/x", STEP))
    widget = RoutinesPage(catalogue, RoutinesController(repository, catalogue))
    qtbot.addWidget(widget)
    widget.list.setCurrentRow(0)
    widget.show()
    getattr(widget, button).click()
    dialog = widget.findChild(QFileDialog)
    assert dialog is not None and dialog.isVisible()
    [chosen] = dialog.selectedFiles()
    name = Path(chosen).name
    dialog.reject()
    assert "/" not in name and "\\" not in name and not name.startswith(".")
    assert name.startswith("somewhere-x.")
    db.close()

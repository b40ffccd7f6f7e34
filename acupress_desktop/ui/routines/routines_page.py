"""The Routines page: built-in and saved routines; start, edit, copy, rename, delete (undo), favourite,
import and export.

The page shows routines and asks questions (file dialogs, the name clash question); what each
button does is a use case of ``controllers.routines.RoutinesController``, whose results it shows.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from acupress_desktop.controllers.results import Refusal
from acupress_desktop.controllers.routines import RoutinesController
from acupress_desktop.core.catalogue import Catalogue
from acupress_desktop.core.outcomes import Outcome
from acupress_desktop.core.plan import SessionPlan, build_plan
from acupress_desktop.core.routine import Routine, name_refusal
from acupress_desktop.storage.routines import StoredRoutine
from acupress_desktop.storage.transfer_format import FILE_SUFFIX
from acupress_desktop.ui.art.thumbnail import Thumbnails
from acupress_desktop.ui.labels import (
    breathing_name,
    duration_text,
    format_clock,
    plural,
    step_time_text,
)
from acupress_desktop.ui.routines.list_text import routine_accessible_text, routine_time_text
from acupress_desktop.ui.routines.name_dialog import NameDialog
from acupress_desktop.ui.routines.routine_card import save_card_pdf, save_card_png
from acupress_desktop.ui.routines.routine_editor import RoutineEditor
from acupress_desktop.ui.routines.routine_order import (
    MOST_HELPFUL,
    helpful_text,
    order_entries,
    outcome_of,
)
from acupress_desktop.ui.widgets.common import VerticalScrollArea
from acupress_desktop.ui.widgets.grouped_list import GroupedList, choosable, make_heading

_ID = Qt.ItemDataRole.UserRole + 1
#: the routines' pictures: three lines of text high, within these sizes
ICON_MIN, ICON_MAX = 48, 64


def icon_side(line_height: int) -> int:
    """The side of a routine's picture for text lines ``line_height`` pixels high."""
    return max(ICON_MIN, min(ICON_MAX, line_height * 3))


class RoutinesPage(QWidget):
    """Lists routines (the person's own, then the built-in ones, each group in the chosen order,
    with a picture of its points and its time) and acts on the selected one.

    Signals:
        start_requested(object): start a session of this Routine.
        notice(str): a short message for the status bar.
    """

    start_requested = Signal(object)
    notice = Signal(str)

    def __init__(
        self,
        catalogue: Catalogue,
        routines: RoutinesController,
        parent: QWidget | None = None,
        outcomes: Callable[[], list[Outcome]] | None = None,
        planned: Callable[[Routine], SessionPlan] | None = None,
    ) -> None:
        """``planned(routine)``: the timeline a start would run now (default: the routine's
        own, ``build_plan``); the whole times shown come from it."""
        super().__init__(parent)
        self._catalogue = catalogue
        self._routines = routines
        self._outcomes = outcomes or (lambda: [])
        self._planned = planned or (lambda routine: build_plan(routine, catalogue))
        self._last_folder: Path | None = None  # where the last file was chosen
        self._editor: RoutineEditor | None = None
        self._thumbnails = Thumbnails(catalogue)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        self.list_label = QLabel(left)
        self.list = GroupedList(left)
        # long names wrap onto a second line rather than hiding behind a sideways scroll bar
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(GroupedList.ResizeMode.Adjust)
        self.list.setSpacing(2)  # rows of two lines of large text would touch
        self.list_label.setBuddy(self.list)
        sort_row = QHBoxLayout()
        self.sort_label = QLabel(left)
        self.sort_combo = QComboBox(left)
        self.sort_combo.addItems(["", "", ""])
        self.sort_label.setBuddy(self.sort_combo)
        self.sort_combo.currentIndexChanged.connect(self._on_sort_combo_current_index_changed)
        sort_row.addWidget(self.sort_label)
        sort_row.addWidget(self.sort_combo, 1)
        self.new_button = QPushButton(left)
        self.import_button = QPushButton(left)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.import_button)
        left_layout.addWidget(self.list_label)
        left_layout.addLayout(sort_row)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(row)

        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        self.title = QLabel(right)
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # a name is shown as typed, never as HTML
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        self.details = QLabel(right)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.start_button = QPushButton(right)
        self.start_button.setObjectName("startButton")
        self.favourite_button = QPushButton(right)
        self.favourite_button.setCheckable(True)
        self.edit_button = QPushButton(right)
        self.copy_button = QPushButton(right)
        self.rename_button = QPushButton(right)
        self.delete_button = QPushButton(right)
        self.export_button = QPushButton(right)
        self.card_button = QPushButton(right)
        grid = QGridLayout()
        buttons = (self.favourite_button, self.edit_button, self.copy_button,
                   self.rename_button, self.delete_button, self.export_button,
                   self.card_button)  # fmt: skip
        for index, button in enumerate(buttons):
            grid.addWidget(button, index // 3, index % 3)
        self.undo_bar = QWidget(right)
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.setContentsMargins(0, 0, 0, 0)
        self.undo_label = QLabel(self.undo_bar)
        self.undo_label.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_button = QPushButton(self.undo_bar)
        undo_layout.addWidget(self.undo_label, 1)
        undo_layout.addWidget(self.undo_button)
        self.undo_bar.hide()
        self.error_label = QLabel(right)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setObjectName("sessionNotice")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.start_button)
        right_layout.addLayout(grid)
        right_layout.addWidget(self.undo_bar)
        right_layout.addWidget(self.error_label)
        # a long routine's steps scroll rather than being cut where the screen ends
        right_layout.addWidget(VerticalScrollArea(self.details, right), 1)
        splitter.setSizes([380, 620])
        outer = QVBoxLayout(self)
        outer.addWidget(splitter)

        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.list.itemActivated.connect(self._on_list_item_activated)
        # the pictures follow the theme, their size the text size
        # queued: the change comes while Qt re-styles the list (a new theme or text size); the
        # list is rebuilt once that is over, never from inside it (clearing it there crashed)
        self.list.looks_changed.connect(
            self._on_list_looks_changed, Qt.ConnectionType.QueuedConnection
        )
        self.start_button.clicked.connect(self.start_selected)
        self.favourite_button.clicked.connect(self._on_favourite_button_clicked)
        self.edit_button.clicked.connect(self.edit_selected)
        self.copy_button.clicked.connect(self.copy_selected)
        self.rename_button.clicked.connect(self.rename_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button.clicked.connect(self.undo_delete)
        self.new_button.clicked.connect(self.new_routine)
        # clicked(bool) carries "checked": these slots take no argument (a path never comes in)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.card_button.clicked.connect(self._on_card_button_clicked)
        card = QShortcut(
            QKeySequence.StandardKey.Print,
            self,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        card.activated.connect(self.choose_card)
        undo = QShortcut(
            QKeySequence.StandardKey.Undo,
            self,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        undo.activated.connect(self.undo_delete)
        delete = QShortcut(
            QKeySequence(Qt.Key.Key_Delete), self.list, context=Qt.ShortcutContext.WidgetShortcut
        )
        delete.activated.connect(self.delete_selected)
        self.retranslate_ui()
        self.refresh()
        self._built = True

    # -- state --------------------------------------------------------------------------------
    def first_control(self) -> QWidget:
        """Where the focus goes when the page is shown (Ctrl+2): the routines."""
        return self.list

    def selected(self) -> StoredRoutine | None:
        """The selected routine, or None."""
        item: QListWidgetItem | None = self.list.currentItem()
        if item is None or not choosable(item):
            return None
        return self._routines.get(item.data(_ID))

    def routine_items(self) -> list[QListWidgetItem]:
        """The list's routine rows, in order (without the group headings)."""
        rows = (self.list.item(row) for row in range(self.list.count()))
        return [item for item in rows if choosable(item)]

    def refresh(self, select_id: str = "") -> None:
        """Re-read the routines, keeping (or moving to) a selection."""
        current = self.list.currentItem()
        keep = select_id or (current.data(_ID) if choosable(current) and current else "")
        stored = self._routines.routines()
        if isinstance(stored, Refusal):
            self._show_error(stored.message)
            return
        order = self.sort_combo.currentIndex()
        outcomes = self._outcomes() if order == MOST_HELPFUL else []
        ordered = order_entries(stored, order, outcomes)
        side = icon_side(self.list.fontMetrics().height())
        self.list.setIconSize(QSize(side, side))
        self.list.blockSignals(True)
        self.list.clear()
        groups = (
            (self.tr("Your routines"), [e for e in ordered if not e.routine.builtin]),
            (self.tr("Built-in routines"), [e for e in ordered if e.routine.builtin]),
        )
        for heading, entries in groups:
            if not entries:
                continue  # an empty group has no heading
            self.list.addItem(self._heading_item(heading, len(entries)))
            for entry in entries:
                helpful = (
                    helpful_text(outcome_of(entry, outcomes), self.locale())
                    if order == MOST_HELPFUL
                    else ""
                )
                item = self._routine_item(entry, helpful, side)
                self.list.addItem(item)
                if entry.routine.id == keep:
                    self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if not choosable(self.list.currentItem()) and self.list.count():
            self.list.setCurrentRow(self.list.nearest_choosable(0))
        self._show_selected()

    def _on_sort_combo_current_index_changed(self, _index: int) -> None:
        self.refresh()

    def _heading_item(self, text: str, count: int) -> QListWidgetItem:
        """A group's heading row: bold, in the text colour (not greyed out), never chosen."""
        item = make_heading(QListWidgetItem(text))
        font = QFont(self.list.font())
        font.setBold(True)
        item.setFont(font)
        item.setForeground(self.list.palette().color(QPalette.ColorRole.Text))
        # half a line of room above it, so the group it starts stands apart from the one before
        metrics = QFontMetrics(font)
        item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        item.setSizeHint(QSize(0, round(metrics.height() * 1.6)))
        routines = plural(self.tr("%n routine(s)", None, count), count)
        item.setData(
            Qt.ItemDataRole.AccessibleTextRole,
            self.tr("%1, heading, %2").replace("%1", text).replace("%2", routines),
        )
        return item

    def _routine_item(self, entry: StoredRoutine, helpful: str, side: int) -> QListWidgetItem:
        """A routine's row: its picture, "★ name", then its time (and how much it helped)."""
        routine = entry.routine
        star = "★ " if entry.favourite else ""
        second = " · ".join(
            part for part in (routine_time_text(routine, self._catalogue), helpful) if part
        )
        item = QListWidgetItem(f"{star}{routine.name}\n{second}" if second else star + routine.name)
        item.setToolTip(item.text())  # a long name is elided in the list
        item.setData(_ID, routine.id)
        spoken = routine_accessible_text(entry, self._catalogue)
        item.setData(
            Qt.ItemDataRole.AccessibleTextRole, f"{spoken}, {helpful}" if helpful else spoken
        )
        points = [step.point_id for step in routine.steps]
        palette, ratio = self.list.palette(), self.list.devicePixelRatioF()
        pixmap = self._thumbnails.pixmap(points, QSize(side, side), palette, ratio)
        icon = QIcon(pixmap)
        # selected: the same picture on a tile of the list's own colour, neither tinted with
        # the selection colour nor sitting on it (high contrast's yellow is the markers' colour)
        tile = palette.color(QPalette.ColorRole.Base)
        selected = self._thumbnails.pixmap(points, QSize(side, side), palette, ratio, tile)
        icon.addPixmap(selected, QIcon.Mode.Selected)
        item.setIcon(icon)
        return item

    def _show_selected(self) -> None:
        entry = self.selected()
        has = entry is not None
        for button in (
            self.start_button,
            self.favourite_button,
            self.copy_button,
            self.export_button,
            self.card_button,
        ):
            button.setEnabled(has)
        editable = has and entry is not None and not entry.routine.builtin
        for button in (self.edit_button, self.rename_button, self.delete_button):
            button.setEnabled(editable)
            button.setToolTip(
                ""
                if editable or not has
                else self.tr("Built-in routines can be copied, not changed.")
            )
        if entry is None:
            self.title.setText(self.tr("No routine chosen"))
            self.details.setText("")
            return
        routine = entry.routine
        self.title.setText(routine.name)
        self.favourite_button.setChecked(entry.favourite)
        self.favourite_button.setText(
            self.tr("★ Favourite") if entry.favourite else self.tr("☆ Favourite")
        )
        total = self._planned(routine).total
        steps = "".join(
            f"<li>{escape(self._catalogue.point(step.point_id).code)} · {escape(self._catalogue.point(step.point_id).pinyin)} — {escape(step_time_text(step, self._catalogue.point(step.point_id)))}</li>"
            for step in routine.steps
        )
        facts = (
            self.tr("Whole routine %1 · rest %2 · rounds %3 · breathing: %4")
            .replace("%1", format_clock(round(total)))
            .replace(
                "%2",
                duration_text(routine.rest_seconds) if routine.rest_seconds else self.tr("none"),
            )
            .replace("%3", str(routine.rounds))
            .replace("%4", breathing_name(routine.breathing))
        )
        description = f"<p>{escape(routine.description)}</p>" if routine.description else ""
        self.details.setText(f"{description}<p>{escape(facts)}</p><ol>{steps}</ol>")

    # -- actions ------------------------------------------------------------------------------
    def start_selected(self) -> None:
        """Start the selected routine (and remember it as used)."""
        entry = self.selected()
        if entry is None:
            return
        started = self._routines.start(entry.routine.id)
        if isinstance(started, Refusal):
            self._show_error(started.message)
            self.refresh()
            return
        if started.problem:
            self.notice.emit(started.problem)
        self.start_requested.emit(started.routine)
        self.refresh(started.routine.id)

    def new_routine(self) -> None:
        """Open the editor for a new routine."""
        self._open_editor(None)

    def edit_selected(self) -> None:
        """Open the editor on the selected user routine."""
        entry = self.selected()
        if entry is not None and not entry.routine.builtin:
            self._open_editor(entry.routine)

    def copy_selected(self) -> None:
        """Duplicate the selected routine (built-ins included) as "<name> (copy)"."""
        entry = self.selected()
        if entry is None:
            return
        copied = self._routines.copy(entry.routine.id)
        if isinstance(copied, Refusal):
            self._show_error(copied.message)
            return
        self.notice.emit(copied.notice)
        self.refresh(copied.routine.id)

    def rename_selected(self) -> None:
        """Ask for a new name (non-blocking dialog)."""
        entry = self.selected()
        if entry is None or entry.routine.builtin:
            return
        others = self._routines.taken_names(but=entry.routine.id)

        def problem_of(name: str) -> str:
            return name_refusal(name, others)

        dialog = NameDialog(
            self.tr("Rename “%1”").replace("%1", entry.routine.name),
            entry.routine.name,
            problem_of,
            self,
        )
        dialog.name_chosen.connect(lambda name: self._rename(entry.routine.id, name))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._rename_dialog = dialog
        dialog.open()

    def _rename(self, routine_id: str, name: str) -> None:
        renamed = self._routines.rename(routine_id, name)
        if isinstance(renamed, Refusal):
            self._show_error(renamed.message)
            return
        self.refresh(renamed.routine.id)

    def delete_selected(self) -> None:
        """Delete the selected user routine; Undo brings it back."""
        entry = self.selected()
        if entry is None or entry.routine.builtin:
            return
        deleted = self._routines.delete(entry.routine.id)
        if isinstance(deleted, Refusal):
            self._show_error(deleted.message)
            return
        self.undo_label.setText(deleted.notice)
        self.undo_bar.show()
        self.refresh()

    def undo_delete(self) -> None:
        """Bring back the routine deleted last (Ctrl+Z)."""
        restored = self._routines.undo_delete()
        if restored is None:
            return
        if isinstance(restored, Refusal):
            self._show_error(restored.message)
            return
        self.undo_bar.hide()
        self.refresh(restored.routine.id)

    def save_new(self, routine: Routine) -> Routine | None:
        """Store a new routine (also used by "Save as routine" after a session)."""
        created = self._routines.create(routine)
        if isinstance(created, Refusal):
            self._show_error(created.message)
            return None
        self.refresh(created.routine.id)
        return created.routine

    def _on_import_button_clicked(self) -> None:
        self.choose_import()

    def _on_export_button_clicked(self) -> None:
        self.export_selected()

    def _on_card_button_clicked(self) -> None:
        self.choose_card()

    def choose_import(self) -> QFileDialog:
        """Import… (the button, File → Import…): a file dialog; the chosen file is imported."""
        return self._file_dialog(
            self.tr("Import routines"),
            self.tr("Acupress routines (*%1)").replace("%1", FILE_SUFFIX),
            "",
            lambda chosen: self.import_file(Path(chosen)),
            save=False,
        )

    def choose_card(self) -> QFileDialog | None:
        """Printable card… (Ctrl+P): where to save the card of the selected routine."""
        entry = self.selected()
        if entry is None:
            return None
        return self._file_dialog(
            self.tr("Save a printable card"),
            self.tr("PDF document (*.pdf);;PNG image (*.png)"),
            self._routines.suggested_card_name(entry.routine),
            lambda chosen: self.save_card_selected(Path(chosen)),
            save=True,
        )

    def _file_dialog(
        self,
        title: str,
        filters: str,
        suggested: str,
        chosen: Callable[[str], object],
        save: bool,
    ) -> QFileDialog:
        """A window-modal file dialog that does not block: ``chosen`` gets the file picked."""
        folder = str(self._last_folder or Path.home())
        dialog = QFileDialog(self, title, folder, filters)
        dialog.setAcceptMode(
            QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen
        )
        dialog.setFileMode(
            QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile
        )
        if suggested:
            dialog.selectFile(suggested)

        def remember_then(path: str) -> None:
            self._last_folder = Path(path).parent
            chosen(path)

        # queued: the dialog has closed before the file is read or written (and before a
        # question about it is asked)
        dialog.fileSelected.connect(remember_then, Qt.ConnectionType.QueuedConnection)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._file_dialog_open = dialog
        dialog.open()
        return dialog

    def import_file(self, path: Path) -> list[Routine]:
        """Import routines from an .acupress.json file: all of them, or none with a clear message."""
        plan = self._routines.read_import(path)
        if isinstance(plan, Refusal):
            self._show_error(plan.message)
            return []
        if plan.clashes:
            question = self.tr(
                "You already have routines called: %1. Import them with new names?"
            ).replace("%1", ", ".join(f"“{name}”" for name in plan.clashes))
            # the box guesses the format: as escaped rich text, names show as typed
            answer = QMessageBox.question(
                self, self.tr("Names already used"), f"<p>{escape(question)}</p>"
            )
            if answer != QMessageBox.StandardButton.Yes:
                return []
        imported = self._routines.finish_import(plan, new_names=bool(plan.clashes))
        if isinstance(imported, Refusal):
            self._show_error(imported.message)
            return []
        self.notice.emit(imported.notice)
        self.refresh(imported.routines[0].id if imported.routines else "")
        return list(imported.routines)

    def export_selected(self) -> QFileDialog | None:
        """Export… : where to save the selected routine as an .acupress.json file."""
        entry = self.selected()
        if entry is None:
            return None
        return self._file_dialog(
            self.tr("Export routine"),
            self.tr("Acupress routines (*%1)").replace("%1", FILE_SUFFIX),
            self._routines.suggested_export_name(entry.routine),
            lambda chosen: self.export_to(Path(chosen)),
            save=True,
        )

    def export_to(self, path: Path) -> None:
        """Save the selected routine as ``path`` (".acupress.json" added when missing)."""
        entry = self.selected()
        if entry is None:
            return
        saved = self._routines.export(entry.routine.id, path)
        if isinstance(saved, Refusal):
            self._show_error(saved.message)
            return
        self.notice.emit(saved.notice)

    def save_card_selected(self, path: Path) -> list[Path]:
        """Save a printable A4 card of the selected routine as PDF (or PNG, by the file name)."""
        entry = self.selected()
        if entry is None:
            return []
        saved = self._routines.save_card(entry.routine.id, path, self._write_card)
        if isinstance(saved, Refusal):
            self._show_error(saved.message)
            return []
        self.notice.emit(saved.notice)
        return list(saved.paths)

    def _write_card(self, path: Path, routine: Routine) -> list[Path]:
        """Paint the card: PNG pages for a .png name, else one PDF (CardError when not written)."""
        if path.suffix.lower() == ".png":
            return save_card_png(path, routine, self._catalogue)
        save_card_pdf(path, routine, self._catalogue)
        return [path]

    # -- internals ----------------------------------------------------------------------------
    def _open_editor(self, routine: Routine | None) -> None:
        taken = self._routines.taken_names()
        editor = RoutineEditor(self._catalogue, routine, taken, self, planned=self._planned)
        editor.accepted.connect(lambda: self._on_editor_accepted(editor))
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._editor = editor
        editor.open()

    def _on_editor_accepted(self, editor: RoutineEditor) -> None:
        saved = self._routines.save(editor.routine())
        if isinstance(saved, Refusal):
            self._show_error(saved.message)
            return
        self.notice.emit(saved.notice)
        self.refresh(saved.routine.id)

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        self.notice.emit(message)

    def _on_list_looks_changed(self) -> None:
        if getattr(self, "_built", False):
            self.refresh()

    def _on_list_item_activated(self, _item: QListWidgetItem) -> None:
        self.start_selected()

    def _on_list_current_row_changed(self, row: int) -> None:
        if row >= 0 and not choosable(self.list.item(row)):
            # a heading is never the current row (setCurrentRow(0) chooses the first routine)
            self.list.setCurrentRow(self.list.nearest_choosable(row))
            return
        self.error_label.hide()
        self._show_selected()

    def _on_favourite_button_clicked(self, checked: bool) -> None:
        entry = self.selected()
        if entry is None:
            return
        refused = self._routines.set_favourite(entry.routine.id, checked)
        if refused is not None:
            self._show_error(refused.message)
        self.refresh(entry.routine.id)

    def retranslate_ui(self) -> None:
        """Set every translated text."""
        self.list_label.setText(self.tr("&Routines (Enter starts the selected one)"))
        self.list.setAccessibleName(self.tr("Routines"))
        self.sort_label.setText(self.tr("S&ort"))
        self.sort_combo.blockSignals(True)
        for index, text in enumerate(
            (self.tr("Favourites, then recent"), self.tr("Name"), self.tr("Most helpful"))
        ):
            self.sort_combo.setItemText(index, text)
        self.sort_combo.blockSignals(False)
        self.sort_combo.setAccessibleName(self.tr("Sort routines by"))
        self.sort_combo.setToolTip(
            self.tr(
                "Most helpful: by how much your pain went down with each routine, from your "
                "own scores; routines with fewer than three scored sessions come last"
            )
        )
        for button, text in (
            (self.new_button, self.tr("&New routine")),
            (self.import_button, self.tr("&Import…")),
            (self.start_button, self.tr("Start routine")),
            (self.edit_button, self.tr("&Edit")),
            (self.copy_button, self.tr("Co&py")),
            (self.rename_button, self.tr("Rena&me")),
            (self.delete_button, self.tr("&Delete")),
            (self.export_button, self.tr("E&xport…")),
            (self.card_button, self.tr("Printable &card…")),
            (self.undo_button, self.tr("&Undo")),
        ):
            button.setText(text)
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
        self.favourite_button.setAccessibleName(self.tr("Favourite"))
        self.card_button.setToolTip(
            self.tr("Save the routine as an A4 card (PDF or PNG) to print (Ctrl+P).")
        )
        self._show_selected()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            if getattr(self, "_built", False):  # (sent while __init__ builds the page too)
                self.refresh()  # "built-in", the times and the headings
        super().changeEvent(event)

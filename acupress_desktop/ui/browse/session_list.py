"""The session being built in the browser: chosen points in order, each with its time, and Start."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from acupress_desktop.core.catalogue import Catalogue
from acupress_desktop.core.routine import MAX_POINT_SECONDS, MIN_POINT_SECONDS, RoutineStep
from acupress_desktop.ui.labels import step_time_text
from acupress_desktop.ui.widgets.ordered_list import OrderedList
from acupress_desktop.ui.widgets.wrapping_grid import WrappingGrid

_POINT_ROLE = Qt.ItemDataRole.UserRole + 1
_SECONDS_ROLE = Qt.ItemDataRole.UserRole + 2


class SessionList(QWidget):
    """Points chosen for the next session.

    Signals:
        start_requested(object): the user pressed Start; the argument is a tuple of RoutineStep.
        steps_changed(): points were added, removed, moved or retimed.
        notice(str): something to tell the user (a point added, or already there; cleared).
    """

    start_requested = Signal(object)
    steps_changed = Signal()
    notice = Signal(str)

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.list = OrderedList(self)
        self.list.set_visible_rows(3)
        # a long row is elided (its whole text is its tooltip), never scrolled sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._cleared: list[tuple[str, int]] = []  # what Clear removed, for its undo
        self.time_label = QLabel(self)
        self.time_spin = QSpinBox(self)
        self.time_spin.setRange(MIN_POINT_SECONDS, MAX_POINT_SECONDS)
        self.time_spin.setSingleStep(15)
        self.time_spin.setValue(60)
        self.time_label.setBuddy(self.time_spin)
        self.up_button = QPushButton(self)
        self.down_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.clear_button = QPushButton(self)
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("startButton")
        self.start_button.setDefault(True)
        time_row = QHBoxLayout()
        time_row.addWidget(self.time_label)
        time_row.addWidget(self.time_spin, 1)
        buttons = WrappingGrid()
        for button in (self.up_button, self.down_button, self.remove_button, self.clear_button):
            buttons.addWidget(button)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        layout.addLayout(time_row)
        layout.addLayout(buttons)
        layout.addWidget(self.start_button)
        undo = QShortcut(QKeySequence.StandardKey.Undo, self,
                         context=Qt.ShortcutContext.WidgetWithChildrenShortcut)  # fmt: skip
        undo.activated.connect(self.undo_clear)

        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.list.order_changed.connect(self._changed)
        self.time_spin.valueChanged.connect(self._on_time_spin_value_changed)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button.clicked.connect(self.remove_current)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.retranslate_ui()
        self._update_enabled()

    # -- public -------------------------------------------------------------------------------
    def steps(self) -> tuple[RoutineStep, ...]:
        """The chosen points in order with their times."""
        return tuple(
            RoutineStep(item.data(_POINT_ROLE), int(item.data(_SECONDS_ROLE)))
            for item in (self.list.item(row) for row in range(self.list.count()))
            if item is not None
        )

    def add_point(self, point_id: str, seconds: int | None = None) -> bool:
        """Append a point (its suggested time unless given) and select it; a point that is
        already in the list is not added twice (the user is told). True when added."""
        point = self._catalogue.point(point_id)
        if any(step.point_id == point_id for step in self.steps()):
            self.notice.emit(self.tr("%1 is already in your session.").replace("%1", point.title))
            return False
        self._cleared = []
        self._append(point_id, seconds or point.press.seconds)
        self.notice.emit(self.tr("Added %1 to your session.").replace("%1", point.title))
        return True

    def _append(self, point_id: str, seconds: int) -> None:
        item = QListWidgetItem()
        item.setData(_POINT_ROLE, point_id)
        item.setData(_SECONDS_ROLE, seconds)
        self._refresh_item(item)
        self.list.append_item(item)

    def move_current(self, step: int) -> None:
        """Move the selected point up (-1) or down (+1)."""
        self.list.move_current(step)

    def remove_current(self) -> None:
        """Remove the selected point."""
        self.list.remove_current()

    def clear(self) -> None:
        """Remove every point; "Undo clear" (or Ctrl+Z) brings them back."""
        if not self.list.count():
            return
        self._cleared = [(step.point_id, step.seconds) for step in self.steps()]
        self.list.clear()
        self._changed()
        count = len(self._cleared)
        self.notice.emit(
            (self.tr("Removed 1 point.") if count == 1 else self.tr("Removed %1 points.").replace(
                "%1", str(count)))
            + " " + self.tr("“Undo clear” (Ctrl+Z) brings them back.")
        )  # fmt: skip

    def undo_clear(self) -> None:
        """Bring back the points that Clear removed."""
        cleared, self._cleared = self._cleared, []
        for point_id, seconds in cleared:
            self._append(point_id, seconds)
        if cleared:
            self.list.setCurrentRow(0)
            self.notice.emit(self.tr("Your session is back."))
        self._changed()

    def _on_clear_button_clicked(self) -> None:
        if self._cleared and not self.list.count():
            self.undo_clear()
        else:
            self.clear()

    def retranslate_ui(self) -> None:
        """Reset translated texts."""
        self.heading.setText(self.tr("Your session"))
        self.list.setAccessibleName(self.tr("Points in your session"))
        self.list.set_hint(
            self.tr("Add points with “Add to session” (Ctrl+Enter on a card), then press Start."),
            self.tr("Alt+Up and Alt+Down move the selected point; Delete removes it"),
        )
        self.time_label.setText(self.tr("&Time per side"))
        self.time_spin.setSuffix(self.tr(" s"))
        self.time_spin.setAccessibleName(self.tr("Time per side, in seconds"))
        for button, text, tip in (
            (self.up_button, self.tr("Up"), self.tr("Move the point earlier (Alt+Up)")),
            (self.down_button, self.tr("Down"), self.tr("Move the point later (Alt+Down)")),
            (self.remove_button, self.tr("Remove"), self.tr("Remove the point (Delete)")),
        ):
            button.setText(text)
            button.setAccessibleName(tip.split(" (")[0])
            button.setToolTip(tip)
        self._update_clear_button()
        self.start_button.setText(self.tr("Start session"))
        self.start_button.setAccessibleName(self.tr("Start session"))
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item is not None:
                self._refresh_item(item)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- internals ----------------------------------------------------------------------------
    def _refresh_item(self, item: QListWidgetItem) -> None:
        point = self._catalogue.point(item.data(_POINT_ROLE))
        seconds = int(item.data(_SECONDS_ROLE))
        step = RoutineStep(point.id, seconds)
        item.setText(f"{point.code} · {point.pinyin} — {step_time_text(step, point)}")
        item.setToolTip(item.text())

    def _changed(self) -> None:
        self._update_enabled()
        self.steps_changed.emit()

    def _update_enabled(self) -> None:
        count = self.list.count()
        has_current = self.list.currentRow() >= 0
        for widget in (self.remove_button, self.up_button, self.down_button, self.time_spin):
            widget.setEnabled(has_current)
        self._update_clear_button()
        self.start_button.setEnabled(count > 0)

    def _update_clear_button(self) -> None:
        undo = bool(self._cleared) and not self.list.count()
        text = self.tr("Undo clear") if undo else self.tr("Clear")
        tip = (
            self.tr("Bring back the points you cleared (Ctrl+Z)")
            if undo
            else self.tr("Remove every point")
        )
        self.clear_button.setText(text)
        self.clear_button.setAccessibleName(tip.split(" (")[0])
        self.clear_button.setToolTip(tip)
        self.clear_button.setEnabled(undo or self.list.count() > 0)

    def _on_list_current_row_changed(self, row: int) -> None:
        item = self.list.item(row) if row >= 0 else None
        if item is not None:
            self.time_spin.blockSignals(True)
            self.time_spin.setValue(int(item.data(_SECONDS_ROLE)))
            self.time_spin.blockSignals(False)
        self._update_enabled()

    def _on_time_spin_value_changed(self, value: int) -> None:
        item = self.list.currentItem()
        if item is not None:
            item.setData(_SECONDS_ROLE, value)
            self._refresh_item(item)
            self.steps_changed.emit()

    def _on_start_button_clicked(self) -> None:
        steps = self.steps()
        if steps:
            self.start_requested.emit(steps)

"""A list the user puts in order: drag, Alt+Up/Alt+Down, Delete. Used by the session list and the
routine editor."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidgetItem, QWidget

from acupress_desktop.ui.widgets.common import HintList


class OrderedList(HintList):
    """Items reorderable by drag and by keyboard; removable with Delete.

    Signals:
        order_changed(): an item was moved, added or removed by the user or by ``move_current``,
            ``remove_current`` or ``append_item``.
    """

    order_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.model().rowsMoved.connect(self.order_changed)

    def append_item(self, item: QListWidgetItem) -> None:
        """Add an item at the end (it cannot be dropped onto) and select it."""
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
        self.addItem(item)
        self.setCurrentItem(item)
        self.order_changed.emit()

    def move_current(self, step: int) -> None:
        """Move the selected item earlier (-1) or later (+1)."""
        row = self.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.count():
            return
        item = self.takeItem(row)
        self.insertItem(target, item)
        self.setCurrentRow(target)
        self.order_changed.emit()

    def remove_current(self) -> None:
        """Remove the selected item."""
        row = self.currentRow()
        if row >= 0:
            self.takeItem(row)
            self.order_changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if alt and event.key() == Qt.Key.Key_Up:
            self.move_current(-1)
        elif alt and event.key() == Qt.Key.Key_Down:
            self.move_current(1)
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_current()
        else:
            super().keyPressEvent(event)

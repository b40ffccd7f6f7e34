"""A list with heading rows between its groups: a heading is neither selectable nor reachable by
a key, and the keys that would land on one (Home, Page Up, Page Down) go to the nearest row
that can be chosen instead (QListView leaves the current row where it was)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem

_Move = QAbstractItemView.CursorAction
#: the moves that look for a row above when they land on a heading (the others look below)
_UPWARDS = (_Move.MoveUp, _Move.MoveLeft, _Move.MovePrevious, _Move.MoveEnd)


def make_heading(item: QListWidgetItem) -> QListWidgetItem:
    """Make ``item`` a heading row: not selectable, not enabled (so the arrows pass over it)."""
    item.setFlags(Qt.ItemFlag.NoItemFlags)
    return item


def choosable(item: QListWidgetItem | None) -> bool:
    """Whether the row can be chosen (it is not a heading)."""
    return item is not None and bool(item.flags() & Qt.ItemFlag.ItemIsSelectable)


class GroupedList(QListWidget):
    """A QListWidget whose heading rows (``make_heading``) the keys pass over.

    Signals:
        looks_changed(): its palette or font changed (rows drawn from them are out of date).
    """

    looks_changed = Signal()

    def changeEvent(self, event: QEvent) -> None:
        """Tell when the palette or the font changed, once the list has the new one."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.looks_changed.emit()

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Where a key moves to: QListView's answer, or the nearest choosable row from there."""
        index = super().moveCursor(action, modifiers)
        if not index.isValid() or choosable(self.item(index.row())):
            return index
        row = self.nearest_choosable(index.row(), upwards=action in _UPWARDS)
        if row < 0:
            return self.currentIndex()
        return self.model().index(row, 0, self.rootIndex())

    def nearest_choosable(self, row: int, upwards: bool = False) -> int:
        """The first choosable row from ``row`` on (above it first when ``upwards``), else -1."""
        below = range(row, self.count())
        above = range(row, -1, -1)
        for rows in (above, below) if upwards else (below, above):
            for candidate in rows:
                if choosable(self.item(candidate)):
                    return candidate
        return -1

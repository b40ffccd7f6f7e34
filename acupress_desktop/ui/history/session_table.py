"""The History page's list of sessions: SessionTableModel (sortable rows, only the note editable) and SortChoice."""

from __future__ import annotations

import inspect
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from acupress_desktop.core.history import SessionRecord
from acupress_desktop.ui.history.chart_text import format_minutes
from acupress_desktop.ui.history.history_text import (
    local_start,
    pain_relief,
    pain_text,
    pain_words,
    points_text,
    result_text,
    routine_text,
    when_text,
)

#: Keeps a session's note and returns it as kept (None: not saved).
NoteSaver = Callable[[SessionRecord, str], str | None]


@dataclass(frozen=True)
class SortChoice:
    """One entry of the "Sort by" list: a column and a direction."""

    column: int
    order: Qt.SortOrder
    label: str


class SessionTableModel(QAbstractTableModel):
    """Sessions as rows: when, routine, points, minutes, result, pain before → after, note.

    Sortable by any column (``sort``); sessions without the sorted value (no pain score, no
    note) always come last, and ties keep the newest first. Only the note can be edited, and
    only when a note saver is set (``set_note_saver``): it keeps the note and returns it as kept
    (None: not saved, the old note stays).
    """

    #: The number of columns, and the columns in order.
    COLUMNS = 7
    DATE, ROUTINE, POINTS, MINUTES, RESULT, PAIN, NOTE = range(COLUMNS)
    #: The raw value a column sorts by.
    SortRole = Qt.ItemDataRole.UserRole
    #: The SessionRecord of a row.
    RecordRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, tz: tzinfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self._locale = QLocale()
        self._records: list[SessionRecord] = []
        self._sort: tuple[int, Qt.SortOrder] = (self.DATE, Qt.SortOrder.DescendingOrder)
        self._note_saver: Callable[[], NoteSaver | None] = lambda: None

    def set_note_saver(self, saver: NoteSaver | None) -> None:
        """Let the note column be edited: ``saver`` keeps a note and returns it as kept.

        A bound method is held weakly: the page that owns this model passes its own method,
        and a strong reference would make the page and the model a reference cycle that only
        the garbage collector frees, at any moment, even while the window is being painted
        (PySide6 6.12 on Python 3.11 then crashed drawing into the freed window's buffer).
        """
        if saver is None:
            self._note_saver = lambda: None
        elif inspect.ismethod(saver):
            self._note_saver = weakref.WeakMethod(saver)
        else:
            self._note_saver = lambda: saver

    def set_records(self, records: Sequence[SessionRecord], locale: QLocale | None = None) -> None:
        """Show these sessions (kept in the current sort order)."""
        self.beginResetModel()
        if locale is not None:
            self._locale = QLocale(locale)
        self._records = self._sorted(list(records), *self._sort)
        self.endResetModel()

    def record(self, row: int) -> SessionRecord:
        """The session shown on a row."""
        return self._records[row]

    def retranslate(self) -> None:
        """Texts are made on request: tell views the headers and cells changed."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._records:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    def headers(self) -> list[str]:
        """The column titles."""
        return [
            self.tr("When"),
            self.tr("Routine"),
            self.tr("Points done"),
            self.tr("Minutes"),
            self.tr("Result"),
            self.tr("Pain before → after"),
            self.tr("Note"),
        ]

    def sort_key(self, record: SessionRecord, column: int) -> Any:
        """The value ``column`` sorts by (None: no value, always last)."""
        if column == self.ROUTINE:
            return routine_text(record).casefold()
        if column == self.POINTS:
            return (record.points_done, len(record.point_ids))
        if column == self.MINUTES:
            return record.seconds
        if column == self.RESULT:
            return record.finished
        if column == self.PAIN:
            return pain_relief(record)
        if column == self.NOTE:
            return record.note.casefold() or None
        return local_start(record, self._tz).timestamp()

    def _sorted(
        self, records: list[SessionRecord], column: int, order: Qt.SortOrder
    ) -> list[SessionRecord]:
        newest = sorted(records, key=lambda r: local_start(r, self._tz), reverse=True)
        known = [r for r in newest if self.sort_key(r, column) is not None]
        unknown = [r for r in newest if self.sort_key(r, column) is None]
        # ``reverse`` keeps the sort stable, so ties stay newest first either way.
        known.sort(
            key=lambda r: self.sort_key(r, column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        return known + unknown

    # -- Qt overrides -------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
        if index.column() == self.NOTE and self._note_saver() is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or self._note_saver() is None
            or not index.isValid()
            or index.column() != self.NOTE
            or not 0 <= index.row() < len(self._records)
        ):
            return False
        record = self._records[index.row()]
        saver = self._note_saver()
        if saver is None:
            return False
        kept = saver(record, str(value))
        if kept is None:
            return False
        self._records[index.row()] = replace(record, note=kept)
        self.dataChanged.emit(index, index)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < self.COLUMNS:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.headers()[section]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return self._alignment(section)
        elif (
            orientation == Qt.Orientation.Vertical
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._records)
        ):
            return str(section + 1)
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(record, column)
        if role == Qt.ItemDataRole.EditRole and column == self.NOTE:
            return record.note
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == self.NOTE:
                return record.note or QCoreApplication.translate("HistoryView", "no note")
            if column == self.PAIN:
                return pain_words(record.pain_before, record.pain_after)
            if column == self.MINUTES:
                return QCoreApplication.translate("HistoryView", "%1 minutes").replace(
                    "%1", format_minutes(record.minutes)
                )
            return self._text(record, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        if role == self.SortRole:
            return self.sort_key(record, column)
        if role == self.RecordRole:
            return record
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.COLUMNS:
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = list(self._records)
        self._records = self._sorted(old, column, order)
        new_row = {id(record): row for row, record in enumerate(self._records)}
        persistent = self.persistentIndexList()
        moved = [
            self.index(new_row[id(old[index.row()])], index.column())
            if index.isValid()
            else QModelIndex()
            for index in persistent
        ]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    # -- helpers ------------------------------------------------------------------------------
    def _text(self, record: SessionRecord, column: int) -> str:
        if column == self.DATE:
            return when_text(record, self._tz, self._locale)
        if column == self.ROUTINE:
            return routine_text(record)
        if column == self.POINTS:
            return points_text(record)
        if column == self.MINUTES:
            return format_minutes(record.minutes)
        if column == self.RESULT:
            return result_text(record)
        if column == self.NOTE:
            return record.note
        return pain_text(record.pain_before, record.pain_after)

    def _alignment(self, column: int) -> int:
        vertical = Qt.AlignmentFlag.AlignVCenter
        if column in (self.POINTS, self.MINUTES, self.PAIN):
            return int(Qt.AlignmentFlag.AlignCenter | vertical)
        return int(Qt.AlignmentFlag.AlignLeft | vertical)

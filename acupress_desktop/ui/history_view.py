"""The History page: streak and this week's totals, minutes per week, pain trend, every session, CSV export.

The view reads a history repository (``list()`` newest first, ``export_csv(path, tz)``) and
computes everything else with the pure functions of ``core.history`` in the user's time zone.
It keeps no timer: the lead calls ``refresh()`` after each saved session, and the page refreshes
itself whenever it is shown (so the streak is right after midnight too).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDir,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    Qt,
    QTime,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from acupress_desktop.core.history import (
    SessionRecord,
    SystemTimezone,
    current_streak,
    local_date,
    pain_trend,
    week_start,
    weekly_minutes,
)
from acupress_desktop.storage.database import DatabaseError
from acupress_desktop.ui.accessibility import announce
from acupress_desktop.ui.charts import PainTrendChart, WeeklyMinutesChart, format_minutes

#: How many weeks the minutes chart shows (the last one holds today).
WEEKS_SHOWN = 8

#: Errors an export can meet; the message is shown and nothing is lost. The storage layer's
#: own errors already carry a full sentence for the user.
EXPORT_ERRORS: tuple[type[Exception], ...] = (OSError, DatabaseError)


class HistoryStore(Protocol):
    """What the view needs of a history repository."""

    def list(self) -> list[SessionRecord]:
        """Every session, newest first."""
        ...

    def export_csv(self, path: Path, tz: tzinfo | None = None) -> int:
        """Write every session to ``path`` as CSV; returns how many rows were written."""
        ...


def _plural(translated: str, count: int) -> str:
    """Resolve the English "(s)" of an untranslated plural; a translation has its own forms."""
    return translated.replace("%n", str(count)).replace("(s)", "" if count == 1 else "s")


# --------------------------------------------------------------------------------------------
# Pure functions (texts and totals)
# --------------------------------------------------------------------------------------------


def streak_text(streak: int, has_sessions: bool) -> str:
    """The streak in one sentence: "3 days in a row", or what starts one."""
    if not has_sessions:
        return QCoreApplication.translate(
            "HistoryView", "No sessions yet: your first one starts the streak"
        )
    if streak <= 0:
        return QCoreApplication.translate(
            "HistoryView", "No session today or yesterday: one today starts a new streak"
        )
    return _plural(
        QCoreApplication.translate("HistoryView", "%n day(s) in a row", None, streak), streak
    )


def streak_caption(streak: int, has_sessions: bool) -> str:
    """The words under the streak's big number ("days in a row"), or the whole sentence."""
    if not has_sessions or streak <= 0:
        return streak_text(streak, has_sessions)
    return _plural(
        QCoreApplication.translate("HistoryView", "day(s) in a row", None, streak), streak
    )


def this_week(records: Sequence[SessionRecord], tz: tzinfo, today: date) -> tuple[int, float]:
    """Sessions and minutes in the week (Monday start, local time) that holds ``today``."""
    monday = week_start(today)
    count = sum(1 for record in records if week_start(local_date(record, tz)) == monday)
    minutes = weekly_minutes(records, tz, 1, today)[0][1]
    return count, minutes


def routine_text(record: SessionRecord) -> str:
    """The routine's name, or "Chosen points" for a session built by hand."""
    return record.routine_name.strip() or QCoreApplication.translate("HistoryView", "Chosen points")


def points_text(record: SessionRecord) -> str:
    """ "4 of 5"."""
    return (
        QCoreApplication.translate("HistoryView", "%1 of %2")
        .replace("%1", str(record.points_done))
        .replace("%2", str(len(record.point_ids)))
    )


def result_text(record: SessionRecord) -> str:
    """ "Finished" or "Stopped"."""
    return (
        QCoreApplication.translate("HistoryView", "Finished")
        if record.finished
        else QCoreApplication.translate("HistoryView", "Stopped")
    )


def pain_text(before: int | None, after: int | None) -> str:
    """ "7 → 3"; a missing score is a dash ("7 → –"); nothing at all when neither was given."""
    if before is None and after is None:
        return ""
    dash = "–"
    return f"{dash if before is None else before} → {dash if after is None else after}"


def pain_words(before: int | None, after: int | None) -> str:
    """The pain column for a screen reader: "pain 7 before, 3 after"."""
    if before is None and after is None:
        return QCoreApplication.translate("HistoryView", "no pain score")
    missing = QCoreApplication.translate("HistoryView", "not given")
    return (
        QCoreApplication.translate("HistoryView", "pain %1 before, %2 after")
        .replace("%1", missing if before is None else str(before))
        .replace("%2", missing if after is None else str(after))
    )


def pain_relief(record: SessionRecord) -> int | None:
    """How much the pain fell (before − after), or None without both scores."""
    if record.pain_before is None or record.pain_after is None:
        return None
    return record.pain_before - record.pain_after


def local_start(record: SessionRecord, tz: tzinfo) -> datetime:
    """When the session started, in the user's time zone (a naive time is taken as UTC)."""
    started = record.started_utc
    if started.tzinfo is None:
        started = started.replace(tzinfo=UTC)
    return started.astimezone(tz)


def when_text(record: SessionRecord, tz: tzinfo, locale: QLocale) -> str:
    """ "Mon 28 Apr 2025, 18:05" in the user's time zone and language."""
    moment = local_start(record, tz)
    day = locale.toString(QDate(moment.year, moment.month, moment.day), "ddd d MMM yyyy")
    clock = locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    return (
        QCoreApplication.translate("HistoryView", "%1, %2").replace("%1", day).replace("%2", clock)
    )


def export_status(count: int, path: Path) -> str:
    """ "Saved 12 sessions to /home/ana/history.csv"."""
    return _plural(
        QCoreApplication.translate("HistoryView", "Saved %n session(s) to %1", None, count), count
    ).replace("%1", QDir.toNativeSeparators(str(path)))


def export_error(path: Path, error: Exception) -> str:
    """What went wrong with an export, what was kept and what to do."""
    if isinstance(error, OSError):
        reason = error.strerror or str(error)
        return (
            QCoreApplication.translate(
                "HistoryView",
                "Could not save the history to %1 (%2). Your sessions are safe in Acupress; "
                "choose another folder or file name and try again.",
            )
            .replace("%1", QDir.toNativeSeparators(str(path)))
            .replace("%2", reason)
        )
    return str(error)  # storage errors are already a full sentence


# --------------------------------------------------------------------------------------------
# The table model
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SortChoice:
    """One entry of the "Sort by" list: a column and a direction."""

    column: int
    order: Qt.SortOrder
    label: str


class SessionTableModel(QAbstractTableModel):
    """Sessions as read-only rows: when, routine, points, minutes, result, pain before → after.

    Sortable by any column (``sort``); sessions without the sorted value (no pain score) always
    come last, and ties keep the newest first.
    """

    DATE, ROUTINE, POINTS, MINUTES, RESULT, PAIN = range(6)
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
        return 0 if parent.isValid() else 6

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 6:
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
        if role == Qt.ItemDataRole.AccessibleTextRole:
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
        if not 0 <= column < 6:
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
        return pain_text(record.pain_before, record.pain_after)

    def _alignment(self, column: int) -> int:
        vertical = Qt.AlignmentFlag.AlignVCenter
        if column in (self.POINTS, self.MINUTES, self.PAIN):
            return int(Qt.AlignmentFlag.AlignCenter | vertical)
        return int(Qt.AlignmentFlag.AlignLeft | vertical)


# --------------------------------------------------------------------------------------------
# Widgets
# --------------------------------------------------------------------------------------------


def _scaled(base: QFont, factor: float, bold: bool = False) -> QFont:
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    font.setBold(bold)
    return font


class Card(QWidget):
    """A calm panel: the palette's Base colour, a thin Mid border, rounded corners."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1.0))
        painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5), 10, 10)
        painter.end()


class StatTile(Card):
    """A big bold number over a short caption ("3" / "days in a row").

    Attributes:
        value_label: the number (hidden when the caption says it all).
        caption_label: the words under it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(2)
        self.value_label = QLabel(self)
        self.value_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.value_label.setForegroundRole(QPalette.ColorRole.Text)
        self.caption_label = QLabel(self)
        self.caption_label.setWordWrap(True)
        self.caption_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)
        layout.addStretch(1)
        # Minimum: tiles in a row share the tallest one's height, and never grow beyond it.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_values(self, value: str, caption: str, spoken: str) -> None:
        """Show ``value`` over ``caption``; ``spoken`` is the accessible name (the whole sentence)."""
        self.value_label.setText(value)
        self.caption_label.setText(caption)
        self.setAccessibleName(spoken)
        self.value_label.setAccessibleName(spoken)

    def apply_fonts(self, base: QFont) -> None:
        """Sizes from the page font: the number twice as large and bold, the caption as is."""
        self.value_label.setFont(_scaled(base, 2.0, bold=True))
        self.caption_label.setFont(_scaled(base, 1.0))


class HistoryView(QWidget):
    """The History page.

    Attributes:
        export_button: saves every session as a CSV file chosen in a save dialog.
        status_label: what the last export did ("Saved 12 sessions to …").
        error_label: why the last export failed (nothing is lost).
        streak_tile, week_sessions_tile, week_minutes_tile: the header numbers.
        weekly_chart, pain_chart: the two charts.
        sort_combo, table, model: the list of sessions, newest first by default.
        stack: the sessions page, or the empty page when there is nothing yet.
    """

    def __init__(
        self,
        repository: HistoryStore,
        tz: tzinfo | None = None,
        today: Callable[[], date] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._repository = repository
        self._tz: tzinfo = tz if tz is not None else SystemTimezone()
        self._today: Callable[[], date] = today or (lambda: datetime.now(self._tz).date())
        self._records: list[SessionRecord] = []
        self._last_folder: Path | None = None
        self._read_problem = False
        self._build()
        self._apply_fonts()
        self.retranslate_ui()
        self.refresh()

    # -- building -----------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 20, 28, 20)
        outer.setSpacing(14)
        top = QHBoxLayout()
        self.title_label = QLabel(self)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        top.addWidget(self.title_label, 1)
        top.addWidget(self.export_button)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.hide()
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        tiles = QHBoxLayout()
        tiles.setSpacing(14)
        self.streak_tile = StatTile(self)
        self.week_sessions_tile = StatTile(self)
        self.week_minutes_tile = StatTile(self)
        for tile in (self.streak_tile, self.week_sessions_tile, self.week_minutes_tile):
            tiles.addWidget(tile, 1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_sessions_page())
        self.stack.addWidget(self._build_empty_page())
        self.stack.setCurrentWidget(self.empty_page)
        outer.addLayout(top)
        outer.addWidget(self.status_label)
        outer.addWidget(self.error_label)
        outer.addLayout(tiles)
        outer.addWidget(self.stack, 1)
        QWidget.setTabOrder(self.export_button, self.weekly_chart)
        QWidget.setTabOrder(self.weekly_chart, self.pain_chart)
        QWidget.setTabOrder(self.pain_chart, self.sort_combo)
        QWidget.setTabOrder(self.sort_combo, self.table)

    def _build_sessions_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        charts = QHBoxLayout()
        charts.setSpacing(14)
        self.weekly_chart = WeeklyMinutesChart(page)
        self.pain_chart = PainTrendChart(page)
        self.weekly_chart.setMinimumHeight(240)
        self.pain_chart.setMinimumHeight(240)
        charts.addWidget(self.weekly_chart, 1)
        charts.addWidget(self.pain_chart, 1)
        bar = QHBoxLayout()
        self.sessions_label = QLabel(page)
        self.sort_label = QLabel(page)
        self.sort_combo = QComboBox(page)
        self.sort_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sort_label.setBuddy(self.sort_combo)
        self.sort_combo.activated.connect(self._on_sort_combo_activated)
        bar.addWidget(self.sessions_label, 1)
        bar.addWidget(self.sort_label)
        bar.addWidget(self.sort_combo)
        self.model = SessionTableModel(self._tz, self)
        self.table = QTableView(page)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SessionTableModel.ROUTINE, QHeaderView.ResizeMode.Stretch)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(SessionTableModel.DATE, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)
        self.table.setMinimumHeight(160)
        layout.addLayout(charts, 5)
        layout.addLayout(bar)
        layout.addWidget(self.table, 4)
        self.sessions_page = page
        return page

    def _build_empty_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(40, 40, 40, 40)
        layout.setSpacing(12)
        layout.addStretch(1)
        self.empty_title = QLabel(page)
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text = QLabel(page)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text.setWordWrap(True)
        self.empty_text.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty_text.setMaximumWidth(720)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(self.empty_text, 6)
        middle.addStretch(1)
        layout.addWidget(self.empty_title)
        layout.addLayout(middle)
        layout.addStretch(2)
        self.empty_page = page
        return page

    def _apply_fonts(self) -> None:
        base = self.font()
        self.title_label.setFont(_scaled(base, 1.6, bold=True))
        self.empty_title.setFont(_scaled(base, 1.4, bold=True))
        self.empty_text.setFont(_scaled(base, 1.1))
        self.sessions_label.setFont(_scaled(base, 1.15, bold=True))
        self.error_label.setFont(_scaled(base, 1.0, bold=True))
        self.table.horizontalHeader().setFont(_scaled(base, 1.0, bold=True))
        for tile in (self.streak_tile, self.week_sessions_tile, self.week_minutes_tile):
            tile.apply_fonts(base)
        height = QFontMetrics(base).height()
        self.export_button.setMinimumHeight(round(height * 2.2))
        self.sort_combo.setMinimumHeight(round(height * 2.0))

    def sort_choices(self) -> list[SortChoice]:
        """The "Sort by" entries, in order: every column both ways."""
        m, up, down = SessionTableModel, Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
        return [
            SortChoice(m.DATE, down, self.tr("Newest first")),
            SortChoice(m.DATE, up, self.tr("Oldest first")),
            SortChoice(m.ROUTINE, up, self.tr("Routine, A to Z")),
            SortChoice(m.ROUTINE, down, self.tr("Routine, Z to A")),
            SortChoice(m.POINTS, down, self.tr("Most points first")),
            SortChoice(m.POINTS, up, self.tr("Fewest points first")),
            SortChoice(m.MINUTES, down, self.tr("Longest first")),
            SortChoice(m.MINUTES, up, self.tr("Shortest first")),
            SortChoice(m.RESULT, down, self.tr("Finished first")),
            SortChoice(m.RESULT, up, self.tr("Stopped first")),
            SortChoice(m.PAIN, down, self.tr("Most pain relief first")),
            SortChoice(m.PAIN, up, self.tr("Least pain relief first")),
        ]

    def retranslate_ui(self) -> None:
        """Reset translated texts (and the numbers' words)."""
        self.setAccessibleName(self.tr("History"))
        self.title_label.setText(self.tr("History"))
        self.export_button.setText(self.tr("&Export as CSV…"))
        self.export_button.setAccessibleName(self.tr("Export history as CSV"))
        self.export_button.setToolTip(self.tr("Save every session to a CSV file (Alt+E)"))
        self.sort_label.setText(self.tr("&Sort by"))
        self.sort_combo.setAccessibleName(self.tr("Sort sessions by"))
        current = self.sort_combo.currentIndex()
        self.sort_combo.clear()
        for choice in self.sort_choices():
            self.sort_combo.addItem(choice.label)
        self._select_sort_choice(
            self.table.horizontalHeader().sortIndicatorSection(),
            self.table.horizontalHeader().sortIndicatorOrder(),
            fallback=max(0, current),
        )
        self.table.setAccessibleName(self.tr("Sessions"))
        self.table.horizontalHeader().setAccessibleName(self.tr("Session columns"))
        self.empty_title.setText(self.tr("No sessions yet"))
        self.empty_text.setText(
            self.tr(
                "Every session you do, finished or stopped, is listed here with its minutes "
                "and the pain scores you give."
            )
        )
        self.model.retranslate()
        self._show_numbers()

    # -- state --------------------------------------------------------------------------------
    @property
    def records(self) -> list[SessionRecord]:
        """The sessions shown, newest first."""
        return list(self._records)

    def refresh(self) -> None:
        """Re-read the repository and redraw everything (a read error is shown; the page stays)."""
        try:
            records = list(self._repository.list())
        except DatabaseError as error:
            self._read_problem = True
            self._show_message(self.error_label, str(error))
            return
        if self._read_problem:  # the problem is over: take its message away
            self._read_problem = False
            self.error_label.hide()
        self._records = records
        today = self._today()
        self.weekly_chart.set_weeks(weekly_minutes(self._records, self._tz, WEEKS_SHOWN, today))
        self.pain_chart.set_trend(pain_trend(self._records, self._tz))
        self.model.set_records(self._records, self.locale())
        has_sessions = bool(self._records)
        self.stack.setCurrentWidget(self.sessions_page if has_sessions else self.empty_page)
        self.export_button.setEnabled(has_sessions)
        self._show_numbers()

    def _show_numbers(self) -> None:
        today = self._today()
        has_sessions = bool(self._records)
        streak = current_streak(self._records, self._tz, today) if has_sessions else 0
        self.streak_tile.set_values(
            str(streak),
            streak_caption(streak, has_sessions),
            self.tr("Current streak: %1").replace("%1", streak_text(streak, has_sessions)),
        )
        count, minutes = this_week(self._records, self._tz, today)
        self.week_sessions_tile.set_values(
            str(count),
            _plural(
                QCoreApplication.translate("HistoryView", "session(s) this week", None, count),
                count,
            ),
            _plural(
                QCoreApplication.translate("HistoryView", "%n session(s) this week", None, count),
                count,
            ),
        )
        shown = format_minutes(minutes)
        self.week_minutes_tile.set_values(
            shown,
            _plural(
                QCoreApplication.translate(
                    "HistoryView", "minute(s) this week", None, round(minutes)
                ),
                round(minutes),
            ),
            QCoreApplication.translate("HistoryView", "%1 minutes this week").replace("%1", shown),
        )
        self.sessions_label.setText(
            _plural(
                QCoreApplication.translate(
                    "HistoryView", "%n session(s)", None, len(self._records)
                ),
                len(self._records),
            )
        )

    # -- export -------------------------------------------------------------------------------
    def suggested_export_path(self) -> Path:
        """Where the save dialog starts: the last folder used (else home), a dated file name."""
        folder = self._last_folder or Path.home()
        return folder / f"acupress-history-{self._today().isoformat()}.csv"

    def export_to(self, path: Path) -> bool:
        """Export through the repository; show what happened. True when the file was written."""
        try:
            count = self._repository.export_csv(path, self._tz)
        except EXPORT_ERRORS as error:
            self._show_message(self.error_label, export_error(path, error))
            return False
        self._last_folder = path.parent
        self._show_message(self.status_label, export_status(count, path))
        return True

    def _show_message(self, label: QLabel, text: str) -> None:
        self._read_problem = self._read_problem and label is self.error_label
        for other in (self.status_label, self.error_label):
            other.setVisible(other is label)
        label.setText(text)
        announce(self, text)

    def _on_export_button_clicked(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export history as CSV"),
            str(self.suggested_export_path()),
            self.tr("CSV files (*.csv)"),
        )
        if not chosen:
            return  # cancelled
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".csv")
        self.export_to(path)

    # -- sorting ------------------------------------------------------------------------------
    def _on_sort_combo_activated(self, index: int) -> None:
        choices = self.sort_choices()
        if 0 <= index < len(choices):
            self.table.sortByColumn(choices[index].column, choices[index].order)

    def _on_header_sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        self._select_sort_choice(column, order)

    def _select_sort_choice(self, column: int, order: Qt.SortOrder, fallback: int = 0) -> None:
        for index, choice in enumerate(self.sort_choices()):
            if choice.column == column and choice.order == order:
                self.sort_combo.setCurrentIndex(index)
                return
        self.sort_combo.setCurrentIndex(fallback)

    # -- Qt overrides -------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.FontChange:
            self._apply_fonts()
        elif event.type() == QEvent.Type.LocaleChange:
            self.model.set_records(self._records, self.locale())
        super().changeEvent(event)


def preview() -> None:  # pragma: no cover - manual check
    """The page with 30 made-up sessions."""
    import random
    import sys
    from datetime import UTC, timedelta

    from PySide6.QtWidgets import QApplication

    from acupress_desktop.ui.theme import apply_theme

    class _Memory:
        def __init__(self, records: list[SessionRecord]) -> None:
            self._records = records

        def list(self) -> list[SessionRecord]:
            return sorted(self._records, key=lambda r: r.started_utc, reverse=True)

        def export_csv(self, path: Path, tz: tzinfo | None = None) -> int:
            path.write_text("started_utc\n", encoding="utf-8")
            return len(self._records)

    app = QApplication.instance() or QApplication(sys.argv)
    apply_theme(app, sys.argv[1] if len(sys.argv) > 1 else "system")  # type: ignore[arg-type]
    rng = random.Random(3)
    now = datetime.now(UTC)
    records = [
        SessionRecord(
            now - timedelta(days=day, hours=rng.randint(0, 5)),
            rng.choice(["Lower back", "Evening calm", ""]),
            "",
            ("BL23", "BL40", "GV4", "SP6"),
            rng.randint(2, 4),
            rng.randint(240, 900),
            rng.random() > 0.2,
            rng.randint(4, 8),
            rng.randint(1, 5),
        )
        for day in range(0, 45, 2)
    ]
    view = HistoryView(_Memory(records))
    view.resize(1200, 800)
    view.show()
    app.exec()


if __name__ == "__main__":  # pragma: no cover
    preview()

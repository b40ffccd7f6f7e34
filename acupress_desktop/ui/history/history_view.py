"""The History page: streak and this week's totals, minutes per week, pain trend, every session, CSV export.

The view reads the sessions and exports them through ``controllers.history.HistoryController``
(which knows the user's time zone and today) and computes everything else with the pure
functions of ``core.history``.
It keeps no timer: the lead calls ``refresh()`` after each saved session, and the page refreshes
itself whenever it is shown (so the streak is right after midnight too). Its parts live next
door: the words in ``history_text``, the table model in ``session_table``, the number tiles in
``history_cards`` and the two charts in ``charts``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from acupress_desktop.controllers.history import HistoryController
from acupress_desktop.controllers.results import Refusal
from acupress_desktop.core.history import (
    SessionRecord,
    current_streak,
    pain_trend,
    weekly_minutes,
)
from acupress_desktop.ui.accessibility import announce
from acupress_desktop.ui.history.charts import PainTrendChart, WeeklyMinutesChart
from acupress_desktop.ui.history.goal_row import GoalRow
from acupress_desktop.ui.history.history_cards import StatTile, scaled_font
from acupress_desktop.ui.history.history_text import (
    sessions_count_text,
    streak_caption,
    streak_text,
    this_week,
    week_minutes_texts,
    week_sessions_texts,
)
from acupress_desktop.ui.history.outcomes_section import OutcomesSection
from acupress_desktop.ui.history.session_table import SessionTableModel, SortChoice
from acupress_desktop.ui.widgets.common import VerticalScrollArea

#: How many weeks the minutes chart shows (the last one holds today).
WEEKS_SHOWN = 8


class HistoryView(QWidget):
    """The History page.

    Attributes:
        export_button: saves every session as a CSV file chosen in a save dialog.
        status_label: what the last export did ("Saved 12 sessions to …").
        error_label: why the last export failed (nothing is lost).
        streak_tile, week_sessions_tile, week_minutes_tile: the header numbers.
        weekly_chart, pain_chart: the two charts.
        goal_row: the weekly goal (a spin box, "Off" by default) and its progress bar.
        sort_combo, table, model: the list of sessions, newest first by default; the Note
            column is edited with F2 or Enter on a row, or with note_button.
        note_button: edits the note of the selected session.
        outcomes: "What works for you", by routine or by point.
        stack: the sessions page, or the empty page when there is nothing yet.
        empty_button: on the empty page, goes to the routines to do a first session.

    Signals:
        routines_requested(): the user wants to choose a routine (from the empty page).
    """

    routines_requested = Signal()

    def __init__(
        self,
        history: HistoryController,
        parent: QWidget | None = None,
        point_name: Callable[[str], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._history = history
        self._point_name = point_name
        self._tz = history.tz
        self._today = history.today
        self._records: list[SessionRecord] = []
        self._read_problem = False
        self._build()
        self._apply_fonts()
        self.retranslate_ui()
        self.refresh()

    # -- building -----------------------------------------------------------------------------
    def _build(self) -> None:
        # the page scrolls when the screen is short (1280x800 at 20 pt): nothing is cut
        content = QWidget(self)
        frame = QVBoxLayout(self)
        frame.setContentsMargins(0, 0, 0, 0)
        frame.addWidget(VerticalScrollArea(content, self))
        outer = QVBoxLayout(content)
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
        self.goal_row = GoalRow(self._history, self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_sessions_page())
        self.stack.addWidget(self._build_empty_page())
        self.stack.setCurrentWidget(self.empty_page)
        outer.addLayout(top)
        outer.addWidget(self.status_label)
        outer.addWidget(self.error_label)
        outer.addLayout(tiles)
        outer.addWidget(self.goal_row)
        outer.addWidget(self.stack, 1)
        # the sessions (or the way to a first one) come before the weekly goal in the focus
        # chain: a page shown with Ctrl+3 gives the focus to its first control at once, not to
        # the goal's spin box on the way (a screen reader would say both)
        QWidget.setTabOrder(self.export_button, self.weekly_chart)
        QWidget.setTabOrder(self.weekly_chart, self.pain_chart)
        QWidget.setTabOrder(self.pain_chart, self.sort_combo)
        QWidget.setTabOrder(self.sort_combo, self.table)
        QWidget.setTabOrder(self.table, self.note_button)
        QWidget.setTabOrder(self.note_button, self.outcomes.show_combo)
        QWidget.setTabOrder(self.outcomes.show_combo, self.outcomes.chart)
        QWidget.setTabOrder(self.outcomes.chart, self.empty_button)
        QWidget.setTabOrder(self.empty_button, self.goal_row.spin)

    def _build_sessions_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        charts = QHBoxLayout()
        charts.setSpacing(14)
        self.weekly_chart = WeeklyMinutesChart(page)
        self.pain_chart = PainTrendChart(page)
        self.weekly_chart.setMinimumHeight(150)
        self.pain_chart.setMinimumHeight(150)
        charts.addWidget(self.weekly_chart, 1)
        charts.addWidget(self.pain_chart, 1)
        bar = QHBoxLayout()
        self.sessions_label = QLabel(page)
        self.sort_label = QLabel(page)
        self.sort_combo = QComboBox(page)
        self.sort_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sort_label.setBuddy(self.sort_combo)
        self.sort_combo.activated.connect(self._on_sort_combo_activated)
        self.note_button = QPushButton(page)
        self.note_button.clicked.connect(self._on_note_button_clicked)
        bar.addWidget(self.sessions_label, 1)
        bar.addWidget(self.note_button)
        bar.addWidget(self.sort_label)
        bar.addWidget(self.sort_combo)
        self.model = SessionTableModel(self._tz, self)
        self.model.set_note_saver(self._save_note)
        self.table = QTableView(page)
        self.table.setModel(self.model)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.installEventFilter(self)
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
        header.setSectionResizeMode(SessionTableModel.NOTE, QHeaderView.ResizeMode.Stretch)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(SessionTableModel.DATE, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)
        self.table.setMinimumHeight(110)
        layout.addLayout(charts, 5)
        layout.addLayout(bar)
        layout.addWidget(self.table, 4)
        self.outcomes = OutcomesSection(self._point_name, page)
        layout.addWidget(self.outcomes)
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
        self.empty_button = QPushButton(page)
        self.empty_button.clicked.connect(self.routines_requested)
        layout.addWidget(self.empty_title)
        layout.addLayout(middle)
        layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.empty_page = page
        return page

    def _apply_fonts(self) -> None:
        base = self.font()
        self.title_label.setFont(scaled_font(base, 1.6, bold=True))
        self.empty_title.setFont(scaled_font(base, 1.4, bold=True))
        self.empty_text.setFont(scaled_font(base, 1.1))
        self.sessions_label.setFont(scaled_font(base, 1.15, bold=True))
        self.error_label.setFont(scaled_font(base, 1.0, bold=True))
        self.table.horizontalHeader().setFont(scaled_font(base, 1.0, bold=True))
        for tile in (self.streak_tile, self.week_sessions_tile, self.week_minutes_tile):
            tile.apply_fonts(base)
        height = QFontMetrics(base).height()
        self.export_button.setMinimumHeight(round(height * 2.2))
        self.note_button.setMinimumHeight(round(height * 2.0))
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
            SortChoice(m.NOTE, up, self.tr("Notes, A to Z")),
            SortChoice(m.NOTE, down, self.tr("Notes, Z to A")),
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
        self.note_button.setText(self.tr("&Note…"))
        self.note_button.setAccessibleName(self.tr("Write a note for the selected session"))
        self.note_button.setToolTip(
            self.tr("A line of your own about the selected session (Alt+N, or F2 in the list)")
        )
        self.table.setAccessibleName(self.tr("Sessions"))
        self.table.horizontalHeader().setAccessibleName(self.tr("Session columns"))
        self.empty_title.setText(self.tr("No sessions yet"))
        self.empty_button.setText(self.tr("Choose a routine"))
        self.empty_button.setAccessibleName(self.tr("Choose a routine to start a first session"))
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

    def first_control(self) -> QWidget:
        """Where the focus goes when the page is shown (Ctrl+3): the sessions, or the way to a
        first one."""
        return self.table if self._records else self.empty_button

    def refresh(self) -> None:
        """Re-read the sessions and redraw everything (a read error is shown; the page stays)."""
        records = self._history.records()
        if isinstance(records, Refusal):
            self._read_problem = True
            self._show_message(self.error_label, records.message)
            return
        if self._read_problem:  # the problem is over: take its message away
            self._read_problem = False
            self.error_label.hide()
        self._records = records
        today = self._today()
        self.weekly_chart.set_weeks(weekly_minutes(self._records, self._tz, WEEKS_SHOWN, today))
        self.pain_chart.set_trend(pain_trend(self._records, self._tz))
        self.model.set_records(self._records, self.locale())
        self.outcomes.set_records(self._records)
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
        self.week_sessions_tile.set_values(str(count), *week_sessions_texts(count))
        self.week_minutes_tile.set_values(*week_minutes_texts(minutes))
        self.sessions_label.setText(sessions_count_text(len(self._records)))
        self.goal_row.set_records(self._records)

    # -- notes --------------------------------------------------------------------------------
    def edit_note(self) -> bool:
        """Open the note of the selected session (else the first) for editing; False when there
        is no session."""
        if not self._records:
            return False
        current = self.table.currentIndex()
        row = current.row() if current.isValid() else 0
        index = self.model.index(row, SessionTableModel.NOTE)
        self.table.setCurrentIndex(index)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.edit(index)
        return True

    def _save_note(self, record: SessionRecord, note: str) -> str | None:
        kept = self._history.set_note(record, note)
        if isinstance(kept, Refusal):
            self._show_message(self.error_label, kept.message)
            return None
        self._records = [
            item if item.started_utc != record.started_utc else replace(item, note=kept)
            for item in self._records
        ]
        return kept

    def _on_note_button_clicked(self) -> None:
        self.edit_note()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.table.state() != QAbstractItemView.State.EditingState
        ):
            return self.edit_note()
        return super().eventFilter(watched, event)

    # -- export -------------------------------------------------------------------------------
    def export_to(self, path: Path) -> bool:
        """Export every session to ``path``; show what happened. True when the file was written."""
        saved = self._history.export_csv(path)
        if isinstance(saved, Refusal):
            self._show_message(self.error_label, saved.message)
            return False
        self._show_message(self.status_label, saved.notice)
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
            str(self._history.suggested_export_path()),
            self.tr("CSV files (*.csv)"),
        )
        if not chosen:
            return  # cancelled
        self.export_to(Path(chosen))

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
            self.goal_row.set_records(self._records)
        super().changeEvent(event)


def preview() -> None:  # pragma: no cover - manual check
    """The page with 30 made-up sessions."""
    import random
    import sys
    from datetime import UTC, timedelta, tzinfo

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

        def export_outcomes_csv(self, path: Path) -> int:
            path.write_text("kind\n", encoding="utf-8")
            return 0

        def set_note(self, record: SessionRecord, note: str) -> str:
            return note

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
    view = HistoryView(HistoryController(_Memory(records)))
    view.resize(1200, 800)
    view.show()
    app.exec()


if __name__ == "__main__":  # pragma: no cover
    preview()

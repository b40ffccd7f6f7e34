"""The History page: streak and week totals, charts fed in the user's time zone, table, CSV export."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QWidget,
)

from acupress_desktop.controllers.history import HistoryController
from acupress_desktop.core.history import SessionRecord
from acupress_desktop.storage.db_errors import DatabaseError
from acupress_desktop.ui.history import history_cards, history_text, history_view, session_table
from acupress_desktop.ui.history.chart_card import ChartCard
from acupress_desktop.ui.history.history_cards import StatTile
from acupress_desktop.ui.history.history_text import pain_text, streak_text, this_week
from acupress_desktop.ui.history.history_view import HistoryView
from acupress_desktop.ui.history.session_table import SessionTableModel
from acupress_desktop.ui.palette import contrast_ratio, theme_palette
from tests.fakes import installed_translator

#: The user's time zone in these tests: two hours ahead of UTC, no daylight saving.
TZ = timezone(timedelta(hours=2))
#: "Today" for every test: Wednesday 30 April 2025 (its week starts on Monday 28 April).
TODAY = date(2025, 4, 30)
UK = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def at(day: date, hour: int = 18, minute: int = 5) -> datetime:
    """A local wall time in TZ, as the UTC instant a record stores."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=TZ).astimezone(UTC)


def record(
    started: datetime,
    minutes: float = 10,
    *,
    name: str = "Lower back",
    points: int = 5,
    done: int | None = None,
    finished: bool = True,
    before: int | None = None,
    after: int | None = None,
) -> SessionRecord:
    """A session record with sensible defaults."""
    return SessionRecord(
        started_utc=started,
        routine_name=name,
        routine_id="",
        point_ids=tuple(f"P{i}" for i in range(points)),
        points_done=points if done is None else done,
        seconds=minutes * 60,
        finished=finished,
        pain_before=before,
        pain_after=after,
    )


class FakeRepository:
    """An in-memory history: ``list()`` newest first; ``export_csv`` writes a small CSV or fails."""

    def __init__(self, records: list[SessionRecord] | None = None) -> None:
        self.records = list(records or [])
        self.fail_with: Exception | None = None
        self.exports: list[tuple[Path, tzinfo | None]] = []

    def add(self, item: SessionRecord) -> None:
        self.records.append(item)

    def list(self) -> list[SessionRecord]:
        return sorted(self.records, key=lambda r: r.started_utc, reverse=True)

    def export_csv(self, path: Path, tz: tzinfo | None = None) -> int:
        self.exports.append((path, tz))
        if self.fail_with is not None:
            raise self.fail_with
        with path.open("w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out)
            writer.writerow(["started_utc", "routine"])
            for item in reversed(self.list()):
                writer.writerow([item.started_utc.isoformat(), item.routine_name])
        return len(self.records)

    def export_outcomes_csv(self, path: Path) -> int:
        path.write_text("kind,name\n", encoding="utf-8")
        return 0

    def set_note(self, item: SessionRecord, note: str) -> str:
        if self.fail_with is not None:
            raise self.fail_with
        kept = " ".join(note.split())
        self.records = [
            replace(r, note=kept) if r.started_utc == item.started_utc else r for r in self.records
        ]
        return kept


def three_day_streak() -> list[SessionRecord]:
    """Sessions today (two), yesterday and the day before; and one three weeks ago."""
    return [
        record(at(TODAY, 8), 12, before=7, after=3),
        record(at(TODAY, 19), 8, name="", done=2, finished=False, before=6),
        record(at(TODAY - timedelta(days=1)), 15, name="Evening calm", after=2),
        record(at(TODAY - timedelta(days=2)), 20),
        record(at(TODAY - timedelta(days=22)), 5, name="Back pain during periods"),
    ]


def make_view(qtbot, repository: FakeRepository, today: date = TODAY) -> HistoryView:  # type: ignore[no-untyped-def]
    """A History page in the UK locale and TZ, at 1200×800, not shown."""
    view = HistoryView(HistoryController(repository, tz=TZ, today=lambda: today))
    qtbot.addWidget(view)
    view.setLocale(UK)
    view.setPalette(theme_palette("light"))
    view.resize(1200, 800)
    return view


@pytest.fixture()
def repository() -> FakeRepository:
    """Five sessions making a three-day streak."""
    return FakeRepository(three_day_streak())


@pytest.fixture()
def view(qtbot, repository: FakeRepository) -> HistoryView:  # type: ignore[no-untyped-def]
    """The page over the three-day-streak history."""
    return make_view(qtbot, repository)


def table_column(view: HistoryView, column: int) -> list[str]:
    model = view.table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


# -- pure functions ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("streak", "has_sessions", "text"),
    [
        (0, False, "No sessions yet: your first one starts the streak"),
        (0, True, "No session today or yesterday: one today starts a new streak"),
        (1, True, "1 day in a row"),
        (3, True, "3 days in a row"),
    ],
)
def test_streak_text(streak: int, has_sessions: bool, text: str) -> None:
    """The streak reads as a sentence, and says what starts one when there is none."""
    assert streak_text(streak, has_sessions) == text


def test_this_week_counts_monday_to_today_in_local_time() -> None:
    """Sessions from this Monday on (local time) count; 23:30 UTC on Sunday is already Monday here."""
    sunday_night_utc = datetime(2025, 4, 27, 23, 30, tzinfo=UTC)  # 01:30 Monday in TZ
    records = [*three_day_streak(), record(sunday_night_utc, 6)]
    assert this_week(records, TZ, TODAY) == (5, pytest.approx(12 + 8 + 15 + 20 + 6))
    assert this_week([], TZ, TODAY) == (0, 0.0)


@pytest.mark.parametrize(
    ("before", "after", "text"),
    [(7, 3, "7 → 3"), (7, None, "7 → –"), (None, 2, "– → 2"), (None, None, "")],
)
def test_pain_text(before: int | None, after: int | None, text: str) -> None:
    """Pain reads "before → after" with a dash for a missing score, and nothing when neither."""
    assert pain_text(before, after) == text


# -- header -----------------------------------------------------------------------------------


def test_header_shows_the_streak_and_this_week(view: HistoryView) -> None:
    """Three days in a row; four sessions and 55 minutes this week, as big numbers with words."""
    assert view.streak_tile.value_label.text() == "3"
    assert view.streak_tile.caption_label.text() == "days in a row"
    assert view.streak_tile.accessibleName() == "Current streak: 3 days in a row"
    assert view.week_sessions_tile.value_label.text() == "4"
    assert view.week_sessions_tile.caption_label.text() == "sessions this week"
    assert view.week_minutes_tile.value_label.text() == "55"
    assert view.week_minutes_tile.accessibleName() == "55 minutes this week"
    assert view.week_sessions_tile.value_label.font().bold()
    assert view.week_sessions_tile.value_label.font().pointSizeF() >= 1.9 * view.font().pointSizeF()


def test_streak_counts_from_yesterday_until_today_has_a_session(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Before today's session the streak still shows the days up to yesterday."""
    repository = FakeRepository([r for r in three_day_streak() if r.started_utc < at(TODAY, 0, 0)])
    view = make_view(qtbot, repository)
    assert view.streak_tile.accessibleName() == "Current streak: 2 days in a row"
    later = make_view(qtbot, repository, today=TODAY + timedelta(days=2))
    assert later.streak_tile.caption_label.text() == (
        "No session today or yesterday: one today starts a new streak"
    )


def test_empty_history_shows_the_empty_page(qtbot) -> None:  # type: ignore[no-untyped-def]
    """No sessions: the streak invites a first one, the empty message shows, export is off."""
    view = make_view(qtbot, FakeRepository())
    assert view.stack.currentWidget() is view.empty_page
    assert (
        view.streak_tile.caption_label.text() == "No sessions yet: your first one starts the streak"
    )
    assert view.empty_title.text() == "No sessions yet"
    assert view.week_sessions_tile.value_label.text() == "0"
    assert not view.export_button.isEnabled()


def test_refresh_picks_up_a_new_session(qtbot) -> None:  # type: ignore[no-untyped-def]
    """After a session is saved, refresh() shows it everywhere."""
    repository = FakeRepository()
    view = make_view(qtbot, repository)
    repository.add(record(at(TODAY, 9), 14, before=6, after=2))
    view.refresh()
    assert view.stack.currentWidget() is view.sessions_page
    assert view.model.rowCount() == 1
    assert view.streak_tile.value_label.text() == "1"
    assert view.streak_tile.caption_label.text() == "day in a row"
    assert view.weekly_chart.weeks[-1][1] == pytest.approx(14)
    assert view.pain_chart.trend == [(TODAY, 6, 2)]
    assert view.export_button.isEnabled()


# -- charts -----------------------------------------------------------------------------------


def test_weekly_chart_gets_eight_monday_weeks_in_local_time(view: HistoryView) -> None:
    """Eight weeks, Monday-start, oldest first, ending with this week; empty weeks are 0."""
    weeks = view.weekly_chart.weeks
    assert [monday for monday, _ in weeks] == [
        date(2025, 4, 28) - timedelta(weeks=7 - i) for i in range(8)
    ]
    assert weeks[-1][1] == pytest.approx(55)
    assert weeks[-4][1] == pytest.approx(5)  # 8 April, three weeks back
    assert [m for _, m in weeks].count(0) == 6


def test_pain_chart_gets_sessions_with_any_score_oldest_first(view: HistoryView) -> None:
    """Only sessions with a pain score are drawn, oldest first, with their local date."""
    assert view.pain_chart.trend == [
        (TODAY - timedelta(days=1), None, 2),
        (TODAY, 7, 3),
        (TODAY, 6, None),
    ]


# -- table ------------------------------------------------------------------------------------


def test_table_lists_sessions_newest_first_with_readable_cells(view: HistoryView) -> None:
    """Local date and time, routine ("Chosen points" when unnamed), points, minutes, result, pain."""
    model = view.model
    assert model.rowCount() == 5
    assert model.headers() == [
        "When",
        "Routine",
        "Points done",
        "Minutes",
        "Result",
        "Pain before → after",
        "Note",
    ]
    first = [model.index(0, column).data() for column in range(model.columnCount())]
    assert first == [
        "Wed 30 Apr 2025, 19:05",
        "Chosen points",
        "2 of 5",
        "8",
        "Stopped",
        "6 → –",
        "",
    ]
    second = [model.index(1, column).data() for column in range(model.columnCount())]
    assert second == [
        "Wed 30 Apr 2025, 08:05",
        "Lower back",
        "5 of 5",
        "12",
        "Finished",
        "7 → 3",
        "",
    ]
    assert table_column(view, SessionTableModel.DATE)[-1] == "Tue 8 Apr 2025, 18:05"
    pain = model.index(1, SessionTableModel.PAIN).data(Qt.ItemDataRole.AccessibleTextRole)
    assert pain == "pain 7 before, 3 after"


def test_only_the_note_can_be_edited(view: HistoryView) -> None:
    """Cells can be selected; of them only the note is editable (F2 or a double click)."""
    editable = [
        column
        for column in range(view.model.columnCount())
        if view.model.flags(view.model.index(0, column)) & Qt.ItemFlag.ItemIsEditable
    ]
    assert editable == [SessionTableModel.NOTE]
    assert view.table.editTriggers() & QAbstractItemView.EditTrigger.EditKeyPressed
    assert not view.table.editTriggers() & QAbstractItemView.EditTrigger.AnyKeyPressed
    assert not view.model.setData(view.model.index(0, SessionTableModel.ROUTINE), "changed")


def test_the_model_passes_the_model_tester(view: HistoryView, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """The session model behaves as Qt expects of a table model."""
    qtmodeltester.check(view.model)


def test_clicking_a_header_sorts_and_the_sort_list_follows(view: HistoryView) -> None:
    """Sorting by minutes puts the longest first; the "Sort by" list shows the same choice."""
    view.table.sortByColumn(SessionTableModel.MINUTES, Qt.SortOrder.DescendingOrder)
    assert table_column(view, SessionTableModel.MINUTES) == ["20", "15", "12", "8", "5"]
    assert view.sort_combo.currentText() == "Longest first"
    view.table.sortByColumn(SessionTableModel.MINUTES, Qt.SortOrder.AscendingOrder)
    assert table_column(view, SessionTableModel.MINUTES) == ["5", "8", "12", "15", "20"]
    assert view.sort_combo.currentText() == "Shortest first"


def test_sort_list_works_by_keyboard(view: HistoryView, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Choosing an entry of the "Sort by" list with the keyboard re-sorts the table."""
    index = view.sort_combo.findText("Routine, A to Z")
    view.sort_combo.setCurrentIndex(index)
    view.sort_combo.activated.emit(index)
    assert table_column(view, SessionTableModel.ROUTINE) == [
        "Back pain during periods",
        "Chosen points",
        "Evening calm",
        "Lower back",
        "Lower back",
    ]
    assert view.table.horizontalHeader().sortIndicatorSection() == SessionTableModel.ROUTINE
    assert view.sort_label.buddy() is view.sort_combo


def test_sorting_by_pain_relief_keeps_unscored_sessions_last(view: HistoryView) -> None:
    """Most relief first; sessions without both scores come last either way, newest first."""
    view.table.sortByColumn(SessionTableModel.PAIN, Qt.SortOrder.DescendingOrder)
    assert table_column(view, SessionTableModel.PAIN) == ["7 → 3", "6 → –", "– → 2", "", ""]
    view.table.sortByColumn(SessionTableModel.PAIN, Qt.SortOrder.AscendingOrder)
    assert table_column(view, SessionTableModel.PAIN)[0] == "7 → 3"
    dates = table_column(view, SessionTableModel.DATE)[1:]
    assert dates == [
        "Wed 30 Apr 2025, 19:05",
        "Tue 29 Apr 2025, 18:05",
        "Mon 28 Apr 2025, 18:05",
        "Tue 8 Apr 2025, 18:05",
    ]


def test_sorting_keeps_the_selected_session_selected(view: HistoryView) -> None:
    """The selection follows its session when the order changes."""
    view.table.selectRow(4)  # the oldest
    view.table.sortByColumn(SessionTableModel.DATE, Qt.SortOrder.AscendingOrder)
    selected = view.table.selectionModel().selectedRows()
    assert [index.row() for index in selected] == [0]
    assert view.model.record(0).routine_name == "Back pain during periods"


# -- export -----------------------------------------------------------------------------------


def test_export_writes_through_the_repository_and_says_so(
    view: HistoryView, repository: FakeRepository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The chosen file (".csv" added) is written by the repository in the user's time zone."""
    asked: list[str] = []

    def choose(parent: QWidget, caption: str, folder: str, filters: str) -> tuple[str, str]:
        asked.append(folder)
        return str(tmp_path / "my history"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    view.export_button.click()
    target = tmp_path / "my history.csv"
    assert repository.exports == [(target, TZ)]
    assert target.read_text(encoding="utf-8").splitlines()[0] == "started_utc,routine"
    assert view.status_label.text() == (
        f"Saved 5 sessions to {target}. The pain change per routine and per point is in "
        f"{tmp_path / 'my history-what-works.csv'}."
    )
    assert (tmp_path / "my history-what-works.csv").exists()
    assert not view.status_label.isHidden() and view.error_label.isHidden()
    assert asked[0].endswith("acupress-history-2025-04-30.csv")
    view.export_button.click()
    assert Path(asked[1]).parent == tmp_path  # the next export starts in the same folder


def test_cancelling_the_dialog_exports_nothing(
    view: HistoryView, repository: FakeRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Closing the save dialog without a name writes nothing and shows nothing."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: ("", "")))
    view.export_button.click()
    assert repository.exports == []
    assert view.status_label.isHidden() and view.error_label.isHidden()


def test_an_export_error_is_shown_and_nothing_is_lost(
    view: HistoryView, repository: FakeRepository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A refused write shows the reason, what was kept and what to do; the page keeps its data."""
    repository.fail_with = PermissionError(13, "Permission denied")
    target = tmp_path / "locked.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(target), ""))
    )
    view.export_button.click()
    text = view.error_label.text()
    assert str(target) in text and "Permission denied" in text
    assert "Your sessions are safe" in text and "try again" in text
    assert not view.error_label.isHidden() and view.status_label.isHidden()
    assert view.model.rowCount() == 5 and len(repository.records) == 5
    repository.fail_with = None
    view.export_button.click()
    assert view.error_label.isHidden() and view.status_label.text().startswith("Saved 5 sessions")


def test_a_read_error_is_shown_and_the_page_keeps_what_it_had(
    view: HistoryView, repository: FakeRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If the history cannot be read, the storage's sentence is shown; the list stays as it was."""
    message = "The history could not be read. Nothing was changed; restart Acupress."

    def broken() -> list[SessionRecord]:
        raise DatabaseError(message)

    monkeypatch.setattr(repository, "list", broken)
    view.refresh()
    assert view.error_label.text() == message and not view.error_label.isHidden()
    assert view.model.rowCount() == 5
    monkeypatch.undo()
    view.refresh()
    assert view.error_label.isHidden()


def test_with_the_real_repository(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Over the SQLite history the page lists what was added and exports it as CSV."""
    from acupress_desktop.storage.database import Database
    from acupress_desktop.storage.history import HistoryRepository

    database, _report = Database.open(tmp_path / "data", keep_backups=0)
    try:
        repository = HistoryRepository(database)
        for item in three_day_streak():
            repository.add(item)
        view = make_view(qtbot, repository)  # type: ignore[arg-type]
        assert view.streak_tile.accessibleName() == "Current streak: 3 days in a row"
        assert view.model.rowCount() == 5
        target = tmp_path / "out.csv"
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), ""))
        )
        view.export_button.click()
        assert view.status_label.text().startswith(f"Saved 5 sessions to {target}. ")
        assert len(target.read_text(encoding="utf-8-sig").splitlines()) == 6
        monkeypatch.setattr(
            QFileDialog,
            "getSaveFileName",
            staticmethod(lambda *a: (str(tmp_path / "missing" / "out.csv"), "")),
        )
        view.export_button.click()
        assert "Nothing was written" in view.error_label.text()
    finally:
        database.close()


# -- accessibility, keyboard, look ------------------------------------------------------------


def test_every_control_has_an_accessible_name(view: HistoryView) -> None:
    """Buttons, the sort list, the table, the charts and the number tiles all have a name."""
    kinds = (QAbstractButton, QComboBox, QAbstractItemView, ChartCard, StatTile)
    unnamed = [
        f"{type(w).__name__} {w.objectName()}"
        for w in view.findChildren(QWidget)
        if isinstance(w, kinds)
        and not isinstance(w.parent(), QComboBox)
        and w.isVisibleTo(view)
        and not w.accessibleName()
    ]
    assert unnamed == []
    assert view.export_button.accessibleName() == "Export history as CSV"
    assert view.sort_combo.accessibleName() == "Sort sessions by"
    assert view.table.accessibleName() == "Sessions"


def test_tab_goes_export_charts_sort_table(view: HistoryView) -> None:
    """Tab moves through the page in reading order; Alt+E exports."""
    order = []
    widget: QWidget = view.export_button
    for _ in range(40):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(view):
            order.append(widget)
        following = widget.nextInFocusChain()
        assert following is not None
        widget = following
        if widget is view.export_button:
            break
    wanted = [view.export_button, view.weekly_chart, view.pain_chart, view.sort_combo, view.table]
    assert [w for w in order if w in wanted] == wanted
    assert "&E" in view.export_button.text()


def test_dark_palette_renders_with_readable_contrast(view: HistoryView) -> None:
    """In the dark theme the page is dark, the tiles are dark cards, text is light on them."""
    dark = theme_palette("dark")
    view.setPalette(dark)
    image = view.grab().toImage()
    window = dark.color(dark.ColorRole.Window)
    assert image.pixelColor(3, 3) == window
    tile = view.streak_tile
    centre = tile.mapTo(view, tile.rect().center())
    assert image.pixelColor(centre.x() + tile.width() // 3, centre.y()) == dark.color(
        dark.ColorRole.Base
    )
    for label in (tile.value_label, tile.caption_label):
        colour = label.palette().color(label.foregroundRole())
        assert contrast_ratio(colour, dark.color(dark.ColorRole.Base)) >= 4.5
    bar = view.weekly_chart.bar_geometry()[-1]
    point = view.weekly_chart.mapTo(view, bar.center().toPoint())
    assert image.pixelColor(point) == QColor("#5FB3B8")


@pytest.fixture()
def french(qtbot) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """A translator installed for the test (LanguageChange is delivered), removed after."""
    with installed_translator(
        {"History": "Historique", "Routine": "Routine suivie", "Newest first": "Plus récentes"}
    ):
        yield


def test_language_change_retranslates_the_page(view: HistoryView, french: None) -> None:
    """A translator installed at run time retitles the page, table headers and sort list."""
    assert view.title_label.text() == "Historique"
    assert view.model.headerData(1, Qt.Orientation.Horizontal) == "Routine suivie"
    assert view.sort_combo.currentText() == "Plus récentes"
    assert view.model.rowCount() == 5


def test_language_change_event_keeps_the_sort(view: HistoryView) -> None:
    """A LanguageChange event rebuilds the sort list without losing the chosen order."""
    view.table.sortByColumn(SessionTableModel.MINUTES, Qt.SortOrder.DescendingOrder)
    QApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))
    assert view.sort_combo.currentText() == "Longest first"
    assert view.sort_combo.count() == 14


def test_type_is_large(view: HistoryView) -> None:
    """Readable at a metre: the title is 1.6× the app font, numbers twice its size and bold."""
    base = view.font().pointSizeF()
    assert view.title_label.font().pointSizeF() == pytest.approx(base * 1.6)
    assert isinstance(view.streak_tile.value_label, QLabel)
    assert view.streak_tile.value_label.font().pointSizeF() == pytest.approx(base * 2)


@pytest.mark.parametrize("module", [history_view, history_text, session_table, history_cards])
def test_the_modules_use_no_timer(module: object) -> None:
    """The page is refreshed by the app; it keeps no timer of its own."""
    source = Path(str(getattr(module, "__file__", ""))).read_text(encoding="utf-8")
    assert "QTimer" not in source

"""The History page's additions: "What works for you" (words, chart, by point), notes edited from
the keyboard, and the weekly goal in the locale's week."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtWidgets import QLineEdit

from acupress_desktop.controllers.history import HistoryController
from acupress_desktop.core.history import SessionRecord
from acupress_desktop.core.outcomes import Interval, Outcome, routine_outcomes
from acupress_desktop.storage.db_errors import DatabaseWriteError
from acupress_desktop.ui.history.goal_row import first_weekday, goal_text
from acupress_desktop.ui.history.history_view import HistoryView
from acupress_desktop.ui.history.outcome_chart import change_x, outcome_extent
from acupress_desktop.ui.history.outcome_text import outcome_sentence, range_text
from acupress_desktop.ui.history.session_table import SessionTableModel
from acupress_desktop.ui.palette import chart_ink, theme_palette
from tests.person import click, focused, press, type_text
from tests.ui.test_history_view import FakeRepository

TZ = timezone(timedelta(hours=2))
#: Wednesday 30 April 2025.
TODAY = date(2025, 4, 30)
UK = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
SPAIN = QLocale(QLocale.Language.Spanish, QLocale.Country.Spain)


def scored(
    day: date, before: int, after: int, name: str = "Lower back", hour: int = 18
) -> SessionRecord:
    """A ten-minute session of routine ``name`` with both pain scores, at ``hour`` local time."""
    started = datetime(day.year, day.month, day.day, hour, tzinfo=TZ).astimezone(UTC)
    return SessionRecord(started, name, f"id:{name}", ("BL23", "GV4"), 2, 600, True, before, after)


def outcome(n: int, mean: float, low: float, high: float) -> Outcome:
    """An outcome of ``n`` sessions with this mean and interval."""
    return Outcome("r1", "Lower back", (0,) * n, Interval(mean, low, high))


# -- words ------------------------------------------------------------------------------------


def test_sentences_say_down_up_or_no_change_and_never_cause() -> None:
    """Down by 2.1 (1.2 to 3.0); up by 0.8 (0.3 to 1.3); no change; a range holding zero."""
    assert outcome_sentence(outcome(6, -2.1, -3.0, -1.2), "Lower back", UK) == (
        "In your 6 sessions with Lower back, pain went down by 2.1 points on average (1.2 to 3.0)."
    )
    assert outcome_sentence(outcome(4, 0.8, 0.3, 1.3), "Evening", UK) == (
        "In your 4 sessions with Evening, pain went up by 0.8 points on average (0.3 to 1.3)."
    )
    assert outcome_sentence(outcome(3, 0.02, -0.4, 0.44), "Evening", UK) == (
        "In your 3 sessions with Evening, pain did not change on average "
        "(somewhere between 0.4 down and 0.4 up)."
    )
    assert range_text(-2.0, -2.0, UK) == "the same change every time"
    for sentence in (outcome_sentence(outcome(6, -2.1, -3.0, -1.2), "X", UK),):
        assert "because" not in sentence and "caused" not in sentence


def test_numbers_follow_the_locale() -> None:
    """In Spain the decimal separator is a comma."""
    text = outcome_sentence(outcome(6, -2.1, -3.04, -1.18), "Lumbar", SPAIN)
    assert "2,1" in text and "(1,2 to 3,0)" in text


def test_too_few_sessions_say_how_many_more_in_the_right_number() -> None:
    """One session so far needs 2 more ("sessions"); two so far need 1 more ("session")."""
    one = Outcome("r1", "Lower back", (-2,), None)
    two = Outcome("r1", "Lower back", (-2, -1), None)
    assert outcome_sentence(one, "Lower back", UK) == (
        "Lower back: 2 more sessions with pain scores before and after needed for an average "
        "(1 so far)."
    )
    assert outcome_sentence(two, "Lower back", UK).startswith("Lower back: 1 more session with")


def test_a_name_with_placeholders_is_shown_as_given() -> None:
    """A routine called "%2 <b>" stays "%2 <b>" in its sentence."""
    assert "with %2 <b>, pain" in outcome_sentence(outcome(3, -1.0, -2.0, 0.0), "%2 <b>", UK)


def test_chart_axis_is_symmetric_and_whole() -> None:
    """The axis reaches the largest interval end rounded up (4.48 → 5), at least 1, at most 10;
    0 is in the middle, −extent at the left edge."""
    assert outcome_extent([outcome(3, -2.0, -4.48, 0.48)]) == 5.0
    assert outcome_extent([outcome(3, -0.1, -0.2, 0.0)]) == 1.0
    assert outcome_extent([outcome(3, -9.0, -14.0, -4.0)]) == 10.0
    assert outcome_extent([]) == 1.0
    plot = QRectF(100, 0, 200, 50)
    assert change_x(0.0, 5.0, plot) == 200.0
    assert change_x(-5.0, 5.0, plot) == 100.0
    assert change_x(2.5, 5.0, plot) == 250.0
    assert change_x(-50.0, 5.0, plot) == 100.0


# -- the section on the page ----------------------------------------------------------------


def outcome_records() -> list[SessionRecord]:
    """Lower back three times (6→3, 5→4, 7→5: mean −2) and Evening twice."""
    return [
        scored(TODAY - timedelta(days=5), 6, 3),
        scored(TODAY - timedelta(days=4), 5, 4),
        scored(TODAY - timedelta(days=3), 7, 5),
        scored(TODAY - timedelta(days=2), 5, 5, name="Evening"),
        scored(TODAY - timedelta(days=1), 4, 4, name="Evening"),
    ]


def make_view(qtbot, repository: FakeRepository, locale: QLocale = UK, goal=None) -> HistoryView:  # type: ignore[no-untyped-def]
    """A History page shown at 1200×900 with these sessions."""
    history = HistoryController(repository, tz=TZ, today=lambda: TODAY, goal=goal)
    view = HistoryView(history, point_name=lambda point_id: f"{point_id} · name")
    qtbot.addWidget(view)
    view.setLocale(locale)
    view.setPalette(theme_palette("light"))
    view.resize(1200, 900)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    return view


def test_section_lists_routines_with_sentences_and_a_described_chart(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Lower back is shown (mean −2.0, −4.5 … 0.5), Evening needs one more session; the chart's
    description is the same sentences, and the caution line is there."""
    view = make_view(qtbot, FakeRepository(outcome_records()))
    section = view.outcomes
    sentences = section.sentences_label.text().split("\n")
    assert sentences == [
        "In your 3 sessions with Lower back, pain went down by 2.0 points on average "
        "(somewhere between 4.5 down and 0.5 up).",
        "Evening: 1 more session with pain scores before and after needed for an average "
        "(2 so far).",
    ]
    assert section.sentences_label.textFormat() == Qt.TextFormat.PlainText
    assert section.chart.accessibleDescription() == " ".join(sentences)
    assert section.chart.accessibleName() == "Change in pain, by routine"
    assert "not proof that the routine caused it" in section.caution_label.text()
    assert section.show_combo.accessibleName()


def test_the_chart_draws_a_fall_left_of_zero(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Lower back's bar (mean −2) is painted in the accent colour left of the zero line, not
    right of it; Evening's row has no bar."""
    view = make_view(qtbot, FakeRepository(outcome_records()))
    chart = view.outcomes.chart
    image = chart.grab().toImage()
    accent = chart_ink(chart.palette()).accent
    plot = chart.plot_rect()
    extent = outcome_extent([o for o, _, _ in chart.rows])
    band = chart.row_rect(0)
    y = round(band.center().y())
    # between the mean and zero (a bit off the mean's marker): the bar
    assert image.pixelColor(round(change_x(-1.0, extent, plot)), y - 3) == accent
    assert image.pixelColor(round(change_x(1.0, extent, plot)), y - 3) != accent
    evening = chart.row_rect(1)
    assert (
        image.pixelColor(round(change_x(-1.0, extent, plot)), round(evening.center().y())) != accent
    )


def test_by_point_is_one_key_away_and_uses_point_names(qtbot) -> None:  # type: ignore[no-untyped-def]
    """From the "Show" list, Down switches to points; every session pressed BL23 and GV4, so
    both are shown over five sessions (−3, −1, −2, 0, 0: mean −1.2)."""
    view = make_view(qtbot, FakeRepository(outcome_records()))
    view.outcomes.show_combo.setFocus()
    assert focused() is view.outcomes.show_combo
    press(Qt.Key.Key_Down)
    assert view.outcomes.chart.accessibleName() == "Change in pain, by point"
    sentences = view.outcomes.sentences_label.text().split("\n")
    assert len(sentences) == 2
    assert sentences[0].startswith(
        "In your 5 sessions with BL23 · name, pain went down by 1.2 points on average"
    )


def test_without_scores_it_says_what_to_do(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Sessions without both scores: no rows, and a sentence about giving scores."""
    record = replace(outcome_records()[0], pain_after=None)
    view = make_view(qtbot, FakeRepository([record]))
    assert view.outcomes.chart.rows == []
    assert "Give a pain score before and after" in view.outcomes.sentences_label.text()


def test_spanish_numbers_on_the_page(qtbot) -> None:  # type: ignore[no-untyped-def]
    """With the Spanish locale the page writes 2,0 and 4,5."""
    view = make_view(qtbot, FakeRepository(outcome_records()), locale=SPAIN)
    assert "2,0" in view.outcomes.sentences_label.text()
    assert "4,5" in view.outcomes.sentences_label.text()
    assert routine_outcomes(outcome_records())[0].n == 3


# -- notes ------------------------------------------------------------------------------------


def test_a_note_is_written_from_the_keyboard_and_kept(qtbot) -> None:  # type: ignore[no-untyped-def]
    """F2 on a row opens its note; typed text and Enter keep it in the repository and the cell."""
    repository = FakeRepository(outcome_records())
    view = make_view(qtbot, repository)
    view.table.setFocus()
    view.table.selectRow(0)
    assert focused() is view.table
    press(Qt.Key.Key_F2)
    editor = focused()
    assert isinstance(editor, QLineEdit)
    type_text("after the walk <b>")
    press(Qt.Key.Key_Return)
    newest = repository.list()[0]
    assert newest.note == "after the walk <b>"
    index = view.model.index(0, SessionTableModel.NOTE)
    assert index.data() == "after the walk <b>"
    assert view.records[0].note == "after the walk <b>"


def test_the_note_button_opens_the_selected_note(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Note… opens the editor on the selected session's note."""
    view = make_view(qtbot, FakeRepository(outcome_records()))
    view.table.selectRow(2)
    click(view.note_button)
    editor = focused()
    assert isinstance(editor, QLineEdit)
    assert view.table.currentIndex().row() == 2
    assert view.table.currentIndex().column() == SessionTableModel.NOTE
    assert view.note_button.accessibleName() == "Write a note for the selected session"


def test_a_note_that_cannot_be_saved_says_why_and_keeps_the_old_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A full disk: the storage's sentence is shown and the cell keeps its old text."""
    repository = FakeRepository(outcome_records())
    view = make_view(qtbot, repository)
    repository.fail_with = DatabaseWriteError("Acupress could not save because the disk is full.")
    index = view.model.index(0, SessionTableModel.NOTE)
    assert not view.model.setData(index, "lost?")
    assert index.data() == ""
    assert view.error_label.text() == "Acupress could not save because the disk is full."
    assert not view.error_label.isHidden()


# -- weekly goal ------------------------------------------------------------------------------


def week_records() -> list[SessionRecord]:
    """Sunday 27 April (20 min), Monday 28 (10 min), Wednesday 30 (8 min)."""
    return [
        replace(scored(date(2025, 4, 27), 5, 4), seconds=1200),
        scored(date(2025, 4, 28), 5, 4),
        replace(scored(TODAY, 5, 4), seconds=480),
    ]


def test_goal_is_off_by_default_and_set_from_the_keyboard(qtbot) -> None:  # type: ignore[no-untyped-def]
    """No goal by default: no progress bar. Typing 60 sets it and saves it; the bar says 18 of 60 minutes in a
    Monday week (UK)."""
    saved: list[int] = []
    view = make_view(qtbot, FakeRepository(week_records()), goal=(lambda: 0, saved.append))
    goal = view.goal_row
    assert goal.spin.text() == "No goal" and goal.progress.isHidden()
    goal.spin.setFocus()
    assert focused() is goal.spin
    goal.spin.selectAll()
    type_text("60")
    assert saved[-1] == 60
    assert not goal.progress.isHidden()
    assert goal.progress.text() == "18 of 60 minutes this week"
    assert goal.progress.accessibleName() == "Weekly goal progress"
    assert goal.progress.accessibleDescription() == "18 of 60 minutes this week"
    assert goal.progress.value() == 18 and goal.progress.maximum() == 60


def test_the_week_starts_on_the_locales_first_day(qtbot) -> None:  # type: ignore[no-untyped-def]
    """In the US the week starts on Sunday, so Sunday's 20 minutes count: 38 of 30, reached."""
    view = make_view(
        qtbot, FakeRepository(week_records()), locale=US, goal=(lambda: 30, lambda minutes: None)
    )
    assert view.goal_row.progress.text() == "38 of 30 minutes this week: goal reached"
    assert view.goal_row.progress.value() == 30


@pytest.mark.parametrize(("qt_day", "weekday"), [(1, 0), (7, 6), (6, 5)])
def test_qt_days_map_to_python_weekdays(qt_day: int, weekday: int) -> None:
    """Qt's Monday (1) is Python's 0, Sunday (7) is 6."""
    assert first_weekday(qt_day) == weekday


def test_goal_words() -> None:
    """ "38 of 60 minutes this week"; from the goal on it says so."""
    assert goal_text(37.6, 60) == "38 of 60 minutes this week"
    assert goal_text(60, 60) == "60 of 60 minutes this week: goal reached"


def test_spanish_words_numbers_and_plurals(spanish_translator: object) -> None:
    """In Spanish: "usted" forms, a decimal comma, "faltan 2 sesiones" / "falta 1 sesión"."""
    assert outcome_sentence(outcome(6, -2.1, -3.0, -1.2), "Lumbar", SPAIN) == (
        "En sus 6 sesiones con Lumbar, el dolor bajó 2,1 puntos de media (de 1,2 a 3,0)."
    )
    one = Outcome("r1", "Lumbar", (-2, -1), None)
    assert outcome_sentence(one, "Lumbar", SPAIN).startswith("Lumbar: falta 1 sesión más")
    assert outcome_sentence(Outcome("r1", "Lumbar", (-2,), None), "Lumbar", SPAIN).startswith(
        "Lumbar: faltan 2 sesiones más"
    )
    assert goal_text(38, 60) == "38 de 60 minutos esta semana"

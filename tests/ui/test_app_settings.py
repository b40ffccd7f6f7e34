"""Settings in the running app: the dialog applies at once; pregnancy hides points and asks
before a session; the reminder is wired; routine cards are saved from the Routines page."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from acupress_desktop.app.composition import Acupress
from acupress_desktop.controllers.cues import CuePlayer
from acupress_desktop.controllers.models import PointRole
from acupress_desktop.core.routine import Routine, RoutineStep
from acupress_desktop.resources import asset_path
from acupress_desktop.storage.settings import SettingsStore
from tests.fakes import FakeClock, ManualTicker
from tests.fakes_cues import FakeAudio
from tests.look import look_restored


@pytest.fixture(autouse=True)
def _restore_look(qapp):  # type: ignore[no-untyped-def]
    """Applying settings changes the app's palette, font and style sheet: put them back."""
    with look_restored(qapp):
        yield


@pytest.fixture()
def services(qtbot, catalogue, tmp_path: Path) -> Acupress:  # type: ignore[no-untyped-def]
    """The app's services with a fresh data folder, manual tickers and the window shown."""
    clock, audio = FakeClock(), FakeAudio()
    cues = CuePlayer(
        asset_path("sounds"),
        sound_factory=audio.sound_factory,
        speech_factory=audio.speech_factory,
        clock=clock,
    )
    built = Acupress(
        catalogue, tmp_path / "data", clock=clock, cues=cues, ticker_factory=ManualTicker
    )
    qtbot.addWidget(built.window)
    built.window.show()
    qtbot.waitExposed(built.window)
    return built


def shown_ids(services: Acupress) -> set[str]:
    model = services.window.filter_model
    return {model.index(row, 0).data(PointRole).id for row in range(model.rowCount())}


def test_ctrl_comma_opens_settings_and_ok_applies_and_saves(
    qtbot, services: Acupress, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+, opens the dialog; OK saves the change and puts it into effect at once."""
    services.window.activateWindow()
    qtbot.keyClick(services.window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = services.settings.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.pregnant_check.setChecked(True)
    dialog.text_size_spin.setValue(14)
    dialog.ok_button.click()
    assert services.settings.current.pregnant is True
    assert SettingsStore(tmp_path / "data").load().text_size == 14.0
    assert QApplication.font().pointSizeF() == 14.0
    assert services.settings.dialog is None


def test_pregnancy_hides_flagged_points_with_a_note(services: Acupress, catalogue) -> None:  # type: ignore[no-untyped-def]
    """With "I am pregnant" on, flagged points leave the grid and a note says how many."""
    flagged = {p.id for p in catalogue.points if p.cautions.pregnancy != "none"}
    services.apply_settings(replace(services.settings.current, pregnant=True))
    assert shown_ids(services).isdisjoint(flagged)
    note = services.window.pregnancy_note
    assert note.isVisible() and str(len(flagged)) in note.text()
    services.window.state.set_region("hands-arms")
    arm_flagged = {p.id for p in catalogue.points if "hands-arms" in p.regions} & flagged
    assert arm_flagged == {"LI4"}
    assert note.isVisible() and note.text().startswith("1 point is hidden")
    services.apply_settings(replace(services.settings.current, pregnant=False))
    assert not note.isVisible()


def test_pregnant_start_asks_first_and_do_not_start_starts_nothing(
    qtbot, services: Acupress
) -> None:  # type: ignore[no-untyped-def]
    """A routine with Hegu asks first; "Do not start" leaves the session idle, "Start anyway" starts."""
    services.settings.update(pregnant=True)
    routine = Routine(name="Hands", steps=(RoutineStep("LI4", 30), RoutineStep("ST36", 30)))
    services.session.start_routine(routine)
    box = services.session.pregnancy_box
    assert box is not None and box.isVisible()
    assert "LI4 · Hegu" in box.informativeText()
    assert not services.session.controller().running
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert not services.session.controller().running
    services.session.start_routine(routine)
    box = services.session.pregnancy_box
    assert box is not None
    start = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    start.click()
    assert services.session.controller().running
    services.session.stop()


def test_not_pregnant_starts_at_once(services: Acupress) -> None:
    """Without the setting nothing is asked."""
    services.session.start_routine(Routine(name="Hands", steps=(RoutineStep("LI4", 30),)))
    assert services.session.controller().running
    services.session.stop()


def test_custom_breathing_reaches_the_session(services: Acupress) -> None:
    """A session of chosen points uses the custom pattern from the settings."""
    services.settings.update(breathing="custom", custom_breathing=(3.0, 1.0, 5.0, 1.0))
    services.session.start_steps((RoutineStep("ST36", 30),))
    assert services.session.breathing_pattern("custom").inhale == 3.0
    services.session.stop()


def test_reminder_shows_and_remembers_the_day(qtbot, catalogue, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A due reminder is shown (status bar without notifications or a tray here) and the day
    is saved."""
    from datetime import datetime

    built = Acupress(
        catalogue,
        tmp_path / "data",
        ticker_factory=ManualTicker,
        wall_clock=lambda: datetime(2025, 3, 14, 19, 30),
        notifier_factory=lambda: None,  # no desktop notifications (never the real desktop's)
    )
    qtbot.addWidget(built.window)
    built.settings.update(reminder_enabled=True, reminder_time="19:00")
    built.reminder.start()
    ticker = built.reminder.ticker
    assert isinstance(ticker, ManualTicker) and ticker.delay == 0
    ticker.fire()
    assert "open Acupress" in built.notices.last
    assert built.settings.current.reminder_last_shown == date(2025, 3, 14).isoformat()


def test_routines_page_saves_a_printable_card(services: Acupress, tmp_path: Path) -> None:
    """The Routines page's "Printable card…" writes a PDF of the selected routine."""
    page = services.routines.page()
    page.list.setCurrentRow(0)
    written = page.save_card_selected(tmp_path / "card.pdf")
    assert written and written[0].read_bytes().startswith(b"%PDF")
    assert page.card_button.isEnabled()


def test_settings_changed_before_the_first_session_reach_it(qtbot, services: Acupress) -> None:  # type: ignore[no-untyped-def]
    """The session page and sounds are built at the first session (not at start-up): settings
    changed before then are the ones that session uses."""
    assert not services.session.built()
    services.apply_settings(replace(services.settings.current, muted=True, reduced_motion=True))
    assert not services.session.built()  # changing settings does not build the session parts
    services.session.start_steps((RoutineStep("LI4", 30),))
    assert services.session.controller().running
    assert services.window.pages.currentWidget() is services.session.view()
    assert services.session.cues().muted
    assert services.session.view().pacer.reduced_motion
    services.session.stop()


def test_one_wall_clock_dates_the_session_the_history_and_the_reminder(
    qtbot, catalogue, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The wall clock given to the app is the only one: the session's start saved in the
    history, the History tab's today and the reminder all read it."""
    from datetime import UTC, datetime, timedelta, timezone

    zone = timezone(timedelta(hours=2))
    now = datetime(2031, 5, 17, 20, 30, tzinfo=zone)
    clock, audio = FakeClock(), FakeAudio()
    cues = CuePlayer(
        asset_path("sounds"),
        sound_factory=audio.sound_factory,
        speech_factory=audio.speech_factory,
        clock=clock,
    )
    built = Acupress(
        catalogue,
        tmp_path / "data",
        clock=clock,
        cues=cues,
        ticker_factory=ManualTicker,
        wall_clock=lambda: now,
    )
    qtbot.addWidget(built.window)
    built.session.start_steps((RoutineStep("LI4", 30),))
    built.session.controller().stop()
    [record] = built.history.repository().list()
    assert record.started_utc == now.astimezone(UTC)
    assert built.history.practised_today()
    built.settings.update(reminder_enabled=True, reminder_time="19:00")
    built.reminder.start()
    # today's, missed by 90 minutes, is shown now: the wall clock's now, not the computer's
    assert built.reminder.controller().next_due == now.replace(tzinfo=None)


def test_the_weekly_goal_is_saved_and_the_routines_sort_by_the_history(
    services: Acupress, tmp_path: Path
) -> None:
    """Typing a goal on the History tab saves it in settings.json (it is there after a restart);
    the Routines tab's Most helpful order reads the same history."""
    from datetime import UTC, datetime, timedelta

    from acupress_desktop.core.history import SessionRecord
    from tests.person import focused, type_text

    services.window.show_tab(2)
    page = services.history.page()
    page.goal_row.spin.setFocus()
    assert focused() is page.goal_row.spin
    page.goal_row.spin.selectAll()
    type_text("90")
    assert services.settings.current.weekly_goal_minutes == 90
    assert SettingsStore(tmp_path / "data").load().weekly_goal_minutes == 90
    start = datetime(2026, 1, 5, 18, tzinfo=UTC)
    for day in range(3):
        services.history.add(
            SessionRecord(
                start + timedelta(days=day), "Lower back", "builtin:lower-back", ("BL23",), 1, 60,
                True, 7, 4,
            )
        )  # fmt: skip
    [outcome] = services.history.routine_outcomes()
    assert outcome.key == "builtin:lower-back" and outcome.interval is not None
    routines = services.routines.show_page()
    routines.sort_combo.setCurrentIndex(2)
    assert "pain down 3.0 on average" in routines.routine_items()[0].text()

"""Before the first session of a routine that treats the neck, belly, periods or leg: its red flags."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from acupress_desktop.app.composition import Acupress
from acupress_desktop.controllers.cues import CuePlayer
from acupress_desktop.core.routine import Routine, RoutineStep
from acupress_desktop.resources import asset_path
from acupress_desktop.ui.routines.routine_notice import RedFlagNotice
from tests.fakes import FakeClock, ManualTicker
from tests.fakes_cues import FakeAudio


@pytest.fixture()
def services(qtbot, catalogue, tmp_path: Path) -> Acupress:  # type: ignore[no-untyped-def]
    """The app's services with a fresh data folder, fake sounds, manual tickers, window shown."""
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


GAS = Routine(
    name="Gas", steps=(RoutineStep("ST25", 30), RoutineStep("ST36", 30), RoutineStep("LR13", 30))
)


def _press_on_focus(qtbot, key: Qt.Key, box: RedFlagNotice) -> None:  # type: ignore[no-untyped-def]
    focus = QApplication.focusWidget()
    assert focus is not None and focus.window() is box, f"focus is on {focus!r}, not the notice"
    qtbot.keyClick(focus, key)


def test_the_first_gas_session_shows_the_belly_flags_and_not_now_starts_nothing(
    qtbot, services: Acupress
) -> None:  # type: ignore[no-untyped-def]
    """Starting the gas routine the first time shows the belly's red flags; Esc starts nothing."""
    services.session.start_routine(GAS)
    box = services.session.red_flag_box
    assert isinstance(box, RedFlagNotice) and box.isVisible()
    assert box.topics == ("belly",)
    assert "black" in box.informativeText() and "Call an ambulance" in box.informativeText()
    assert not services.session.built() or not services.session.controller().running
    box.activateWindow()
    qtbot.waitUntil(
        lambda: (
            QApplication.focusWidget() is not None and QApplication.focusWidget().window() is box
        ),
        timeout=1000,
    )
    _press_on_focus(qtbot, Qt.Key.Key_Escape, box)
    assert not box.isVisible()
    assert not services.session.built() or not services.session.controller().running


def test_start_the_session_starts_and_the_notice_is_not_shown_again(
    qtbot, services: Acupress
) -> None:  # type: ignore[no-untyped-def]
    """ "Start the session" starts; once a session of that kind is in the history, no notice."""
    services.session.start_routine(GAS)
    box = services.session.red_flag_box
    assert isinstance(box, RedFlagNotice)
    qtbot.mouseClick(box.start_button, Qt.MouseButton.LeftButton)
    assert services.session.controller().running
    services.session.stop()
    services.session.red_flag_box = None
    services.session.start_routine(GAS)
    assert services.session.red_flag_box is None
    assert services.session.controller().running
    services.session.stop()


def test_a_lower_back_routine_starts_at_once(services: Acupress) -> None:
    """The back's own signs are in the safety notice: a lower-back routine starts with no box."""
    services.session.start_routine(Routine(name="Back", steps=(RoutineStep("BL23", 30),)))
    assert services.session.red_flag_box is None
    assert services.session.controller().running
    services.session.stop()


def test_when_pregnant_the_notice_comes_first_then_the_pregnancy_question(
    qtbot, services: Acupress
) -> None:  # type: ignore[no-untyped-def]
    """Red flags first; "Start the session" then asks about the pregnancy-flagged points."""
    services.settings.update(pregnant=True)
    services.session.start_routine(GAS)
    box = services.session.red_flag_box
    assert isinstance(box, RedFlagNotice)
    assert services.session.pregnancy_box is None
    box.start_button.click()
    assert services.session.pregnancy_box is not None and services.session.pregnancy_box.isVisible()
    assert not services.session.built() or not services.session.controller().running

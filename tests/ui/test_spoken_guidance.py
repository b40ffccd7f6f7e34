"""Spoken guidance in the running app: chosen in Settings by keyboard, it reaches the session;
a voice that fails is said once on the page and in the status bar, logged, and the session goes on."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from acupress_desktop.app.composition import Acupress
from acupress_desktop.controllers.cues import CuePlayer
from acupress_desktop.core.narration import Guidance, split_sentences
from acupress_desktop.resources import asset_path
from acupress_desktop.storage.settings import Settings, SettingsStore
from acupress_desktop.ui.settings.settings_dialog import SettingsDialog
from tests.fakes import FakeClock, ManualTicker
from tests.fakes_cues import FakeAudio
from tests.look import look_restored
from tests.person import focused, press

NO_ENGINE = "Spoken prompts are off: no speech engine is available."


@pytest.fixture(autouse=True)
def _restore_look(qapp):  # type: ignore[no-untyped-def]
    """Applying settings changes the app's palette, font and style sheet: put them back."""
    locale = QLocale()
    with look_restored(qapp):
        yield
    QLocale.setDefault(locale)


class App:
    """The app's services on a fake clock, manual tickers and fake audio, window shown."""

    def __init__(self, qtbot, catalogue, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
        self.clock = FakeClock()
        self.audio = FakeAudio()
        self.tickers: list[ManualTicker] = []
        cues = CuePlayer(
            asset_path("sounds"),
            sound_factory=self.audio.sound_factory,
            speech_factory=self.audio.speech_factory,
            clock=self.clock,
        )
        self.services = Acupress(
            catalogue, data_dir, clock=self.clock, cues=cues, ticker_factory=self._ticker
        )
        self.window = self.services.window
        qtbot.addWidget(self.window)
        self.window.show()
        qtbot.waitExposed(self.window)

    def _ticker(self) -> ManualTicker:
        ticker = ManualTicker()
        self.tickers.append(ticker)
        return ticker

    def start(self, *point_ids: str) -> None:
        for point_id in point_ids:
            self.window.session_list.add_point(point_id)
        self.window.session_list.start_button.click()

    def run(self, seconds: float) -> None:
        """Let the session run, each sound and sentence ending as soon as it started."""
        self.tickers[0].run_until(self.clock, self.clock.now() + seconds)


@pytest.fixture()
def app(qtbot, catalogue, tmp_path: Path) -> App:  # type: ignore[no-untyped-def]
    return App(qtbot, catalogue, tmp_path / "data")


def test_the_guidance_combo_is_named_and_works_by_keyboard(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Alt+P goes to "Spoken guidance"; arrow keys choose the level; the note under it says what
    that level says; OK gives the choice."""
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    combo = dialog.guidance_combo
    assert combo.accessibleName() == "Spoken guidance"
    assert combo.currentData() == "names"
    assert focused() is dialog.theme_combo  # (the window is active once events are processed)
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert focused() is combo, focused().accessibleName()
    press(Qt.Key.Key_Down)
    assert combo.currentData() == "full"
    assert "how to find each point" in dialog.guidance_note.text()
    assert combo.accessibleDescription() == dialog.guidance_note.text()
    press(Qt.Key.Key_Home)
    assert combo.currentData() == "none"
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "None", "Cues only", "Cues and point names", "Full narration"
    ]  # fmt: skip
    press(Qt.Key.Key_End)
    assert dialog.settings().spoken_guidance == "full"


def test_full_narration_chosen_in_settings_reaches_the_session(app: App, tmp_path: Path) -> None:
    """OK with "Full narration": saved, and the next session says how to find the point."""
    dialog = app.services.open_settings()
    dialog.guidance_combo.setCurrentIndex(dialog.guidance_combo.findData("full"))
    dialog.ready_spin.setValue(30)  # room for the how-to before the 3-2-1 ticks
    dialog.ok_button.click()
    assert SettingsStore(tmp_path / "data").load().spoken_guidance == "full"
    app.audio.finish_at_once = True
    app.start("GV4")
    assert app.services.session.controller().guidance is Guidance.FULL
    said = [entry for entry in app.audio.started() if entry.startswith("say ")]
    assert said[0] == "say Get ready. First: Mingmen, on the spine"
    steps = app.services.catalogue.point("GV4").locate
    assert said[1:] == ["say " + sentence for step in steps for sentence in split_sentences(step)]


def test_none_says_nothing_in_the_app(app: App) -> None:
    """ "None": the session's sounds play and the speech engine is never loaded."""
    app.services.settings.update(spoken_guidance="none")
    app.services.session.apply_settings()
    app.audio.finish_at_once = True
    app.start("GV4")
    app.run(30)
    assert app.audio.speech_factory_calls == 0
    assert "chime" in app.audio.started()


def test_a_voice_that_fails_is_said_once_and_the_session_goes_on(app: App, caplog) -> None:  # type: ignore[no-untyped-def]
    """The speech engine reports an error at the first sentence: the session page and the status
    bar say so, once, in words; the log says what failed; the session runs to its end."""
    caplog.set_level(logging.INFO, logger="acupress_desktop")
    app.audio.speech_error = True
    app.audio.finish_at_once = True
    app.start("GV4", "BL23")
    app.run(400)
    view = app.services.session.view()
    assert view.notice.text() == NO_ENGINE
    assert app.services.session.sound_problems == [NO_ENGINE]
    assert app.services.notices.last == NO_ENGINE
    assert app.window.statusBar().currentMessage() == NO_ENGINE
    assert [entry for entry in app.audio.log if entry.startswith("error")] == [
        "error Get ready. First: Mingmen, on the spine"
    ]
    assert app.audio.started()[-1] == "end"
    assert not app.services.session.controller().running
    assert "speech engine reported an error" in caplog.text

"""F11 during a session: the whole screen is the page, and every key still works."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from acupress_desktop.app.composition import Acupress
from acupress_desktop.controllers.cues import CuePlayer
from acupress_desktop.resources import asset_path
from tests.fakes import FakeClock, ManualTicker
from tests.fakes_cues import FakeAudio
from tests.person import press

CTRL = Qt.KeyboardModifier.ControlModifier


def test_full_screen_gives_the_page_the_whole_screen_and_keeps_the_menus_keys(  # type: ignore[no-untyped-def]
    qtbot, catalogue, tmp_path: Path
) -> None:
    clock, audio = FakeClock(), FakeAudio()
    cues = CuePlayer(asset_path("sounds"), sound_factory=audio.sound_factory,
                     speech_factory=audio.speech_factory, clock=clock)  # fmt: skip
    services = Acupress(catalogue, tmp_path, clock=clock, cues=cues, ticker_factory=ManualTicker)
    window = services.window
    qtbot.addWidget(window)
    window.showMaximized()  # as on a laptop (show_first_time)
    qtbot.waitExposed(window)
    window.session_list.add_point("BL23")
    window.session_list.start_button.click()
    view = services.session.view()
    assert window.menuBar().isVisible() and window.statusBar().isVisible()

    press(Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen, timeout=2000)
    assert not window.menuBar().isVisible()
    assert not window.statusBar().isVisible()
    QApplication.processEvents()
    page_top = view.mapTo(window, view.rect().topLeft()).y()
    assert page_top == 0 and view.height() == window.height()  # nothing above or below it

    # the menus' keys still work with the menu bar hidden: Ctrl+, opens Settings
    press(Qt.Key.Key_Comma, CTRL)
    dialog = services.settings.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    window.activateWindow()  # as the window manager does when the dialog closes
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)

    press(Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=2000)
    assert window.menuBar().isVisible() and window.statusBar().isVisible()
    assert window.isMaximized()  # back as it was, not a smaller window
    services.session.stop()

"""The screen-fit checks, run by tests/ui/test_fits_the_screen.py once per screen size, each time
in a process whose offscreen screen has that size (ACUPRESS_FIT_SCREEN names it): the app and
its dialogs size themselves to the screen they are on, as they would on a real laptop.

No control may lie outside the window or be cut by its parent, and no label, button or combo
box may be too small for its text (tests/ui/fitting.py), both at the size the app opens with
and maximised (the screen less a 32 px panel and a 30 px title bar)."""

from __future__ import annotations

import os
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from acupress_desktop.app.composition import Acupress
from acupress_desktop.app.language import install_language
from acupress_desktop.controllers.cues import CuePlayer
from acupress_desktop.core.history import SessionRecord
from acupress_desktop.resources import asset_path
from acupress_desktop.ui.theme import BASE_POINT_SIZE, apply_theme
from tests.fakes import FakeClock, ManualTicker
from tests.fakes_cues import FakeAudio
from tests.ui.fitting import problems

#: name: (screen width, height, theme, text size, language)
SCREENS = {
    "1280x720": (1280, 720, "light", BASE_POINT_SIZE, "en"),
    "1366x768": (1366, 768, "light", BASE_POINT_SIZE, "en"),
    "1366x768-es": (1366, 768, "light", BASE_POINT_SIZE, "es"),
    "1280x800-high-contrast-20pt": (1280, 800, "high-contrast", 20.0, "en"),
}
#: a maximised window has the screen less a panel and its own title bar
PANEL, TITLE_BAR = 32, 30

pytestmark = pytest.mark.skipif(
    os.environ.get("ACUPRESS_FIT_SCREEN") not in SCREENS,
    reason="run by tests/ui/test_fits_the_screen.py, in a process with a screen of that size",
)


@pytest.fixture()
def screen() -> Iterator[tuple[int, int, str]]:
    width, height, theme, size, language = SCREENS[os.environ["ACUPRESS_FIT_SCREEN"]]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    geometry = app.primaryScreen().geometry()
    assert (geometry.width(), geometry.height()) == (width, height), "the screen is not set"
    apply_theme(app, theme, size)
    yield width, height - PANEL - TITLE_BAR, language
    apply_theme(app)
    install_language(app, "en")


def build(qtbot, catalogue, tmp_path: Path, room: tuple[int, int], language: str) -> Acupress:  # type: ignore[no-untyped-def]
    clock = FakeClock()
    audio = FakeAudio()
    cues = CuePlayer(asset_path("sounds"), sound_factory=audio.sound_factory,
                     speech_factory=audio.speech_factory, clock=clock)  # fmt: skip
    services = Acupress(catalogue, tmp_path / "data", clock=clock, cues=cues,
                        ticker_factory=ManualTicker)  # fmt: skip
    if language != "en":
        services.set_language(language)
    qtbot.addWidget(services.window)
    services.window.show()  # at the size it chooses for this screen
    qtbot.waitExposed(services.window)
    return services


def check(window: QWidget, room: tuple[int, int], what: str) -> None:
    """The window fits the room at the size it has, and everything in it fits; the main
    window is checked maximised too."""
    QApplication.processEvents()
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert least.width() <= room[0] and least.height() <= room[1], (
        f"{what}: the window needs at least {least.width()}×{least.height()}, "
        f"the screen has room for {room}"
    )
    size = window.size()
    screen = window.screen().availableGeometry()  # no panel offscreen: the window's title bar
    assert size.width() <= screen.width() and size.height() + TITLE_BAR <= screen.height(), (
        f"{what}: the window opens at {size.width()}×{size.height()} on a {screen.width()}×"
        f"{screen.height()} screen"
    )
    found = problems(window)
    assert not found, f"{what}:\n" + "\n".join(found)
    if not isinstance(window, QDialog):
        window.resize(*room)
        found = problems(window)
        window.resize(size)
        assert not found, f"{what} (maximised):\n" + "\n".join(found)


def add_history(services: Acupress) -> None:
    rng = random.Random(3)
    end = datetime(2026, 11, 24, 19, 0, tzinfo=UTC)
    for day in range(30):
        services.history.add(
            SessionRecord(
                started_utc=end - timedelta(days=day), routine_name="Lower back", routine_id="",
                point_ids=("BL23", "BL40"), points_done=2, seconds=rng.choice([300, 420]),
                finished=True, pain_before=6, pain_after=4,
            )
        )  # fmt: skip


def test_browse_session_and_summary_fit(qtbot, catalogue, tmp_path: Path, screen) -> None:  # type: ignore[no-untyped-def]
    """The points page with a session being built, a running session and its summary fit."""
    width, height, language = screen
    room = (width, height)
    services = build(qtbot, catalogue, tmp_path, room, language)
    window = services.window
    services.browse.state.select_point("BL23")
    for point_id in ("BL23", "ST36", "GV4"):
        window.session_list.add_point(point_id)
    check(window, room, "points page")
    window.session_list.clear()
    check(window, room, "points page, session cleared")
    services.browse.state.select_point("LR13")
    window.session_list.add_point("LR13")
    services.session.start_steps(window.session_list.steps())
    check(window, room, "session (get ready)")
    services.session.controller().next()
    check(window, room, "session (press)")
    services.session.stop()
    check(window, room, "summary")


def test_routines_and_history_fit(qtbot, catalogue, tmp_path: Path, screen) -> None:  # type: ignore[no-untyped-def]
    """The routines page (a routine chosen) and the history, empty and full, fit."""
    width, height, language = screen
    room = (width, height)
    services = build(qtbot, catalogue, tmp_path, room, language)
    window = services.window
    window.show_tab(1)
    page = services.routines.page()
    page.list.setCurrentRow(0)
    check(window, room, "routines page")
    window.show_tab(2)
    check(window, room, "history, empty")
    add_history(services)
    services.history.page().refresh()
    check(window, room, "history with sessions")


def test_dialogs_fit(qtbot, catalogue, tmp_path: Path, screen) -> None:  # type: ignore[no-untyped-def]
    """Settings, the routine editor, rename and the safety notice fit the screen."""
    width, height, language = screen
    room = (width, height)
    services = build(qtbot, catalogue, tmp_path, room, language)
    dialog = services.open_settings()
    qtbot.waitExposed(dialog)
    check(dialog, room, "settings")
    dialog.reject()
    services.window.show_tab(1)
    page = services.routines.page()
    page.list.setCurrentRow(0)
    page.copy_button.click()
    page.edit_button.click()
    editor = page._editor
    assert editor is not None
    qtbot.waitExposed(editor)
    check(editor, room, "routine editor")
    editor.reject()
    page.rename_button.click()
    rename = page.findChild(QDialog, "renameDialog")
    assert rename is not None
    qtbot.waitExposed(rename)
    check(rename, room, "rename")
    rename.reject()
    from acupress_desktop.ui.help.about_dialog import AboutDialog, ThirdPartyLicencesDialog
    from acupress_desktop.ui.help.crash_dialog import CrashDialog
    from acupress_desktop.ui.help.evidence_page import EvidenceDialog
    from acupress_desktop.ui.help.finger_guide import FingerGuideDialog
    from acupress_desktop.ui.help.pressure_scale import PressureScaleDialog
    from acupress_desktop.ui.help.safety_dialog import SafetyDialog
    from acupress_desktop.ui.routines.routine_notice import RedFlagNotice

    for name, dialog in (
        ("safety notice", SafetyDialog(services.window)),
        ("finger-width guide", FingerGuideDialog(3, services.window)),
        ("pressure scale", PressureScaleDialog(services.window)),
        ("about the evidence", EvidenceDialog(catalogue, services.window)),
        ("about Acupress", AboutDialog(services.window)),
        ("third-party licences", ThirdPartyLicencesDialog(services.window)),
        ("red flags before a first session", RedFlagNotice(("belly", "neck"), services.window)),
        ("crash", CrashDialog(services.window, tmp_path / "log" / "acupress.log", str, True)),
    ):
        dialog.open()
        qtbot.waitExposed(dialog)
        check(dialog, room, name)
        dialog.reject()

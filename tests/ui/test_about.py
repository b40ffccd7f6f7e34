"""Help → About Acupress, and its Third-party licences: the notices the app ships, as plain text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from acupress_desktop import __version__
from acupress_desktop.ui.help import about_dialog
from acupress_desktop.ui.help.about_dialog import AboutDialog, ThirdPartyLicencesDialog
from tests.person import click, focused, press


def _opened(qtbot, kind: type):  # type: ignore[no-untyped-def]
    """The visible top-level dialog of ``kind`` (waits for it to show)."""
    found: list[object] = []

    def check() -> None:
        found[:] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()
        ]
        assert found

    qtbot.waitUntil(check, timeout=1000)
    return found[-1]


@pytest.fixture()
def about(qtbot) -> AboutDialog:  # type: ignore[no-untyped-def]
    """The About dialog, open."""
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def test_help_about_opens_the_about_dialog(qtbot, catalogue, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Help → About Acupress shows the version and a named Third-party licences button."""
    from acupress_desktop.app.composition import Acupress

    services = Acupress(catalogue, tmp_path / "data")
    qtbot.addWidget(services.window)
    assert services.window.about_action in services.window.help_menu.actions()
    services.window.about_action.trigger()
    dialog = _opened(qtbot, AboutDialog)
    assert f"Acupress {__version__}" in dialog.text.text()
    assert dialog.accessibleName() == "About Acupress"
    assert dialog.licences_button.accessibleName() == "Third-party licences"
    assert dialog.close_button.accessibleName() == "Close"
    dialog.close()


def test_third_party_licences_shows_the_notices_as_plain_text(qtbot, about: AboutDialog) -> None:  # type: ignore[no-untyped-def]
    """The button opens a read-only, scrolling, plain-text view of the shipped notices: PySide6,
    its LGPL, platformdirs and Python, with Close."""
    click(about.licences_button)
    dialog = _opened(qtbot, ThirdPartyLicencesDialog)
    text = dialog.text.toPlainText()
    assert "PySide6" in text and "LGPL" in text
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text
    assert "platformdirs" in text and "Python" in text
    assert text == about_dialog.read_notices()
    assert isinstance(dialog.text, QPlainTextEdit) and dialog.text.isReadOnly()
    assert dialog.text.accessibleName() == "Third-party licences, text"
    assert dialog.accessibleName() == "Third-party licences"
    assert dialog.text.verticalScrollBar().maximum() > 0  # long: it scrolls
    assert dialog.width() >= 700 and dialog.height() >= 320
    assert dialog.close_button.accessibleName() == "Close"
    click(dialog.close_button)
    assert not dialog.isVisible()
    assert about.isVisible()


def test_the_licences_are_reachable_and_readable_by_keyboard(qtbot, about: AboutDialog) -> None:  # type: ignore[no-untyped-def]
    """Tab reaches the button, Space opens the licences, the text has the focus and moves with
    Page Down, and Esc closes it again."""
    assert focused() is about.close_button
    for _ in range(3):
        if focused() is about.licences_button:
            break
        press(Qt.Key.Key_Tab)
    assert focused() is about.licences_button
    press(Qt.Key.Key_Space)
    dialog = _opened(qtbot, ThirdPartyLicencesDialog)
    qtbot.waitExposed(dialog)
    assert focused() is dialog.text
    bar = dialog.text.verticalScrollBar()
    press(Qt.Key.Key_PageDown)
    press(Qt.Key.Key_PageDown)
    assert bar.value() > 0
    press(Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_missing_notices_file_says_so(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """An installation without the file still names the components and their licences."""
    monkeypatch.setattr(about_dialog, "data_path", lambda name: tmp_path / name)
    dialog = ThirdPartyLicencesDialog()
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert "missing" in text and "PySide6" in text and "LGPL" in text


def test_the_about_texts_are_translated(qtbot, spanish_translator) -> None:  # type: ignore[no-untyped-def]
    """In Spanish: the button, the licences' title and their accessible names."""
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.licences_button.text() == "&Licencias de terceros"
    assert dialog.windowTitle() == "Acerca de Acupress"
    licences = ThirdPartyLicencesDialog()
    qtbot.addWidget(licences)
    assert licences.windowTitle() == "Licencias de terceros"
    assert licences.text.accessibleName() == "Licencias de terceros, texto"

"""An exception nothing caught: logged with its traceback, and one dialog per burst that says, in
the user's language, what happened and that the data is safe, copies a report, and quits or not.

The exceptions are raised in real slots (a button's ``clicked``), so PySide6 hands them to
``sys.excepthook`` as in the app; pytest-qt's own capture is off for these tests
(``qt_no_exception_capture``) and the reporter is the hook. The dialog opens from the event loop
(a ticker shot, fired here by hand), never inside the slot that raised.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton

from acupress_desktop.app.composition import Acupress
from acupress_desktop.app.crash import CrashReporter
from acupress_desktop.controllers.cues import CuePlayer
from acupress_desktop.core.routine import RoutineStep
from acupress_desktop.resources import asset_path
from acupress_desktop.ui.help.crash_dialog import CrashDialog
from tests.fakes import FakeClock, ManualTicker
from tests.fakes_cues import FakeAudio

pytestmark = pytest.mark.qt_no_exception_capture


class Harness:
    """The app's features, a crash reporter attached as the app attaches it, and a button whose
    slot raises."""

    def __init__(self, acupress: Acupress, log_path: Path) -> None:
        self.acupress = acupress
        self.ticker = ManualTicker()
        self.reporter = CrashReporter(ticker_factory=lambda: self.ticker)
        self.reporter.log_path = log_path
        self.quits = 0
        self.reporter.attach(acupress.window, acupress.save_pending, self._quit)
        self.button = QPushButton("Break", acupress.window)
        self.button.clicked.connect(self._on_button_clicked)
        self.opened: list[QUrl] = []

    def _quit(self) -> None:
        self.quits += 1

    def _on_button_clicked(self) -> None:
        routine_name = "Secret evening routine"  # a local: it must not reach the report
        raise RuntimeError(f"boom {len(routine_name)}")

    def crash(self) -> CrashDialog:
        """Click the button (its slot raises), then let the event loop run the pending shot."""
        self.button.click()
        assert self.ticker.active, "the dialog is asked for from the event loop"
        assert dialogs() == []  # not built inside the slot that raised
        self.ticker.fire()
        dialog = self.reporter.dialog
        assert dialog is not None and dialog.isVisible()
        return dialog


def dialogs() -> list[CrashDialog]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()
    ]


@pytest.fixture()
def harness(qtbot, catalogue, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Harness]:  # type: ignore[no-untyped-def]
    clock, audio = FakeClock(), FakeAudio()
    cues = CuePlayer(
        asset_path("sounds"),
        sound_factory=audio.sound_factory,
        speech_factory=audio.speech_factory,
        clock=clock,
    )
    acupress = Acupress(
        catalogue, tmp_path / "data", clock=clock, cues=cues, ticker_factory=ManualTicker
    )
    qtbot.addWidget(acupress.window)
    acupress.window.show()
    built = Harness(acupress, tmp_path / "data" / "log" / "acupress.log")
    monkeypatch.setattr(sys, "excepthook", built.reporter.excepthook)
    yield built
    for dialog in dialogs():
        dialog.close()


def test_an_exception_in_a_slot_is_logged_and_shown_once_in_plain_words(
    harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    """The traceback goes to the log; the dialog says what happened in plain words, shows the
    log's path as selectable plain text, never the traceback, and Close is the default."""
    with caplog.at_level(logging.CRITICAL, logger="acupress"):
        dialog = harness.crash()
    [record] = [r for r in caplog.records if r.levelno == logging.CRITICAL]
    assert record.exc_info is not None and record.exc_info[0] is RuntimeError
    assert dialog.windowTitle() == "Something went wrong"
    assert dialog.message.text() == (
        "Something went wrong inside Acupress. Your routines and history are saved."
    )
    assert dialog.log_label.text() == str(harness.reporter.log_path)
    assert dialog.log_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    shown = " ".join(label.text() for label in (dialog.message, dialog.advice, dialog.log_label))
    assert "Traceback" not in shown and "RuntimeError" not in shown
    assert dialog.close_button.isDefault()
    for button in (
        dialog.copy_button,
        dialog.folder_button,
        dialog.quit_button,
        dialog.close_button,
    ):
        assert button.accessibleName(), button.text()
    assert dialogs() == [dialog]


def test_copy_details_puts_the_report_with_the_traceback_on_the_clipboard(
    harness: Harness,
) -> None:
    """Versions, platform, the log's path and the traceback; no local data of the app."""
    QGuiApplication.clipboard().clear()
    dialog = harness.crash()
    dialog.copy_button.click()
    report = QGuiApplication.clipboard().text()
    assert report.startswith("Acupress ")
    assert "Traceback (most recent call last)" in report
    assert "RuntimeError: boom 22" in report and "_on_button_clicked" in report
    assert "PySide6 " in report and "Platform: " in report
    assert f"Log: {harness.reporter.log_path}" in report
    assert "Secret evening routine" not in report.split("Traceback")[0]
    assert dialog.copied_label.isVisibleTo(dialog)


def test_more_exceptions_while_it_is_open_add_no_dialog_and_are_counted_in_the_log(
    harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    """A burst is one dialog; after Close, the next exception opens one again."""
    first = harness.crash()
    with caplog.at_level(logging.WARNING, logger="acupress"):
        harness.button.click()
        harness.button.click()
        assert not harness.ticker.active
        assert dialogs() == [first]
        assert harness.reporter.repeats == 2
        assert "2 more since the crash dialog was shown" in caplog.text
        first.close_button.click()
        assert "2 more uncaught exceptions while the crash dialog was open" in caplog.text
    assert dialogs() == [] and harness.reporter.dialog is None
    second = harness.crash()
    assert second is not first and dialogs() == [second]


def test_a_running_session_is_stopped_and_kept_before_the_dialog(harness: Harness) -> None:
    """The composition's own save path (the one closing the window takes) runs first."""
    session = harness.acupress.session
    session.start_steps((RoutineStep("LI4", 30),))
    assert session.running()
    dialog = harness.crash()
    assert not session.running()
    [record] = harness.acupress.history.repository().list()
    assert record.finished is False and record.point_ids == ("LI4",)
    assert "was stopped and kept in your history" in dialog.message.text()


def test_quit_closes_the_dialog_and_quits_close_keeps_running(harness: Harness) -> None:
    dialog = harness.crash()
    dialog.quit_button.click()
    assert harness.quits == 1 and dialogs() == []
    dialog = harness.crash()
    dialog.close_button.click()
    assert harness.quits == 1 and dialogs() == []
    assert harness.acupress.window.isVisible()


def test_open_log_folder_opens_the_folder_of_the_log(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    opened: list[QUrl] = []
    log = tmp_path / "log" / "acupress.log"
    dialog = CrashDialog(
        None, log, lambda: "report", open_url=lambda url: opened.append(url) or True
    )
    qtbot.addWidget(dialog)
    dialog.folder_button.click()
    assert opened == [QUrl.fromLocalFile(str(log.parent))]


def test_without_a_log_file_the_dialog_names_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = CrashDialog(None, None, lambda: "report")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.log_label.isVisible() and not dialog.folder_button.isVisible()
    assert "log file" not in dialog.advice.text()


def test_the_dialog_speaks_spanish(harness: Harness, spanish_translator) -> None:  # type: ignore[no-untyped-def]
    """In the user's language, with «usted»."""
    dialog = harness.crash()
    assert dialog.windowTitle() == "Algo ha fallado"
    assert dialog.message.text() == (
        "Algo ha fallado dentro de Acupress. Sus rutinas y su historial están guardados."
    )
    assert dialog.advice.text().startswith("Puede seguir usando Acupress")
    assert [b.text() for b in (dialog.copy_button, dialog.folder_button, dialog.quit_button,
                               dialog.close_button)] == [
        "&Copiar los detalles", "&Abrir la carpeta del registro", "&Salir", "Cerrar"
    ]  # fmt: skip


def test_not_attached_it_only_logs(
    qapp, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Before the window is shown, and in --screenshot runs: the log (and stderr), no dialog."""
    ticker = ManualTicker()
    reporter = CrashReporter(ticker_factory=lambda: ticker)
    monkeypatch.setattr(sys, "excepthook", reporter.excepthook)
    button = QPushButton("Break")
    button.clicked.connect(lambda: 1 / 0)
    with caplog.at_level(logging.CRITICAL, logger="acupress"):
        button.click()
    assert "uncaught exception" in caplog.text and "ZeroDivisionError" in caplog.text
    assert not ticker.active and reporter.dialog is None and dialogs() == []

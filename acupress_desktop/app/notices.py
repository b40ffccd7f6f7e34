"""What the app tells the user: warnings (window-modal boxes built in ui/) and the status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from acupress_desktop.ui.main_window import MainWindow


class Notices:
    """Warnings and status messages over the main window; ``last`` is the newest text shown."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.last = ""

    def warn(self, title: str, text: str) -> QMessageBox:
        """Tell the user something went wrong, without blocking the app (window-modal box)."""
        from acupress_desktop.ui.help.app_dialogs import open_warning

        box = open_warning(self.window, title, text)
        self.last = text
        return box

    def status(self, message: str, milliseconds: int = 10000) -> None:
        """A message in the status bar."""
        self.window.statusBar().showMessage(message, milliseconds)

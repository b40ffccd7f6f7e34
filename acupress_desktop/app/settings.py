"""The settings feature: the saved settings, their dialog, the first-start safety notice."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from acupress_desktop.storage.settings import Settings, SettingsError, SettingsStore

if TYPE_CHECKING:
    from acupress_desktop.app.notices import Notices
    from acupress_desktop.ui.help.safety_dialog import SafetyDialog
    from acupress_desktop.ui.main_window import MainWindow
    from acupress_desktop.ui.settings.settings_dialog import SettingsDialog

log = logging.getLogger(__name__)


class SettingsFeature:
    """The settings as saved (``current``), changed through :meth:`update` or the dialog.

    The store is read before the window is built (the window and the look depend on it); the
    dialog is built when first opened.
    """

    def __init__(
        self, store: SettingsStore, current: Settings, window: MainWindow, notices: Notices
    ) -> None:
        self.store = store
        self.current = current
        self._window = window
        self._notices = notices
        #: the open settings dialog (one at a time), or None
        self.dialog: SettingsDialog | None = None

    def update(self, **changes: object) -> None:
        """Change and save settings; a failed save is reported and the app carries on."""
        self.current = replace(self.current, **changes)  # type: ignore[arg-type]
        try:
            self.store.save(self.current)
        except SettingsError as exc:
            self._notices.warn(QCoreApplication.translate("App", "Settings not saved"), str(exc))

    def open_dialog(
        self, sound_problems: Sequence[str], apply: Callable[[Settings], None]
    ) -> SettingsDialog:
        """File → Settings… (Ctrl+,): the settings dialog, window-modal, one at a time;
        ``apply`` gets the settings the user applied."""
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        from acupress_desktop.ui.settings.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.current, self._window)
        dialog.set_sound_problems(list(sound_problems))
        dialog.settings_applied.connect(apply)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_dialog_finished(self, result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def show_sound_problems(self, problems: Sequence[str]) -> None:
        """Settings' sound section lists why sound or speech cannot play (if the dialog is open)."""
        if self.dialog is not None:
            self.dialog.set_sound_problems(list(problems))

    def report_startup_problems(self) -> None:
        """Tell the user what happened to a damaged settings file."""
        if self.store.problem:
            log.warning("settings at start: %s", self.store.problem)
            self._notices.warn(
                QCoreApplication.translate("App", "Settings reset"), self.store.problem
            )

    def show_safety_notice_if_new(self) -> SafetyDialog | None:
        """First start: open the safety notice (window-modal); acknowledging it is remembered."""
        if self.current.safety_notice_seen:
            return None
        from acupress_desktop.ui.help.safety_dialog import SafetyDialog

        dialog = SafetyDialog(self._window)
        dialog.accepted.connect(self._on_safety_dialog_accepted)
        dialog.open()
        return dialog

    def _on_safety_dialog_accepted(self) -> None:
        self.update(safety_notice_seen=True)

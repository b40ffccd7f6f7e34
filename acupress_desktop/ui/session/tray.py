"""Tray icon during a session: time left in the tooltip, pause/resume and stop in its menu."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from acupress_desktop.controllers.session_controller import SessionController
from acupress_desktop.core.history import SessionRecord
from acupress_desktop.core.session import Snapshot
from acupress_desktop.resources import asset_path
from acupress_desktop.ui.labels import format_clock


def tray_tooltip(snapshot: Snapshot, tr: object = None) -> str:
    """ "Acupress — 4:32 left" (or "paused"), in the "SessionTray" context.

    ``tr`` is no longer used (literal ``translate`` calls let lupdate find the texts); it stays
    so existing callers keep working.
    """
    del tr
    left = format_clock(round(snapshot.remaining_total))
    if snapshot.paused:
        return QCoreApplication.translate("SessionTray", "Acupress — paused, %1 left").replace(
            "%1", left
        )
    return QCoreApplication.translate("SessionTray", "Acupress — %1 left").replace("%1", left)


class SessionTray(QObject):
    """Shows a tray icon while a session runs, where the desktop has a tray."""

    def __init__(self, controller: SessionController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._icon: QSystemTrayIcon | None = None
        self._pause_action: QAction | None = None
        controller.session_started.connect(self._on_controller_session_started)
        controller.display_changed.connect(self._on_controller_display_changed)
        controller.session_finished.connect(self._on_controller_session_finished)

    @property
    def visible(self) -> bool:
        """True while the tray icon is shown."""
        return self._icon is not None and self._icon.isVisible()

    def _on_controller_session_started(self, snapshot: Snapshot) -> None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self._icon is None:
            self._icon = QSystemTrayIcon(QIcon(str(asset_path("icons/acupress.svg"))), self)
            menu = QMenu()
            self._pause_action = menu.addAction(self.tr("Pause"))
            self._pause_action.triggered.connect(self._controller.toggle_pause)
            stop = menu.addAction(self.tr("Stop"))
            stop.triggered.connect(self._controller.stop)
            self._menu = menu
            self._icon.setContextMenu(menu)
        self._icon.show()
        self._on_controller_display_changed(snapshot)

    def _on_controller_display_changed(self, snapshot: Snapshot) -> None:
        if self._icon is None:
            return
        self._icon.setToolTip(tray_tooltip(snapshot, self.tr))
        if self._pause_action is not None:
            self._pause_action.setText(self.tr("Resume") if snapshot.paused else self.tr("Pause"))

    def _on_controller_session_finished(self, record: SessionRecord) -> None:
        if self._icon is not None:
            self._icon.hide()

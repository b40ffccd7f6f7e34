"""The daily reminder part of the app's services (built only when the reminder is on).

``ReminderServices`` is a mixin of :class:`acupress_desktop.app.services.Services`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon

from acupress_desktop import APP_NAME
from acupress_desktop.core.clock import Ticker
from acupress_desktop.resources import asset_path
from acupress_desktop.storage.settings import Settings
from acupress_desktop.ui.main_window import MainWindow

if TYPE_CHECKING:
    from acupress_desktop.controllers.reminder import ReminderController
    from acupress_desktop.controllers.session_controller import SessionController
    from acupress_desktop.storage.history import HistoryRepository


class ReminderServices:
    """The daily reminder: a tray message, or the status bar where there is no tray."""

    # provided by Services
    window: MainWindow
    settings: Settings
    last_notice: str
    _reminder: ReminderController | None
    _reminder_icon: QSystemTrayIcon | None
    _ticker_factory: Callable[[], Ticker]
    _wall_clock: Callable[[], datetime]
    if TYPE_CHECKING:

        @property
        def history(self) -> HistoryRepository: ...
        @property
        def session_built(self) -> bool: ...
        @property
        def session(self) -> SessionController: ...
        def update_settings(self, **changes: object) -> None: ...
        def notify(self, title: str, text: str) -> QMessageBox: ...

    @property
    def reminder(self) -> ReminderController:
        """The daily reminder."""
        if self._reminder is None:
            from acupress_desktop.controllers.reminder import ReminderController

            self.reminder_ticker = self._ticker_factory()
            self._reminder = ReminderController(
                self.reminder_ticker,
                self.show_reminder,
                wall_clock=self._wall_clock,
                last_shown=self.settings.reminder_last_shown_date(),
                save_last_shown=self._on_reminder_day_done,
                practised_today=self._practised_today,
            )
        return self._reminder

    def start_reminder(self) -> None:
        """Plan the daily reminder (at app start; one missed by less than 2 h shows now)."""
        from acupress_desktop.core.reminder import parse_time_of_day

        s = self.settings
        if not s.reminder_enabled and self._reminder is None:
            return  # off (the default): nothing to plan
        self.reminder.start(s.reminder_enabled, parse_time_of_day(s.reminder_time))

    def show_reminder(self) -> None:
        """The reminder: a tray message, or the status bar and a taskbar alert without a tray."""
        title = QCoreApplication.translate("App", "Time for acupressure")
        text = QCoreApplication.translate(
            "App", "A few calm minutes for your back: open Acupress and start a routine."
        )
        self.last_notice = text
        if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
            if self._reminder_icon is None:
                icon = QSystemTrayIcon(QIcon(str(asset_path("icons/acupress.svg"))), self.window)
                icon.setToolTip(APP_NAME)
                icon.messageClicked.connect(self._on_reminder_icon_clicked)
                icon.activated.connect(self._on_reminder_icon_clicked)
                self._reminder_icon = icon
            self._reminder_icon.show()
            self._reminder_icon.showMessage(
                title, text, QSystemTrayIcon.MessageIcon.Information, 15000
            )
        else:
            self.window.statusBar().showMessage(text, 60000)
            QApplication.alert(self.window)

    def _on_reminder_icon_clicked(self, *args: object) -> None:
        if self._reminder_icon is not None:
            self._reminder_icon.hide()
        window = self.window
        window.showNormal() if window.isMinimized() else window.show()
        window.raise_()
        window.activateWindow()
        window.show_tab(1)

    def _on_reminder_day_done(self, day: date) -> None:
        self.update_settings(reminder_last_shown=day.isoformat())

    def _practised_today(self) -> bool:
        """A session is running, or one was recorded today: the reminder stays quiet."""
        from acupress_desktop.core.history import local_date
        from acupress_desktop.storage.database import DatabaseError

        if self.session_built and self.session.running:
            return True
        try:
            records = self.history.list()
        except DatabaseError:
            return False
        now = datetime.now().astimezone()
        tz = now.tzinfo
        return tz is not None and any(local_date(r, tz) == now.date() for r in records)

"""The daily reminder feature (built only when the reminder is on): a tray message, or the
status bar where there is no tray."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from acupress_desktop.app.browse import ROUTINES_TAB
from acupress_desktop.app.history import HistoryFeature
from acupress_desktop.app.notices import Notices
from acupress_desktop.app.session import SessionFeature
from acupress_desktop.app.settings import SettingsFeature
from acupress_desktop.core.clock import Ticker
from acupress_desktop.ui.main_window import MainWindow

if TYPE_CHECKING:
    from acupress_desktop.controllers.reminder import ReminderController


class ReminderFeature:
    """The daily reminder: the controller is built by :meth:`controller` (at start when the
    reminder is on, or when it is switched on), the tray icon when a reminder is first shown."""

    def __init__(
        self,
        window: MainWindow,
        notices: Notices,
        settings: SettingsFeature,
        history: HistoryFeature,
        session: SessionFeature,
        ticker_factory: Callable[[], Ticker],
        wall_clock: Callable[[], datetime],
    ) -> None:
        self._window = window
        self._notices = notices
        self._settings = settings
        self._history = history
        self._session = session
        self._ticker_factory = ticker_factory
        self._wall_clock = wall_clock
        self._controller: ReminderController | None = None
        self._icon: QSystemTrayIcon | None = None
        #: the controller's ticker, once built
        self.ticker: Ticker | None = None

    def built(self) -> bool:
        """True once the reminder's controller was built."""
        return self._controller is not None

    def controller(self) -> ReminderController:
        """The daily reminder's controller (built now if it was not yet)."""
        if self._controller is None:
            from acupress_desktop.controllers.reminder import ReminderController

            self.ticker = self._ticker_factory()
            self._controller = ReminderController(
                self.ticker,
                self.show,
                wall_clock=self._wall_clock,
                last_shown=self._settings.current.reminder_last_shown_date(),
                save_last_shown=self._on_day_done,
                practised_today=self._practised_today,
            )
        return self._controller

    def start(self) -> None:
        """Plan the daily reminder (at app start; one missed by less than 2 h shows now)."""
        from acupress_desktop.core.reminder import parse_time_of_day

        s = self._settings.current
        if not s.reminder_enabled and self._controller is None:
            return  # off (the default): nothing to plan
        self.controller().start(s.reminder_enabled, parse_time_of_day(s.reminder_time))

    def apply_settings(self) -> None:
        """The reminder settings changed: re-plan (nothing is built while it stays off)."""
        from acupress_desktop.core.reminder import parse_time_of_day

        s = self._settings.current
        if s.reminder_enabled or self._controller is not None:
            self.controller().set_schedule(s.reminder_enabled, parse_time_of_day(s.reminder_time))

    def show(self) -> None:
        """The reminder: a tray message, or the status bar and a taskbar alert without a tray."""
        title = QCoreApplication.translate("App", "Time for acupressure")
        text = QCoreApplication.translate(
            "App", "A few calm minutes for your back: open Acupress and start a routine."
        )
        self._notices.last = text
        if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
            if self._icon is None:
                from acupress_desktop.ui.help.app_dialogs import reminder_icon

                self._icon = reminder_icon(self._window, self._on_icon_clicked)
            self._icon.show()
            self._icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15000)
        else:
            self._notices.status(text, 60000)
            QApplication.alert(self._window)

    def hide_icon(self) -> None:
        """A session started: the reminder's tray icon goes."""
        if self._icon is not None:
            self._icon.hide()

    def _on_icon_clicked(self, *args: object) -> None:
        self.hide_icon()
        window = self._window
        window.showNormal() if window.isMinimized() else window.show()
        window.raise_()
        window.activateWindow()
        window.show_tab(ROUTINES_TAB)

    def _on_day_done(self, day: date) -> None:
        self._settings.update(reminder_last_shown=day.isoformat())

    def _practised_today(self) -> bool:
        """A session is running, or one was recorded today: the reminder stays quiet."""
        return self._session.running() or self._history.practised_today()

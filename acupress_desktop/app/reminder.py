"""The daily reminder feature (built only when the reminder is on): a desktop notification
(org.freedesktop.Notifications, whose "Start" action starts the favourite routine); where the
desktop has no notification server, or it refuses, a tray message; without a tray, the status
bar. QtDBus is imported only when the first reminder is shown."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from acupress_desktop.app.browse import ROUTINES_TAB
from acupress_desktop.app.history import HistoryFeature
from acupress_desktop.app.notices import Notices
from acupress_desktop.app.routines import RoutinesFeature
from acupress_desktop.app.session import SessionFeature
from acupress_desktop.app.settings import SettingsFeature
from acupress_desktop.core.clock import Ticker
from acupress_desktop.ui.main_window import MainWindow

if TYPE_CHECKING:
    from acupress_desktop.controllers.notifications import DesktopNotifier, Notification
    from acupress_desktop.controllers.reminder import ReminderController

log = logging.getLogger(__name__)

#: The notification's actions that bring the window up and start the favourite routine.
START_ACTIONS = ("start", "default")
#: The desktop entry and icon the notification names when the app has none set.
DEFAULT_DESKTOP_ENTRY = "io.github.acupress.Acupress"


def session_notifier() -> DesktopNotifier:
    """The notifier on the desktop's session bus (QtDBus is imported here, not at start)."""
    from PySide6.QtDBus import QDBusConnection

    from acupress_desktop import APP_NAME
    from acupress_desktop.controllers.notifications import DesktopNotifier

    entry = QGuiApplication.desktopFileName() or DEFAULT_DESKTOP_ENTRY
    return DesktopNotifier(QDBusConnection.sessionBus(), APP_NAME, entry)


class ReminderFeature:
    """The daily reminder: the controller is built by :meth:`controller` (at start when the
    reminder is on, or when it is switched on), the notifier when a reminder is first shown, the
    tray icon when one is first needed.

    ``notifier_factory`` makes the desktop notifier (the session bus's by default; tests give
    one on a private bus); it may return None (no notifications: the tray and status bar).
    """

    def __init__(
        self,
        window: MainWindow,
        notices: Notices,
        settings: SettingsFeature,
        history: HistoryFeature,
        session: SessionFeature,
        ticker_factory: Callable[[], Ticker],
        wall_clock: Callable[[], datetime],
        routines: RoutinesFeature,
        notifier_factory: Callable[[], DesktopNotifier | None] = session_notifier,
    ) -> None:
        self._window = window
        self._notices = notices
        self._settings = settings
        self._history = history
        self._session = session
        self._ticker_factory = ticker_factory
        self._wall_clock = wall_clock
        self._routines = routines
        self._notifier_factory = notifier_factory
        self._notifier: DesktopNotifier | None = None
        self._notifier_built = False
        self._shown = ("", "")  # the title and text of the reminder shown last
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
        """The reminder: a desktop notification with a "Start" action; where there is no
        notification server (or it refuses), a tray message; without a tray, the status bar
        and a taskbar alert."""
        title = QCoreApplication.translate("App", "Time for acupressure")
        text = QCoreApplication.translate(
            "App", "A few calm minutes for your back: open Acupress and start a routine."
        )
        self._notices.last = text
        self._shown = (title, text)
        notifier = self.notifier()
        if notifier is not None and notifier.notify(self._notification(title, text)):
            return  # a refusal comes later, as notifier.failed: the tray then
        self._show_in_tray(title, text)

    def _notification(self, title: str, text: str) -> Notification:
        from acupress_desktop.controllers.notifications import Notification

        favourite = self._routines.favourite()
        start = (
            QCoreApplication.translate("App", "Start %1").replace("%1", favourite.name)
            if favourite is not None
            else QCoreApplication.translate("App", "Choose a routine")
        )
        open_app = QCoreApplication.translate("App", "Open Acupress")
        icon = QGuiApplication.desktopFileName() or DEFAULT_DESKTOP_ENTRY
        return Notification(title, text, (("default", open_app), ("start", start)), icon=icon)

    def notifier(self) -> DesktopNotifier | None:
        """The desktop notifier (built at the first reminder; None where there is none)."""
        if not self._notifier_built:
            self._notifier_built = True
            try:
                self._notifier = self._notifier_factory()
            except Exception:  # no QtDBus on this system: the tray instead
                log.exception("desktop notifications unavailable")
                self._notifier = None
            if self._notifier is not None:
                self._notifier.failed.connect(self._on_notifier_failed)
                self._notifier.action_invoked.connect(self._on_notification_action)
        return self._notifier

    def _on_notifier_failed(self, reason: str) -> None:
        """The notification server refused or did not answer (logged by the notifier)."""
        self._show_in_tray(*self._shown)

    def _on_notification_action(self, key: str) -> None:
        """The notification's Start (or the notification itself) was clicked."""
        if key not in START_ACTIONS:
            return
        self._bring_window_up()
        if self._session.running():
            return  # a session is on already: it stays
        favourite = self._routines.favourite()
        if favourite is None:
            self._window.show_tab(ROUTINES_TAB)
            return
        self._session.start_routine_named(favourite.name)

    def _show_in_tray(self, title: str, text: str) -> None:
        """A tray message, or the status bar and a taskbar alert without a tray."""
        if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
            if self._icon is None:
                from acupress_desktop.ui.help.app_dialogs import reminder_icon

                self._icon = reminder_icon(self._window, self._on_icon_clicked)
            self._icon.show()
            self._icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15000)
        else:
            if not self._window.isVisible():  # started with --background: nothing else shows
                self._window.showMinimized()
            self._notices.status(text, 60000)
            QApplication.alert(self._window)

    def hide_icon(self) -> None:
        """A session started: the reminder's tray icon and its notification go."""
        if self._icon is not None:
            self._icon.hide()
        if self._notifier is not None:
            self._notifier.close()

    def _on_icon_clicked(self, *args: object) -> None:
        self.hide_icon()
        self._bring_window_up()
        self._window.show_tab(ROUTINES_TAB)

    def _bring_window_up(self) -> None:
        """The window to the front (shown first when the app started with --background)."""
        window = self._window
        if not window.isVisible() and not self._settings.current.window_geometry:
            window.show_first_time()
        else:
            window.showNormal() if window.isMinimized() else window.show()
        window.raise_()
        window.activateWindow()

    def _on_day_done(self, day: date) -> None:
        self._settings.update(reminder_last_shown=day.isoformat())

    def _practised_today(self) -> bool:
        """A session is running, or one was recorded today: the reminder stays quiet."""
        return self._session.running() or self._history.practised_today()

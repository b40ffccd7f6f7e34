"""Keep the screen awake during a session, where the desktop offers it (freedesktop ScreenSaver over D-Bus)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage


class ScreenAwake(QObject):
    """Inhibits the screensaver while held; does nothing where no session bus or service exists."""

    SERVICE = "org.freedesktop.ScreenSaver"
    PATH = "/org/freedesktop/ScreenSaver"

    def __init__(self, app_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app_name = app_name
        self._cookie: int | None = None

    @property
    def held(self) -> bool:
        """True while the screensaver is inhibited by us."""
        return self._cookie is not None

    def _interface(self) -> QDBusInterface | None:
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return None
        names = bus.interface()
        if names is None or not names.isServiceRegistered(self.SERVICE).value():
            return None
        interface = QDBusInterface(self.SERVICE, self.PATH, self.SERVICE, bus, self)
        return interface if interface.isValid() else None

    def hold(self, reason: str) -> None:
        """Ask the desktop not to blank the screen (idempotent)."""
        if self._cookie is not None:
            return
        interface = self._interface()
        if interface is None:
            return
        reply = interface.call("Inhibit", self._app_name, reason)
        if reply.type() == QDBusMessage.MessageType.ReplyMessage and reply.arguments():
            self._cookie = int(reply.arguments()[0])

    def release(self) -> None:
        """Let the screen blank again."""
        if self._cookie is None:
            return
        interface = self._interface()
        if interface is not None:
            interface.call("UnInhibit", self._cookie)
        self._cookie = None

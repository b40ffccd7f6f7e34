"""Desktop notifications: org.freedesktop.Notifications over the session bus (QtDBus).

:class:`DesktopNotifier` sends ``Notify`` without waiting for the reply (the window never
freezes on a slow or missing notification server) and reports the outcome as signals: ``shown``
with the server's id, or ``failed`` with the reason (the caller falls back to the tray). It
listens for ``ActionInvoked`` and ``NotificationClosed`` of its own notification.

The specification's types are strict (a GNOME or KDE server refuses a call whose signature is not
``susssasa{sv}i``): ``replaces_id`` must be a UINT32 and the ``urgency`` hint a BYTE. PySide6
marshals a Python int as INT32 (or, through ``QDBusArgument <<``, as UINT16) and offers no typed
``QDBusArgument(value, type)`` constructor as PyQt does, so :func:`typed_argument` appends the
value with Qt's own ``QDBusArgument::operator<<(uint)`` / ``(uchar)``, called through ctypes on
the QDBusArgument PySide made. A QDBusArgument given as a message argument is marshalled as its
contents, so the call goes out as ``u`` (and the hint as a variant holding ``y``).
"""

from __future__ import annotations

import ctypes
import logging
from dataclasses import dataclass
from functools import cache

import shiboken6
from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import (
    QDBusArgument,
    QDBusConnection,
    QDBusMessage,
    QDBusPendingCallWatcher,
)

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
#: The signature of Notify in the specification (what a server accepts).
NOTIFY_SIGNATURE = "susssasa{sv}i"
#: How long a Notify call may take before it counts as failed, in milliseconds.
CALL_TIMEOUT_MS = 5000
#: The urgency hint's values (the specification's BYTE): low, normal, critical.
URGENCY_NORMAL = 1

#: Qt's QDBusArgument::operator<< for the D-Bus types PySide cannot choose (Itanium C++ names).
_APPENDERS = {
    "u": ("_ZN13QDBusArgumentlsEj", ctypes.c_uint32),
    "y": ("_ZN13QDBusArgumentlsEh", ctypes.c_uint8),
}


class DBusTypeError(RuntimeError):
    """A typed D-Bus value could not be made (Qt's QtDBus library or its function is missing)."""


@cache
def _qtdbus_library() -> ctypes.CDLL:
    # the library PySide6.QtDBus loaded: dlopen finds an object already loaded by its soname
    return ctypes.CDLL("libQt6DBus.so.6")


def typed_argument(value: int, code: str) -> QDBusArgument:
    """A QDBusArgument holding ``value`` as the D-Bus basic type ``code`` ("u" or "y").

    Raises DBusTypeError when the value does not fit or Qt's function cannot be reached.
    """
    symbol, c_type = _APPENDERS[code]
    bits = 32 if code == "u" else 8
    if not 0 <= value < 2**bits:
        raise DBusTypeError(f"{value} is not a D-Bus {code!r} value")
    try:
        append = getattr(_qtdbus_library(), symbol)
    except (OSError, AttributeError) as exc:
        raise DBusTypeError(f"QtDBus cannot be called for {code!r}: {exc}") from exc
    append.argtypes = [ctypes.c_void_p, c_type]
    append.restype = ctypes.c_void_p
    argument = QDBusArgument()
    append(shiboken6.getCppPointer(argument)[0], value)
    if argument.currentSignature() != code:
        raise DBusTypeError(f"QtDBus wrote {argument.currentSignature()!r}, not {code!r}")
    return argument


@dataclass(frozen=True)
class Notification:
    """What one notification says.

    Attributes:
        summary: the title (plain text).
        body: the text under it (plain text: no markup).
        actions: (key, label) pairs; the key "default" is the click on the notification itself.
        icon: an icon name from the theme or a file URI ("" for the app's own).
        timeout_ms: how long it stays (-1: as the server likes, 0: until dismissed).
    """

    summary: str
    body: str
    actions: tuple[tuple[str, str], ...] = ()
    icon: str = ""
    timeout_ms: int = -1


class DesktopNotifier(QObject):
    """Shows notifications through the desktop's notification server.

    Signals:
        shown(int): the server accepted the notification (its id).
        failed(str): it was not shown (no server, an error reply, no reply in time): why.
        action_invoked(str): the user chose one of its actions (the key).
        closed(int): it went away (the specification's reason: 1 expired, 2 dismissed, ...).
    """

    shown = Signal(int)
    failed = Signal(str)
    action_invoked = Signal(str)
    closed = Signal(int)

    def __init__(
        self,
        connection: QDBusConnection,
        app_name: str,
        desktop_entry: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._bus = connection
        self._app_name = app_name
        self._desktop_entry = desktop_entry
        self._id = 0  # the server's id of the notification shown last (0: none)
        self._listening = False
        self._watcher: QDBusPendingCallWatcher | None = None

    @property
    def notification_id(self) -> int:
        """The server's id of the notification shown last (0 before one was shown)."""
        return self._id

    def available(self) -> bool:
        """A session bus is connected (whether a server answers shows only when one is sent)."""
        return self._bus.isConnected()

    def notify(self, notification: Notification) -> bool:
        """Send ``notification`` (it replaces the one shown before). False when it cannot even
        be sent (no session bus, or the values cannot be typed): the caller falls back at once.
        Otherwise ``shown`` or ``failed`` follows when the server answers."""
        if not self._bus.isConnected():
            log.info("no session bus for notifications: %s", self._bus.lastError().message())
            return False
        try:
            message = self._notify_message(notification)
        except DBusTypeError as exc:
            log.warning("notification not sent: %s", exc)
            return False
        self._listen()
        watcher = QDBusPendingCallWatcher(self._bus.asyncCall(message, CALL_TIMEOUT_MS), self)
        watcher.finished.connect(self._on_reply)
        self._watcher = watcher
        return True

    def close(self) -> None:
        """Take the notification shown last away (a session started: it is done with)."""
        if self._id == 0 or not self._bus.isConnected():
            return
        try:
            notification_id = typed_argument(self._id, "u")
        except DBusTypeError as exc:
            log.warning("notification not closed: %s", exc)
            return
        message = QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, "CloseNotification")
        message.setArguments([notification_id])
        watcher = QDBusPendingCallWatcher(self._bus.asyncCall(message, CALL_TIMEOUT_MS), self)
        watcher.finished.connect(self._on_close_reply)

    def _on_close_reply(self, watcher: QDBusPendingCallWatcher) -> None:
        watcher.deleteLater()
        if watcher.isError():  # it had gone already, or the server restarted: nothing to do
            log.info("CloseNotification: %s", watcher.error().message())

    def _notify_message(self, notification: Notification) -> QDBusMessage:
        actions: list[str] = []
        for key, label in notification.actions:
            actions += [key, label]
        hints = {
            "desktop-entry": self._desktop_entry,
            "urgency": typed_argument(URGENCY_NORMAL, "y"),
        }
        message = QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, "Notify")
        message.setArguments(
            [
                self._app_name,
                typed_argument(self._id, "u"),  # replaces_id: UINT32, never INT32
                notification.icon,
                notification.summary,
                notification.body,
                actions,
                hints,
                int(notification.timeout_ms),
            ]
        )
        return message

    def _listen(self) -> None:
        """Subscribe to the server's signals (once)."""
        if self._listening:
            return
        for name, slot in (
            ("ActionInvoked", "_on_action_invoked(QDBusMessage)"),
            ("NotificationClosed", "_on_notification_closed(QDBusMessage)"),
        ):
            # the stub says bytes, but PySide6 6.12 accepts only a str here
            receiver = SLOT(slot)
            if not self._bus.connect(SERVICE, PATH, INTERFACE, name, self, receiver):  # type: ignore[call-overload]
                log.warning("cannot listen to %s: %s", name, self._bus.lastError().message())
        self._listening = True

    # -- answers from the server ------------------------------------------------------------
    def _on_reply(self, watcher: QDBusPendingCallWatcher) -> None:
        watcher.deleteLater()
        if watcher is self._watcher:
            self._watcher = None
        reply = watcher.reply()
        if watcher.isError() or reply.type() != QDBusMessage.MessageType.ReplyMessage:
            error = watcher.error()
            reason = f"{error.name()}: {error.message()}"
            log.warning("the notification server refused the notification: %s", reason)
            self.failed.emit(reason)
            return
        arguments = reply.arguments()
        if not arguments or not isinstance(arguments[0], int):
            log.warning("unexpected reply to Notify: %r", arguments)
            self.failed.emit("unexpected reply")
            return
        self._id = int(arguments[0])
        log.info("notification %d shown", self._id)
        self.shown.emit(self._id)

    @Slot(QDBusMessage)
    def _on_action_invoked(self, message: QDBusMessage) -> None:
        arguments = message.arguments()
        if len(arguments) != 2 or not self._is_ours(arguments[0]):
            return
        log.info("notification %d: action %r", self._id, arguments[1])
        self.action_invoked.emit(str(arguments[1]))

    @Slot(QDBusMessage)
    def _on_notification_closed(self, message: QDBusMessage) -> None:
        arguments = message.arguments()
        if len(arguments) != 2 or not self._is_ours(arguments[0]):
            return
        log.info("notification %d closed (reason %s)", self._id, arguments[1])
        self.closed.emit(int(arguments[1]))

    def _is_ours(self, notification_id: object) -> bool:
        return isinstance(notification_id, int) and self._id != 0 and notification_id == self._id

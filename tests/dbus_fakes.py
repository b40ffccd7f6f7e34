"""A private D-Bus session bus and a fake notification server on it, for the notification tests.

The bus is a real ``dbus-daemon --session`` of its own (never the desktop's); the server is a
``QDBusVirtualObject`` on its own connection to that bus, so it sees each call's message as it
arrived, with its D-Bus signature, and answers the way a strict server does (a call whose
signature is not the specification's is refused, as GNOME Shell and KDE Plasma refuse it).
"""

from __future__ import annotations

import itertools
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusVirtualObject

from acupress_desktop.controllers.notifications import (
    INTERFACE,
    NOTIFY_SIGNATURE,
    PATH,
    SERVICE,
    typed_argument,
)

_names = itertools.count(1)


@dataclass
class Call:
    """One method call the fake server received."""

    member: str
    signature: str
    arguments: list[object] = field(default_factory=list)


def start_private_bus() -> tuple[subprocess.Popen[str], str]:
    """A new session bus: its process and its address."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    assert address, "dbus-daemon printed no address"
    return daemon, address


@pytest.fixture()
def private_bus() -> Iterator[str]:
    """The address of a session bus of this test's own."""
    daemon, address = start_private_bus()
    yield address
    daemon.terminate()
    daemon.wait(10)


def connect(address: str, role: str) -> QDBusConnection:
    """A new connection to the bus at ``address`` (a unique name per call)."""
    connection = QDBusConnection.connectToBus(address, f"acupress-test-{role}-{next(_names)}")
    assert connection.isConnected(), connection.lastError().message()
    return connection


class FakeNotificationServer(QDBusVirtualObject):
    """org.freedesktop.Notifications: records every call; Notify answers with a new id (UINT32),
    or an error with ``refuse``; :meth:`invoke_action` sends ActionInvoked as a server does."""

    def __init__(self, address: str, refuse: bool = False) -> None:
        super().__init__()
        self.bus = connect(address, "server")
        self.refuse = refuse
        self.calls: list[Call] = []
        self._ids = itertools.count(41)
        #: the ids the Notify calls got, in order
        self.ids: list[int] = []
        assert self.bus.registerVirtualObject(PATH, self)
        assert self.bus.registerService(SERVICE)

    def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:  # noqa: N802
        if message.interface() != INTERFACE:
            return False
        self.calls.append(Call(message.member(), message.signature(), message.arguments()))
        if message.member() == "CloseNotification" and message.signature() == "u":
            reply = message.createReply()
        elif message.member() != "Notify":
            reply = message.createErrorReply("org.freedesktop.DBus.Error.UnknownMethod", "no")
        elif message.signature() != NOTIFY_SIGNATURE:
            reply = message.createErrorReply(
                "org.freedesktop.DBus.Error.InvalidArgs",
                f"Type of message, '({message.signature()})', does not match expected type "
                f"'({NOTIFY_SIGNATURE})'",
            )
        elif self.refuse:
            reply = message.createErrorReply("org.freedesktop.DBus.Error.Failed", "refused")
        else:
            self.ids.append(next(self._ids))
            reply = message.createReply(typed_argument(self.ids[-1], "u"))
        connection.send(reply)
        return True

    def introspect(self, path: str) -> str:
        return ""

    def last_id(self) -> int:
        """The id the last accepted Notify got."""
        assert self.ids, "no Notify was accepted"
        return self.ids[-1]

    def invoke_action(self, notification_id: int, key: str) -> None:
        """The user clicked an action of notification ``notification_id``."""
        self._signal("ActionInvoked", [typed_argument(notification_id, "u"), key])

    def close(self, notification_id: int, reason: int = 2) -> None:
        """The notification went away (2: dismissed by the user)."""
        self._signal(
            "NotificationClosed",
            [typed_argument(notification_id, "u"), typed_argument(reason, "u")],
        )

    def _signal(self, name: str, arguments: list[object]) -> None:
        signal = QDBusMessage.createSignal(PATH, INTERFACE, name)
        signal.setArguments(arguments)
        assert self.bus.send(signal)

    def stop(self) -> None:
        self.bus.unregisterService(SERVICE)
        self.bus.unregisterObject(PATH)
        QDBusConnection.disconnectFromBus(self.bus.name())

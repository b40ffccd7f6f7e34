"""DesktopNotifier on a private session bus, against a fake org.freedesktop.Notifications that
records each call with its D-Bus signature (a real server refuses ``replaces_id`` as INT32)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtDBus import QDBusConnection

from acupress_desktop.controllers.notifications import (
    NOTIFY_SIGNATURE,
    DesktopNotifier,
    Notification,
    typed_argument,
)
from tests.dbus_fakes import FakeNotificationServer, connect, private_bus  # noqa: F401

WAIT_MS = 5000
NOTE = Notification(
    "Time for acupressure",
    "A few calm minutes for your back.",
    (("default", "Open Acupress"), ("start", "Start Lower back")),
    icon="acupress",
    timeout_ms=15000,
)


@pytest.fixture()
def server(qapp, private_bus: str) -> Iterator[FakeNotificationServer]:  # type: ignore[no-untyped-def]  # noqa: F811
    fake = FakeNotificationServer(private_bus)
    yield fake
    fake.stop()


@pytest.fixture()
def notifier(qapp, private_bus: str) -> Iterator[DesktopNotifier]:  # type: ignore[no-untyped-def]  # noqa: F811
    bus = connect(private_bus, "client")
    yield DesktopNotifier(bus, "Acupress", "acupress")
    QDBusConnection.disconnectFromBus(bus.name())


def test_typed_arguments_are_the_d_bus_types_asked_for() -> None:
    assert typed_argument(0, "u").currentSignature() == "u"
    assert typed_argument(4_000_000_000, "u").currentSignature() == "u"
    assert typed_argument(1, "y").currentSignature() == "y"


def test_notify_goes_out_with_the_specifications_signature_and_text(
    qtbot, server: FakeNotificationServer, notifier: DesktopNotifier
) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(notifier.shown, timeout=WAIT_MS) as shown:
        assert notifier.notify(NOTE)
    (call,) = server.calls
    assert call.member == "Notify"
    assert call.signature == NOTIFY_SIGNATURE  # replaces_id arrived as 'u', urgency in a{sv}
    assert call.signature[1] == "u"
    app_name, replaces_id, icon, summary, body, actions, hints, timeout = call.arguments
    assert (app_name, replaces_id, icon) == ("Acupress", 0, "acupress")
    assert (summary, body, timeout) == (NOTE.summary, NOTE.body, 15000)
    assert actions == ["default", "Open Acupress", "start", "Start Lower back"]
    assert hints is not None
    assert shown.args == [server.last_id()]
    assert notifier.notification_id == server.last_id()


def test_a_second_notification_replaces_the_first(
    qtbot, server: FakeNotificationServer, notifier: DesktopNotifier
) -> None:  # type: ignore[no-untyped-def]
    for _ in range(2):
        with qtbot.waitSignal(notifier.shown, timeout=WAIT_MS):
            notifier.notify(NOTE)
    first_id = server.ids[0]
    assert server.calls[1].arguments[1] == first_id
    assert server.calls[1].signature == NOTIFY_SIGNATURE


def test_an_action_on_our_notification_is_reported(
    qtbot, server: FakeNotificationServer, notifier: DesktopNotifier
) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(notifier.shown, timeout=WAIT_MS):
        notifier.notify(NOTE)
    with qtbot.waitSignal(notifier.action_invoked, timeout=WAIT_MS) as invoked:
        server.invoke_action(server.last_id() + 100, "start")  # someone else's: ignored
        server.invoke_action(server.last_id(), "start")
    assert invoked.args == ["start"]
    with qtbot.waitSignal(notifier.closed, timeout=WAIT_MS) as closed:
        server.close(server.last_id(), 2)
    assert closed.args == [2]


def test_close_takes_our_notification_away(
    qtbot, server: FakeNotificationServer, notifier: DesktopNotifier
) -> None:  # type: ignore[no-untyped-def]
    notifier.close()  # nothing shown yet: nothing sent
    with qtbot.waitSignal(notifier.shown, timeout=WAIT_MS):
        notifier.notify(NOTE)
    notifier.close()
    qtbot.waitUntil(lambda: len(server.calls) == 2, timeout=WAIT_MS)
    close = server.calls[1]
    assert (close.member, close.signature, close.arguments) == (
        "CloseNotification", "u", [server.last_id()]
    )  # fmt: skip


def test_no_server_on_the_bus_fails_with_the_reason(qtbot, notifier: DesktopNotifier) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(notifier.failed, timeout=WAIT_MS) as failed:
        assert notifier.notify(NOTE)
    assert "ServiceUnknown" in failed.args[0]


def test_an_error_reply_fails(qtbot, private_bus: str, notifier: DesktopNotifier) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    refusing = FakeNotificationServer(private_bus, refuse=True)
    try:
        with qtbot.waitSignal(notifier.failed, timeout=WAIT_MS) as failed:
            notifier.notify(NOTE)
        assert "refused" in failed.args[0]
    finally:
        refusing.stop()


def test_without_a_bus_nothing_is_sent(qapp) -> None:  # type: ignore[no-untyped-def]
    bus = QDBusConnection.connectToBus("unix:path=/nonexistent/acupress-bus", "acupress-no-bus")
    try:
        notifier = DesktopNotifier(bus, "Acupress", "acupress")
        assert not notifier.available()
        assert not notifier.notify(NOTE)
    finally:
        QDBusConnection.disconnectFromBus("acupress-no-bus")

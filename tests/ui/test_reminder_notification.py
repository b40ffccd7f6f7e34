"""The daily reminder in the running app: a desktop notification on a private session bus (a fake
org.freedesktop.Notifications), whose Start starts the favourite routine as the user would see it
(the session page comes up); with no notification server, the status bar (no tray offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection

from acupress_desktop.app.browse import ROUTINES_TAB
from acupress_desktop.app.composition import Acupress
from acupress_desktop.controllers.cues import CuePlayer
from acupress_desktop.controllers.notifications import NOTIFY_SIGNATURE, DesktopNotifier
from acupress_desktop.core.routine import Routine
from acupress_desktop.core.safety import unseen_red_flag_topics
from acupress_desktop.resources import asset_path
from tests.dbus_fakes import FakeNotificationServer, connect, private_bus  # noqa: F401
from tests.fakes import FakeClock, ManualTicker
from tests.fakes_cues import FakeAudio

WAIT_MS = 5000


@pytest.fixture()
def client_bus(qapp, private_bus: str) -> Iterator[QDBusConnection]:  # type: ignore[no-untyped-def]  # noqa: F811
    bus = connect(private_bus, "app")
    yield bus
    QDBusConnection.disconnectFromBus(bus.name())


@pytest.fixture()
def server(qapp, private_bus: str) -> Iterator[FakeNotificationServer]:  # type: ignore[no-untyped-def]  # noqa: F811
    fake = FakeNotificationServer(private_bus)
    yield fake
    fake.stop()


def build_app(qtbot, catalogue, tmp_path: Path, bus: QDBusConnection) -> Acupress:  # type: ignore[no-untyped-def]
    """The app with the reminder due now, its notifier on the private bus."""
    clock, audio = FakeClock(), FakeAudio()
    cues = CuePlayer(
        asset_path("sounds"),
        sound_factory=audio.sound_factory,
        speech_factory=audio.speech_factory,
        clock=clock,
    )
    built = Acupress(
        catalogue,
        tmp_path / "data",
        clock=clock,
        cues=cues,
        ticker_factory=ManualTicker,
        wall_clock=lambda: datetime(2025, 3, 14, 19, 30),
        notifier_factory=lambda: DesktopNotifier(bus, "Acupress", "io.github.acupress.Acupress"),
    )
    qtbot.addWidget(built.window)
    built.window.show()
    qtbot.waitExposed(built.window)
    built.settings.update(reminder_enabled=True, reminder_time="19:00")
    return built


def star_a_routine(built: Acupress, catalogue) -> Routine:  # type: ignore[no-untyped-def]
    """Star a built-in routine that starts without a red-flag notice first."""
    routine = next(
        r for r in built.routines.builtin() if not unseen_red_flag_topics(r, catalogue, [])
    )
    built.routines.repository().set_favourite(routine.id, True)
    return routine


def remind(built: Acupress) -> None:
    built.reminder.start()
    ticker = built.reminder.ticker
    assert isinstance(ticker, ManualTicker) and ticker.delay == 0
    ticker.fire()


def test_the_reminder_is_a_notification_with_a_start_action(
    qtbot, catalogue, tmp_path: Path, client_bus: QDBusConnection, server: FakeNotificationServer
) -> None:  # type: ignore[no-untyped-def]
    built = build_app(qtbot, catalogue, tmp_path, client_bus)
    routine = star_a_routine(built, catalogue)
    remind(built)
    qtbot.waitUntil(lambda: bool(server.ids), timeout=WAIT_MS)
    (call,) = server.calls
    assert call.signature == NOTIFY_SIGNATURE  # replaces_id as UINT32 ('u')
    app_name, replaces_id, icon, summary, body, actions, _hints, _timeout = call.arguments
    assert (app_name, replaces_id) == ("Acupress", 0)
    assert summary == "Time for acupressure"
    assert "A few calm minutes for your back" in body and "<" not in body
    assert actions == ["default", "Open Acupress", "start", f"Start {routine.name}"]
    assert "Time for acupressure" not in built.window.statusBar().currentMessage()
    assert built.window.statusBar().currentMessage() == ""  # no fallback shown


def test_start_on_the_notification_starts_the_favourite_routine(
    qtbot, catalogue, tmp_path: Path, client_bus: QDBusConnection, server: FakeNotificationServer
) -> None:  # type: ignore[no-untyped-def]
    built = build_app(qtbot, catalogue, tmp_path, client_bus)
    routine = star_a_routine(built, catalogue)
    remind(built)
    qtbot.waitUntil(lambda: built.reminder.notifier() is not None and bool(server.ids),
                    timeout=WAIT_MS)  # fmt: skip
    notifier = built.reminder.notifier()
    assert notifier is not None
    qtbot.waitUntil(lambda: notifier.notification_id == server.last_id(), timeout=WAIT_MS)
    built.window.showMinimized()
    server.invoke_action(server.last_id(), "start")
    qtbot.waitUntil(built.session.running, timeout=WAIT_MS)
    assert built.window.pages.currentWidget() is built.session.view()  # the session page
    assert not built.window.isMinimized()
    qtbot.waitUntil(  # the notification is done with: it goes
        lambda: [c.member for c in server.calls] == ["Notify", "CloseNotification"],
        timeout=WAIT_MS,
    )
    built.session.stop()
    [record] = built.history.repository().list()  # the session was of the favourite routine
    assert record.routine_name == routine.name


def test_without_a_favourite_start_opens_the_routines_tab(
    qtbot, catalogue, tmp_path: Path, client_bus: QDBusConnection, server: FakeNotificationServer
) -> None:  # type: ignore[no-untyped-def]
    built = build_app(qtbot, catalogue, tmp_path, client_bus)
    remind(built)
    qtbot.waitUntil(lambda: bool(server.ids), timeout=WAIT_MS)
    assert server.calls[0].arguments[5][2:] == ["start", "Choose a routine"]
    notifier = built.reminder.notifier()
    assert notifier is not None
    qtbot.waitUntil(lambda: notifier.notification_id == server.last_id(), timeout=WAIT_MS)
    server.invoke_action(server.last_id(), "default")
    qtbot.waitUntil(lambda: built.window.tabs.currentIndex() == ROUTINES_TAB, timeout=WAIT_MS)
    assert not built.session.running()


def test_with_no_notification_server_the_status_bar_says_it(
    qtbot, catalogue, tmp_path: Path, client_bus: QDBusConnection
) -> None:  # type: ignore[no-untyped-def]
    built = build_app(qtbot, catalogue, tmp_path, client_bus)
    remind(built)
    qtbot.waitUntil(
        lambda: "open Acupress" in built.window.statusBar().currentMessage(), timeout=WAIT_MS
    )
    assert "open Acupress" in built.notices.last

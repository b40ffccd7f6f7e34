"""SIGTERM and SIGINT reach the event loop as a Qt signal, and the old handlers come back."""

from __future__ import annotations

import os
import signal

import pytest

from acupress_desktop.controllers.quit_signals import QuitSignals


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_a_quit_signal_wakes_the_event_loop(qtbot, number: int) -> None:  # type: ignore[no-untyped-def]
    """The signal arrives while Qt waits; ``received`` carries its number; uninstall restores
    the handler that was there before."""
    before = signal.getsignal(number)
    quit_signals = QuitSignals()
    assert quit_signals.install()
    try:
        with qtbot.waitSignal(quit_signals.received, timeout=5000) as caught:
            os.kill(os.getpid(), number)
        assert caught.args == [number]
    finally:
        quit_signals.uninstall()
    assert signal.getsignal(number) is before

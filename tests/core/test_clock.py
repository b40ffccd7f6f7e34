"""The system clock goes on while the computer sleeps and says how long it slept (Linux)."""

from __future__ import annotations

import sys
import time

import pytest

from acupress_desktop.core.clock import SystemClock


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="BOOTTIME is Linux's")
def test_on_linux_the_clock_counts_time_asleep_and_says_how_much() -> None:
    clock = SystemClock()
    asleep = clock.asleep()
    assert asleep is not None and asleep >= 0
    # now() is the clock that includes suspends: awake time plus time asleep
    assert clock.now() == pytest.approx(time.monotonic() + asleep, abs=0.05)


def test_the_clock_never_goes_back() -> None:
    clock = SystemClock()
    readings = [clock.now() for _ in range(1000)]
    assert readings == sorted(readings)

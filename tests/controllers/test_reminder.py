"""The reminder controller with a hand-driven ticker and wall clock: on time, once a day."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from acupress_desktop.controllers.reminder import MAX_WAIT, ReminderController
from tests.fakes import ManualTicker

DAY = date(2025, 3, 14)
SEVEN_PM = time(19, 0)


class WallClock:
    """Local wall-clock time that moves only when the test says so."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


class Harness:
    """A controller with a manual ticker, a wall clock and recorders for what it does."""

    def __init__(self, now: datetime, last_shown: date | None = None) -> None:
        self.clock = WallClock(now)
        self.ticker = ManualTicker()
        self.shown: list[datetime] = []
        self.saved: list[date] = []
        self.practised = False
        self.controller = ReminderController(
            self.ticker,
            lambda: self.shown.append(self.clock.now),
            wall_clock=self.clock,
            last_shown=last_shown,
            save_last_shown=self.saved.append,
            practised_today=lambda: self.practised,
        )

    def run_until(self, until: datetime) -> None:
        """Play a punctual event loop: each shot fires exactly when it was asked to."""
        while self.ticker.active and self.ticker.delay is not None:
            assert self.ticker.delay <= MAX_WAIT
            if self.clock.now + timedelta(seconds=self.ticker.delay) > until:
                break
            self.clock.advance(self.ticker.delay)
            self.ticker.fire()
        self.clock.now = max(self.clock.now, until)


def at(hours: int, minutes: int = 0, day: date = DAY) -> datetime:
    return datetime.combine(day, time(hours, minutes))


def test_off_by_default_nothing_is_planned() -> None:
    """Switched off, no timer runs and nothing is ever shown."""
    harness = Harness(at(8))
    harness.controller.start(False, SEVEN_PM)
    assert not harness.ticker.active
    assert harness.controller.next_due is None
    harness.run_until(at(23))
    assert harness.shown == []


def test_shown_once_at_its_time_and_remembered() -> None:
    """Started in the morning, the reminder appears at 19:00 sharp, once, and the day is saved."""
    harness = Harness(at(8))
    harness.controller.start(True, SEVEN_PM)
    assert harness.controller.next_due == at(19)
    harness.run_until(at(23, 59))
    assert harness.shown == [at(19)]
    assert harness.saved == [DAY]
    assert harness.controller.next_due == at(19, day=DAY + timedelta(days=1))


def test_waits_are_cut_into_short_pieces() -> None:
    """No single wait is longer than MAX_WAIT, so sleep and clock changes are noticed."""
    harness = Harness(at(8))
    harness.controller.start(True, SEVEN_PM)
    harness.run_until(at(19))
    assert max(harness.ticker.starts) <= MAX_WAIT
    assert len(harness.ticker.starts) >= (11 * 3600) / MAX_WAIT


def test_missed_while_closed_is_shown_at_start_within_two_hours() -> None:
    """Opening Acupress at 20:15 shows the 19:00 reminder at once."""
    harness = Harness(at(20, 15), last_shown=DAY - timedelta(days=1))
    harness.controller.start(True, SEVEN_PM)
    assert harness.ticker.delay == 0
    harness.ticker.fire()
    assert harness.shown == [at(20, 15)]


def test_missed_by_more_than_two_hours_waits_for_tomorrow() -> None:
    """Opening Acupress at 22:00 shows nothing tonight."""
    harness = Harness(at(22))
    harness.controller.start(True, SEVEN_PM)
    harness.run_until(at(23, 59))
    assert harness.shown == []
    assert harness.controller.next_due == at(19, day=DAY + timedelta(days=1))


def test_already_shown_today_is_not_shown_again_after_a_restart() -> None:
    """Restarting the app after today's reminder does not repeat it."""
    harness = Harness(at(19, 30), last_shown=DAY)
    harness.controller.start(True, SEVEN_PM)
    harness.run_until(at(23, 59))
    assert harness.shown == []


def test_the_computer_slept_through_the_time() -> None:
    """Asleep from 18:58 to 19:40: the reminder comes right after waking, not hours later."""
    harness = Harness(at(18, 58))
    harness.controller.start(True, SEVEN_PM)
    # The monotonic timer does not run during sleep: the shot fires on waking, wall clock later.
    harness.clock.now = at(19, 40)
    harness.ticker.fire()
    assert harness.shown == [at(19, 40)]


def test_changing_the_time_to_earlier_today_does_not_fire_at_once() -> None:
    """At 19:30 moving the reminder from 21:00 to 19:00 plans tomorrow (no surprise)."""
    harness = Harness(at(8))
    harness.controller.start(True, time(21, 0))
    harness.run_until(at(19, 30))
    harness.controller.set_schedule(True, SEVEN_PM)
    harness.run_until(at(23, 59))
    assert harness.shown == []
    assert harness.controller.next_due == at(19, day=DAY + timedelta(days=1))


def test_switching_on_for_later_today_reminds_today() -> None:
    """Switched on at 17:00 for 19:00: today at 19:00."""
    harness = Harness(at(17))
    harness.controller.start(False, SEVEN_PM)
    harness.controller.set_schedule(True, SEVEN_PM)
    harness.run_until(at(20))
    assert harness.shown == [at(19)]


def test_the_same_schedule_again_changes_nothing() -> None:
    """Applying unchanged settings keeps a catch-up reminder that is already due."""
    harness = Harness(at(20))
    harness.controller.start(True, SEVEN_PM)
    harness.controller.set_schedule(True, SEVEN_PM)
    harness.ticker.fire()
    assert harness.shown == [at(20)]


def test_switching_off_stops_the_timer() -> None:
    """Off means no pending timer and no reminder."""
    harness = Harness(at(8))
    harness.controller.start(True, SEVEN_PM)
    harness.controller.set_schedule(False, SEVEN_PM)
    assert not harness.ticker.active
    assert harness.controller.next_due is None
    harness.run_until(at(23))
    assert harness.shown == []


def test_no_reminder_when_already_practised_today() -> None:
    """If a session was done today, the reminder stays quiet but the day counts as done."""
    harness = Harness(at(8))
    harness.practised = True
    harness.controller.start(True, SEVEN_PM)
    harness.run_until(at(23))
    assert harness.shown == []
    assert harness.saved == [DAY]


@pytest.mark.parametrize("days", [1, 3, 7])
def test_exactly_one_reminder_per_day_over_several_days(days: int) -> None:
    """Running for days shows one reminder each evening at 19:00."""
    harness = Harness(at(8))
    harness.controller.start(True, SEVEN_PM)
    harness.run_until(at(8, day=DAY + timedelta(days=days)))
    assert harness.shown == [at(19, day=DAY + timedelta(days=n)) for n in range(days)]

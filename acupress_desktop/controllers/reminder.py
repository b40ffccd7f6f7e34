"""ReminderController: shows the daily practice reminder at its time, at most once a day.

The schedule itself is pure (core/reminder.py). This controller only asks the wall clock what
time it is whenever its injected single-shot ticker fires, and re-arms the ticker. Waits are cut
into pieces of at most ``MAX_WAIT`` seconds: a ticker runs on the monotonic clock, which stops
while the computer sleeps and knows nothing of clock or time-zone changes, so the wall clock is
consulted again at least that often and a reminder is never late by more than ``MAX_WAIT``
after the computer wakes up.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from acupress_desktop.core.clock import Ticker, WallClock, local_now
from acupress_desktop.core.reminder import Slot, next_slot

#: The longest single wait, in seconds (see the module docstring).
MAX_WAIT = 300.0
#: A shot this close before the due time counts as on time (timers and clocks differ a little).
TOLERANCE = 1.0


class ReminderController:
    """Arms a ticker for the next reminder and calls ``notify`` when it is due.

    Args:
        ticker: a single-shot Ticker (QtTicker in the app, ManualTicker in tests).
        notify: shows the reminder (the tray message); called at most once per day.
        wall_clock: the wall clock (the app's one, ``core.clock.local_now``); read as local time.
        last_shown: the day whose reminder was last shown (from the settings), or None.
        save_last_shown: remembers that day (saves the settings) each time a reminder is due.
        practised_today: optional; when it returns True at the due time, the reminder is not
            shown (the user already practised) but the day still counts as done.
    """

    def __init__(
        self,
        ticker: Ticker,
        notify: Callable[[], None],
        *,
        wall_clock: WallClock = local_now,
        last_shown: date | None = None,
        save_last_shown: Callable[[date], None] | None = None,
        practised_today: Callable[[], bool] | None = None,
    ) -> None:
        self._ticker = ticker
        self._notify = notify
        self._wall_clock = wall_clock
        self._last_shown = last_shown
        self._save_last_shown = save_last_shown
        self._practised_today = practised_today
        self._enabled = False
        self._time: time | None = None
        self._since: datetime | None = None
        self._slot: Slot | None = None
        ticker.set_callback(self._on_ticker_fired)

    # -- public -------------------------------------------------------------------------------
    @property
    def enabled(self) -> bool:
        """True while a reminder is planned."""
        return self._enabled

    @property
    def next_due(self) -> datetime | None:
        """When the next reminder will be shown (None when the reminder is off)."""
        return self._slot.due if self._enabled and self._slot is not None else None

    @property
    def last_shown(self) -> date | None:
        """The day whose reminder was last shown (or skipped because the user had practised)."""
        return self._last_shown

    def start(self, enabled: bool, time_of_day: time) -> None:
        """At app start: plan the reminder; one missed by less than two hours is shown now."""
        self._configure(enabled, time_of_day, since=None)

    def set_schedule(self, enabled: bool, time_of_day: time) -> None:
        """The user changed the reminder settings: re-plan from now on.

        A time earlier today is not shown at once (that would surprise right after saving);
        nothing changes when the values are the same as before.
        """
        if enabled == self._enabled and (time_of_day == self._time or not enabled):
            return
        self._configure(enabled, time_of_day, since=self._local_now())

    def stop(self) -> None:
        """No more reminders (until start or set_schedule)."""
        self._enabled = False
        self._slot = None
        self._ticker.stop()

    # -- internals ----------------------------------------------------------------------------
    def _local_now(self) -> datetime:
        """The wall clock's time as naive wall time (what the schedule works in): the app's
        clock is aware and local, so this is the local time shown on the computer."""
        return self._wall_clock().replace(tzinfo=None)

    def _configure(self, enabled: bool, time_of_day: time, since: datetime | None) -> None:
        self._enabled = enabled
        self._time = time_of_day
        self._since = since
        if not enabled:
            self.stop()
            return
        self._arm()

    def _arm(self) -> None:
        if not self._enabled or self._time is None:
            return
        now = self._local_now()
        self._slot = next_slot(now, self._time, self._last_shown, since=self._since)
        wait = (self._slot.due - now).total_seconds()
        self._ticker.start(min(MAX_WAIT, max(0.0, wait)))

    def _on_ticker_fired(self) -> None:
        if not self._enabled or self._time is None:
            return
        now = self._local_now()
        slot = next_slot(now, self._time, self._last_shown, since=self._since)
        if (slot.due - now).total_seconds() <= TOLERANCE:
            self._last_shown = slot.day
            if self._save_last_shown is not None:
                self._save_last_shown(slot.day)
            if self._practised_today is None or not self._practised_today():
                self._notify()
        self._arm()

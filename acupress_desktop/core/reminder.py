"""The daily practice reminder: when it is next due (pure, no Qt).

Rules (docs/settings.md):

- At most one reminder per calendar day. A reminder "belongs" to the day of its slot (the day
  whose time of day it is for); that day is what is remembered as last shown.
- A slot is shown at its time. If the app was not running (or the computer slept) at that time,
  the slot is still shown as soon as possible, but only within ``GRACE`` (2 hours) after it; a
  slot missed by longer is skipped and the next day's slot is planned.
- Slots that lie before ``since`` are never shown: after the user changes the reminder time, a
  time earlier today does not cause an immediate surprise notification.

All datetimes are naive local wall-clock times (``datetime.now()``), because a reminder at 19:00
means 19:00 on the wall clock, whatever the time zone or daylight saving time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

#: How long after its time a missed reminder is still shown (at start or after sleep).
GRACE = timedelta(hours=2)
#: The default reminder time.
DEFAULT_TIME = "19:00"

_TIME_PATTERN = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*$")


@dataclass(frozen=True)
class Slot:
    """One reminder: for which day, and when to show it.

    Attributes:
        day: the day the reminder belongs to (remembered as "last shown" once shown).
        due: when to show it: the slot's time, or now when it was missed within the grace time.
    """

    day: date
    due: datetime


def parse_time_of_day(text: str) -> time:
    """ "19:00" or "7:05" (24-hour clock) -> time; ValueError with a clear message otherwise."""
    match = _TIME_PATTERN.match(text)
    if match is None:
        raise ValueError(f"reminder time {text!r} must look like HH:MM, for example 19:00")
    hours, minutes = int(match.group(1)), int(match.group(2))
    if not (0 <= hours <= 23 and 0 <= minutes <= 59):
        raise ValueError(f"reminder time {text!r} must be between 00:00 and 23:59")
    return time(hours, minutes)


def format_time_of_day(value: time) -> str:
    """time -> "HH:MM" (the settings file's form)."""
    return f"{value.hour:02d}:{value.minute:02d}"


def is_time_of_day(text: str) -> bool:
    """True when ``text`` is a valid "HH:MM" reminder time."""
    try:
        parse_time_of_day(text)
    except ValueError:
        return False
    return True


def next_slot(
    now_local: datetime,
    time_of_day: time,
    last_shown: date | None,
    *,
    since: datetime | None = None,
    grace: timedelta = GRACE,
) -> Slot:
    """The next reminder to show at or after ``now_local``.

    Args:
        now_local: the current local wall-clock time (naive).
        time_of_day: when the reminder is due each day.
        last_shown: the day whose reminder was last shown (None: never); that day and any earlier
            one are never shown again.
        since: slots before this moment are skipped (the reminder was switched on or moved then).
        grace: how long a missed slot is still shown late.
    """
    now_local = now_local.replace(tzinfo=None)
    today = now_local.date()
    if last_shown is not None and last_shown > today:
        # The clock was set back: treat the reminder as shown today, so at most a day is lost.
        last_shown = today
    floor = since.replace(tzinfo=None) if since is not None else None
    day = today - timedelta(days=1)
    while True:
        slot = datetime.combine(day, time_of_day)
        shown = last_shown is not None and day <= last_shown
        too_early = floor is not None and slot < floor
        if not shown and not too_early and slot + grace > now_local:
            return Slot(day, max(slot, now_local))
        day += timedelta(days=1)

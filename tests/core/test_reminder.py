"""The daily reminder's schedule: on time, caught up within two hours, never twice a day."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from acupress_desktop.core.reminder import (
    GRACE,
    Slot,
    format_time_of_day,
    is_time_of_day,
    next_slot,
    parse_time_of_day,
)

SEVEN_PM = time(19, 0)
DAY = date(2025, 3, 14)


def at(hours: int, minutes: int = 0, day: date = DAY) -> datetime:
    return datetime.combine(day, time(hours, minutes))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("19:00", time(19, 0)),
        ("7:05", time(7, 5)),
        ("00:00", time(0, 0)),
        (" 23:59 ", time(23, 59)),
    ],
)
def test_reminder_times_are_read(text: str, expected: time) -> None:
    """Hours and minutes on the 24-hour clock are accepted, with or without a leading zero."""
    assert parse_time_of_day(text) == expected
    assert is_time_of_day(text)


@pytest.mark.parametrize("text", ["", "19", "19:0", "24:00", "12:60", "7pm", "19:00:00", "-1:30"])
def test_bad_reminder_times_are_refused_with_the_expected_form(text: str) -> None:
    """Anything that is not HH:MM is refused, and the message shows the form to use."""
    with pytest.raises(ValueError, match="19:00|00:00"):
        parse_time_of_day(text)
    assert not is_time_of_day(text)


def test_times_are_written_with_two_digits() -> None:
    """The settings file always holds HH:MM."""
    assert format_time_of_day(time(7, 5)) == "07:05"


def test_before_the_time_the_reminder_is_today_at_that_time() -> None:
    """At 08:00 a 19:00 reminder is due at 19:00 the same day."""
    assert next_slot(at(8), SEVEN_PM, None).due == at(19)


def test_at_the_time_the_reminder_is_due_now() -> None:
    """At exactly 19:00 it is due at once."""
    assert next_slot(at(19), SEVEN_PM, DAY - timedelta(days=1)).due == at(19)


def test_missed_by_less_than_two_hours_it_is_shown_at_once() -> None:
    """Acupress opened at 20:30: the 19:00 reminder (not shown today) appears right away."""
    assert next_slot(at(20, 30), SEVEN_PM, None).due == at(20, 30)


def test_missed_by_two_hours_or_more_it_waits_for_tomorrow() -> None:
    """Acupress opened at 21:00 or later: no reminder tonight, the next one is tomorrow at 19:00."""
    tomorrow = DAY + timedelta(days=1)
    assert next_slot(at(21), SEVEN_PM, None).due == at(19, day=tomorrow)
    assert next_slot(at(23, 59), SEVEN_PM, None).due == at(19, day=tomorrow)


def test_shown_today_means_tomorrow() -> None:
    """Once today's reminder was shown, the next is tomorrow even if the time is moved later."""
    tomorrow = DAY + timedelta(days=1)
    assert next_slot(at(19, 1), SEVEN_PM, DAY).due == at(19, day=tomorrow)
    assert next_slot(at(19, 1), time(21, 0), DAY).due == at(21, day=tomorrow)


def test_a_late_evening_reminder_missed_before_midnight_belongs_to_its_own_day() -> None:
    """A 23:30 reminder missed at 00:30 is shown then, as yesterday's; today's 23:30 still comes."""
    yesterday = DAY - timedelta(days=1)
    slot = next_slot(at(0, 30), time(23, 30), yesterday - timedelta(days=1))
    assert slot == Slot(yesterday, at(0, 30))
    assert next_slot(at(0, 31), time(23, 30), yesterday) == Slot(DAY, at(23, 30))


def test_a_new_time_earlier_today_does_not_fire_at_once() -> None:
    """Switching the reminder on at 19:30 for 19:00 plans tomorrow, not a surprise now."""
    since = at(19, 30)
    assert next_slot(since, SEVEN_PM, None).due == since  # at start it would catch up…
    slot = next_slot(since, SEVEN_PM, None, since=since)  # …but not after a settings change
    assert slot.due == at(19, day=DAY + timedelta(days=1))


def test_a_new_time_later_today_is_still_today() -> None:
    """Switching it on at 18:00 for 19:00 reminds today."""
    assert next_slot(at(18), SEVEN_PM, None, since=at(18)).due == at(19)


def test_a_clock_set_back_loses_at_most_a_day() -> None:
    """A last-shown day in the future (the clock was set back) plans tomorrow, not years ahead."""
    future = DAY + timedelta(days=400)
    assert next_slot(at(8), SEVEN_PM, future).due == at(19, day=DAY + timedelta(days=1))


def test_time_zone_information_is_ignored() -> None:
    """Aware datetimes are read as wall-clock times."""
    from datetime import UTC

    assert next_slot(at(8).replace(tzinfo=UTC), SEVEN_PM, None).due == at(19)


@settings(max_examples=60, deadline=None)
@given(
    start_minute=st.integers(0, 24 * 60 - 1),
    reminder_minute=st.integers(0, 24 * 60 - 1),
    gaps=st.lists(st.integers(1, 36 * 60), min_size=1, max_size=40),
)
def test_never_more_than_one_reminder_a_day_and_never_early(
    start_minute: int, reminder_minute: int, gaps: list[int]
) -> None:
    """Whenever the app happens to look, reminders are never early, never later than the grace
    time after their slot, and never two for the same day."""
    time_of_day = time(reminder_minute // 60, reminder_minute % 60)
    now = datetime.combine(DAY, time()) + timedelta(minutes=start_minute)
    last_shown: date | None = None
    shown_days: list[date] = []
    for gap in gaps:
        slot = next_slot(now, time_of_day, last_shown)
        if slot.due <= now:
            slot_time = datetime.combine(slot.day, time_of_day)
            assert slot_time <= now < slot_time + GRACE
            assert slot.day not in shown_days
            shown_days.append(slot.day)
            last_shown = slot.day
        else:
            assert slot.due == datetime.combine(slot.day, time_of_day)
        now += timedelta(minutes=gap)
    assert shown_days == sorted(shown_days)

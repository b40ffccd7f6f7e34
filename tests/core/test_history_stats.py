"""History statistics count days and weeks in the user's own time zone, across midnight and DST."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from acupress_desktop.core.history import (
    SessionRecord,
    SystemTimezone,
    current_streak,
    local_date,
    pain_trend,
    week_start,
    weekly_minutes,
)

TOKYO = ZoneInfo("Asia/Tokyo")
LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")


def session(
    started: datetime,
    minutes: float = 10,
    pain_before: int | None = None,
    pain_after: int | None = None,
) -> SessionRecord:
    """A finished session that started at ``started`` (any zone; stored in UTC like the app does)."""
    return SessionRecord(
        started_utc=started.astimezone(UTC) if started.tzinfo else started,
        routine_name="Evening",
        routine_id="r1",
        point_ids=("LI4",),
        points_done=1,
        seconds=minutes * 60,
        finished=True,
        pain_before=pain_before,
        pain_after=pain_after,
    )


def at(zone: ZoneInfo, year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    """A wall-clock time in a zone."""
    return datetime(year, month, day, hour, minute, tzinfo=zone)


# --- local_date -----------------------------------------------------------------------------------


def test_morning_in_tokyo_is_the_previous_day_in_utc() -> None:
    """A session at 08:00 in Tokyo belongs to that Tokyo day, though it is still yesterday in UTC."""
    record = session(at(TOKYO, 2026, 11, 26, 8, 0))
    assert record.started_utc.date() == date(2026, 11, 25)
    assert local_date(record, TOKYO) == date(2026, 11, 26)
    assert local_date(record, UTC) == date(2026, 11, 25)


def test_late_evening_in_new_york_is_the_next_day_in_utc() -> None:
    """A session at 23:30 in New York counts on that evening's day, though UTC is already tomorrow."""
    record = session(at(NEW_YORK, 2026, 11, 24, 23, 30))
    assert record.started_utc.date() == date(2026, 11, 25)
    assert local_date(record, NEW_YORK) == date(2026, 11, 24)


def test_late_evening_in_tokyo_is_the_next_day_for_a_utc_user() -> None:
    """23:30 UTC is already the next morning in Tokyo, so the day depends on the zone chosen."""
    record = session(datetime(2026, 11, 25, 23, 30, tzinfo=UTC))
    assert local_date(record, UTC) == date(2026, 11, 25)
    assert local_date(record, TOKYO) == date(2026, 11, 26)


def test_naive_start_is_taken_as_utc() -> None:
    """A start time saved without a zone is read as UTC, never as the computer's local time."""
    record = session(datetime(2026, 11, 25, 23, 30))
    assert local_date(record, TOKYO) == date(2026, 11, 26)


# --- current_streak -------------------------------------------------------------------------------


def test_empty_history_has_no_streak() -> None:
    """With no sessions the streak is 0."""
    assert current_streak([], LONDON, date(2026, 11, 25)) == 0


def test_streak_counts_consecutive_days_ending_today() -> None:
    """Sessions on each of the last four days, today included, make a streak of 4."""
    records = [session(at(LONDON, 2026, 11, day, 19, 0)) for day in (22, 23, 24, 25)]
    assert current_streak(records, LONDON, date(2026, 11, 25)) == 4


def test_streak_is_broken_by_a_missing_day() -> None:
    """A day without a session ends the streak: only the days after it count."""
    records = [session(at(LONDON, 2026, 11, day, 19, 0)) for day in (20, 21, 23, 24, 25)]
    assert current_streak(records, LONDON, date(2026, 11, 25)) == 3


def test_streak_stays_alive_when_today_has_no_session_yet() -> None:
    """In the morning, before today's session, yesterday's streak still shows."""
    records = [session(at(LONDON, 2026, 11, day, 19, 0)) for day in (22, 23, 24)]
    assert current_streak(records, LONDON, date(2026, 11, 25)) == 3


def test_streak_is_zero_when_neither_today_nor_yesterday_had_a_session() -> None:
    """Missing both yesterday and today means the streak is over."""
    records = [session(at(LONDON, 2026, 11, day, 19, 0)) for day in (21, 22, 23)]
    assert current_streak(records, LONDON, date(2026, 11, 25)) == 0


def test_several_sessions_on_one_day_count_once() -> None:
    """Three sessions on one day and one the day before make a streak of 2, not 4."""
    records = [
        session(at(LONDON, 2026, 11, 24, 20, 0)),
        session(at(LONDON, 2026, 11, 25, 7, 0)),
        session(at(LONDON, 2026, 11, 25, 13, 0)),
        session(at(LONDON, 2026, 11, 25, 22, 0)),
    ]
    assert current_streak(records, LONDON, date(2026, 11, 25)) == 2


def test_streak_days_are_the_users_local_days() -> None:
    """Two sessions that fall on two UTC days but one Tokyo day are one day of streak in Tokyo."""
    records = [
        session(datetime(2026, 11, 24, 16, 0, tzinfo=UTC)),  # 01:00 on the 25th in Tokyo
        session(datetime(2026, 11, 25, 14, 0, tzinfo=UTC)),  # 23:00 on the 25th in Tokyo
    ]
    assert current_streak(records, UTC, date(2026, 11, 25)) == 2
    assert current_streak(records, TOKYO, date(2026, 11, 25)) == 1


def test_sessions_dated_in_the_future_do_not_extend_the_streak() -> None:
    """A session after today (a clock that was wrong) neither counts nor breaks the streak."""
    records = [session(at(LONDON, 2026, 11, day, 19, 0)) for day in (24, 25, 27)]
    assert current_streak(records, LONDON, date(2026, 11, 25)) == 2


@pytest.mark.parametrize(
    ("zone", "first_day", "today"),
    [
        (LONDON, date(2026, 3, 26), date(2026, 4, 1)),  # clocks forward 29 March
        (LONDON, date(2026, 10, 22), date(2026, 10, 28)),  # clocks back 25 October
        (NEW_YORK, date(2026, 3, 5), date(2026, 3, 11)),  # clocks forward 8 March
        (NEW_YORK, date(2026, 10, 29), date(2026, 11, 4)),  # clocks back 1 November
    ],
)
def test_streak_survives_daylight_saving_changes(
    zone: ZoneInfo, first_day: date, today: date
) -> None:
    """A session every evening at 23:30 and every night at 00:30 local keeps one unbroken streak through a DST change."""
    days = [first_day + timedelta(days=n) for n in range((today - first_day).days + 1)]
    late = [session(at(zone, d.year, d.month, d.day, 23, 30)) for d in days]
    assert current_streak(late, zone, today) == len(days)
    early = [session(at(zone, d.year, d.month, d.day, 0, 30)) for d in days]
    assert current_streak(early, zone, today) == len(days)
    utc_days = {r.started_utc.date() for r in late}
    assert len(utc_days) == len(days)  # in UTC the same sessions fall on shifting days


# --- weekly_minutes -------------------------------------------------------------------------------


def test_empty_history_gives_zero_weeks_starting_on_monday() -> None:
    """With no sessions every requested week is there with 0 minutes, oldest first, Mondays."""
    weeks = weekly_minutes([], LONDON, 4, date(2026, 11, 25))  # a Wednesday
    assert weeks == [
        (date(2026, 11, 2), 0.0),
        (date(2026, 11, 9), 0.0),
        (date(2026, 11, 16), 0.0),
        (date(2026, 11, 23), 0.0),
    ]
    assert all(monday.weekday() == 0 for monday, _ in weeks)


def test_weeks_sum_minutes_and_include_empty_weeks() -> None:
    """Minutes add up per week; a week without sessions shows 0 between busy ones."""
    records = [
        session(at(LONDON, 2026, 11, 3, 9, 0), minutes=10),
        session(at(LONDON, 2026, 11, 5, 9, 0), minutes=5.5),
        session(at(LONDON, 2026, 11, 24, 9, 0), minutes=12),
    ]
    assert weekly_minutes(records, LONDON, 3, date(2026, 11, 25)) == [
        (date(2026, 11, 9), 0.0),
        (date(2026, 11, 16), 0.0),
        (date(2026, 11, 23), 12.0),
    ]
    assert weekly_minutes(records, LONDON, 4, date(2026, 11, 25))[0] == (date(2026, 11, 2), 15.5)


def test_week_boundary_is_midnight_between_sunday_and_monday() -> None:
    """Sunday 23:59 local belongs to the old week and Monday 00:00 local to the new one."""
    records = [
        session(at(LONDON, 2026, 11, 22, 23, 59), minutes=7),
        session(at(LONDON, 2026, 11, 23, 0, 0), minutes=3),
    ]
    assert weekly_minutes(records, LONDON, 2, date(2026, 11, 23)) == [
        (date(2026, 11, 16), 7.0),
        (date(2026, 11, 23), 3.0),
    ]


def test_week_boundary_follows_the_users_zone() -> None:
    """Monday 08:00 in Tokyo is still Sunday in UTC: the week depends on the user's zone."""
    records = [session(at(TOKYO, 2026, 11, 23, 8, 0), minutes=10)]
    assert weekly_minutes(records, TOKYO, 2, date(2026, 11, 25))[-1] == (date(2026, 11, 23), 10.0)
    assert weekly_minutes(records, UTC, 2, date(2026, 11, 25))[0] == (date(2026, 11, 16), 10.0)


def test_week_boundary_in_a_daylight_saving_week_london() -> None:
    """00:30 on the Monday after the clocks go forward (23:30 UTC on Sunday) counts in the new week."""
    record = session(datetime(2026, 3, 29, 23, 30, tzinfo=UTC))
    assert local_date(record, LONDON) == date(2026, 3, 30)
    assert weekly_minutes([record], LONDON, 2, date(2026, 4, 1)) == [
        (date(2026, 3, 23), 0.0),
        (date(2026, 3, 30), 10.0),
    ]


def test_week_boundary_when_new_york_clocks_go_back() -> None:
    """On the night the clocks go back, Sunday 23:30 EST stays in its week and Monday 00:30 starts the next."""
    sunday_early = session(datetime(2026, 11, 1, 4, 30, tzinfo=UTC), minutes=1)  # 00:30 EDT
    sunday_late = session(datetime(2026, 11, 2, 4, 30, tzinfo=UTC), minutes=2)  # 23:30 EST
    monday = session(datetime(2026, 11, 2, 5, 30, tzinfo=UTC), minutes=4)  # 00:30 EST Monday
    assert local_date(sunday_late, NEW_YORK) == date(2026, 11, 1)
    weeks = weekly_minutes([sunday_early, sunday_late, monday], NEW_YORK, 2, date(2026, 11, 3))
    assert weeks == [(date(2026, 10, 26), 3.0), (date(2026, 11, 2), 4.0)]


def test_sessions_outside_the_weeks_shown_are_left_out() -> None:
    """Older sessions and sessions after this week are not added to any week shown."""
    records = [
        session(at(LONDON, 2026, 1, 5, 9, 0)),
        session(at(LONDON, 2026, 12, 25, 9, 0)),
        session(at(LONDON, 2026, 11, 25, 9, 0), minutes=2),
    ]
    assert weekly_minutes(records, LONDON, 2, date(2026, 11, 25)) == [
        (date(2026, 11, 16), 0.0),
        (date(2026, 11, 23), 2.0),
    ]


def test_no_weeks_asked_gives_nothing_and_negative_is_an_error() -> None:
    """Zero weeks give an empty list; a negative number of weeks is a programming error."""
    assert (
        weekly_minutes([session(at(LONDON, 2026, 11, 25, 9, 0))], LONDON, 0, date(2026, 11, 25))
        == []
    )
    with pytest.raises(ValueError, match="weeks"):
        weekly_minutes([], LONDON, -1, date(2026, 11, 25))


def test_week_start_is_monday() -> None:
    """Every day of a week maps to the Monday that starts it."""
    assert {week_start(date(2026, 11, d)) for d in range(23, 30)} == {date(2026, 11, 23)}


# --- pain_trend -----------------------------------------------------------------------------------


def test_pain_trend_is_empty_without_sessions() -> None:
    """No sessions, no pain points on the chart."""
    assert pain_trend([], LONDON) == []


def test_pain_trend_skips_sessions_without_scores_and_is_oldest_first() -> None:
    """Only sessions with a pain score appear, oldest first, a missing half kept as None."""
    records = [
        session(at(LONDON, 2026, 11, 25, 9, 0), pain_before=6, pain_after=3),
        session(at(LONDON, 2026, 11, 23, 9, 0)),
        session(at(LONDON, 2026, 11, 24, 9, 0), pain_after=4),
        session(at(LONDON, 2026, 11, 22, 9, 0), pain_before=7),
    ]
    assert pain_trend(records, LONDON) == [
        (date(2026, 11, 22), 7, None),
        (date(2026, 11, 24), None, 4),
        (date(2026, 11, 25), 6, 3),
    ]


def test_pain_trend_dates_are_local_days() -> None:
    """A score given at 08:00 in Tokyo is dated on that Tokyo day."""
    record = session(at(TOKYO, 2026, 11, 26, 8, 0), pain_before=0, pain_after=0)
    assert pain_trend([record], TOKYO) == [(date(2026, 11, 26), 0, 0)]


# --- SystemTimezone -------------------------------------------------------------------------------


@pytest.fixture
def system_zone(request: pytest.FixtureRequest) -> Iterator[str]:
    """Switch the process's local time zone (POSIX TZ) for one test and switch it back."""
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset() exists on POSIX only")
    old = os.environ.get("TZ")
    os.environ["TZ"] = request.param
    time.tzset()
    try:
        yield request.param
    finally:
        if old is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = old
        time.tzset()


@pytest.mark.parametrize(
    ("system_zone", "changes"),
    [
        ("Europe/London", (datetime(2026, 3, 29, 1), datetime(2026, 10, 25, 1))),
        ("America/New_York", (datetime(2026, 3, 8, 7), datetime(2026, 11, 1, 6))),
        ("Asia/Tokyo", (datetime(2026, 6, 1),)),
    ],
    indirect=["system_zone"],
)
def test_system_timezone_agrees_with_zoneinfo_around_dst(
    system_zone: str, changes: tuple[datetime, ...]
) -> None:
    """The computer's zone gives the same local times, offsets and days as the zone database, every 15 min around each DST change."""
    local, reference = SystemTimezone(), ZoneInfo(system_zone)
    for change in changes:
        for step in range(-4 * 48, 4 * 48):
            moment = (change + timedelta(minutes=15 * step)).replace(tzinfo=UTC)
            mine, theirs = moment.astimezone(local), moment.astimezone(reference)
            assert mine.replace(tzinfo=None) == theirs.replace(tzinfo=None), moment
            assert (mine.fold, mine.utcoffset(), mine.dst()) == (
                theirs.fold,
                theirs.utcoffset(),
                theirs.dst(),
            ), moment
            assert mine.tzname() == theirs.tzname()
            assert local_date(session(moment), local) == local_date(session(moment), reference)


@pytest.mark.parametrize("system_zone", ["Europe/London"], indirect=True)
def test_system_timezone_handles_skipped_and_repeated_wall_times(system_zone: str) -> None:
    """01:30 that never happens (clocks forward) and 01:30 that happens twice (clocks back) follow PEP 495."""
    local, reference = SystemTimezone(), ZoneInfo(system_zone)
    for wall in (datetime(2026, 3, 29, 1, 30), datetime(2026, 10, 25, 1, 30)):
        for fold in (0, 1):
            mine = wall.replace(fold=fold, tzinfo=local)
            theirs = wall.replace(fold=fold, tzinfo=reference)
            assert mine.utcoffset() == theirs.utcoffset()
            assert mine.astimezone(UTC) == theirs.astimezone(UTC)

"""Session records and the statistics the history view shows (pure functions)."""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo


@dataclass(frozen=True)
class SessionRecord:
    """One session, finished or stopped.

    Attributes:
        started_utc: when it started (timezone-aware, UTC).
        routine_name: the routine's name, or "" for an ad-hoc session.
        routine_id: the saved routine's id, or "".
        point_ids: the points of the session, in order.
        points_done: how many point steps were pressed to the end.
        seconds: seconds the session ran (pauses excluded).
        finished: True when it reached its end, False when stopped early.
        pain_before, pain_after: 0–10 when the user gave them.
        note: one line of the user's own text ("" when none), shown as plain text.
    """

    started_utc: datetime
    routine_name: str
    routine_id: str
    point_ids: tuple[str, ...]
    points_done: int
    seconds: float
    finished: bool
    pain_before: int | None = None
    pain_after: int | None = None
    note: str = ""

    @property
    def minutes(self) -> float:
        """Length in minutes."""
        return self.seconds / 60.0


#: The longest note kept, in characters.
NOTE_MAX_LENGTH = 500


def clean_note(text: str) -> str:
    """A note as it is kept: one line (line breaks and tabs become spaces, other control
    characters and the ones that change the direction of text are dropped), trimmed, at most
    NOTE_MAX_LENGTH characters."""
    spaced = "".join(" " if char in _LINE_BREAKS else char for char in text)
    kept = "".join(
        char
        for char in spaced
        if unicodedata.category(char) != "Cc"
        and not 0x202A <= ord(char) <= 0x202E
        and not 0x2066 <= ord(char) <= 0x2069
    )
    return kept.strip()[:NOTE_MAX_LENGTH].strip()


_LINE_BREAKS = "\r\n\t\v\f\x1c\x1d\x1e\x85\u2028\u2029"


def local_date(record: SessionRecord, tz: tzinfo) -> date:
    """The day the session started on, in the user's time zone (a naive start is taken as UTC)."""
    started = record.started_utc
    if started.tzinfo is None:
        started = started.replace(tzinfo=UTC)
    return started.astimezone(tz).date()


def week_start(day: date) -> date:
    """The Monday of the week that holds ``day``."""
    return day - timedelta(days=day.weekday())


def week_start_on(day: date, first_weekday: int) -> date:
    """The first day of the week that holds ``day``, for weeks starting on ``first_weekday``
    (0 Monday … 6 Sunday, as ``date.weekday``)."""
    return day - timedelta(days=(day.weekday() - first_weekday) % 7)


def minutes_in_week(
    records: Iterable[SessionRecord], tz: tzinfo, today: date, first_weekday: int
) -> float:
    """Minutes of the sessions from the start of this week (``first_weekday``) up to ``today``,
    by the user's local day; sessions dated after today (a clock that was wrong) do not count."""
    start = week_start_on(today, first_weekday)
    return sum(
        max(0.0, record.minutes) for record in records if start <= local_date(record, tz) <= today
    )


def weekly_minutes(
    records: Iterable[SessionRecord], tz: tzinfo, weeks: int, today: date
) -> list[tuple[date, float]]:
    """Minutes per week for the last ``weeks`` weeks, oldest first, the last one holding ``today``.

    Weeks start on Monday in the user's time zone; weeks without sessions are included with 0.
    A session counts in the week of the day it started; sessions after this week are ignored.
    """
    if weeks < 0:
        raise ValueError("weeks must be 0 or more")
    last = week_start(today)
    starts = [last - timedelta(weeks=back) for back in range(weeks - 1, -1, -1)]
    totals: dict[date, float] = dict.fromkeys(starts, 0.0)
    for record in records:
        monday = week_start(local_date(record, tz))
        if monday in totals:
            totals[monday] += max(0.0, record.minutes)
    return [(monday, totals[monday]) for monday in starts]


def current_streak(records: Iterable[SessionRecord], tz: tzinfo, today: date) -> int:
    """Consecutive days with a session, counting back from today, or from yesterday when today has none yet.

    Days are the user's local days; several sessions on one day count once; a session dated after
    ``today`` (a clock that was wrong) is ignored.
    """
    days = {local_date(record, tz) for record in records}
    day = today if today in days else today - timedelta(days=1)
    streak = 0
    while day in days:
        streak += 1
        day -= timedelta(days=1)
    return streak


def pain_trend(
    records: Iterable[SessionRecord], tz: tzinfo
) -> list[tuple[date, int | None, int | None]]:
    """(local day, pain before, pain after) for each session with any pain score, oldest first."""
    scored = [r for r in records if r.pain_before is not None or r.pain_after is not None]
    scored.sort(key=_start_key)
    return [(local_date(r, tz), r.pain_before, r.pain_after) for r in scored]


def _start_key(record: SessionRecord) -> datetime:
    started = record.started_utc
    return started if started.tzinfo is not None else started.replace(tzinfo=UTC)


class SystemTimezone(tzinfo):
    """The computer's own time zone, daylight-saving changes included (asked of the C library).

    ``datetime.now().astimezone().tzinfo`` is a fixed offset, which puts sessions from the other
    side of a daylight-saving change on the wrong day; this one does not. Wall times that happen
    twice (clocks going back) follow ``fold`` as PEP 495 describes.
    """

    def fromutc(self, dt: datetime) -> datetime:
        """Local wall time for a UTC time (what ``astimezone`` uses)."""
        naive = dt.replace(tzinfo=None)
        local = (naive + _offset_at(naive)).replace(tzinfo=self)
        if self._candidates(local.replace(tzinfo=None))[0] != naive:
            local = local.replace(fold=1)  # the second of two equal wall times
        return local

    def utcoffset(self, dt: datetime | None) -> timedelta:
        """Offset from UTC at the local wall time ``dt`` (now when None)."""
        if dt is None:
            return _offset_at(datetime.now(UTC).replace(tzinfo=None))
        wall = dt.replace(tzinfo=None, fold=0)
        candidates = self._candidates(wall)
        if candidates:
            return wall - candidates[-1 if dt.fold else 0]
        # A wall time skipped when the clocks went forward: fold 0 uses the offset before.
        before, after = _offset_at(wall - _DAY), _offset_at(wall + _DAY)
        return after if dt.fold else before

    def dst(self, dt: datetime | None) -> timedelta | None:
        """How much ahead of the zone's winter time ``dt`` is (0 outside daylight saving)."""
        if dt is None:
            dt = datetime.now(self)
        year = dt.year
        winter = min(_offset_at(datetime(year, 1, 1)), _offset_at(datetime(year, 7, 1)))
        return self.utcoffset(dt) - winter

    def tzname(self, dt: datetime | None) -> str:
        """The abbreviation the system uses, e.g. "BST"."""
        if dt is None:
            return time.localtime().tm_zone
        moment = dt.replace(tzinfo=None) - self.utcoffset(dt)
        return time.localtime((moment - _EPOCH).total_seconds()).tm_zone

    @staticmethod
    def _candidates(wall: datetime) -> list[datetime]:
        """The UTC times (oldest first) whose local wall time is ``wall``."""
        found: set[datetime] = set()
        for offset in (_offset_at(wall - _DAY), _offset_at(wall + _DAY)):
            utc = wall - offset
            if utc + _offset_at(utc) == wall:
                found.add(utc)
        return sorted(found)


def _offset_at(utc: datetime) -> timedelta:
    """The system's UTC offset at a (naive) UTC time."""
    return timedelta(seconds=time.localtime((utc - _EPOCH).total_seconds()).tm_gmtoff)


_EPOCH = datetime(1970, 1, 1)
_DAY = timedelta(days=1)

"""What works for you: the mean change in pain per routine and per point, with a 95 % interval.

Pure statistics on the user's own pain scores. A session counts only when it has both scores
(before and after). The change is ``after − before``: negative means the pain went down. The
interval is Student's t interval for the mean, ``mean ± t(0.975, n − 1) · s / √n``, with the
quantile from a table for 1–30 degrees of freedom and a Cornish–Fisher expansion beyond (no
scipy). Nothing here says the routine caused the change: the words around these numbers must not
either (see ui/history/outcome_text.py).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from acupress_desktop.core.history import SessionRecord

#: An average is shown only from this many sessions with both scores.
MIN_SESSIONS = 3

#: Two-sided 95 % quantiles of Student's t (i.e. t(0.975, df)) for df = 1 … 30.
T_975: tuple[float, ...] = (
    12.706,
    4.303,
    3.182,
    2.776,
    2.571,
    2.447,
    2.365,
    2.306,
    2.262,
    2.228,
    2.201,
    2.179,
    2.160,
    2.145,
    2.131,
    2.120,
    2.110,
    2.101,
    2.093,
    2.086,
    2.080,
    2.074,
    2.069,
    2.064,
    2.060,
    2.056,
    2.052,
    2.048,
    2.045,
    2.042,
)
#: The standard normal's 0.975 quantile.
Z_975 = 1.959964


def t_quantile_975(df: int) -> float:
    """Student's t 0.975 quantile for ``df`` degrees of freedom (1 or more).

    From the table for 1–30; beyond, the Cornish–Fisher expansion around the normal quantile
    (three terms: within 0.001 of the exact value from df 31 on, and 1.96 in the limit).
    """
    if df < 1:
        raise ValueError("degrees of freedom must be 1 or more")
    if df <= len(T_975):
        return T_975[df - 1]
    z = Z_975
    return (
        z
        + (z**3 + z) / (4 * df)
        + (5 * z**5 + 16 * z**3 + 3 * z) / (96 * df**2)
        + (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / (384 * df**3)
    )


@dataclass(frozen=True)
class Interval:
    """A mean with its 95 % confidence interval (``low <= mean <= high``)."""

    mean: float
    low: float
    high: float


def mean_interval(values: Sequence[float]) -> Interval | None:
    """The mean of ``values`` and its 95 % t interval; None with fewer than MIN_SESSIONS values.

    Values that are all equal give an interval of zero width (the sample deviation is 0).
    """
    n = len(values)
    if n < MIN_SESSIONS:
        return None
    mean = math.fsum(values) / n
    variance = max(0.0, math.fsum((value - mean) ** 2 for value in values) / (n - 1))
    half = t_quantile_975(n - 1) * math.sqrt(variance) / math.sqrt(n)
    return Interval(mean, mean - half, mean + half)


@dataclass(frozen=True)
class Outcome:
    """The pain change with one routine or one point.

    Attributes:
        key: the routine's id (its name when it has none) or the point's id.
        name: the routine's name as last used, or the point's id.
        changes: after − before of every counted session, oldest first.
        interval: the mean change and its interval; None while fewer than MIN_SESSIONS count.
    """

    key: str
    name: str
    changes: tuple[int, ...]
    interval: Interval | None

    @property
    def n(self) -> int:
        """How many sessions with both scores count."""
        return len(self.changes)

    @property
    def shown(self) -> bool:
        """There are enough sessions to show an average."""
        return self.interval is not None

    @property
    def needed(self) -> int:
        """How many more sessions with both scores are needed before an average is shown."""
        return max(0, MIN_SESSIONS - self.n)


def _scored(records: Iterable[SessionRecord]) -> list[tuple[SessionRecord, int]]:
    """(record, after − before) for each session with both scores, oldest first."""
    scored = [
        (record, record.pain_after - record.pain_before)
        for record in records
        if record.pain_before is not None and record.pain_after is not None
    ]
    scored.sort(key=lambda pair: _start(pair[0]))
    return scored


def _start(record: SessionRecord) -> datetime:
    started = record.started_utc
    return started if started.tzinfo is not None else started.replace(tzinfo=UTC)


def _outcomes(groups: dict[str, tuple[str, list[int]]]) -> list[Outcome]:
    outcomes = [
        Outcome(key, name, tuple(changes), mean_interval(changes))
        for key, (name, changes) in groups.items()
    ]
    return sorted(outcomes, key=helpfulness_key)


def routine_outcomes(records: Iterable[SessionRecord]) -> list[Outcome]:
    """One outcome per saved routine that has a session with both scores, most helpful first.

    Sessions are grouped by routine id (by name when the id is empty); sessions of chosen points
    (no routine) are left out here and count in ``point_outcomes`` only. The name is the one
    of the latest session, so a renamed routine shows its new name.
    """
    groups: dict[str, tuple[str, list[int]]] = {}
    for record, change in _scored(records):
        key = record.routine_id or record.routine_name.strip()
        if not key:
            continue
        _name, changes = groups.get(key, ("", []))
        changes.append(change)
        groups[key] = (record.routine_name.strip() or key, changes)
    return _outcomes(groups)


def point_outcomes(records: Iterable[SessionRecord]) -> list[Outcome]:
    """One outcome per point, across routines, most helpful first.

    A session counts for the points it pressed to the end: the first ``points_done`` of its
    points, each point once per session (a point pressed twice is still one session).
    """
    groups: dict[str, tuple[str, list[int]]] = {}
    for record, change in _scored(records):
        done = record.point_ids[: max(0, record.points_done)]
        for point_id in dict.fromkeys(done):
            groups.setdefault(point_id, (point_id, []))[1].append(change)
    return _outcomes(groups)


def helpfulness_key(outcome: Outcome) -> tuple[int, float, float, str]:
    """Sort key, most helpful first: shown outcomes by mean change (the largest fall first, then
    the narrower interval's upper end), then those without enough sessions, each by name."""
    if outcome.interval is None:
        return (1, 0.0, 0.0, outcome.name.casefold())
    return (0, outcome.interval.mean, outcome.interval.high, outcome.name.casefold())

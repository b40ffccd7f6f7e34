"""Session records and the statistics the history view shows (pure functions)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


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

    @property
    def minutes(self) -> float:
        """Length in minutes."""
        return self.seconds / 60.0

"""The History page's words: streak, this week's totals, each session's cells (the export's
messages are the history controller's)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from acupress_desktop.core.history import SessionRecord, local_date, week_start, weekly_minutes
from acupress_desktop.ui.history.chart_text import format_minutes
from acupress_desktop.ui.labels import plural


def streak_text(streak: int, has_sessions: bool) -> str:
    """The streak in one sentence: "3 days in a row", or what starts one."""
    if not has_sessions:
        return QCoreApplication.translate(
            "HistoryView", "No sessions yet: your first one starts the streak"
        )
    if streak <= 0:
        return QCoreApplication.translate(
            "HistoryView", "No session today or yesterday: one today starts a new streak"
        )
    return plural(
        QCoreApplication.translate("HistoryView", "%n day(s) in a row", None, streak), streak
    )


def streak_caption(streak: int, has_sessions: bool) -> str:
    """The words under the streak's big number ("days in a row"), or the whole sentence."""
    if not has_sessions or streak <= 0:
        return streak_text(streak, has_sessions)
    return plural(
        QCoreApplication.translate("HistoryView", "day(s) in a row", None, streak), streak
    )


def this_week(records: Sequence[SessionRecord], tz: tzinfo, today: date) -> tuple[int, float]:
    """Sessions and minutes in the week (Monday start, local time) that holds ``today``."""
    monday = week_start(today)
    count = sum(1 for record in records if week_start(local_date(record, tz)) == monday)
    minutes = weekly_minutes(records, tz, 1, today)[0][1]
    return count, minutes


def week_sessions_texts(count: int) -> tuple[str, str]:
    """This week's sessions: the caption under the number and the whole sentence."""
    return (
        plural(
            QCoreApplication.translate("HistoryView", "session(s) this week", None, count), count
        ),
        plural(
            QCoreApplication.translate("HistoryView", "%n session(s) this week", None, count),
            count,
        ),
    )


def week_minutes_texts(minutes: float) -> tuple[str, str, str]:
    """This week's minutes: the number shown, the caption under it and the whole sentence."""
    shown = format_minutes(minutes)
    return (
        shown,
        plural(
            QCoreApplication.translate("HistoryView", "minute(s) this week", None, round(minutes)),
            round(minutes),
        ),
        QCoreApplication.translate("HistoryView", "%1 minutes this week").replace("%1", shown),
    )


def sessions_count_text(count: int) -> str:
    """ "12 sessions", over the table."""
    return plural(QCoreApplication.translate("HistoryView", "%n session(s)", None, count), count)


def routine_text(record: SessionRecord) -> str:
    """The routine's name, or "Chosen points" for a session built by hand."""
    return record.routine_name.strip() or QCoreApplication.translate("HistoryView", "Chosen points")


def points_text(record: SessionRecord) -> str:
    """ "4 of 5"."""
    return (
        QCoreApplication.translate("HistoryView", "%1 of %2")
        .replace("%1", str(record.points_done))
        .replace("%2", str(len(record.point_ids)))
    )


def result_text(record: SessionRecord) -> str:
    """ "Finished" or "Stopped"."""
    return (
        QCoreApplication.translate("HistoryView", "Finished")
        if record.finished
        else QCoreApplication.translate("HistoryView", "Stopped")
    )


def pain_text(before: int | None, after: int | None) -> str:
    """ "7 → 3"; a missing score is a dash ("7 → –"); nothing at all when neither was given."""
    if before is None and after is None:
        return ""
    dash = "–"
    return f"{dash if before is None else before} → {dash if after is None else after}"


def pain_words(before: int | None, after: int | None) -> str:
    """The pain column for a screen reader: "pain 7 before, 3 after"."""
    if before is None and after is None:
        return QCoreApplication.translate("HistoryView", "no pain score")
    missing = QCoreApplication.translate("HistoryView", "not given")
    return (
        QCoreApplication.translate("HistoryView", "pain %1 before, %2 after")
        .replace("%1", missing if before is None else str(before))
        .replace("%2", missing if after is None else str(after))
    )


def pain_relief(record: SessionRecord) -> int | None:
    """How much the pain fell (before − after), or None without both scores."""
    if record.pain_before is None or record.pain_after is None:
        return None
    return record.pain_before - record.pain_after


def local_start(record: SessionRecord, tz: tzinfo) -> datetime:
    """When the session started, in the user's time zone (a naive time is taken as UTC)."""
    started = record.started_utc
    if started.tzinfo is None:
        started = started.replace(tzinfo=UTC)
    return started.astimezone(tz)


def when_text(record: SessionRecord, tz: tzinfo, locale: QLocale) -> str:
    """ "Mon 28 Apr 2025, 18:05" in the user's time zone and language."""
    moment = local_start(record, tz)
    day = locale.toString(QDate(moment.year, moment.month, moment.day), "ddd d MMM yyyy")
    clock = locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    return (
        QCoreApplication.translate("HistoryView", "%1, %2").replace("%1", day).replace("%2", clock)
    )

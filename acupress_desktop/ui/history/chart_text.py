"""The history charts' words: minutes as shown, week labels, and each chart described for a screen reader."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from acupress_desktop.ui.history.chart_geometry import PainPair
from acupress_desktop.ui.labels import plural


def format_minutes(minutes: float) -> str:
    """Whole minutes for display: "0", "<1" for a few seconds, "25" (rounded)."""
    if minutes <= 0:
        return "0"
    if minutes < 0.5:
        return "<1"
    return str(round(minutes))


def week_label(monday: date, locale: QLocale) -> str:
    """A week's short label: its Monday as "3 Mar" (in the locale's language)."""
    return locale.toString(QDate(monday.year, monday.month, monday.day), "d MMM")


def axis_dates(days: list[date], locale: QLocale) -> list[str]:
    """The dates under the pain chart: the first and the last day, or one date when every
    session was on the same day (not "1 Dec … 1 Dec")."""
    if not days:
        return []
    if days[0] == days[-1]:
        return [week_label(days[-1], locale)]
    return [week_label(days[0], locale), week_label(days[-1], locale)]


def _long_date(day: date, locale: QLocale) -> str:
    return locale.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def weekly_description(weeks: Sequence[tuple[date, float]], locale: QLocale) -> str:
    """The minutes per week in words, oldest first, e.g. "Week of 3 March 2025: 25 minutes. …"."""
    if not weeks:
        return QCoreApplication.translate("HistoryCharts", "No weeks to show.")
    parts = []
    last = len(weeks) - 1
    for index, (monday, minutes) in enumerate(weeks):
        amount = plural(
            QCoreApplication.translate(
                "HistoryCharts", "%n minute(s)", None, round(max(0.0, minutes))
            ),
            round(max(0.0, minutes)),
        )
        if index == last:
            label = QCoreApplication.translate("HistoryCharts", "This week, from %1").replace(
                "%1", _long_date(monday, locale)
            )
        else:
            label = QCoreApplication.translate("HistoryCharts", "Week of %1").replace(
                "%1", _long_date(monday, locale)
            )
        parts.append(
            QCoreApplication.translate("HistoryCharts", "%1: %2.")
            .replace("%1", label)
            .replace("%2", amount)
        )
    heading = plural(
        QCoreApplication.translate(
            "HistoryCharts",
            "Minutes of practice in each of the last %n week(s), oldest first.",
            None,
            len(weeks),
        ),
        len(weeks),
    )
    return " ".join([heading, *parts])


def _pair_words(pair: PainPair) -> str:
    before, after = pair
    missing = QCoreApplication.translate("HistoryCharts", "not given")
    return (
        QCoreApplication.translate("HistoryCharts", "before %1, after %2")
        .replace("%1", missing if before is None else str(before))
        .replace("%2", missing if after is None else str(after))
    )


def pain_description(trend: Sequence[tuple[date, int | None, int | None]], locale: QLocale) -> str:
    """The pain chart in words: how many sessions, the first and the latest scores."""
    if not trend:
        return QCoreApplication.translate("HistoryCharts", "No pain scores yet.")
    first_day, *first = trend[0]
    last_day, *last = trend[-1]
    count = plural(
        QCoreApplication.translate(
            "HistoryCharts", "Pain scores from 0 to 10 for %n session(s).", None, len(trend)
        ),
        len(trend),
    )
    latest = (
        QCoreApplication.translate("HistoryCharts", "Latest, %1: %2.")
        .replace("%1", _long_date(last_day, locale))
        .replace("%2", _pair_words((last[0], last[1])))
    )
    if len(trend) == 1:
        return f"{count} {latest}"
    earliest = (
        QCoreApplication.translate("HistoryCharts", "First, %1: %2.")
        .replace("%1", _long_date(first_day, locale))
        .replace("%2", _pair_words((first[0], first[1])))
    )
    return f"{count} {earliest} {latest}"

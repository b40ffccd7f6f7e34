"""The words of "What works for you": one honest sentence per routine or point, numbers in the
user's locale, never a claim that the routine caused the change."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale

from acupress_desktop.core.outcomes import MIN_SESSIONS, Outcome
from acupress_desktop.ui.labels import plural, points_number


def _rounded(value: float) -> float:
    """The value as shown (one decimal), so the words agree with the numbers."""
    return round(value, 1) + 0.0


def range_text(low: float, high: float, locale: QLocale) -> str:
    """The interval in words, in the direction of the change: "1.2 to 3.0" (both down or both
    up), "between 1.5 down and 0.5 up" (it holds zero), "the same every time" (zero width)."""
    low_shown, high_shown = _rounded(low), _rounded(high)
    if low_shown == high_shown:
        return QCoreApplication.translate("WhatWorks", "the same change every time")
    if high_shown <= 0:  # both down: the smaller fall first
        first, second = -high_shown, -low_shown
    elif low_shown >= 0:
        first, second = low_shown, high_shown
    else:
        return (
            QCoreApplication.translate("WhatWorks", "somewhere between %1 down and %2 up")
            .replace("%1", points_number(low_shown, locale))
            .replace("%2", points_number(high_shown, locale))
        )
    return (
        QCoreApplication.translate("WhatWorks", "%1 to %2")
        .replace("%1", points_number(first, locale))
        .replace("%2", points_number(second, locale))
    )


def outcome_sentence(outcome: Outcome, name: str, locale: QLocale) -> str:
    """ "In your 6 sessions with Lower back, pain went down by 2.1 points on average (1.2 to
    3.0).", "went up by", "did not change on average"; or how many more sessions are needed."""
    n = outcome.n
    interval = outcome.interval
    if interval is None:
        needed = outcome.needed
        return (
            plural(
                QCoreApplication.translate(
                    "WhatWorks",
                    "%1: %n more session(s) with pain scores before and after needed for an "
                    "average (%2 so far).",
                    None,
                    needed,
                ),
                needed,
            )
            .replace("%2", str(n))
            .replace("%1", name)
        )  # the name last: it may hold "%2"
    mean = _rounded(interval.mean)
    if mean < 0:
        text = QCoreApplication.translate(
            "WhatWorks",
            "In your %n session(s) with %1, pain went down by %2 points on average (%3).",
            None,
            n,
        )
    elif mean > 0:
        text = QCoreApplication.translate(
            "WhatWorks",
            "In your %n session(s) with %1, pain went up by %2 points on average (%3).",
            None,
            n,
        )
    else:
        text = QCoreApplication.translate(
            "WhatWorks",
            "In your %n session(s) with %1, pain did not change on average (%3).",
            None,
            n,
        )
    return (
        plural(text, n)
        .replace("%2", points_number(mean, locale))
        .replace("%3", range_text(interval.low, interval.high, locale))
        .replace("%1", name)  # last: a name may hold "%2"
    )


def caution_text() -> str:
    """The line under the chart: what the numbers are, and what they are not."""
    return QCoreApplication.translate(
        "WhatWorks",
        "This is what your own scores show, not proof that the routine caused it. The range in "
        "brackets is where the true average probably lies (95 %); it narrows with more sessions.",
    )


def empty_text() -> str:
    """What the section says before any session has both scores."""
    return QCoreApplication.translate(
        "WhatWorks",
        "Give a pain score before and after your sessions: from %1 sessions with a routine, "
        "this shows how your pain changed with it.",
    ).replace("%1", str(MIN_SESSIONS))


def chart_description(sentences: Sequence[str]) -> str:
    """The chart for a screen reader: every row's sentence, or the empty text."""
    return " ".join(sentences) if sentences else empty_text()

"""The orders the routines list offers: favourites then recent (the repository's), by name, or
most helpful first by the user's own pain scores (``core.outcomes``); pure, tested alone."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale

from acupress_desktop.core.outcomes import MIN_SESSIONS, Outcome, helpfulness_key
from acupress_desktop.storage.routines import StoredRoutine
from acupress_desktop.ui.labels import plural, points_number

#: The orders, as the entries of the "Sort" list.
RECENT, BY_NAME, MOST_HELPFUL = range(3)


def outcome_of(entry: StoredRoutine, outcomes: Sequence[Outcome]) -> Outcome | None:
    """The routine's outcome: matched by id, else by name (sessions saved without an id)."""
    by_key = {outcome.key: outcome for outcome in outcomes}
    return by_key.get(entry.routine.id) or by_key.get(entry.routine.name.strip())


def order_entries(
    entries: Sequence[StoredRoutine], order: int, outcomes: Sequence[Outcome]
) -> list[StoredRoutine]:
    """The routines in ``order``. Most helpful: routines with an average (three sessions with
    both scores) by the largest fall in pain first, then every other routine by name."""
    by_name = sorted(entries, key=lambda entry: entry.routine.name.casefold())
    if order == BY_NAME:
        return by_name
    if order != MOST_HELPFUL:
        return list(entries)
    shown: list[tuple[StoredRoutine, Outcome]] = []
    rest: list[StoredRoutine] = []
    for entry in by_name:
        found = outcome_of(entry, outcomes)
        if found is not None and found.shown:
            shown.append((entry, found))
        else:
            rest.append(entry)
    shown.sort(key=lambda pair: helpfulness_key(pair[1]))
    return [entry for entry, _ in shown] + rest


def helpful_text(outcome: Outcome | None, locale: QLocale) -> str:
    """What the list adds in the most-helpful order: "pain down 2.1 on average", or how many
    more sessions with both scores are needed."""
    if outcome is None or outcome.interval is None:
        needed = MIN_SESSIONS if outcome is None else outcome.needed
        return plural(
            QCoreApplication.translate(
                "RoutinesPage", "%n more scored session(s) needed", None, needed
            ),
            needed,
        )
    mean = round(outcome.interval.mean, 1)
    if mean < 0:
        text = QCoreApplication.translate("RoutinesPage", "pain down %1 on average")
    elif mean > 0:
        text = QCoreApplication.translate("RoutinesPage", "pain up %1 on average")
    else:
        return QCoreApplication.translate("RoutinesPage", "pain unchanged on average")
    return text.replace("%1", points_number(mean, locale))

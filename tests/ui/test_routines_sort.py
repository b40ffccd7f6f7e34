"""The routines list sorts by name or by what helped most, from the keyboard; routines with too
few scored sessions come after the rest."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QLocale, Qt

from acupress_desktop.controllers.routines import RoutinesController
from acupress_desktop.core.history import SessionRecord
from acupress_desktop.core.outcomes import Interval, Outcome, routine_outcomes
from acupress_desktop.core.routine import Routine, RoutineStep
from acupress_desktop.storage.database import Database
from acupress_desktop.storage.routines import (
    RoutineRepository,
    StoredRoutine,
    load_builtin_routines,
)
from acupress_desktop.ui.routines.routine_order import (
    BY_NAME,
    MOST_HELPFUL,
    RECENT,
    helpful_text,
    order_entries,
)
from acupress_desktop.ui.routines.routines_page import RoutinesPage
from tests.person import focused, press

UK = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def stored(name: str, routine_id: str) -> StoredRoutine:
    """A saved routine of one point."""
    return StoredRoutine(Routine(name, (RoutineStep("LI4", 30),), id=routine_id), False, None)


def shown(key: str, mean: float) -> Outcome:
    """An outcome with an average (three sessions)."""
    return Outcome(key, key, (0, 0, 0), Interval(mean, mean - 1, mean + 1))


def test_orders_by_name_and_by_help() -> None:
    """Name: A, B, C, D. Most helpful: C (−3) before A (−1), then B and D without an average
    (B has two sessions), by name. Recent keeps the repository's order."""
    entries = [stored("D", "d"), stored("B", "b"), stored("C", "c"), stored("A", "a")]
    outcomes = [shown("a", -1.0), shown("c", -3.0), Outcome("b", "B", (-5, -5), None)]
    names = lambda order: [e.routine.name for e in order_entries(entries, order, outcomes)]  # noqa: E731
    assert names(BY_NAME) == ["A", "B", "C", "D"]
    assert names(MOST_HELPFUL) == ["C", "A", "B", "D"]
    assert names(RECENT) == ["D", "B", "C", "A"]


def test_a_routine_is_matched_by_name_when_sessions_have_no_id() -> None:
    """Sessions saved without a routine id still count for the routine of that name."""
    entries = [stored("Evening", "r9"), stored("Morning", "r8")]
    assert [
        e.routine.name for e in order_entries(entries, MOST_HELPFUL, [shown("Morning", -2)])
    ] == [
        "Morning",
        "Evening",
    ]


def test_helpful_words() -> None:
    """ "pain down 2.1 on average"; up; unchanged; or how many more are needed."""
    assert helpful_text(shown("a", -2.06), UK) == "pain down 2.1 on average"
    assert helpful_text(shown("a", 0.5), UK) == "pain up 0.5 on average"
    assert helpful_text(shown("a", 0.01), UK) == "pain unchanged on average"
    assert helpful_text(Outcome("a", "a", (1, 2), None), UK) == "1 more scored session needed"
    assert helpful_text(None, UK) == "3 more scored sessions needed"


def test_the_page_sorts_by_most_helpful_from_the_keyboard(qtbot, catalogue, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """On the Routines page Alt+O reaches the Sort list; choosing Most helpful puts the routine
    whose pain went down first, with its words; Name sorts by name."""
    db, _ = Database.open(tmp_path / "data")
    repository = RoutineRepository(db, load_builtin_routines(catalogue), catalogue=catalogue)
    repository.create(Routine("Zed", (RoutineStep("LI4", 30),)))
    zed = next(e for e in repository.list() if e.routine.name == "Zed")
    start = datetime(2025, 4, 1, tzinfo=UTC)
    records = [
        SessionRecord(start + timedelta(days=d), "Zed", zed.routine.id, ("LI4",), 1, 60, True, 6, 3)
        for d in range(3)
    ]
    page = RoutinesPage(
        catalogue,
        RoutinesController(repository, catalogue),
        outcomes=lambda: routine_outcomes(records),
    )
    qtbot.addWidget(page)
    page.setLocale(UK)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    assert page.sort_combo.accessibleName() == "Sort routines by"
    page.list.setFocus()
    assert focused() is page.list
    press(Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert focused() is page.sort_combo
    press(Qt.Key.Key_End)
    assert page.sort_combo.currentText() == "Most helpful"
    items = page.routine_items()
    first = items[0].text()
    assert first.startswith("Zed") and first.endswith("pain down 3.0 on average")
    assert items[1].text().endswith("3 more scored sessions needed")  # the first built-in one
    press(Qt.Key.Key_Up)
    assert page.sort_combo.currentText() == "Name"
    builtins = [item.text() for item in page.routine_items() if "Zed" not in item.text()]
    assert builtins == sorted(builtins, key=str.casefold)  # by name within the group
    db.close()

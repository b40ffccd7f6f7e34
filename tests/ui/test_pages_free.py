"""A page or dialog is freed the moment its last reference goes, not later by the garbage
collector: a shown window that only the collector frees can be freed in the middle of its own
paint (it happened on Python 3.11 with PySide6 6.12: a crash drawing into the freed buffer)."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from acupress_desktop.controllers.history import HistoryController
from acupress_desktop.controllers.routines import RoutinesController
from acupress_desktop.controllers.session_controller import SessionController
from acupress_desktop.core.breathing import PATTERNS
from acupress_desktop.core.plan import build_plan
from acupress_desktop.core.routine import Routine, RoutineStep
from acupress_desktop.storage.database import Database
from acupress_desktop.storage.routines import RoutineRepository, load_builtin_routines
from acupress_desktop.storage.settings import Settings
from acupress_desktop.ui.history.history_view import HistoryView
from acupress_desktop.ui.routines.routine_editor import RoutineEditor
from acupress_desktop.ui.routines.routines_page import RoutinesPage
from acupress_desktop.ui.session.session_view import SessionView
from acupress_desktop.ui.settings.settings_dialog import SettingsDialog
from tests.fakes import FakeClock, ManualTicker
from tests.ui.test_history_outcomes import TODAY, TZ, FakeRepository, outcome_records


@pytest.fixture()
def collector_off() -> Iterator[None]:
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def history_page(catalogue, tmp_path: Path) -> QWidget:  # type: ignore[no-untyped-def]
    history = HistoryController(FakeRepository(outcome_records()), tz=TZ, today=lambda: TODAY)
    return HistoryView(history, point_name=lambda point_id: point_id)


def routines_page(catalogue, tmp_path: Path) -> QWidget:  # type: ignore[no-untyped-def]
    db, _ = Database.open(tmp_path / "data")
    repository = RoutineRepository(db, load_builtin_routines(catalogue), catalogue=catalogue)
    return RoutinesPage(catalogue, RoutinesController(repository, catalogue))


def routine_editor(catalogue, tmp_path: Path) -> QWidget:  # type: ignore[no-untyped-def]
    return RoutineEditor(catalogue, None, ["Evening"])


def settings_dialog(catalogue, tmp_path: Path) -> QWidget:  # type: ignore[no-untyped-def]
    return SettingsDialog(Settings())


def session_page(catalogue, tmp_path: Path) -> QWidget:  # type: ignore[no-untyped-def]
    """The session page during a session (the controller outlives it, as in the app)."""
    clock = FakeClock()
    controller = SessionController(catalogue, clock, ManualTicker(), ManualTicker())
    _controllers.append(controller)
    page = SessionView(catalogue, controller, clock=clock, ticker=ManualTicker())
    routine = Routine("Hands", (RoutineStep("LI4", 30),))
    controller.start(build_plan(routine, catalogue), PATTERNS["relaxed"], routine.name)
    return page


_controllers: list[SessionController] = []


@pytest.mark.parametrize(
    "build", [history_page, routines_page, routine_editor, settings_dialog, session_page]
)
def test_a_shown_page_goes_with_its_last_reference(
    qtbot, catalogue, tmp_path: Path, collector_off: None, build: Callable[..., QWidget]
) -> None:  # type: ignore[no-untyped-def]
    page = build(catalogue, tmp_path)
    page.show()
    qtbot.waitExposed(page)
    gone = weakref.ref(page)
    del page
    assert gone() is None, [type(r).__name__ for r in gc.get_referrers(gone())]

"""The routines feature: the built-in and saved routines and the Routines tab (built when
first shown)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from acupress_desktop.app.browse import ROUTINES_TAB
from acupress_desktop.app.data import DataFile
from acupress_desktop.app.language import CatalogueLanguage
from acupress_desktop.app.notices import Notices
from acupress_desktop.ui.main_window import MainWindow

if TYPE_CHECKING:
    from acupress_desktop.core.outcomes import Outcome
    from acupress_desktop.core.plan import SessionPlan
    from acupress_desktop.core.routine import Routine
    from acupress_desktop.storage.routines import RoutineRepository
    from acupress_desktop.ui.routines.routines_page import RoutinesPage

log = logging.getLogger(__name__)


class RoutinesFeature:
    """Routines: the repository on first use, the page when its tab is first shown."""

    def __init__(
        self,
        data: DataFile,
        language: CatalogueLanguage,
        window: MainWindow,
        notices: Notices,
        start_routine: Callable[[Routine], None],
        wall_clock: Callable[[], datetime],
        outcomes: Callable[[], list[Outcome]] | None = None,
        planned: Callable[[Routine], SessionPlan] | None = None,
    ) -> None:
        """``planned(routine)``: the timeline a start would run now (the session's, with room
        for the words when the voice is on), for the whole times the page shows."""
        self._data = data
        self._outcomes = outcomes
        self._planned = planned
        self._language = language
        self._window = window
        self._notices = notices
        self._start_routine = start_routine
        self._wall_clock = wall_clock
        self._builtin: tuple[Routine, ...] | None = None
        self._repository: RoutineRepository | None = None

    def builtin(self) -> tuple[Routine, ...]:
        """The routines that come with the app, in English."""
        if self._builtin is None:
            from acupress_desktop.storage.routines import load_builtin_routines

            self._builtin = tuple(load_builtin_routines(self._language.base_catalogue))
        return self._builtin

    def repository(self) -> RoutineRepository:
        """Saved and built-in routines (built on first use)."""
        if self._repository is None:
            from acupress_desktop.storage.routines import RoutineRepository

            self._repository = RoutineRepository(
                self._data.database(),
                self.builtin(),
                catalogue=self._language.catalogue,
                now=lambda: self._wall_clock().astimezone(UTC),
            )
            if self._language.code != "en":
                self._show_builtins_in_catalogue_language(self._repository)
        return self._repository

    def favourite(self) -> Routine | None:
        """The first favourite routine (as the Routines list orders them), or None when none is
        starred or the routines cannot be read (logged)."""
        from acupress_desktop.storage.db_errors import DatabaseError

        try:
            stored = self.repository().list()
        except DatabaseError as exc:
            log.warning("favourite routine not read: %r", exc)
            return None
        return next((entry.routine for entry in stored if entry.favourite), None)

    def _show_builtins_in_catalogue_language(self, routines: RoutineRepository) -> None:
        routines.set_builtin_texts(self._language.localized_routines(self.builtin()))

    def language_changed(self) -> None:
        """The catalogue's language changed: the built-ins' texts follow, the page shows them."""
        if self._repository is not None:
            self._show_builtins_in_catalogue_language(self._repository)
        self.refresh_page()

    def build_page(self) -> RoutinesPage:
        """The Routines tab (the main window calls this when the tab is first shown)."""
        from acupress_desktop.controllers.routines import RoutinesController
        from acupress_desktop.ui.routines.routines_page import RoutinesPage

        catalogue = self._language.catalogue
        page = RoutinesPage(
            catalogue,
            RoutinesController(self.repository(), catalogue),
            outcomes=self._outcomes,
            planned=self._planned,
        )
        page.start_requested.connect(self._start_routine)
        page.notice.connect(self._notices.status)
        return page

    def page_built(self) -> bool:
        """True once the Routines tab was built."""
        return self._window.page_built(ROUTINES_TAB)

    def page(self) -> RoutinesPage:
        """The Routines tab (built now if it was not yet)."""
        from acupress_desktop.ui.routines.routines_page import RoutinesPage

        page = self._window.page(ROUTINES_TAB)
        assert isinstance(page, RoutinesPage)
        return page

    def refresh_page(self) -> None:
        """Show the routines as saved now (if the page was built)."""
        if self.page_built():
            self.page().refresh()

    def show_page(self) -> RoutinesPage:
        """Bring the Routines tab to the front."""
        self._window.show_tab(ROUTINES_TAB)
        return self.page()

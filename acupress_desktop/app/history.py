"""The history feature: every session, saved at its end, and the History tab (built when
first shown)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from acupress_desktop.app.browse import HISTORY_TAB, ROUTINES_TAB
from acupress_desktop.app.data import DataFile
from acupress_desktop.app.notices import Notices
from acupress_desktop.ui.main_window import MainWindow

if TYPE_CHECKING:
    from acupress_desktop.app.settings import SettingsFeature
    from acupress_desktop.core.catalogue import Catalogue
    from acupress_desktop.core.history import SessionRecord
    from acupress_desktop.core.outcomes import Outcome
    from acupress_desktop.core.routine import Routine
    from acupress_desktop.storage.history import HistoryRepository
    from acupress_desktop.ui.history.history_view import HistoryView


class HistoryFeature:
    """History: the repository on first use, the page when its tab is first shown."""

    def __init__(
        self,
        data: DataFile,
        window: MainWindow,
        notices: Notices,
        wall_clock: Callable[[], datetime],
        *,
        settings: SettingsFeature | None = None,
        catalogue: Catalogue | None = None,
    ) -> None:
        self._data = data
        self._settings = settings
        self._catalogue = catalogue
        self._window = window
        self._notices = notices
        self._wall_clock = wall_clock
        self._repository: HistoryRepository | None = None

    def repository(self) -> HistoryRepository:
        """Every session, finished or stopped (built on first use)."""
        if self._repository is None:
            from acupress_desktop.storage.history import HistoryRepository

            self._repository = HistoryRepository(self._data.database())
        return self._repository

    def build_page(self) -> HistoryView:
        """The History tab (the main window calls this when the tab is first shown)."""
        from acupress_desktop.controllers.history import HistoryController
        from acupress_desktop.ui.history.history_view import HistoryView

        today = lambda: self._wall_clock().astimezone().date()  # noqa: E731
        settings = self._settings
        goal = None
        if settings is not None:
            goal = (
                lambda: settings.current.weekly_goal_minutes,
                lambda minutes: settings.update(weekly_goal_minutes=minutes),
            )
        controller = HistoryController(self.repository(), today=today, goal=goal)
        page = HistoryView(controller, point_name=self._point_name)
        page.routines_requested.connect(lambda: self._window.show_tab(ROUTINES_TAB))
        return page

    def _point_name(self, point_id: str) -> str:
        """ "BL23 · Shenshu" for a point of the catalogue, else its id (a point since removed)."""
        if self._catalogue is None:
            return point_id
        try:
            return self._catalogue.point(point_id).title
        except KeyError:
            return point_id

    def page_built(self) -> bool:
        """True once the History tab was built."""
        return self._window.page_built(HISTORY_TAB)

    def page(self) -> HistoryView:
        """The History tab (built now if it was not yet)."""
        from acupress_desktop.ui.history.history_view import HistoryView

        page = self._window.page(HISTORY_TAB)
        assert isinstance(page, HistoryView)
        return page

    def refresh_page(self) -> None:
        """Show the history as saved now (if the page was built)."""
        if self.page_built():
            self.page().refresh()

    def add(self, record: SessionRecord) -> None:
        """A session, finished or stopped, goes to the history at once (pain comes later)."""
        from acupress_desktop.storage.db_errors import DatabaseError

        try:
            self.repository().add(record)
        except DatabaseError as exc:
            self._notices.warn(QCoreApplication.translate("App", "Session not saved"), str(exc))
        self.refresh_page()

    def keep_pain(self, record: SessionRecord) -> None:
        """The summary was closed: keep the pain scores with the session saved at its end."""
        if record.pain_before is None and record.pain_after is None:
            return
        from acupress_desktop.storage.db_errors import DatabaseError

        try:
            self.repository().set_pain(record)
        except DatabaseError as exc:
            self._notices.warn(QCoreApplication.translate("App", "Pain scores not saved"), str(exc))
        self.refresh_page()

    def file_under(self, record: SessionRecord, routine: Routine) -> None:
        """A session saved as a routine is listed under it (it was "Chosen points")."""
        from acupress_desktop.storage.db_errors import DatabaseError

        try:
            self.repository().set_routine(record, routine.name, routine.id)
        except DatabaseError as exc:
            self._notices.status(str(exc))
        self.refresh_page()

    def routine_outcomes(self) -> list[Outcome]:
        """The pain change per routine, for the routines list's "Most helpful" order ([] when the
        history cannot be read)."""
        from acupress_desktop.core.outcomes import routine_outcomes
        from acupress_desktop.storage.db_errors import DatabaseError

        try:
            return routine_outcomes(self.repository().list())
        except DatabaseError:
            return []

    def earlier_point_ids(self) -> list[tuple[str, ...]] | None:
        """The points of every earlier session (None when the history cannot be read)."""
        from acupress_desktop.storage.db_errors import DatabaseError

        try:
            return [record.point_ids for record in self.repository().list()]
        except DatabaseError:
            return None

    def practised_today(self) -> bool:
        """A session was recorded today (by the wall clock's local day)."""
        from acupress_desktop.core.history import local_date
        from acupress_desktop.storage.db_errors import DatabaseError

        try:
            records = self.repository().list()
        except DatabaseError:
            return False
        now = self._wall_clock().astimezone()
        tz = now.tzinfo
        return tz is not None and any(local_date(r, tz) == now.date() for r in records)

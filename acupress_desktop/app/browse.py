"""The browse feature: the first window (points, body map, details) and its browse state."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from acupress_desktop.controllers.models import BrowseState
from acupress_desktop.core.catalogue import Catalogue
from acupress_desktop.storage.settings import Settings
from acupress_desktop.ui.main_window import MainWindow

#: the main window's tabs
POINTS_TAB, ROUTINES_TAB, HISTORY_TAB = 0, 1, 2


class BrowseFeature:
    """The main window, built at once (it is what start-up shows); the Routines and History
    tabs come from the factories when first shown."""

    def __init__(
        self,
        catalogue: Catalogue,
        settings: Settings,
        routines_page: Callable[[], QWidget],
        history_page: Callable[[], QWidget],
    ) -> None:
        self.catalogue = catalogue
        self.state = BrowseState()
        self.window = MainWindow(catalogue, self.state, None, routines_page, history_page)
        self.window.restore_geometry_hex(settings.window_geometry)
        self.apply_settings(settings)

    def apply_settings(self, settings: Settings) -> None:
        """The settings the browse window shows: pregnancy filter, suggested point time."""
        self.window.set_pregnant(settings.pregnant)
        self.window.set_default_point_seconds(
            None if settings.point_time_suggested else settings.default_point_seconds
        )

    def show_point(self, code: str, pregnant: bool) -> bool:
        """``--point CODE``: select the point and show its details; say so when it cannot be
        seen at once (unknown, hidden by the pregnancy setting, a session on screen)."""
        from acupress_desktop.core.safety import visible_for
        from acupress_desktop.core.search import point_by_code

        window = self.window
        point = point_by_code(self.catalogue.points, code)
        if point is None:
            window.show_notice(
                QCoreApplication.translate("App", "There is no point “%1”.").replace("%1", code)
            )
            return False
        self.state.select_point(point.id)
        window.detail.show_point(point)
        if window.pages.currentWidget() is not window.tabs:
            window.show_notice(
                QCoreApplication.translate(
                    "App", "%1 is waiting on the Points page, after the session."
                ).replace("%1", point.title)
            )
            return True
        window.show_tab(POINTS_TAB)
        if not visible_for(point, pregnant):
            window.show_notice(
                QCoreApplication.translate(
                    "App",
                    "%1 is hidden from the cards because of the pregnancy setting; its details "
                    "are shown.",
                ).replace("%1", point.title)
            )
        return True

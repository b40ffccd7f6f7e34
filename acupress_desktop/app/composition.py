"""The composition root's object: the feature objects, built and wired once.

:class:`Acupress` builds, at start, only what the first window shows: the settings (read
before the window, which depends on them), the browse window, and the small feature objects
that build their own parts on first use through explicit methods — the data file
(:class:`~acupress_desktop.app.data.DataFile`, opened just after the window shows), routines and
history (their repositories, their tabs when first shown), the session (at the first session),
the reminder (when it is on), dialogs when first opened. The glue between features lives here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from acupress_desktop.app.autostart import AutostartFeature, launch_command
from acupress_desktop.app.browse import BrowseFeature
from acupress_desktop.app.data import DataFile
from acupress_desktop.app.history import HistoryFeature
from acupress_desktop.app.language import CatalogueLanguage, install_language
from acupress_desktop.app.notices import Notices
from acupress_desktop.app.reminder import ReminderFeature, session_notifier
from acupress_desktop.app.routines import RoutinesFeature
from acupress_desktop.app.session import SessionFeature
from acupress_desktop.app.settings import SettingsFeature
from acupress_desktop.controllers.ticker import QtTicker
from acupress_desktop.core.catalogue import Catalogue
from acupress_desktop.core.clock import Clock, SystemClock, Ticker, WallClock, local_now
from acupress_desktop.storage.autostart import autostart_path
from acupress_desktop.storage.settings import Settings, SettingsStore
from acupress_desktop.ui.theme import apply_theme

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from acupress_desktop.controllers.cues import CuePlayer
    from acupress_desktop.controllers.notifications import DesktopNotifier
    from acupress_desktop.ui.settings.settings_dialog import SettingsDialog

log = logging.getLogger(__name__)


class Acupress:
    """The app's feature objects, wired together.

    Attributes:
        catalogue: the validated point catalogue (its texts in the chosen language).
        language: the catalogue's language.
        settings, browse, data, routines, history, session, reminder: the features.
        window: the main window (the browse feature's).
        notices: warnings and status messages over it.

    ``clock`` (monotonic) and ``wall_clock`` (the date and time) are the only clocks: every
    part that needs one gets these. ``look=True`` (the app) applies the saved theme (or
    ``theme``) and language (or ``language``, e.g. from ``--lang``; the setting is left as it
    was) before the window is built; tests leave the look alone. ``notifier_factory`` makes the
    reminder's desktop notifier (the session bus's by default; None from it: no notifications).
    ``autostart_file`` is where "Start quietly at login" writes its entry (by default in
    ``$XDG_CONFIG_HOME/autostart``), ``launch`` the command it runs (by default this launch's).
    """

    def __init__(
        self,
        catalogue: Catalogue,
        data_dir: Path,
        clock: Clock | None = None,
        cues: CuePlayer | None = None,
        ticker_factory: Callable[[], Ticker] = QtTicker,
        wall_clock: WallClock = local_now,
        look: bool = False,
        theme: str | None = None,
        language: str | None = None,
        notifier_factory: Callable[[], DesktopNotifier | None] | None = None,
        autostart_file: Path | None = None,
        launch: Sequence[str] | None = None,
    ) -> None:
        clock = clock or SystemClock()
        self.catalogue = catalogue
        self.data_dir = data_dir
        store = SettingsStore(data_dir)
        saved = store.load()
        self.language = CatalogueLanguage(catalogue)
        app = QApplication.instance()
        if look and isinstance(app, QApplication):
            # before any widget exists: re-styling widgets already built costs ~70 ms
            apply_theme(app, theme or saved.theme, saved.text_size)
        if look:  # before the window: building it in English, then translating it, is slower
            self.language.set(language or saved.language)
            if isinstance(app, QApplication):
                install_language(app, language or saved.language)
        self.browse = BrowseFeature(
            catalogue, saved, lambda: self.routines.build_page(), lambda: self.history.build_page()
        )
        self.window = window = self.browse.window
        self.notices = notices = Notices(window)
        self.settings = SettingsFeature(store, saved, window, notices)
        self.data = DataFile(data_dir, wall_clock)
        self.routines = RoutinesFeature(
            self.data,
            self.language,
            window,
            notices,
            lambda routine: self.session.start_routine(routine),
            wall_clock,
            outcomes=lambda: self.history.routine_outcomes(),
            planned=lambda routine: self.session.planned(routine),
        )
        self.history = HistoryFeature(
            self.data, window, notices, wall_clock, settings=self.settings, catalogue=catalogue
        )
        self.session = SessionFeature(
            catalogue,
            window,
            notices,
            self.settings,
            self.routines,
            self.history,
            clock,
            wall_clock,
            ticker_factory,
            cues,
            on_started=lambda: self.reminder.hide_icon(),
        )
        self.reminder = ReminderFeature(
            window,
            notices,
            self.settings,
            self.history,
            self.session,
            ticker_factory,
            wall_clock,
            self.routines,
            notifier_factory or session_notifier,
        )
        self.autostart = AutostartFeature(
            self.settings,
            notices,
            autostart_file or autostart_path(),
            launch if launch is not None else launch_command(),
        )
        window.geometry_save_requested.connect(self._on_window_geometry_save_requested)
        window.closing.connect(self.save_pending)
        window.start_requested.connect(self.session.start_steps)
        window.settings_requested.connect(self.open_settings)
        window.import_requested.connect(self._on_window_import_requested)
        window.files_dropped.connect(lambda files: self.handle_arguments(files, None))
        if self.language.problem:
            notices.status(self.language.problem, 15000)

    def save_pending(self) -> bool:
        """Put on disk what is not saved yet, when the window closes and before the crash
        dialog: a running session is stopped and goes to the history like any other (routines,
        history and settings are saved as they change). True when a session was stopped."""
        running = self.session.running()
        self.session.stop()
        return running

    # -- what the command line (or a second copy) asks --------------------------------------
    def handle_arguments(
        self,
        files: Sequence[str | Path],
        routine: str | None,
        point: str | None = None,
        page: str | None = None,
    ) -> None:
        """Do what the command line (or a second copy's) asked: import routine files, show a
        point, open a page, start a routine."""
        for file in files:
            self.routines.show_page().import_file(Path(file))
        if point:
            self.show_point(point)
        if page:
            self.show_page(page)
        if routine and not self.session.running():
            self.session.start_routine_named(routine)

    def show_point(self, code: str) -> bool:
        """``--point CODE``: the point selected and its details shown (see
        :meth:`BrowseFeature.show_point`); False when there is no such point."""
        return self.browse.show_point(code, self.settings.current.pregnant)

    def show_page(self, page: str) -> None:
        """``--page``: points, routines, history, or the settings dialog."""
        from acupress_desktop.app.browse import HISTORY_TAB, POINTS_TAB, ROUTINES_TAB

        tabs = {"points": POINTS_TAB, "routines": ROUTINES_TAB, "history": HISTORY_TAB}
        if page in tabs:
            self.window.show_tab(tabs[page])
        elif page == "settings":
            self.open_settings()

    def _on_window_import_requested(self) -> None:
        """File → Import routines… : the Routines page, and its file dialog."""
        self.routines.show_page().choose_import()

    # -- settings ------------------------------------------------------------------------------
    def open_settings(self) -> SettingsDialog:
        """File → Settings… (Ctrl+,): the settings dialog (its "Start quietly at login" as the
        autostart file is now)."""
        if self.settings.dialog is None:
            self.autostart.sync()
        return self.settings.open_dialog(self.session.sound_problems, self.apply_settings)

    def apply_settings(self, new: Settings) -> None:
        """Save what the dialog changed and put it into effect at once."""
        from acupress_desktop.ui.settings.settings_values import changed_fields

        changes = changed_fields(self.settings.current, new)
        if not changes:
            return
        self.settings.update(**changes)
        s = self.settings.current
        app = QApplication.instance()
        if {"theme", "text_size"} & changes.keys() and isinstance(app, QApplication):
            apply_theme(app, s.theme, s.text_size)
        if "language" in changes and isinstance(app, QApplication):
            self.set_language(s.language)
        self.session.apply_settings()
        self.browse.apply_settings(s)
        if {"reminder_enabled", "reminder_time"} & changes.keys():
            self.reminder.apply_settings()
        if {"start_at_login", "reminder_enabled"} & changes.keys():
            # the entry starts the app only for the reminder: with the reminder off it would
            # open the window at every login, so it goes, and the choice is kept for later
            self.autostart.apply(s.start_at_login, wanted_now=s.reminder_enabled)

    def set_language(self, language: str) -> None:
        """Switch every text, Qt's, the app's and the catalogue's, without a restart.

        The catalogue's texts are swapped first, so the LanguageChange that installing the
        translators sends makes every view re-read its points in the new language.
        """
        problem = self.language.set(language)
        if problem:
            self.notices.status(problem, 15000)
        self.routines.language_changed()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_language(app, language)

    def _on_window_geometry_save_requested(self, geometry: str) -> None:
        if geometry != self.settings.current.window_geometry:
            self.settings.update(window_geometry=geometry)

    # -- the data file -----------------------------------------------------------------------
    def report_database_problem(self) -> QMessageBox | None:
        """Tell the user what happened to the data file; offer the newest backup if it was damaged."""
        report = self.data.report()
        if not report.problem:
            return None
        log.warning("data file at start: %s", report.problem)
        box = self.notices.warn(
            QCoreApplication.translate("App", "Your saved data"), report.problem
        )
        if report.moved_aside is not None and report.backups:
            from acupress_desktop.ui.help.app_dialogs import add_restore_button

            add_restore_button(box, lambda: self.restore_backup(report.backups[0]))
        return box

    def restore_backup(self, backup: Path) -> None:
        """Replace the data file with a backup (the current file is kept aside)."""
        from acupress_desktop.storage.db_errors import DatabaseError

        try:
            self.data.database().restore_backup(backup)
        except DatabaseError as exc:
            self.notices.warn(QCoreApplication.translate("App", "Backup not restored"), str(exc))
            return
        self.routines.refresh_page()
        self.history.refresh_page()
        self.notices.status(
            QCoreApplication.translate("App", "Restored the backup from %1.").replace(
                "%1", backup.name
            ),
            15000,
        )

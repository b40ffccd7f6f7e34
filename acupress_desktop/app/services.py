"""The app's services: everything built once and wired together (the composition root's object).

Start-up builds only what the first window shows; the data file opens just after the window
shows, the session parts at the first session (``sessions.SessionServices``), the reminder when
it is on (``reminders.ReminderServices``), dialogs and tabs when first opened.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon, QWidget

from acupress_desktop.app.language import install_language, language_code, routine_overlay
from acupress_desktop.app.reminders import ReminderServices
from acupress_desktop.app.sessions import SessionServices
from acupress_desktop.controllers.models import BrowseState
from acupress_desktop.controllers.ticker import QtTicker
from acupress_desktop.core.catalogue import Catalogue
from acupress_desktop.core.clock import Clock, SystemClock, Ticker
from acupress_desktop.storage.settings import Settings, SettingsError, SettingsStore
from acupress_desktop.ui.main_window import MainWindow
from acupress_desktop.ui.theme import apply_theme

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from acupress_desktop.controllers.cues import CuePlayer
    from acupress_desktop.controllers.reminder import ReminderController
    from acupress_desktop.controllers.session_controller import SessionController
    from acupress_desktop.core.history import SessionRecord
    from acupress_desktop.core.routine import Routine, RoutineStep
    from acupress_desktop.storage.database import Database, OpenReport
    from acupress_desktop.storage.history import HistoryRepository
    from acupress_desktop.storage.routines import RoutineRepository
    from acupress_desktop.ui.history_view import HistoryView
    from acupress_desktop.ui.routines_page import RoutinesPage
    from acupress_desktop.ui.safety_dialog import SafetyDialog
    from acupress_desktop.ui.settings_dialog import SettingsDialog


class Services(SessionServices, ReminderServices):
    """Everything the app builds once, wired together.

    Attributes:
        data_dir: where every file the app writes lives.
        settings_store, settings: persisted settings and their current value.
        catalogue: the validated point catalogue.
        browse: the browse state shared by the main window's views.
        window: the main window.

    ``look=True`` (the app) applies the saved theme (or ``theme``) and language before the window
    is built; tests leave the look alone. The data file, the session parts and the reminder are
    built on first use, so start-up does only what the first window needs.
    """

    def __init__(
        self,
        catalogue: Catalogue,
        data_dir: Path,
        clock: Clock | None = None,
        cues: CuePlayer | None = None,
        ticker_factory: Callable[[], Ticker] = QtTicker,
        wall_clock: Callable[[], datetime] = datetime.now,
        look: bool = False,
        theme: str | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.catalogue = catalogue
        #: the English catalogue as loaded; ``catalogue`` holds the texts of the chosen language
        self.base_catalogue = replace(catalogue)
        self.settings_store = SettingsStore(data_dir)
        self.settings: Settings = self.settings_store.load()
        app = QApplication.instance()
        if look and isinstance(app, QApplication):
            # before any widget exists: re-styling widgets already built costs ~70 ms
            apply_theme(app, theme or self.settings.theme, self.settings.text_size)
        #: the language of the catalogue's texts now; a problem with the translated catalogue
        self._catalogue_language = "en"
        self.language_problem = ""
        if look:  # before the window: building it in English, then translating it, is slower
            self._set_catalogue_language(self.settings.language)
            if isinstance(app, QApplication):
                install_language(app, self.settings.language)
        self.last_notice = ""
        self._adhoc_steps: tuple[RoutineStep, ...] = ()
        self._session_muted = False
        self._last_record: SessionRecord | None = None  # the newest session, for its summary
        #: why sound or speech cannot play (said once; Settings shows them)
        self.sound_problems: list[str] = []
        self._clock = clock or SystemClock()
        self._given_cues = cues
        self._ticker_factory = ticker_factory
        self._wall_clock = wall_clock
        # built when first needed: the data file (just after the window shows), the session
        # machinery (at the first session), the reminder (when it is switched on)
        self._db: tuple[Database, OpenReport] | None = None
        self._routines: RoutineRepository | None = None
        self._history: HistoryRepository | None = None
        self._builtin_routines: tuple[Routine, ...] | None = None
        self._session: SessionController | None = None
        self._reminder: ReminderController | None = None
        self.browse = BrowseState()
        self.window = MainWindow(
            catalogue,
            self.browse,
            None,
            self._build_routines_page,
            self._build_history_page,
        )
        self.window.restore_geometry_hex(self.settings.window_geometry)
        self.window.geometry_save_requested.connect(self._on_window_geometry_save_requested)
        self.window.closing.connect(self._on_window_closing)
        self.window.start_requested.connect(self.start_steps)

        # Settings dialog, pregnancy caution, daily reminder
        self.settings_dialog: SettingsDialog | None = None
        self.pregnancy_box: QMessageBox | None = None
        self.red_flag_box: QWidget | None = None
        self.window.settings_requested.connect(self.open_settings)
        self.window.import_requested.connect(self._on_window_import_requested)
        self.window.files_dropped.connect(lambda files: self.handle_arguments(files, None))
        self.window.set_pregnant(self.settings.pregnant)
        self.window.set_default_point_seconds(
            None if self.settings.point_time_suggested else self.settings.default_point_seconds
        )
        self._reminder_icon: QSystemTrayIcon | None = None
        if self.language_problem:
            self.window.statusBar().showMessage(self.language_problem, 15000)

    @property
    def db(self) -> Database:
        """The data file (opened on first use; see :func:`open_database`)."""
        return self._open_db()[0]

    @property
    def db_report(self) -> OpenReport:
        """What happened when the data file was opened."""
        return self._open_db()[1]

    def _open_db(self) -> tuple[Database, OpenReport]:
        if self._db is None:
            self._db = open_database(self.data_dir)
        return self._db

    @property
    def builtin_routines(self) -> tuple[Routine, ...]:
        """The routines that come with the app, in English."""
        if self._builtin_routines is None:
            from acupress_desktop.storage.routines import load_builtin_routines

            self._builtin_routines = tuple(load_builtin_routines(self.base_catalogue))
        return self._builtin_routines

    @property
    def routines(self) -> RoutineRepository:
        """Saved and built-in routines."""
        if self._routines is None:
            from acupress_desktop.storage.routines import RoutineRepository

            self._routines = RoutineRepository(
                self.db, self.builtin_routines, catalogue=self.catalogue
            )
            if self._catalogue_language != "en":
                self._show_builtins_in_catalogue_language(self._routines)
        return self._routines

    def _show_builtins_in_catalogue_language(self, routines: RoutineRepository) -> None:
        """The built-in routines' names and notes in the language the points are shown in."""
        from acupress_desktop.core.localize import localize_routines

        code = self._catalogue_language
        overlay = routine_overlay(code) if code != "en" else None
        routines.set_builtin_texts(localize_routines(self.builtin_routines, overlay))

    @property
    def history(self) -> HistoryRepository:
        """Every session, finished or stopped."""
        if self._history is None:
            from acupress_desktop.storage.history import HistoryRepository

            self._history = HistoryRepository(self.db)
        return self._history

    # -- the Routines and History tabs, built when first needed -------------------------------
    ROUTINES_TAB, HISTORY_TAB = 1, 2

    @property
    def routines_page(self) -> RoutinesPage:
        """The Routines tab (built on first use)."""
        from acupress_desktop.ui.routines_page import RoutinesPage

        page = self.window.page(self.ROUTINES_TAB)
        assert isinstance(page, RoutinesPage)
        return page

    @property
    def history_page(self) -> HistoryView:
        """The History tab (built on first use)."""
        from acupress_desktop.ui.history_view import HistoryView

        page = self.window.page(self.HISTORY_TAB)
        assert isinstance(page, HistoryView)
        return page

    def _build_routines_page(self) -> QWidget:
        from acupress_desktop.controllers.routines import RoutinesController
        from acupress_desktop.ui.routines_page import RoutinesPage  # imported when first shown

        page = RoutinesPage(self.catalogue, RoutinesController(self.routines, self.catalogue))
        page.start_requested.connect(self.start_routine)
        page.notice.connect(self._on_page_notice)
        return page

    def _build_history_page(self) -> QWidget:
        from acupress_desktop.controllers.history import HistoryController
        from acupress_desktop.ui.history_view import HistoryView  # imported when first shown

        page = HistoryView(HistoryController(self.history))
        page.routines_requested.connect(lambda: self.window.show_tab(self.ROUTINES_TAB))
        return page

    def _refresh_built_pages(self) -> None:
        if self.window.page_built(self.ROUTINES_TAB):
            self.routines_page.refresh()
        if self.window.page_built(self.HISTORY_TAB):
            self.history_page.refresh()

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
            self.window.show_tab(self.ROUTINES_TAB)
            self.routines_page.import_file(Path(file))
        if point:
            self.show_point(point)
        if page:
            self.show_page(page)
        if routine and not (self.session_built and self.session.running):
            self.start_routine_named(routine)

    def show_point(self, code: str) -> bool:
        """``--point CODE``: select the point and show its details; say so when it cannot be
        seen at once (unknown, hidden by the pregnancy setting, a session on screen)."""
        from acupress_desktop.core.safety import visible_for
        from acupress_desktop.core.search import point_by_code

        point = point_by_code(self.catalogue.points, code)
        if point is None:
            self.window.show_notice(
                QCoreApplication.translate("App", "There is no point “%1”.").replace("%1", code)
            )
            return False
        self.browse.select_point(point.id)
        self.window.detail.show_point(point)
        if self.window.pages.currentWidget() is not self.window.tabs:
            self.window.show_notice(
                QCoreApplication.translate(
                    "App", "%1 is waiting on the Points page, after the session."
                ).replace("%1", point.title)
            )
            return True
        self.window.show_tab(0)
        if not visible_for(point, self.settings.pregnant):
            self.window.show_notice(
                QCoreApplication.translate(
                    "App",
                    "%1 is hidden from the cards because of the pregnancy setting; its details "
                    "are shown.",
                ).replace("%1", point.title)
            )
        return True

    def show_page(self, page: str) -> None:
        """``--page``: points, routines, history, or the settings dialog."""
        tabs = {"points": 0, "routines": self.ROUTINES_TAB, "history": self.HISTORY_TAB}
        if page in tabs:
            self.window.show_tab(tabs[page])
        elif page == "settings":
            self.open_settings()

    def _on_window_import_requested(self) -> None:
        """File → Import routines… : the Routines page, and its file dialog."""
        self.window.show_tab(self.ROUTINES_TAB)
        self.routines_page.choose_import()

    def _on_page_notice(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 10000)

    def report_database_problem(self) -> QMessageBox | None:
        """Tell the user what happened to the data file; offer the newest backup if it was damaged."""
        report = self.db_report
        if not report.problem:
            return None
        log.warning("data file at start: %s", report.problem)
        box = self.notify(QCoreApplication.translate("App", "Your saved data"), report.problem)
        if report.moved_aside is not None and report.backups:
            restore = box.addButton(
                QCoreApplication.translate("App", "Restore the newest backup"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            restore.clicked.connect(lambda: self.restore_backup(report.backups[0]))
        return box

    def restore_backup(self, backup: Path) -> None:
        """Replace the data file with a backup (the current file is kept aside)."""
        from acupress_desktop.storage.database import DatabaseError

        try:
            self.db.restore_backup(backup)
        except DatabaseError as exc:
            self.notify(QCoreApplication.translate("App", "Backup not restored"), str(exc))
            return
        self._refresh_built_pages()
        self.window.statusBar().showMessage(
            QCoreApplication.translate("App", "Restored the backup from %1.").replace(
                "%1", backup.name
            ),
            15000,
        )

    def update_settings(self, **changes: object) -> None:
        """Change and save settings; a failed save is reported and the app carries on."""

        self.settings = replace(self.settings, **changes)  # type: ignore[arg-type]
        try:
            self.settings_store.save(self.settings)
        except SettingsError as exc:
            self.notify(QCoreApplication.translate("App", "Settings not saved"), str(exc))

    def open_settings(self) -> SettingsDialog:
        """File → Settings… (Ctrl+,): the settings dialog, window-modal, one at a time."""
        if self.settings_dialog is not None:
            self.settings_dialog.raise_()
            self.settings_dialog.activateWindow()
            return self.settings_dialog
        from acupress_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.window)
        dialog.set_sound_problems(self.sound_problems)
        dialog.settings_applied.connect(self.apply_settings)
        dialog.finished.connect(self._on_settings_dialog_finished)
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def _on_settings_dialog_finished(self, result: int) -> None:
        if self.settings_dialog is not None:
            self.settings_dialog.deleteLater()
            self.settings_dialog = None

    def apply_settings(self, new: Settings) -> None:
        """Save what the dialog changed and put it into effect at once."""
        from acupress_desktop.core.reminder import parse_time_of_day
        from acupress_desktop.ui.settings_dialog import changed_fields

        changes = changed_fields(self.settings, new)
        if not changes:
            return
        self.update_settings(**changes)
        s = self.settings
        app = QApplication.instance()
        if {"theme", "text_size"} & changes.keys() and isinstance(app, QApplication):
            apply_theme(app, s.theme, s.text_size)
        if "language" in changes and isinstance(app, QApplication):
            self.set_language(s.language)
        if self.session_built:  # otherwise the session parts read the settings when built
            self.apply_session_settings()
        self.window.set_pregnant(s.pregnant)
        self.window.set_default_point_seconds(
            None if s.point_time_suggested else s.default_point_seconds
        )
        if {"reminder_enabled", "reminder_time"} & changes.keys() and (
            s.reminder_enabled or self._reminder is not None
        ):
            self.reminder.set_schedule(s.reminder_enabled, parse_time_of_day(s.reminder_time))

    def report_startup_problems(self) -> None:
        """Tell the user what happened to a damaged settings file."""
        if self.settings_store.problem:
            log.warning("settings at start: %s", self.settings_store.problem)
            self.notify(
                QCoreApplication.translate("App", "Settings reset"), self.settings_store.problem
            )

    def notify(self, title: str, text: str) -> QMessageBox:
        """Tell the user something went wrong, without blocking the app (window-modal box)."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok)
        box.setTextFormat(Qt.TextFormat.PlainText)  # names and paths in it are shown as written
        box.setParent(self.window, box.windowFlags())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_notice = text
        return box

    def show_safety_notice_if_new(self) -> SafetyDialog | None:
        """First start: open the safety notice (window-modal); acknowledging it is remembered."""
        if self.settings.safety_notice_seen:
            return None
        from acupress_desktop.ui.safety_dialog import SafetyDialog

        dialog = SafetyDialog(self.window)
        dialog.accepted.connect(self._on_safety_dialog_accepted)
        dialog.open()
        return dialog

    def _on_safety_dialog_accepted(self) -> None:
        self.update_settings(safety_notice_seen=True)

    def set_language(self, language: str) -> None:
        """Switch every text, Qt's, the app's and the catalogue's, without a restart.

        The catalogue's texts are swapped first, so the LanguageChange that installing the
        translators sends makes every view re-read its points in the new language.
        """
        self._set_catalogue_language(language)
        if self._routines is not None:
            self._show_builtins_in_catalogue_language(self._routines)
        if self.window.page_built(self.ROUTINES_TAB):
            self.routines_page.refresh()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_language(app, language)

    def _set_catalogue_language(self, language: str) -> None:
        code = language_code(language)
        if code == self._catalogue_language == "en":
            return  # the catalogue as loaded is English
        from acupress_desktop.core.localize import OverlayError, load_overlay, localize_catalogue

        try:
            overlay = load_overlay(code) if code != "en" else None
        except OverlayError as exc:
            overlay = None
            self.language_problem = str(exc)
            window: MainWindow | None = getattr(self, "window", None)
            if window is not None:
                window.statusBar().showMessage(str(exc), 15000)
        self.catalogue.replace_texts(localize_catalogue(self.base_catalogue, overlay))
        self._catalogue_language = code

    def _on_window_closing(self) -> None:
        """Quitting mid-session stops the session, so it goes to the history like any other."""
        if self.session_built and self.session.running:
            self.session.stop()

    def _on_window_geometry_save_requested(self, geometry: str) -> None:
        if geometry != self.settings.window_geometry:
            self.update_settings(window_geometry=geometry)


#: Folders that older versions made for a temporary store and never removed.
SCRATCH_PREFIX = "acupress-scratch-"
#: A scratch folder untouched this long is stale (a younger one may belong to a running copy).
STALE_SCRATCH_SECONDS = 24 * 3600


def open_database(data_dir: Path) -> tuple[Database, OpenReport]:
    """The data file, or — when it cannot be used (made by a newer Acupress, unreadable) — a
    temporary store in memory, so the app still works; the report says what happened and that
    nothing was changed in the user's file. Nothing is written outside the data folder."""
    from acupress_desktop.storage.database import Database, DatabaseError, OpenReport

    remove_stale_scratch_folders()
    try:
        return Database.open(data_dir)
    except DatabaseError as exc:
        log.warning("the data file in %s cannot be used; a temporary store is used", data_dir)
        db = Database.temporary_store(data_dir)
        problem = QCoreApplication.translate(
            "App",
            "%1 Acupress is running with an empty, temporary store: routines and sessions you "
            "save now will not be kept.",
        ).replace("%1", str(exc))
        return db, OpenReport(moved_aside=None, backups=(), problem=problem)


def remove_stale_scratch_folders(now: float | None = None) -> None:
    """Remove the acupress-scratch-* folders older versions left in the temporary folder (the
    user's own, untouched for a day); never raises."""
    import shutil
    import tempfile
    import time

    moment = time.time() if now is None else now
    try:
        entries = list(Path(tempfile.gettempdir()).glob(f"{SCRATCH_PREFIX}*"))
    except OSError:
        return
    for entry in entries:
        try:
            info = entry.lstat()
            mine = not hasattr(os, "getuid") or info.st_uid == os.getuid()
            if entry.is_dir() and mine and moment - info.st_mtime > STALE_SCRATCH_SECONDS:
                shutil.rmtree(entry, ignore_errors=True)
                log.info("removed a stale temporary store %s", entry)
        except OSError:
            continue

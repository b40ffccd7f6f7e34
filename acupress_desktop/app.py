"""Composition root: parses arguments, resolves paths, builds every service once and shows the window."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon, QWidget

from acupress_desktop import APP_NAME, __version__
from acupress_desktop.compat import guard_none_refcount
from acupress_desktop.controllers.models import BrowseState
from acupress_desktop.controllers.single_instance import InstanceServer, hand_over
from acupress_desktop.controllers.ticker import QtTicker
from acupress_desktop.core.catalogue import Catalogue, CatalogueError, load_catalogue
from acupress_desktop.core.clock import Clock, SystemClock, Ticker
from acupress_desktop.core.text import set_translator
from acupress_desktop.resources import asset_path
from acupress_desktop.storage.settings import Settings, SettingsError, SettingsStore
from acupress_desktop.ui.main_window import MainWindow
from acupress_desktop.ui.theme import THEMES, apply_theme

# Everything else is imported where it is first used: a session's widgets and sounds, the
# database, the dialogs. Start-up then loads only what the first window shows (see
# docs/benchmarks.md, "Start-up").
if TYPE_CHECKING:
    from acupress_desktop.controllers.cues import CuePlayer
    from acupress_desktop.controllers.reminder import ReminderController
    from acupress_desktop.controllers.screen_awake import ScreenAwake
    from acupress_desktop.controllers.session_controller import SessionController
    from acupress_desktop.core.breathing import BreathingPattern
    from acupress_desktop.core.history import SessionRecord
    from acupress_desktop.core.routine import Routine, RoutineStep
    from acupress_desktop.core.session import Snapshot
    from acupress_desktop.storage.database import Database, OpenReport
    from acupress_desktop.storage.history import HistoryRepository
    from acupress_desktop.storage.routines import RoutineRepository
    from acupress_desktop.ui.history_view import HistoryView
    from acupress_desktop.ui.mini_timer import MiniTimer
    from acupress_desktop.ui.routines_page import RoutinesPage
    from acupress_desktop.ui.safety_dialog import SafetyDialog
    from acupress_desktop.ui.session_view import SessionView
    from acupress_desktop.ui.settings_dialog import SettingsDialog
    from acupress_desktop.ui.tray import SessionTray


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(
        prog="acupress", description="Guided acupressure for back pain."
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="keep every file the app writes (settings, routines, history) in DIR",
    )
    parser.add_argument(
        "--no-safety-notice",
        action="store_true",
        help="do not show the first-start safety notice (it stays under Help)",
    )
    parser.add_argument(
        "--point", metavar="CODE", help="open with this point selected, e.g. --point BL23"
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="PNG",
        help="save a picture of the main window to PNG and quit (for documentation)",
    )
    parser.add_argument(
        "--routine", metavar="NAME", help="start the routine with this name straight away"
    )
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILE.acupress.json",
        help="routine files to import (all or nothing per file)",
    )
    parser.add_argument(
        "--page",
        choices=("points", "routines", "history", "settings"),
        help="open on this page (settings opens the settings dialog)",
    )
    parser.add_argument(
        "--theme",
        choices=THEMES,
        default=None,
        help="colours for this run: system, light, dark or high-contrast "
        "(default: the theme chosen in Settings)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_args(list(argv))


def default_data_dir() -> Path:
    """The platform's per-user data folder for Acupress."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


class Services:
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
        self.window.start_requested.connect(self.start_steps)

        # Settings dialog, pregnancy caution, daily reminder
        self.settings_dialog: SettingsDialog | None = None
        self.pregnancy_box: QMessageBox | None = None
        self.window.settings_requested.connect(self.open_settings)
        self.window.set_pregnant(self.settings.pregnant)
        self.window.set_default_point_seconds(
            None if self.settings.point_time_suggested else self.settings.default_point_seconds
        )
        self._reminder_icon: QSystemTrayIcon | None = None
        if self.language_problem:
            self.window.statusBar().showMessage(self.language_problem, 15000)

    # -- the data file, opened when first needed ----------------------------------------------
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
            from acupress_desktop.core.localize import localize_routines
            from acupress_desktop.storage.routines import RoutineRepository

            self._routines = RoutineRepository(
                self.db, self.builtin_routines, catalogue=self.catalogue
            )
            code = self._language_code(self.settings.language)
            if code != "en":
                self._routines.set_builtin_texts(
                    localize_routines(self.builtin_routines, _routine_overlay(code))
                )
        return self._routines

    @property
    def history(self) -> HistoryRepository:
        """Every session, finished or stopped."""
        if self._history is None:
            from acupress_desktop.storage.history import HistoryRepository

            self._history = HistoryRepository(self.db)
        return self._history

    # -- the session machinery, built at the first session ------------------------------------
    @property
    def session_built(self) -> bool:
        """True once a session has been started (or the session parts were asked for)."""
        return self._session is not None

    @property
    def session(self) -> SessionController:
        """The session controller (built, with its page, sounds and tray, on first use)."""
        if self._session is None:
            self._build_session()
        assert self._session is not None
        return self._session

    @property
    def cues(self) -> CuePlayer:
        """Cue sounds and spoken prompts."""
        self.session  # noqa: B018 - builds the session parts
        return self._cues

    @property
    def session_view(self) -> SessionView:
        """The guided-session page."""
        self.session  # noqa: B018
        return self._session_view

    @property
    def mini_timer(self) -> MiniTimer:
        """The always-on-top mini timer."""
        self.session  # noqa: B018
        return self._mini_timer

    @property
    def tray(self) -> SessionTray:
        """The tray icon shown during a session."""
        self.session  # noqa: B018
        return self._tray

    @property
    def screen_awake(self) -> ScreenAwake:
        """Keeps the screen on while a session runs."""
        self.session  # noqa: B018
        return self._screen_awake

    def _build_session(self) -> None:
        from acupress_desktop.controllers.cues import CuePlayer
        from acupress_desktop.controllers.screen_awake import ScreenAwake
        from acupress_desktop.controllers.session_controller import SessionController
        from acupress_desktop.ui.mini_timer import MiniTimer
        from acupress_desktop.ui.session_view import SessionView
        from acupress_desktop.ui.tray import SessionTray

        settings, catalogue = self.settings, self.catalogue
        self._cues = self._given_cues or CuePlayer(asset_path("sounds"), clock=self._clock)
        self._cues.set_volume(settings.sound_volume)
        self._cues.set_muted(settings.muted)
        self._cues.set_speech_enabled(settings.spoken_prompts)
        self.ticker = self._ticker_factory()
        self.frame_ticker = self._ticker_factory()
        session = SessionController(
            catalogue, self._clock, self.ticker, self.frame_ticker, self._cues
        )
        session.set_speech_enabled(settings.spoken_prompts)
        view = SessionView(catalogue, session)
        view.set_muted(settings.muted)
        view.pacer.set_reduced_motion(settings.reduced_motion)
        self._session_view = view
        self.window.set_session_page(view)
        self._mini_timer = MiniTimer(catalogue, session)
        self._tray = SessionTray(session, self.window)
        self._screen_awake = ScreenAwake(APP_NAME, self.window)
        session.session_started.connect(self._on_session_started)
        session.session_finished.connect(self._on_session_finished)
        view.closed.connect(self.window.show_browse_page)
        view.record_saved.connect(self._on_session_view_record_saved)
        view.save_as_routine_requested.connect(self._on_save_as_routine_requested)
        view.fullscreen_requested.connect(self.window.toggle_full_screen)
        view.mute_requested.connect(self.toggle_mute)
        view.mini_timer_requested.connect(self.toggle_mini_timer)
        self._cues.became_unavailable.connect(self._on_cues_became_unavailable)
        self._session = session

    @property
    def reminder(self) -> ReminderController:
        """The daily reminder."""
        if self._reminder is None:
            from acupress_desktop.controllers.reminder import ReminderController

            self.reminder_ticker = self._ticker_factory()
            self._reminder = ReminderController(
                self.reminder_ticker,
                self.show_reminder,
                wall_clock=self._wall_clock,
                last_shown=self.settings.reminder_last_shown_date(),
                save_last_shown=self._on_reminder_day_done,
                practised_today=self._practised_today,
            )
        return self._reminder

    # -- sessions -----------------------------------------------------------------------------
    def start_steps(
        self, steps: tuple[RoutineStep, ...], name: str = "", routine_id: str = ""
    ) -> None:
        """Start a session of these points with the user's session settings."""
        from acupress_desktop.core.routine import Routine

        settings = self.settings
        routine = Routine(
            name=name or QCoreApplication.translate("App", "Chosen points"),
            steps=tuple(steps),
            rest_seconds=settings.rest_seconds,
            get_ready_seconds=settings.get_ready_seconds,
            switch_seconds=settings.switch_seconds,
            breathing=self.breathing_pattern(settings.breathing).id,
        )
        adhoc = tuple(steps) if not routine_id else ()
        self._start_checked(routine, name, routine_id, adhoc)

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
        from acupress_desktop.ui.routines_page import RoutinesPage  # imported when first shown

        page = RoutinesPage(self.catalogue, self.routines)
        page.start_requested.connect(self.start_routine)
        page.notice.connect(self._on_page_notice)
        return page

    def _build_history_page(self) -> QWidget:
        from acupress_desktop.ui.history_view import HistoryView  # imported when first shown

        return HistoryView(self.history)

    def _refresh_built_pages(self) -> None:
        if self.window.page_built(self.ROUTINES_TAB):
            self.routines_page.refresh()
        if self.window.page_built(self.HISTORY_TAB):
            self.history_page.refresh()

    def start_routine(self, routine: Routine) -> None:
        """Start a saved or built-in routine as it is."""
        self._start_checked(routine, routine.name, routine.id, ())

    def breathing_pattern(self, pattern_id: str) -> BreathingPattern:
        """A pattern by id; "custom" is the user's custom pattern from the settings."""
        from acupress_desktop.core.breathing import pattern_by_id

        if pattern_id == "custom":
            return replace(self.settings, breathing="custom").breathing_pattern()
        return pattern_by_id(pattern_id)

    def _start_checked(
        self, routine: Routine, name: str, routine_id: str, adhoc: tuple[RoutineStep, ...]
    ) -> None:
        """Start now, or, when pregnant and the routine has flagged points, once confirmed."""
        from acupress_desktop.core.safety import needs_warning

        if needs_warning(routine, self.catalogue, self.settings.pregnant):
            self.confirm_pregnancy(routine, lambda: self._start(routine, name, routine_id, adhoc))
            return
        self._start(routine, name, routine_id, adhoc)

    def _start(
        self, routine: Routine, name: str, routine_id: str, adhoc: tuple[RoutineStep, ...]
    ) -> None:
        from acupress_desktop.core.plan import build_plan

        plan = build_plan(routine, self.catalogue)
        self._adhoc_steps = adhoc
        self.session.start(plan, self.breathing_pattern(routine.breathing), name, routine_id)

    def confirm_pregnancy(self, routine: Routine, proceed: Callable[[], None]) -> QMessageBox:
        """Ask before a session with points flagged for pregnancy (window-modal, not blocking).

        "Start anyway" calls ``proceed``; "Do not start" (the default, and Esc) does nothing.
        """
        from acupress_desktop.core.safety import warning_text_parts

        parts = warning_text_parts(routine, self.catalogue)
        details = []
        if parts.avoid:
            details.append(
                QCoreApplication.translate(
                    "App", "Traditionally avoided in pregnancy: %1."
                ).replace("%1", ", ".join(parts.avoid_titles))
            )
        if parts.caution:
            details.append(
                QCoreApplication.translate(
                    "App", "Press only lightly in pregnancy, after asking a professional: %1."
                ).replace("%1", ", ".join(parts.caution_titles))
            )
        details.append(
            QCoreApplication.translate(
                "App", "Ask your midwife or doctor before using acupressure in pregnancy."
            )
        )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("App", "Before you start"),
            QCoreApplication.translate(
                "App",
                "You have said that you are pregnant. This session has points marked for pregnancy.",
            ),
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        box.setInformativeText("\n\n".join(details))
        start = box.addButton(
            QCoreApplication.translate("App", "Start anyway"), QMessageBox.ButtonRole.AcceptRole
        )
        cancel = box.addButton(
            QCoreApplication.translate("App", "Do not start"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        start.clicked.connect(proceed)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.pregnancy_box = box
        self.last_notice = box.text()
        return box

    def start_routine_named(self, name: str) -> bool:
        """``--routine NAME``: start the routine with this name (any case); False if none."""
        from acupress_desktop.core.routine import RoutineError
        from acupress_desktop.storage.database import DatabaseError

        try:
            found = self.routines.find_by_name(name)
        except DatabaseError as exc:
            self.notify(QCoreApplication.translate("App", "Routines unavailable"), str(exc))
            return False
        if found is None:
            self.notify(
                QCoreApplication.translate("App", "No such routine"),
                QCoreApplication.translate("App", "There is no routine called “%1”.").replace(
                    "%1", name
                ),
            )
            return False
        try:
            self.routines.mark_used(found.routine.id)
        except (RoutineError, DatabaseError) as exc:
            self.window.statusBar().showMessage(str(exc), 10000)
        self.start_routine(found.routine)
        return True

    def handle_arguments(self, files: Sequence[str], routine: str | None) -> None:
        """Import routine files and/or start a routine, as asked on the command line."""
        for file in files:
            self.window.show_tab(1)
            self.routines_page.import_file(Path(file))
        if routine and not (self.session_built and self.session.running):
            self.start_routine_named(routine)

    def _on_session_view_record_saved(self, record: SessionRecord) -> None:
        """The summary was closed: keep the pain scores with the session saved at its end."""
        if record.pain_before is None and record.pain_after is None:
            return
        from acupress_desktop.storage.database import DatabaseError

        try:
            self.history.set_pain(record)
        except DatabaseError as exc:
            self.notify(QCoreApplication.translate("App", "Pain scores not saved"), str(exc))
        if self.window.page_built(self.HISTORY_TAB):
            self.history_page.refresh()

    def _on_save_as_routine_requested(self, name: str) -> None:
        if not self._adhoc_steps:
            return
        from acupress_desktop.core.routine import Routine

        routine = Routine(
            name=name,
            steps=self._adhoc_steps,
            rest_seconds=self.settings.rest_seconds,
            get_ready_seconds=self.settings.get_ready_seconds,
            switch_seconds=self.settings.switch_seconds,
            breathing=self.breathing_pattern(self.settings.breathing).id,
        )
        created = self.routines_page.save_new(routine)
        if created is not None:
            self.session_view.routine_saved(created.name)
            self._adhoc_steps = ()

    def _on_page_notice(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 10000)

    def report_database_problem(self) -> QMessageBox | None:
        """Tell the user what happened to the data file; offer the newest backup if it was damaged."""
        report = self.db_report
        if not report.problem:
            return None
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

    def toggle_mute(self) -> None:
        """M: all cue sounds off or on (remembered)."""
        muted = not self.settings.muted
        self.cues.set_muted(muted)
        self.session_view.set_muted(muted)
        self.update_settings(muted=muted)

    def toggle_mini_timer(self) -> None:
        """Ctrl+T: show or hide the always-on-top mini timer."""
        self.mini_timer.setVisible(not self.mini_timer.isVisible())

    def _on_session_started(self, snapshot: Snapshot) -> None:
        self.cues.prepare()  # load the sounds now, so the first chime is on time
        if self._reminder_icon is not None:
            self._reminder_icon.hide()
        self.window.show_session_page()
        self.screen_awake.hold(
            QCoreApplication.translate("App", "A guided acupressure session is running")
        )

    def _on_session_finished(self, record: SessionRecord) -> None:
        """Every session, finished or stopped, goes to the history at once (pain comes later)."""
        from acupress_desktop.storage.database import DatabaseError

        self.screen_awake.release()
        try:
            self.history.add(record)
        except DatabaseError as exc:
            self.notify(QCoreApplication.translate("App", "Session not saved"), str(exc))
        if self.window.page_built(self.HISTORY_TAB):
            self.history_page.refresh()

    def _on_cues_became_unavailable(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 15000)
        self.last_notice = message

    def update_settings(self, **changes: object) -> None:
        """Change and save settings; a failed save is reported and the app carries on."""

        self.settings = replace(self.settings, **changes)  # type: ignore[arg-type]
        try:
            self.settings_store.save(self.settings)
        except SettingsError as exc:
            self.notify(QCoreApplication.translate("App", "Settings not saved"), str(exc))

    # -- settings -----------------------------------------------------------------------------
    def open_settings(self) -> SettingsDialog:
        """File → Settings… (Ctrl+,): the settings dialog, window-modal, one at a time."""
        if self.settings_dialog is not None:
            self.settings_dialog.raise_()
            self.settings_dialog.activateWindow()
            return self.settings_dialog
        from acupress_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.window)
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
            self.cues.set_volume(s.sound_volume)
            self.cues.set_muted(s.muted)
            self.session_view.set_muted(s.muted)
            self.cues.set_speech_enabled(s.spoken_prompts)
            self.session.set_speech_enabled(s.spoken_prompts)
            self.session_view.pacer.set_reduced_motion(s.reduced_motion)
        self.window.set_pregnant(s.pregnant)
        self.window.set_default_point_seconds(
            None if s.point_time_suggested else s.default_point_seconds
        )
        if {"reminder_enabled", "reminder_time"} & changes.keys() and (
            s.reminder_enabled or self._reminder is not None
        ):
            self.reminder.set_schedule(s.reminder_enabled, parse_time_of_day(s.reminder_time))

    # -- daily reminder ---------------------------------------------------------------------
    def start_reminder(self) -> None:
        """Plan the daily reminder (at app start; one missed by less than 2 h shows now)."""
        from acupress_desktop.core.reminder import parse_time_of_day

        s = self.settings
        if not s.reminder_enabled and self._reminder is None:
            return  # off (the default): nothing to plan
        self.reminder.start(s.reminder_enabled, parse_time_of_day(s.reminder_time))

    def show_reminder(self) -> None:
        """The reminder: a tray message, or the status bar and a taskbar alert without a tray."""
        title = QCoreApplication.translate("App", "Time for acupressure")
        text = QCoreApplication.translate(
            "App", "A few calm minutes for your back: open Acupress and start a routine."
        )
        self.last_notice = text
        if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
            if self._reminder_icon is None:
                icon = QSystemTrayIcon(QIcon(str(asset_path("icons/acupress.svg"))), self.window)
                icon.setToolTip(APP_NAME)
                icon.messageClicked.connect(self._on_reminder_icon_clicked)
                icon.activated.connect(self._on_reminder_icon_clicked)
                self._reminder_icon = icon
            self._reminder_icon.show()
            self._reminder_icon.showMessage(
                title, text, QSystemTrayIcon.MessageIcon.Information, 15000
            )
        else:
            self.window.statusBar().showMessage(text, 60000)
            QApplication.alert(self.window)

    def _on_reminder_icon_clicked(self, *args: object) -> None:
        if self._reminder_icon is not None:
            self._reminder_icon.hide()
        window = self.window
        window.showNormal() if window.isMinimized() else window.show()
        window.raise_()
        window.activateWindow()
        window.show_tab(1)

    def _on_reminder_day_done(self, day: date) -> None:
        self.update_settings(reminder_last_shown=day.isoformat())

    def _practised_today(self) -> bool:
        """A session is running, or one was recorded today: the reminder stays quiet."""
        from acupress_desktop.core.history import local_date
        from acupress_desktop.storage.database import DatabaseError

        if self.session_built and self.session.running:
            return True
        try:
            records = self.history.list()
        except DatabaseError:
            return False
        now = datetime.now().astimezone()
        tz = now.tzinfo
        return tz is not None and any(local_date(r, tz) == now.date() for r in records)

    def report_startup_problems(self) -> None:
        """Tell the user what happened to a damaged settings file."""
        if self.settings_store.problem:
            self.notify(
                QCoreApplication.translate("App", "Settings reset"), self.settings_store.problem
            )

    def notify(self, title: str, text: str) -> QMessageBox:
        """Tell the user something went wrong, without blocking the app (window-modal box)."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok)
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
            from acupress_desktop.core.localize import localize_routines

            code = self._language_code(language)
            overlay = _routine_overlay(code) if code != "en" else None
            self._routines.set_builtin_texts(localize_routines(self.builtin_routines, overlay))
        if self.window.page_built(self.ROUTINES_TAB):
            self.routines_page.refresh()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_language(app, language)

    @staticmethod
    def _language_code(language: str) -> str:
        """ "es", "en", or for "system" the system's ("es_ES"); English needs no overlay."""
        code = QLocale().name() if language == "system" else language
        return "en" if code in ("C", "POSIX") or code.startswith("en") else code

    def _set_catalogue_language(self, language: str) -> None:
        code = self._language_code(language)
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

    def _on_window_geometry_save_requested(self, geometry: str) -> None:
        if geometry != self.settings.window_geometry:
            self.update_settings(window_geometry=geometry)


_translators: list[QTranslator] = []


def install_language(app: QApplication, language: str) -> bool:
    """Use ``language`` ("system", "en", "es") for Qt's texts and Acupress's own; every widget
    gets a LanguageChange event and retranslates. True when Acupress's translation was found."""
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    locale = QLocale() if language == "system" else QLocale(language)
    QLocale.setDefault(locale)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _translators.append(qt)
    own = QTranslator(app)
    if own.load(locale, "acupress", "_", str(Path(__file__).resolve().parent / "i18n")):
        app.installTranslator(own)
        _translators.append(own)
        return True
    return False


def _on_second_copy(services: Services, arguments: list[str]) -> None:
    """A second copy was started: come to the front and do what it was asked."""
    window = services.window
    window.showNormal() if window.isMinimized() else window.show()
    window.raise_()
    window.activateWindow()
    try:
        later = parse_args(arguments)
    except SystemExit:
        return
    services.handle_arguments(later.files, later.routine)


def _routine_overlay(code: str) -> dict[str, object] | None:
    """The translated names and notes of the built-in routines, or None (English, or damaged)."""
    from acupress_desktop.core.localize import OverlayError, load_routine_overlay

    try:
        return load_routine_overlay(code)
    except OverlayError:
        return None


def open_database(data_dir: Path) -> tuple[Database, OpenReport]:
    """The data file, or — when it cannot be used (made by a newer Acupress, unreadable) — a
    temporary one, so the app still works; the report says what happened and that nothing was
    changed in the user's file."""
    from acupress_desktop.storage.database import Database, DatabaseError, OpenReport

    try:
        return Database.open(data_dir)
    except DatabaseError as exc:
        import tempfile

        scratch = Path(tempfile.mkdtemp(prefix="acupress-scratch-"))
        db, report = Database.open(scratch, keep_backups=0)
        problem = QCoreApplication.translate(
            "App",
            "%1 Acupress is running with an empty, temporary store: routines and sessions you "
            "save now will not be kept.",
        ).replace("%1", str(exc))
        return db, OpenReport(moved_aside=None, backups=report.backups, problem=problem)


def create_application(argv: Sequence[str]) -> QApplication:
    """The QApplication with names, translators and the base style."""
    if QApplication.instance() is None:  # the policy must be set before the application exists
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
    app = QApplication.instance() or QApplication(list(argv))
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.acupress.Acupress")
    app.setWindowIcon(QIcon(str(asset_path("icons/acupress.svg"))))
    apply_theme(app)
    set_translator(QCoreApplication.translate)  # messages from core/ and storage/ too
    return app


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``acupress`` command."""
    argv = sys.argv if argv is None else argv
    args = parse_args(argv[1:])
    guard_none_refcount()
    app = create_application(argv)
    data_dir: Path = (args.data_dir or default_data_dir()).expanduser().resolve()
    if hand_over(data_dir, list(argv[1:])):
        print("acupress: passed to the copy that is already running", file=sys.stderr)
        return 0
    instance = InstanceServer(data_dir)
    instance.listen()
    try:
        catalogue = load_catalogue()
    except CatalogueError as exc:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "Acupress cannot start"),
            QCoreApplication.translate("App", "The point catalogue is damaged: %1").replace(
                "%1", str(exc)
            ),
        )
        return 1
    services = Services(catalogue, data_dir, look=True, theme=args.theme)
    window = services.window
    if args.point:
        try:
            services.browse.select_point(catalogue.point(args.point.upper()).id)
        except KeyError:
            print(f"acupress: no point {args.point!r}", file=sys.stderr)
    if args.screenshot:
        window.resize(1380, 860)  # a picture for documentation: the same size on any screen
        window.show()
        app.processEvents()
        window.grab().save(str(args.screenshot))
        window.close()
        return 0
    window.show()
    if os.environ.get("ACUPRESS_REPORT_SHOWN"):  # for benchmarks/startup_memory.py
        app.processEvents()
        print(f"shown {time.monotonic():.6f}", flush=True)
    services.start_reminder()
    services.report_startup_problems()
    services.report_database_problem()
    services.handle_arguments(args.files, args.routine)
    if args.page in ("routines", "history"):
        window.show_tab(1 if args.page == "routines" else 2)
    elif args.page == "settings":
        services.open_settings()
    instance.arguments_received.connect(lambda later: _on_second_copy(services, later))
    if not args.no_safety_notice:
        services.show_safety_notice_if_new()
    return app.exec()

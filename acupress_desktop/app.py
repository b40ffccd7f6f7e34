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
from acupress_desktop.controllers.cues import CuePlayer
from acupress_desktop.controllers.models import BrowseState
from acupress_desktop.controllers.reminder import ReminderController
from acupress_desktop.controllers.screen_awake import ScreenAwake
from acupress_desktop.controllers.session_controller import SessionController
from acupress_desktop.controllers.single_instance import InstanceServer, hand_over
from acupress_desktop.controllers.ticker import QtTicker
from acupress_desktop.core.breathing import BreathingPattern, pattern_by_id
from acupress_desktop.core.catalogue import Catalogue, CatalogueError, load_catalogue
from acupress_desktop.core.clock import Clock, SystemClock, Ticker
from acupress_desktop.core.history import SessionRecord, local_date
from acupress_desktop.core.localize import (
    OverlayError,
    load_overlay,
    load_routine_overlay,
    localize_catalogue,
    localize_routines,
)
from acupress_desktop.core.plan import build_plan
from acupress_desktop.core.reminder import parse_time_of_day
from acupress_desktop.core.routine import Routine, RoutineError, RoutineStep
from acupress_desktop.core.safety import needs_warning, warning_text_parts
from acupress_desktop.core.session import Snapshot
from acupress_desktop.resources import asset_path
from acupress_desktop.storage.database import Database, DatabaseError, OpenReport
from acupress_desktop.storage.history import HistoryRepository
from acupress_desktop.storage.routines import RoutineRepository, load_builtin_routines
from acupress_desktop.storage.settings import Settings, SettingsError, SettingsStore
from acupress_desktop.ui.main_window import MainWindow
from acupress_desktop.ui.mini_timer import MiniTimer
from acupress_desktop.ui.safety_dialog import SafetyDialog
from acupress_desktop.ui.session_view import SessionView
from acupress_desktop.ui.settings_dialog import SettingsDialog, changed_fields
from acupress_desktop.ui.theme import THEMES, apply_theme
from acupress_desktop.ui.tray import SessionTray

if TYPE_CHECKING:
    from acupress_desktop.ui.history_view import HistoryView
    from acupress_desktop.ui.routines_page import RoutinesPage


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
    """

    def __init__(
        self,
        catalogue: Catalogue,
        data_dir: Path,
        clock: Clock | None = None,
        cues: CuePlayer | None = None,
        ticker_factory: Callable[[], Ticker] = QtTicker,
        wall_clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        self.data_dir = data_dir
        self.catalogue = catalogue
        #: the English catalogue as loaded; ``catalogue`` holds the texts of the chosen language
        self.base_catalogue = replace(catalogue)
        self.settings_store = SettingsStore(data_dir)
        self.settings: Settings = self.settings_store.load()
        self.last_notice = ""
        self._adhoc_steps: tuple[RoutineStep, ...] = ()
        self.db, self.db_report = open_database(data_dir)
        self.builtin_routines = load_builtin_routines(catalogue)
        self.routines = RoutineRepository(self.db, self.builtin_routines, catalogue=catalogue)
        self.history = HistoryRepository(self.db)
        self.browse = BrowseState()
        clock = clock or SystemClock()
        self.cues = cues or CuePlayer(asset_path("sounds"), clock=clock)
        self.cues.set_volume(self.settings.sound_volume)
        self.cues.set_muted(self.settings.muted)
        self.cues.set_speech_enabled(self.settings.spoken_prompts)
        self.ticker = ticker_factory()
        self.frame_ticker = ticker_factory()
        self.session = SessionController(
            catalogue, clock, self.ticker, self.frame_ticker, self.cues
        )
        self.session.set_speech_enabled(self.settings.spoken_prompts)
        self.session_view = SessionView(catalogue, self.session)
        self.session_view.set_muted(self.settings.muted)
        self.session_view.pacer.set_reduced_motion(self.settings.reduced_motion)
        self.window = MainWindow(
            catalogue,
            self.browse,
            self.session_view,
            self._build_routines_page,
            self._build_history_page,
        )
        self.mini_timer = MiniTimer(catalogue, self.session)
        self.tray = SessionTray(self.session, self.window)
        self.screen_awake = ScreenAwake(APP_NAME, self.window)
        self.window.restore_geometry_hex(self.settings.window_geometry)
        self.window.geometry_save_requested.connect(self._on_window_geometry_save_requested)
        self.window.start_requested.connect(self.start_steps)
        self.session.session_started.connect(self._on_session_started)
        self.session.session_finished.connect(self._on_session_finished)
        self.session_view.closed.connect(self.window.show_browse_page)
        self.session_view.record_saved.connect(self._on_session_view_record_saved)
        self.session_view.save_as_routine_requested.connect(self._on_save_as_routine_requested)
        self.session_view.fullscreen_requested.connect(self.window.toggle_full_screen)
        self.session_view.mute_requested.connect(self.toggle_mute)
        self.session_view.mini_timer_requested.connect(self.toggle_mini_timer)
        self.cues.became_unavailable.connect(self._on_cues_became_unavailable)

        # Settings dialog, pregnancy caution, daily reminder
        self.settings_dialog: SettingsDialog | None = None
        self.pregnancy_box: QMessageBox | None = None
        self.window.settings_requested.connect(self.open_settings)
        self.window.set_pregnant(self.settings.pregnant)
        self.window.set_default_point_seconds(
            None if self.settings.point_time_suggested else self.settings.default_point_seconds
        )
        self.reminder_ticker = ticker_factory()
        self.reminder = ReminderController(
            self.reminder_ticker,
            self.show_reminder,
            wall_clock=wall_clock,
            last_shown=self.settings.reminder_last_shown_date(),
            save_last_shown=self._on_reminder_day_done,
            practised_today=self._practised_today,
        )
        self._reminder_icon: QSystemTrayIcon | None = None

    # -- sessions -----------------------------------------------------------------------------
    def start_steps(
        self, steps: tuple[RoutineStep, ...], name: str = "", routine_id: str = ""
    ) -> None:
        """Start a session of these points with the user's session settings."""
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
        if pattern_id == "custom":
            return replace(self.settings, breathing="custom").breathing_pattern()
        return pattern_by_id(pattern_id)

    def _start_checked(
        self, routine: Routine, name: str, routine_id: str, adhoc: tuple[RoutineStep, ...]
    ) -> None:
        """Start now, or, when pregnant and the routine has flagged points, once confirmed."""
        if needs_warning(routine, self.catalogue, self.settings.pregnant):
            self.confirm_pregnancy(routine, lambda: self._start(routine, name, routine_id, adhoc))
            return
        self._start(routine, name, routine_id, adhoc)

    def _start(
        self, routine: Routine, name: str, routine_id: str, adhoc: tuple[RoutineStep, ...]
    ) -> None:
        plan = build_plan(routine, self.catalogue)
        self._adhoc_steps = adhoc
        self.session.start(plan, self.breathing_pattern(routine.breathing), name, routine_id)

    def confirm_pregnancy(self, routine: Routine, proceed: Callable[[], None]) -> QMessageBox:
        """Ask before a session with points flagged for pregnancy (window-modal, not blocking).

        "Start anyway" calls ``proceed``; "Do not start" (the default, and Esc) does nothing.
        """
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
        if routine and not self.session.running:
            self.start_routine_named(routine)

    def _on_session_view_record_saved(self, record: SessionRecord) -> None:
        """The summary was closed: keep the pain scores with the session saved at its end."""
        if record.pain_before is None and record.pain_after is None:
            return
        try:
            self.history.set_pain(record)
        except DatabaseError as exc:
            self.notify(QCoreApplication.translate("App", "Pain scores not saved"), str(exc))
        if self.window.page_built(self.HISTORY_TAB):
            self.history_page.refresh()

    def _on_save_as_routine_requested(self, name: str) -> None:
        if not self._adhoc_steps:
            return
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
        if {"reminder_enabled", "reminder_time"} & changes.keys():
            self.reminder.set_schedule(s.reminder_enabled, parse_time_of_day(s.reminder_time))

    # -- daily reminder ---------------------------------------------------------------------
    def start_reminder(self) -> None:
        """Plan the daily reminder (at app start; one missed by less than 2 h shows now)."""
        s = self.settings
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
        if self.session.running:
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
        app = QApplication.instance()
        code = QLocale().name() if language == "system" else language
        try:
            overlay = load_overlay(code)
        except OverlayError as exc:
            overlay = None
            self.window.statusBar().showMessage(str(exc), 15000)
        self.catalogue.replace_texts(localize_catalogue(self.base_catalogue, overlay))
        try:
            routine_overlay = load_routine_overlay(code)
        except OverlayError:
            routine_overlay = None
        self.routines.set_builtin_texts(localize_routines(self.builtin_routines, routine_overlay))
        if self.window.page_built(self.ROUTINES_TAB):
            self.routines_page.refresh()
        if isinstance(app, QApplication):
            install_language(app, language)

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


def open_database(data_dir: Path) -> tuple[Database, OpenReport]:
    """The data file, or — when it cannot be used (made by a newer Acupress, unreadable) — a
    temporary one, so the app still works; the report says what happened and that nothing was
    changed in the user's file."""
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
    services = Services(catalogue, data_dir)
    apply_theme(app, args.theme or services.settings.theme, services.settings.text_size)
    services.set_language(services.settings.language)
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
    if os.environ.get("ACUPRESS_REPORT_SHOWN"):  # for benchmarks/startup_memory.py
        app.processEvents()
        print(f"shown {time.monotonic():.6f}", flush=True)
    return app.exec()

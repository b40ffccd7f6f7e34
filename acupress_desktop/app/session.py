"""The guided-session half of the app's services: built at the first session, not at start-up.

``SessionServices`` is a mixin of :class:`acupress_desktop.app.services.Services`; it owns the
session controller and everything that shows or sounds a session (its page, the mini timer, the
tray icon, the cue player, the screen-saver guard), and starting sessions from points or routines.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QSystemTrayIcon, QWidget

from acupress_desktop import APP_NAME
from acupress_desktop.core.catalogue import Catalogue
from acupress_desktop.core.clock import Clock, Ticker
from acupress_desktop.resources import asset_path
from acupress_desktop.storage.settings import Settings
from acupress_desktop.ui.main_window import MainWindow

if TYPE_CHECKING:
    from acupress_desktop.controllers.cues import CuePlayer
    from acupress_desktop.controllers.screen_awake import ScreenAwake
    from acupress_desktop.controllers.session_controller import SessionController
    from acupress_desktop.core.breathing import BreathingPattern
    from acupress_desktop.core.history import SessionRecord
    from acupress_desktop.core.routine import Routine, RoutineStep
    from acupress_desktop.core.session import Snapshot
    from acupress_desktop.storage.history import HistoryRepository
    from acupress_desktop.storage.routines import RoutineRepository
    from acupress_desktop.ui.history_view import HistoryView
    from acupress_desktop.ui.mini_timer import MiniTimer
    from acupress_desktop.ui.routines_page import RoutinesPage
    from acupress_desktop.ui.session_view import SessionView
    from acupress_desktop.ui.settings_dialog import SettingsDialog
    from acupress_desktop.ui.tray import SessionTray


class SessionServices:
    """Sessions: built on first use (``session`` and the properties after it), then kept."""

    # provided by Services
    HISTORY_TAB: int
    window: MainWindow
    catalogue: Catalogue
    settings: Settings
    last_notice: str
    pregnancy_box: QMessageBox | None
    red_flag_box: QWidget | None
    _reminder_icon: QSystemTrayIcon | None
    _session: SessionController | None
    _adhoc_steps: tuple[RoutineStep, ...]
    _session_muted: bool
    _last_record: SessionRecord | None
    sound_problems: list[str]
    settings_dialog: SettingsDialog | None
    _clock: Clock
    _given_cues: CuePlayer | None
    _ticker_factory: Callable[[], Ticker]
    if TYPE_CHECKING:

        @property
        def history(self) -> HistoryRepository: ...
        @property
        def routines(self) -> RoutineRepository: ...
        @property
        def routines_page(self) -> RoutinesPage: ...
        @property
        def history_page(self) -> HistoryView: ...
        def notify(self, title: str, text: str) -> QMessageBox: ...
        def update_settings(self, **changes: object) -> None: ...

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

        catalogue = self.catalogue
        self._cues = self._given_cues or CuePlayer(asset_path("sounds"), clock=self._clock)
        self.ticker = self._ticker_factory()
        self.frame_ticker = self._ticker_factory()
        session = SessionController(
            catalogue, self._clock, self.ticker, self.frame_ticker, self._cues
        )
        view = SessionView(catalogue, session)
        self._session_view = view
        self.window.set_session_page(view, view.session_actions)
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
        self.apply_session_settings()

    def apply_session_settings(self) -> None:
        """Put the sound, speech, mute and motion settings into the built session parts."""
        s = self.settings
        self.cues.set_volume(s.sound_volume)
        self._set_session_muted(s.muted)
        self.cues.set_speech_enabled(s.spoken_prompts)
        self.session.set_speech_enabled(s.spoken_prompts)
        self.session_view.set_muted(s.muted)
        self.session_view.pacer.set_reduced_motion(s.reduced_motion)

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
        """Start now; or first show the red flags of what the routine treats (before its first
        session of that kind); and, when pregnant with flagged points, once confirmed."""
        from acupress_desktop.core.safety import needs_warning

        def checked() -> None:
            if needs_warning(routine, self.catalogue, self.settings.pregnant):
                self.confirm_pregnancy(
                    routine, lambda: self._start(routine, name, routine_id, adhoc)
                )
                return
            self._start(routine, name, routine_id, adhoc)

        if self.show_red_flags_first(routine, checked) is None:
            checked()

    def show_red_flags_first(self, routine: Routine, proceed: Callable[[], None]) -> QWidget | None:
        """Before the first session that concerns the neck, the belly, periods or the leg: the
        red flags of that topic (window-modal); "Start the session" calls ``proceed``.

        None when nothing is new (the history already has a session of that kind).
        """
        from acupress_desktop.core.safety import unseen_red_flag_topics
        from acupress_desktop.storage.database import DatabaseError
        from acupress_desktop.ui.routine_notice import RedFlagNotice

        try:
            earlier = [record.point_ids for record in self.history.list()]
        except DatabaseError:
            earlier = []  # no history to go by: show the notice
        topics = unseen_red_flag_topics(routine, self.catalogue, earlier)
        if not topics:
            return None
        box = RedFlagNotice(topics, self.window)
        box.start_button.clicked.connect(proceed)
        box.open()
        self.red_flag_box = box
        self.last_notice = box.text()
        return box

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
            self._file_last_session_under(created)

    def _file_last_session_under(self, routine: Routine) -> None:
        """The session just saved as a routine is listed under it in the history (it stayed
        "Chosen points")."""
        from acupress_desktop.storage.database import DatabaseError

        record = self._last_record
        if record is None:
            return
        try:
            self.history.set_routine(record, routine.name, routine.id)
        except DatabaseError as exc:
            self.window.statusBar().showMessage(str(exc), 10000)
        if self.window.page_built(self.HISTORY_TAB):
            self.history_page.refresh()

    def toggle_mute(self) -> None:
        """M: this session's sounds off or on. The setting ("Play sounds") is left as it is:
        the next session starts as the settings say."""
        self._set_session_muted(not self._session_muted)

    def _set_session_muted(self, muted: bool) -> None:
        self._session_muted = muted
        self.cues.set_muted(muted)
        self.session_view.set_muted(muted)

    def toggle_mini_timer(self) -> None:
        """Ctrl+T: show or hide the always-on-top mini timer."""
        self.mini_timer.setVisible(not self.mini_timer.isVisible())

    def _on_session_started(self, snapshot: Snapshot) -> None:
        self._set_session_muted(self.settings.muted)  # M counts for one session
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
        self._last_record = record
        try:
            self.history.add(record)
        except DatabaseError as exc:
            self.notify(QCoreApplication.translate("App", "Session not saved"), str(exc))
        if self.window.page_built(self.HISTORY_TAB):
            self.history_page.refresh()

    def _on_cues_became_unavailable(self, message: str) -> None:
        """Said once, where the user looks: the session page, and Settings' sound section."""
        self.sound_problems.append(message)
        self.session_view.show_sound_problem(message)
        if self.settings_dialog is not None:
            self.settings_dialog.set_sound_problems(self.sound_problems)
        self.window.statusBar().showMessage(message, 15000)
        self.last_notice = message

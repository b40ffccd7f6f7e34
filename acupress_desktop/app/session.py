"""The session feature: built at the first session, not at start-up.

It owns the session controller and everything that shows or sounds a session (its page, the mini
timer, the tray icon, the cue player, the screen-saver guard), and starting sessions from points
or routines (with the red-flag notice and the pregnancy question first, when they apply).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from acupress_desktop import APP_NAME
from acupress_desktop.app.history import HistoryFeature
from acupress_desktop.app.notices import Notices
from acupress_desktop.app.routines import RoutinesFeature
from acupress_desktop.app.settings import SettingsFeature
from acupress_desktop.core.catalogue import Catalogue
from acupress_desktop.core.clock import Clock, Ticker
from acupress_desktop.resources import asset_path
from acupress_desktop.ui.main_window import MainWindow

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from acupress_desktop.controllers.cues import CuePlayer
    from acupress_desktop.controllers.screen_awake import ScreenAwake
    from acupress_desktop.controllers.session_controller import SessionController
    from acupress_desktop.core.breathing import BreathingPattern
    from acupress_desktop.core.history import SessionRecord
    from acupress_desktop.core.plan import SessionPlan
    from acupress_desktop.core.routine import Routine, RoutineStep
    from acupress_desktop.core.session import Session, Snapshot
    from acupress_desktop.ui.session.mini_timer import MiniTimer
    from acupress_desktop.ui.session.session_view import SessionView
    from acupress_desktop.ui.session.tray import SessionTray


@dataclass
class SessionParts:
    """What :meth:`SessionFeature.build` makes, once."""

    controller: SessionController
    cues: CuePlayer
    view: SessionView
    mini_timer: MiniTimer
    tray: SessionTray
    screen_awake: ScreenAwake
    ticker: Ticker
    frame_ticker: Ticker


class SessionFeature:
    """Sessions: the parts are built by :meth:`build` (at the first session), then kept."""

    def __init__(
        self,
        catalogue: Catalogue,
        window: MainWindow,
        notices: Notices,
        settings: SettingsFeature,
        routines: RoutinesFeature,
        history: HistoryFeature,
        clock: Clock,
        wall_clock: Callable[[], datetime],
        ticker_factory: Callable[[], Ticker],
        cues: CuePlayer | None = None,
        on_started: Callable[[], None] | None = None,
    ) -> None:
        self._catalogue = catalogue
        self._window = window
        self._notices = notices
        self._settings = settings
        self._routines = routines
        self._history = history
        self._clock = clock
        self._wall_clock = wall_clock
        self._ticker_factory = ticker_factory
        self._given_cues = cues
        self._on_started = on_started
        self._parts: SessionParts | None = None
        self._adhoc_steps: tuple[RoutineStep, ...] = ()
        self._muted = False
        self._last_record: SessionRecord | None = None  # the newest session, for its summary
        #: why sound or speech cannot play (said once; Settings shows them)
        self.sound_problems: list[str] = []
        #: the open pregnancy question and red-flag notice (the newest), if any
        self.pregnancy_box: QMessageBox | None = None
        self.red_flag_box: QWidget | None = None

    # -- the parts, built once ------------------------------------------------------------------
    def built(self) -> bool:
        """True once the session parts were built (a session was started, or they were asked for)."""
        return self._parts is not None

    def running(self) -> bool:
        """A session is in progress (False, building nothing, before the first one)."""
        return self._parts is not None and self._parts.controller.running

    def build(self) -> SessionParts:
        """The session controller with its page, sounds, mini timer, tray and screen-saver guard
        (built now if they were not yet)."""
        if self._parts is not None:
            return self._parts
        from acupress_desktop.controllers.cues import CuePlayer
        from acupress_desktop.controllers.screen_awake import ScreenAwake
        from acupress_desktop.controllers.session_controller import SessionController
        from acupress_desktop.ui.session.mini_timer import MiniTimer
        from acupress_desktop.ui.session.session_view import SessionView
        from acupress_desktop.ui.session.tray import SessionTray

        catalogue, window = self._catalogue, self._window
        cues = self._given_cues or CuePlayer(asset_path("sounds"), clock=self._clock)
        ticker, frame_ticker = self._ticker_factory(), self._ticker_factory()
        controller = SessionController(
            catalogue, self._clock, ticker, frame_ticker, cues, wall_clock=self._wall_clock
        )
        # the page's own ticker (the brief tint of a phase change) comes after the controller's
        view = SessionView(catalogue, controller, clock=self._clock, ticker=self._ticker_factory())
        window.set_session_page(view, view.session_actions)
        parts = SessionParts(
            controller=controller,
            cues=cues,
            view=view,
            mini_timer=MiniTimer(catalogue, controller),
            tray=SessionTray(controller, window),
            screen_awake=ScreenAwake(APP_NAME, window),
            ticker=ticker,
            frame_ticker=frame_ticker,
        )
        controller.session_started.connect(self._on_session_started)
        controller.session_finished.connect(self._on_session_finished)
        view.closed.connect(window.show_browse_page)
        view.record_saved.connect(self._history.keep_pain)
        view.save_as_routine_requested.connect(self._on_save_as_routine_requested)
        view.fullscreen_requested.connect(window.toggle_full_screen)
        view.mute_requested.connect(self.toggle_mute)
        view.mini_timer_requested.connect(self.toggle_mini_timer)
        view.keys_shown_changed.connect(self._on_view_keys_shown_changed)
        cues.became_unavailable.connect(self._on_cues_became_unavailable)
        # (speech is enabled exactly when the guidance is not None: apply_settings)
        view.set_voice_says_phases(lambda: cues.voice_on)
        self._parts = parts
        self.apply_settings()
        return parts

    def controller(self) -> SessionController:
        """The session controller (the parts are built now if they were not yet)."""
        return self.build().controller

    def view(self) -> SessionView:
        """The guided-session page (the parts are built now if they were not yet)."""
        return self.build().view

    def cues(self) -> CuePlayer:
        """Cue sounds and spoken prompts (the parts are built now if they were not yet)."""
        return self.build().cues

    def mini_timer(self) -> MiniTimer:
        """The always-on-top mini timer (the parts are built now if they were not yet)."""
        return self.build().mini_timer

    def apply_settings(self) -> None:
        """Put the sound, speech, mute and motion settings into the built session parts
        (nothing before they are built: they read the settings then)."""
        parts = self._parts
        if parts is None:
            return
        s = self._settings.current
        parts.cues.set_volume(s.sound_volume)
        self._set_muted(s.muted)
        from acupress_desktop.core.narration import Guidance, guidance_level

        level = guidance_level(s.spoken_guidance)
        parts.cues.set_speech_enabled(level is not Guidance.NONE)
        parts.controller.set_guidance(level)
        parts.view.set_reduced_motion(s.reduced_motion)
        parts.view.set_keys_shown(s.session_keys_shown)

    def _on_view_keys_shown_changed(self, shown: bool) -> None:
        """K on the session page: remember whether the keys legend is shown."""
        self._settings.update(session_keys_shown=shown)

    def stop(self) -> None:
        """Stop a running session (it goes to the history like any other)."""
        if self._parts is not None and self._parts.controller.running:
            self._parts.controller.stop()

    # -- starting -------------------------------------------------------------------------------
    def start_steps(
        self, steps: tuple[RoutineStep, ...], name: str = "", routine_id: str = ""
    ) -> None:
        """Start a session of these points with the user's session settings."""
        from acupress_desktop.core.routine import Routine

        settings = self._settings.current
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

    def start_routine_named(self, name: str) -> bool:
        """``--routine NAME``: start the routine with this name (any case); False if none."""
        from acupress_desktop.core.routine import RoutineError
        from acupress_desktop.storage.db_errors import DatabaseError

        try:
            routines = self._routines.repository()
            found = routines.find_by_name(name)
        except DatabaseError as exc:
            self._notices.warn(QCoreApplication.translate("App", "Routines unavailable"), str(exc))
            return False
        if found is None:
            self._notices.warn(
                QCoreApplication.translate("App", "No such routine"),
                QCoreApplication.translate("App", "There is no routine called “%1”.").replace(
                    "%1", name
                ),
            )
            return False
        try:
            routines.mark_used(found.routine.id)
        except (RoutineError, DatabaseError) as exc:
            self._notices.status(str(exc))
        self.start_routine(found.routine)
        return True

    def breathing_pattern(self, pattern_id: str) -> BreathingPattern:
        """A pattern by id; "custom" is the user's custom pattern from the settings."""
        from acupress_desktop.core.breathing import pattern_by_id

        if pattern_id == "custom":
            return replace(self._settings.current, breathing="custom").breathing_pattern()
        return pattern_by_id(pattern_id)

    def _start_checked(
        self, routine: Routine, name: str, routine_id: str, adhoc: tuple[RoutineStep, ...]
    ) -> None:
        """Start now; or first show the red flags of what the routine treats (before its first
        session of that kind); and, when pregnant with flagged points, once confirmed."""
        from acupress_desktop.core.safety import needs_warning

        def checked() -> None:
            if needs_warning(routine, self._catalogue, self._settings.current.pregnant):
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
        from acupress_desktop.ui.routines.routine_notice import RedFlagNotice

        earlier = self._history.earlier_point_ids() or []  # no history to go by: show it
        topics = unseen_red_flag_topics(routine, self._catalogue, earlier)
        if not topics:
            return None
        box = RedFlagNotice(topics, self._window)
        box.start_button.clicked.connect(proceed)
        box.open()
        self.red_flag_box = box
        self._notices.last = box.text()
        return box

    def confirm_pregnancy(self, routine: Routine, proceed: Callable[[], None]) -> QMessageBox:
        """Ask before a session with points flagged for pregnancy (window-modal, not blocking).

        "Start anyway" calls ``proceed``; "Do not start" (the default, and Esc) does nothing.
        """
        from acupress_desktop.core.safety import warning_text_parts
        from acupress_desktop.ui.help.app_dialogs import open_pregnancy_confirmation

        parts = warning_text_parts(routine, self._catalogue)
        box = open_pregnancy_confirmation(
            self._window,
            parts.avoid_titles if parts.avoid else (),
            parts.caution_titles if parts.caution else (),
            proceed,
        )
        self.pregnancy_box = box
        self._notices.last = box.text()
        return box

    def _start(
        self, routine: Routine, name: str, routine_id: str, adhoc: tuple[RoutineStep, ...]
    ) -> None:
        from acupress_desktop.core.plan import build_plan

        plan = build_plan(routine, self._catalogue)
        self._adhoc_steps = adhoc
        controller = self.controller()
        # M counts for one session: the new one starts as the settings say (before the start,
        # which gives the words room only when the voice is on)
        self._set_muted(self._settings.current.muted)
        controller.start(plan, self.breathing_pattern(routine.breathing), name, routine_id)

    def planned(self, routine: Routine) -> SessionPlan:
        """The timeline a start of ``routine`` would run now: with the voice on (the settings'
        spoken guidance, sounds on, the engine not found broken), each counted get-ready, switch
        and rest has room for its sentence before its count. What the Routines page shows."""
        from acupress_desktop.controllers.cues import wav_seconds
        from acupress_desktop.controllers.session_controller import with_room_for_words
        from acupress_desktop.core.narration import Guidance, guidance_level
        from acupress_desktop.core.plan import build_plan

        plan = build_plan(routine, self._catalogue)
        settings = self._settings.current
        level = guidance_level(settings.spoken_guidance)
        broken = self._parts is not None and not self._parts.cues.speech_available
        if level is Guidance.NONE or settings.muted or broken:
            return plan
        sounds = asset_path("sounds")
        return with_room_for_words(
            plan, self._catalogue, level, lambda cue: wav_seconds(sounds / f"{cue.value}.wav")
        )

    # -- during and after a session -------------------------------------------------------------
    def toggle_mute(self) -> None:
        """M: this session's sounds off or on. The setting ("Play sounds") is left as it is:
        the next session starts as the settings say."""
        self._set_muted(not self._muted)

    def _set_muted(self, muted: bool) -> None:
        parts = self.build()
        self._muted = muted
        parts.cues.set_muted(muted)
        parts.view.set_muted(muted)

    def toggle_mini_timer(self) -> None:
        """Ctrl+T: show or hide the always-on-top mini timer."""
        timer = self.mini_timer()
        timer.setVisible(not timer.isVisible())

    def _on_session_started(self, snapshot: Snapshot) -> None:
        parts = self.build()
        session = parts.controller.session
        if os.environ.get("ACUPRESS_REPORT_SESSION") and session is not None:
            print(session_report(session), flush=True)  # for benchmarks/cue_onsets.py
            for ticker in (parts.ticker, parts.frame_ticker):
                if hasattr(ticker, "worst_lateness"):
                    ticker.worst_lateness = 0.0
        parts.cues.prepare()  # load the sounds now, so the first chime is on time
        if self._on_started is not None:
            self._on_started()
        self._window.show_session_page()
        parts.screen_awake.hold(
            QCoreApplication.translate("App", "A guided acupressure session is running")
        )

    def _on_session_finished(self, record: SessionRecord) -> None:
        """Every session, finished or stopped, goes to the history at once (pain comes later)."""
        parts = self.build()
        if os.environ.get("ACUPRESS_REPORT_SESSION"):
            print(lateness_report(parts.ticker, parts.frame_ticker), flush=True)
        parts.screen_awake.release()
        self._last_record = record
        self._history.add(record)

    def _on_save_as_routine_requested(self, name: str) -> None:
        if not self._adhoc_steps:
            return
        from acupress_desktop.core.routine import Routine

        settings = self._settings.current
        routine = Routine(
            name=name,
            steps=self._adhoc_steps,
            rest_seconds=settings.rest_seconds,
            get_ready_seconds=settings.get_ready_seconds,
            switch_seconds=settings.switch_seconds,
            breathing=self.breathing_pattern(settings.breathing).id,
        )
        created = self._routines.page().save_new(routine)
        if created is not None:
            self.view().routine_saved(created.name)
            self._adhoc_steps = ()
            if self._last_record is not None:  # it stayed "Chosen points" in the history
                self._history.file_under(self._last_record, created)

    def _on_cues_became_unavailable(self, message: str) -> None:
        """Said once, where the user looks: the session page, and Settings' sound section."""
        self.sound_problems.append(message)
        self.view().show_sound_problem(message)
        self._settings.show_sound_problems(self.sound_problems)
        self._notices.status(message, 15000)
        self._notices.last = message


def session_report(session: Session) -> str:
    """``session <start> <phases>``, printed at each session start when ACUPRESS_REPORT_SESSION
    is set (benchmarks/cue_onsets.py relates the cues it records to the plan with it): the
    moment the plan's offset 0 was, on the session clock (SystemClock: CLOCK_BOOTTIME on Linux),
    and the plan's phases as JSON ``[[kind, start, duration], ...]``."""
    origin = session.anchor_now - session.anchor_offset
    phases = [[phase.kind.value, phase.start, phase.duration] for phase in session.plan.phases]
    return f"session {origin:.6f} {json.dumps(phases, separators=(',', ':'))}"


def lateness_report(*tickers: Ticker) -> str:
    """``late <ms>``, printed at each session end when ACUPRESS_REPORT_SESSION is set: the
    latest the session's tickers fired after they were due (the window's thread was busy)."""
    late = max((getattr(ticker, "worst_lateness", 0.0) for ticker in tickers), default=0.0)
    return f"late {late * 1000:.1f}"

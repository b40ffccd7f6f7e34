"""The guided-session page: big illustration, countdown ring, breathing pacer, what is next, controls."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QFontInfo,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from acupress_desktop.controllers.session_controller import SessionController
from acupress_desktop.controllers.session_text import (
    milestone_text,
    next_text,
    phase_band_text,
    phase_title,
    press_stage_text,
    side_phrase,
)
from acupress_desktop.core.breathing import BreathCue
from acupress_desktop.core.catalogue import Catalogue
from acupress_desktop.core.clock import Clock, Ticker, weak_callback
from acupress_desktop.core.history import SessionRecord
from acupress_desktop.core.plan import PhaseKind
from acupress_desktop.core.session import Snapshot
from acupress_desktop.ui.accessibility import announce
from acupress_desktop.ui.art.illustration import IllustrationView
from acupress_desktop.ui.labels import format_clock, time_in_words
from acupress_desktop.ui.session.breathing_pacer import BreathingPacer
from acupress_desktop.ui.session.countdown_ring import CountdownRing
from acupress_desktop.ui.session.pain_prompt import PainPrompt
from acupress_desktop.ui.session.progress_line import ProgressLine
from acupress_desktop.ui.session.session_guide import SessionGuide
from acupress_desktop.ui.session.session_parts import (
    TINT_FRAME_SECONDS,
    PhaseBand,
    StepsPanel,
    TintedPage,
    continue_texts,
    font_of_size,
    keys_legend,
    numbered_steps,
    phase_key,
    session_type,
    tint_strength,
)
from acupress_desktop.ui.session.summary_page import SummaryPage
from acupress_desktop.ui.widgets.wrapping_grid import WrappingGrid

#: How many sizes the active marker's halo takes as the breath fills and empties.
PULSE_STEPS = 6


def set_steady_text(label: QLabel, text: str) -> None:
    """Show ``text`` in a label whose digits change every second, at a fixed size that fits any
    digits in their places: a label of fixed size does not ask its layouts to be redone when its
    text changes, while one sized to its text re-laid out the whole session page each second
    (22 % of what a session spends, benchmarks/session_timing.py)."""
    metrics = label.fontMetrics()
    margins = label.contentsMargins()
    frame = 2 * label.margin()
    size = QSize(
        metrics.horizontalAdvance(re.sub(r"\d", "8", text))
        + margins.left()
        + margins.right()
        + frame,
        metrics.height() + margins.top() + margins.bottom() + frame,
    )
    if label.minimumSize() != size or label.maximumSize() != size:
        label.setFixedSize(size)
    label.setText(text)


def time_left_words(seconds: int) -> str:
    """The session's time left for a screen reader, in whole minutes ("About 7 minutes left in
    the session"), so it changes once a minute."""
    minutes = (seconds + 30) // 60
    if seconds < 60:
        return QCoreApplication.translate("SessionView", "Less than a minute left in the session")
    if minutes == 1:
        return QCoreApplication.translate("SessionView", "About 1 minute left in the session")
    return QCoreApplication.translate(
        "SessionView", "About %1 minutes left in the session"
    ).replace("%1", str(minutes))


def sentences(parts: list[str]) -> str:
    """Parts said one after another, each ending as a sentence ("Press. Press in slowly.")."""
    if len(parts) == 1:
        return parts[0]
    return " ".join(p if p.endswith((".", "?", "!", ")")) else p + "." for p in parts if p)


def how_to_text(snapshot: Snapshot, catalogue: Catalogue) -> str:
    """How to press, while pressing ("" in the other phases: the steps say how to find it)."""
    if snapshot.phase.kind is PhaseKind.PRESS:
        return catalogue.point(snapshot.phase.point_id).press.technique
    if snapshot.finding:
        return QCoreApplication.translate(
            "SessionView", "Find the point with the steps below, then press Space or Continue."
        )
    return ""


class SessionView(QWidget):
    """Shows the running session and, at the end, the summary.

    Signals:
        fullscreen_requested(): F11.
        mute_requested(): M.
        mini_timer_requested(): Ctrl+T.
        keys_shown_changed(bool): K showed (True) or hid (False) the keys legend.
        record_saved(object): the summary was closed; the SessionRecord with the pain scores.
        save_as_routine_requested(str): keep the chosen points as a routine with this name.
        closed(): the user left the summary (back to browsing).
    """

    fullscreen_requested = Signal()
    mute_requested = Signal()
    mini_timer_requested = Signal()
    keys_shown_changed = Signal(bool)
    record_saved = Signal(object)
    save_as_routine_requested = Signal(str)
    closed = Signal()
    _type_wanted = Signal()  # the text size changed: set the page's type (queued)

    def __init__(
        self,
        catalogue: Catalogue,
        controller: SessionController,
        parent: QWidget | None = None,
        *,
        clock: Clock | None = None,
        ticker: Ticker | None = None,
    ) -> None:
        """``clock`` and ``ticker`` drive the page's brief tint at a phase change (without
        them, or with reduced motion, the band changes at once and nothing fades)."""
        super().__init__(parent)
        self._catalogue = catalogue
        self._controller = controller
        self._clock = clock
        self._ticker = ticker
        self._reduced_motion = False
        self._tint_started: float | None = None
        if ticker is not None:
            ticker.set_callback(weak_callback(self._on_ticker_fired))
        self._said_stage: tuple[int, str] = (-1, "")  # the press stage last announced
        self._muted = False
        self._voice_says_phases: Callable[[], bool] = lambda: False
        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self._build_running_page()
        self.summary_page = SummaryPage(self)
        self.summary_page.save_as_routine_requested.connect(self.save_as_routine_requested)
        self.summary_page.record_saved.connect(self.record_saved)
        self.summary_page.closed.connect(self.closed)
        self.stack.addWidget(self.summary_page)
        self._build_actions()
        self.pacer.animation_need_changed.connect(controller.set_frames_wanted)
        controller.session_started.connect(self._on_controller_session_started)
        controller.phase_started.connect(self._on_controller_phase_started)
        controller.display_changed.connect(self._on_controller_display_changed)
        controller.breath_cue_changed.connect(self._on_controller_breath_cue_changed)
        controller.session_interrupted.connect(self._on_controller_session_interrupted)
        controller.session_finished.connect(self._on_controller_session_finished)
        self._type_wanted.connect(self._apply_type, Qt.ConnectionType.QueuedConnection)
        self.retranslate_ui()

    # -- building -----------------------------------------------------------------------------
    def _build_running_page(self) -> None:
        page = TintedPage(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 12, 24, 12)
        self.band = PhaseBand(page)
        self.kind_label = self.band  # the phase word
        self.pain_prompt = PainPrompt(page)  # during the first phase only
        self.pain_prompt.hide()
        self.title = QLabel(page)
        self.title.setObjectName("sessionPoint")
        self.title.setWordWrap(True)
        middle = QHBoxLayout()
        self.illustration = IllustrationView(self._catalogue, page)
        self.illustration.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        side = QVBoxLayout()
        self.ring = CountdownRing(page)
        self.pacer = BreathingPacer(page)
        for gauge in (self.ring, self.pacer):  # opaque: they paint the page's colour themselves
            gauge.set_backdrop(page.background)
        side.addWidget(self.ring, 3)
        side.addWidget(self.pacer, 2)
        self.steps = StepsPanel(page)
        self.guide = SessionGuide(self._catalogue, page)
        self.steps.add_below(self.guide)
        # in the scrolled steps nothing below can jump: the line need not keep the picture's
        # room while pressing (it would indent the pressure line under the steps)
        policy = self.guide.picture.sizePolicy()
        policy.setRetainSizeWhenHidden(False)
        self.guide.picture.setSizePolicy(policy)
        middle.addWidget(self.illustration, 2)
        middle.addWidget(self.steps, 3)
        middle.addLayout(side, 2)
        self.notice = QLabel(page)
        self.notice.setObjectName("sessionNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        footer = QHBoxLayout()
        self.next_label = QLabel(page)
        self.next_label.setObjectName("sessionNextPoint")
        self.next_label.setWordWrap(True)
        self.time_left = QLabel(page)
        self.time_left.setObjectName("sessionTimeLeft")
        footer.addWidget(self.next_label, 1)
        footer.addWidget(self.time_left)
        self.progress = ProgressLine(page)
        buttons = WrappingGrid()
        self.previous_button = QPushButton(page)
        self.pause_button = QPushButton(page)
        self.next_button = QPushButton(page)
        self.add_button = QPushButton(page)
        self.mute_button = QPushButton(page)
        self.fullscreen_button = QPushButton(page)
        self.mini_button = QPushButton(page)
        self.stop_button = QPushButton(page)
        self.control_buttons: list[QAbstractButton] = [
            self.previous_button, self.pause_button, self.next_button, self.add_button,
            self.mute_button, self.fullscreen_button, self.mini_button, self.stop_button,
        ]  # fmt: skip
        for button in self.control_buttons:
            button.setObjectName("sessionButton")
            button.installEventFilter(self)
            buttons.addWidget(button)
        for first, second in zip(self.control_buttons, self.control_buttons[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self._controller.paused_changed.connect(self._on_controller_paused_changed)
        self.keys_label = QLabel(page)
        self.keys_label.setObjectName("sessionKeys")
        self.keys_label.setWordWrap(True)
        self.keys_label.setTextFormat(Qt.TextFormat.PlainText)
        self.keys_label.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # read, never a stop for Tab
        layout.addWidget(self.band)
        layout.addWidget(self.pain_prompt)
        layout.addWidget(self.title)
        layout.addLayout(middle, 1)
        layout.addWidget(self.notice)
        layout.addLayout(footer)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        layout.addWidget(self.keys_label)
        self.running_page = page
        page.installEventFilter(self)  # its resizes set the type sizes
        self.stack.addWidget(page)

    def _build_actions(self) -> None:
        """The session's keys as window-wide actions: they work at once after a start and
        whatever has the focus in the window, and the main window lists them in its Session
        menu. They are enabled only while the running page is on screen."""

        def action(
            keys: tuple[str | QKeySequence.StandardKey, ...], slot: Callable[[], None]
        ) -> QAction:
            made = QAction(self)
            made.setShortcuts([QKeySequence(key) for key in keys])
            made.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            made.setEnabled(False)
            made.triggered.connect(slot)
            return made

        controller = self._controller
        self.pause_action = action(("Space",), controller.space)  # or "found it" when finding
        self.pause_only_action = action(("P",), controller.toggle_pause)
        self.previous_action = action(("Left",), controller.previous)
        self.next_action = action(("Right",), controller.next)
        # "+" is typed with Shift on a US keyboard and without it on a Spanish one; Qt matches
        # both (and the keypad's +) to "+". "=" is the same key unshifted on a US keyboard.
        # No "Shift+=": it matches "+" typed with Shift too, and two matches cancel each other.
        self.add_time_action = action(("+", "="), lambda: controller.add_time())
        self.stop_action = action(("Esc",), controller.stop)
        self.fullscreen_action = action(("F11",), self.fullscreen_requested.emit)
        self.mute_action = action(("M",), self.mute_requested.emit)
        self.mini_timer_action = action(("Ctrl+T",), self.mini_timer_requested.emit)
        self.keys_action = action(("K",), self._on_keys_action_triggered)
        self.keys_action.setCheckable(True)
        self.keys_action.setChecked(True)
        self.session_actions: list[QAction] = [
            self.pause_action, self.previous_action, self.next_action, self.add_time_action,
            self.stop_action, self.fullscreen_action, self.mute_action, self.mini_timer_action,
            self.keys_action, self.pause_only_action,
        ]  # fmt: skip
        self.addActions(self.session_actions)
        # the digits answer "how is the pain now" while the first phase asks it
        self.pain_keys = QActionGroup(self)
        self.pain_keys.setExclusionPolicy(QActionGroup.ExclusionPolicy.None_)
        self.pain_actions: list[QAction] = []
        for digit in range(10):
            made = QAction(self.pain_keys)
            made.setShortcut(QKeySequence(str(digit)))
            made.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            made.setData(digit)
            self.pain_actions.append(made)
        self.pain_keys.setEnabled(False)
        self.pain_keys.triggered.connect(self._on_pain_keys_triggered)
        self.addActions(self.pain_actions)
        for button, made in zip(self._action_buttons(), self.session_actions, strict=False):
            button.clicked.connect(made.trigger)

    def _action_buttons(self) -> list[QAbstractButton]:
        """The buttons in the order of ``session_actions``."""
        return [
            self.pause_button, self.previous_button, self.next_button, self.add_button,
            self.stop_button, self.fullscreen_button, self.mute_button, self.mini_button,
        ]  # fmt: skip

    def _set_keys_active(self, active: bool) -> None:
        for made in self.session_actions:
            made.setEnabled(active)
        self._set_pain_keys_active()

    def _set_pain_keys_active(self) -> None:
        """The digits answer the pain question only while it is on screen."""
        asking = self.stop_action.isEnabled() and not self.pain_prompt.isHidden()
        self.pain_keys.setEnabled(asking)

    def _on_pain_keys_triggered(self, made: QAction) -> None:
        self.pain_prompt.type_digit(int(made.data()))

    def retranslate_ui(self) -> None:
        """Reset translated texts."""
        self.setAccessibleName(self.tr("Guided session"))
        for button, text, name in (
            (self.previous_button, self.tr("◀ Previous"), self.tr("Previous (Left arrow)")),
            (self.next_button, self.tr("Next ▶"), self.tr("Next (Right arrow)")),
            (self.add_button, self.tr("+30 s"), self.tr("Add 30 seconds (+)")),
            (self.mute_button, self.tr("Mute"), self.tr("Mute sounds (M)")),
            (self.fullscreen_button, self.tr("Full screen"), self.tr("Full screen (F11)")),
            (self.mini_button, self.tr("Mini timer"), self.tr("Mini timer (Ctrl+T)")),
            (self.stop_button, self.tr("Stop"), self.tr("Stop the session (Esc)")),
        ):
            button.setText(text)
            button.setAccessibleName(name)
            button.setToolTip(name)
        for made, text in (
            (self.pause_action, self.tr("&Pause or resume")),
            (self.previous_action, self.tr("Pre&vious")),
            (self.next_action, self.tr("&Next")),
            (self.add_time_action, self.tr("Add &30 seconds")),
            (self.stop_action, self.tr("St&op the session")),
            (self.fullscreen_action, self.tr("&Full screen")),
            (self.mute_action, self.tr("&Mute sounds")),
            (self.mini_timer_action, self.tr("Mini &timer")),
            (self.keys_action, self.tr("Show the &keys")),
            (self.pause_only_action, self.tr("Pause or resume (P)")),
        ):
            made.setText(text)
        shown, said = keys_legend()
        self.keys_label.setText(shown)
        self.keys_label.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.keys_label.setAccessibleDescription(said)
        self.steps.retranslate_ui()
        self._update_pause_button()
        self._update_mute_button()
        self.progress.setAccessibleName(self.tr("Session progress"))
        snapshot = self._controller.snapshot()
        if snapshot is not None:
            self._show_snapshot(snapshot)
            self._show_steps(snapshot)

    # -- state from the controller ------------------------------------------------------------
    def _on_controller_session_started(self, snapshot: Snapshot) -> None:
        self.summary_page.forget_record()
        self._said_stage = (-1, "")
        self.notice.hide()
        self.pain_prompt.clear()
        self.pain_prompt.show()
        self._set_pain_keys_active()
        session = self._controller.session
        self.pacer.setVisible(session is not None and session.pattern.enabled)
        self._show_page(self.running_page)
        self._update_pause_button()
        self._controller.set_frames_wanted(self.pacer.needs_animation_frames())

    def _on_controller_phase_started(self, snapshot: Snapshot) -> None:
        point = self._catalogue.point(snapshot.phase.point_id)
        active = snapshot.phase.side if snapshot.phase.side != "midline" else None
        self.illustration.set_point(point, active_side=active)
        self._show_steps(snapshot)
        self._start_tint(snapshot)
        session = self._controller.session
        index = snapshot.phase_index
        previous = session.plan.phases[index - 1] if session is not None and index > 0 else None
        # one voice says each change: when the app's own voice says it (spoken guidance on),
        # a screen reader is not asked to say it too. It would speak over the app's sentence
        # (speech-dispatcher cancels it) or after it, and the same words came twice.
        said = (
            []
            if self._voice_says_phases()
            else [milestone_text(snapshot, previous, self._catalogue)]
        )
        self._said_stage = (index, snapshot.press_stage)
        if snapshot.press_stage:  # a ramped press: how to begin it ("Press in slowly")
            said.append(press_stage_text(snapshot.press_stage))
        if index > 0:
            self.pain_prompt.hide()
            self._set_pain_keys_active()
        elif self.pain_prompt.value is None:
            said.append(self.pain_prompt.question())
        announce(self, sentences(said))

    def _on_controller_display_changed(self, snapshot: Snapshot) -> None:
        self._show_snapshot(snapshot)

    def _show_steps(self, snapshot: Snapshot) -> None:
        point = self._catalogue.point(snapshot.phase.point_id)
        heading = self.tr("Take your time") if snapshot.finding else ""
        self.steps.show_steps(
            how_to_text(snapshot, self._catalogue), numbered_steps(point), heading
        )
        self.guide.show_snapshot(snapshot)

    # -- the tint of a phase change -----------------------------------------------------------
    def _start_tint(self, snapshot: Snapshot) -> None:
        """Tint the page in the new phase's colour and let it fade (not with reduced motion,
        nor without a clock and ticker: then only the band changes, at once)."""
        phase = phase_key(snapshot.phase.kind, False)
        if self._reduced_motion or self._clock is None or self._ticker is None:
            self.running_page.set_tint(phase, 0.0)
            return
        self._tint_started = self._clock.now()
        self.running_page.set_tint(phase, 1.0)
        self._ticker.start(TINT_FRAME_SECONDS)

    def _on_ticker_fired(self) -> None:
        if self._update_tint() and self._ticker is not None:
            self._ticker.start(TINT_FRAME_SECONDS)

    def _update_tint(self) -> bool:
        """Set the tint for the clock's time; True while it is still fading."""
        if self._tint_started is None or self._clock is None:
            return False
        amount = tint_strength(self._clock.now() - self._tint_started)
        page = self.running_page
        page.set_tint(page.tint_phase, amount)
        if amount <= 0:
            self._tint_started = None
        return amount > 0

    def _stop_tint(self) -> None:
        self._tint_started = None
        if self._ticker is not None:
            self._ticker.stop()
        self.running_page.set_tint("press", 0.0)

    def set_voice_says_phases(self, check: Callable[[], bool]) -> None:
        """``check()``: whether the app's voice will say a phase change now (spoken guidance
        on, speech working, not muted); then a screen reader is not also asked to say it."""
        self._voice_says_phases = check

    def set_reduced_motion(self, reduced: bool) -> None:
        """The reduced-motion setting: no fading tint, a still breathing guide."""
        self._reduced_motion = reduced
        self.pacer.set_reduced_motion(reduced)
        if reduced:
            self._stop_tint()

    @property
    def reduced_motion(self) -> bool:
        """True when nothing on the page moves."""
        return self._reduced_motion

    # -- the keys legend ----------------------------------------------------------------------
    def set_keys_shown(self, shown: bool) -> None:
        """Show or hide the keys legend (the remembered setting; K switches it)."""
        self.keys_action.setChecked(shown)
        self.keys_label.setVisible(shown)

    def _on_keys_action_triggered(self) -> None:
        shown = self.keys_action.isChecked()
        self.keys_label.setVisible(shown)
        announce(self, self.tr("Keys shown") if shown else self.tr("Keys hidden"))
        self.keys_shown_changed.emit(shown)

    # -- type that grows with the page --------------------------------------------------------
    def _apply_type(self) -> None:
        """Type sizes from the running page's size (``session_type``), with their floors."""
        base_px = QFontInfo(self.font()).pixelSize()
        sizes = session_type(self.running_page.size(), base_px)
        font = self.font()
        self.band.setFont(font_of_size(font, sizes.phase, bold=True))
        self.title.setFont(font_of_size(font, sizes.name, bold=True))
        self.next_label.setFont(font_of_size(font, sizes.name))
        self.steps.set_type(sizes.steps)
        self.guide.text.setFont(font_of_size(font, sizes.steps))
        self.time_left.setFont(font_of_size(font, sizes.steps))
        self.pain_prompt.setFont(font_of_size(font, sizes.steps))  # read at a metre too
        for button in self.control_buttons:
            button.setFont(font_of_size(font, sizes.controls))
        self.keys_label.setFont(font_of_size(font, sizes.keys))
        set_steady_text(self.time_left, self.time_left.text())  # its size for the new type

    def _show_snapshot(self, snapshot: Snapshot) -> None:
        self._update_tint()  # a late or missing frame never leaves the page tinted
        self.title.setText(phase_title(snapshot, self._catalogue))
        self.band.set_phase(
            phase_key(snapshot.phase.kind, snapshot.paused), phase_band_text(snapshot)
        )
        if self.band.accessibleName() != self.band.text():
            self.band.setAccessibleName(self.band.text())
        stage = (snapshot.phase_index, snapshot.press_stage)
        if snapshot.press_stage and stage != self._said_stage:
            self._said_stage = stage  # "Hold steady", "Ease off": heard with the eyes closed
            announce(self, press_stage_text(snapshot.press_stage))
        session = self._controller.session
        tied = session is not None and session.plan.press_with_breath
        self.pacer.set_press_words(tied, snapshot.phase.kind is PhaseKind.PRESS)
        point = self._catalogue.point(snapshot.phase.point_id)
        coming = snapshot.finding_press
        if coming is not None:  # untimed: the ring shows, full, the press that follows
            seconds = max(0, round(coming.duration))
            self.ring.set_state(
                coming.duration,
                coming.duration,
                seconds,
                snapshot.paused,
                self.tr("Paused") if snapshot.paused else self.tr("to press"),
            )
            words = self.tr("No countdown while you find the point; then %1 of pressing").replace(
                "%1", time_in_words(seconds)
            )
            if self.ring.accessibleDescription() != words:
                self.ring.setAccessibleDescription(words)
        else:
            self.ring.set_state(
                snapshot.remaining,
                snapshot.phase.duration,
                snapshot.shown_seconds,
                snapshot.paused,
                self.tr("Paused") if snapshot.paused else side_phrase(point, snapshot.phase.side),
            )
        self.next_label.setText(next_text(snapshot, self._catalogue))
        left = round(snapshot.remaining_total)
        set_steady_text(self.time_left, self.tr("%1 left").replace("%1", format_clock(left)))
        # the screen reader gets the time left a minute at a time and the progress in tenths,
        # not a change every second (its name is set, so the label's text changes quietly)
        self.time_left.setAccessibleName(time_left_words(left))
        self.progress.set_fraction(snapshot.progress)
        self._update_pause_button()
        self.progress.setAccessibleDescription(
            self.tr("%1 percent done").replace("%1", str(10 * int(snapshot.progress * 10)))
        )
        if snapshot.shown_seconds == 10 and snapshot.phase.kind is PhaseKind.PRESS:
            announce(self, self.tr("10 seconds left"))

    def _on_controller_breath_cue_changed(self, cue: BreathCue | None) -> None:
        self.pacer.set_cue(cue)
        if self.pacer.needs_animation_frames() and cue is not None:
            # the marker breathes with the guide in a few calm steps, not on every frame
            pulse = round(cue.fullness * PULSE_STEPS) / PULSE_STEPS
            self.illustration.set_pulse(pulse)

    def _on_controller_paused_changed(self, paused: bool) -> None:
        self._update_pause_button()
        announce(self, self.tr("Paused") if paused else self.tr("Resumed"))

    def _on_controller_session_interrupted(self, reason: str) -> None:
        self.notice.setText(reason)
        self.notice.show()
        announce(self, reason)

    def _on_controller_session_finished(self, record: SessionRecord) -> None:
        self.summary_page.show_record(record, self.pain_prompt.value)
        self.pain_prompt.hide()
        self._set_pain_keys_active()
        self._show_page(self.summary_page)
        self._stop_tint()
        self._controller.set_frames_wanted(False)
        announce(self, self.summary_page.spoken_summary())

    # -- user actions -------------------------------------------------------------------------
    def set_muted(self, muted: bool) -> None:
        """Show the mute state on the button."""
        self._muted = muted
        self._update_mute_button()

    def show_sound_problem(self, message: str) -> None:
        """Sound or speech cannot play: said once, on the page; the session goes on."""
        self.notice.setText(message)
        self.notice.show()
        announce(self, message)

    def routine_saved(self, name: str) -> None:
        """Confirm on the summary that the points were kept as a routine."""
        self.summary_page.routine_saved(name)

    def _show_page(self, page: QWidget) -> None:
        """The running page or the summary, its keys, and the focus on its first control."""
        self.stack.setCurrentWidget(page)
        running = page is self.running_page
        self._set_keys_active(running and self.isVisible())
        if self.isVisible():
            self.first_control().setFocus(Qt.FocusReason.OtherFocusReason)
            if not running:  # a digit typed at once replaces "Not given"
                self.summary_page.pain_before.selectAll()

    def first_control(self) -> QWidget:
        """Where the focus goes when the page is shown: Pause, or the first pain score."""
        return (
            self.pause_button
            if self.stack.currentWidget() is self.running_page
            else self.summary_page.first_control()
        )

    def _update_pause_button(self) -> None:
        snapshot = self._controller.snapshot()
        paused = bool(snapshot and snapshot.paused)
        text, name = continue_texts(snapshot) or (
            (self.tr("Resume"), self.tr("Resume (Space)"))
            if paused
            else (self.tr("Pause"), self.tr("Pause (Space)"))
        )
        self.pause_button.setText(text)
        self.pause_button.setAccessibleName(name)

    def _update_mute_button(self) -> None:
        self.mute_button.setText(self.tr("Unmute") if self._muted else self.tr("Mute"))
        self.mute_button.setAccessibleName(
            self.tr("Unmute sounds (M)") if self._muted else self.tr("Mute sounds (M)")
        )

    # -- Qt overrides -------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter presses the focused session button (Space is the pause key everywhere); a
        resize of the running page sets its type sizes."""
        if watched is self.running_page and event.type() == QEvent.Type.Resize:
            self._apply_type()
        if (
            isinstance(watched, QPushButton)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            watched.click()
            return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._set_keys_active(self.stack.currentWidget() is self.running_page)
        self._controller.set_frames_wanted(self.pacer.needs_animation_frames())

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._set_keys_active(False)
        self._controller.set_frames_wanted(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        if event.type() == QEvent.Type.FontChange:
            # queued: a new text size arrives while Qt re-styles every widget; the page's
            # fonts are set once that is over, never from inside it (as the routines list)
            self._type_wanted.emit()
        super().changeEvent(event)

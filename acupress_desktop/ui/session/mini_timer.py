"""A small always-on-top window with the time left, the breathing stage, what comes next, pause and
stop, for use beside other apps."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from acupress_desktop.controllers.session_controller import SessionController
from acupress_desktop.controllers.session_text import next_text, phase_band_text, point_line
from acupress_desktop.core.breathing import BreathCue
from acupress_desktop.core.catalogue import Catalogue
from acupress_desktop.core.history import SessionRecord
from acupress_desktop.core.plan import PhaseKind
from acupress_desktop.core.session import Snapshot
from acupress_desktop.ui.labels import format_clock
from acupress_desktop.ui.session.breathing_pacer import cue_text


class MiniTimer(QWidget):
    """Compact timer window: current point, seconds left, the breathing stage ("Breathe in · 3",
    hidden when the breathing guide is off or the session paused), what comes next, session time
    left, pause and stop."""

    def __init__(
        self, catalogue: Catalogue, controller: SessionController, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self._catalogue = catalogue
        self._controller = controller
        self._press_with_breath = False  # pressing, in a routine that ties the press to the breath
        layout = QVBoxLayout(self)
        self.point_label = QLabel(self)
        self.clock_label = QLabel(self)
        self.clock_label.setObjectName("miniClock")
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.breath_label = QLabel(self)
        self.breath_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.breath_label.hide()
        self.next_label = QLabel(self)
        self.next_label.setWordWrap(True)
        self.total_label = QLabel(self)
        buttons = QHBoxLayout()
        self.pause_button = QPushButton(self)
        self.stop_button = QPushButton(self)
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.stop_button)
        for widget in (
            self.point_label, self.clock_label, self.breath_label, self.next_label,
            self.total_label,
        ):  # fmt: skip
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.pause_button.clicked.connect(controller.space)  # "found it" while finding
        self.stop_button.clicked.connect(controller.stop)
        controller.display_changed.connect(self._on_controller_display_changed)
        controller.breath_cue_changed.connect(self._on_controller_breath_cue_changed)
        controller.session_finished.connect(self._on_controller_session_finished)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Reset translated texts."""
        self.setWindowTitle(self.tr("Acupress timer"))
        self.setAccessibleName(self.tr("Mini timer"))
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setAccessibleName(self.tr("Stop the session"))
        snapshot = self._controller.snapshot()
        if snapshot is not None:
            self._show(snapshot)
        else:
            self.pause_button.setText(self.tr("Pause"))
            self.pause_button.setAccessibleName(self.tr("Pause"))

    def _on_controller_display_changed(self, snapshot: Snapshot) -> None:
        if self.isVisible():  # hidden, it stays quiet (it catches up when shown)
            self._show(snapshot)

    def _on_controller_breath_cue_changed(self, cue: BreathCue | None) -> None:
        if self.isVisible():
            self._show_breath(cue)

    def _show_breath(self, cue: BreathCue | None) -> None:
        """The stage and its seconds (changes at most once a second, whatever the frames)."""
        text = cue_text(cue, self._press_with_breath) if cue is not None else ""
        if text != self.breath_label.text():
            self.breath_label.setText(text)
            self.breath_label.setAccessibleName(
                self.tr("Breathing: %1").replace("%1", text) if text else ""
            )
        self.breath_label.setVisible(bool(text))

    def showEvent(self, event: QShowEvent) -> None:
        snapshot = self._controller.snapshot()
        if snapshot is not None:
            self._show(snapshot)
        super().showEvent(event)

    def _show(self, snapshot: Snapshot) -> None:
        session = self._controller.session
        self._press_with_breath = (
            session is not None
            and session.plan.press_with_breath
            and snapshot.phase.kind is PhaseKind.PRESS
        )
        line = point_line(snapshot.phase, self._catalogue)
        band = phase_band_text(snapshot) if snapshot.press_stage or snapshot.finding else ""
        self.point_label.setText(f"{band} · {line}" if band else line)
        self.clock_label.setText(format_clock(snapshot.shown_seconds))
        self._show_breath(snapshot.breath)
        self.next_label.setText(next_text(snapshot, self._catalogue))
        self.total_label.setText(
            self.tr("%1 left in the session").replace(
                "%1", format_clock(round(snapshot.remaining_total))
            )
        )
        text = self.tr("Resume") if snapshot.paused else self.tr("Pause")
        if snapshot.finding:
            text = self.tr("Continue")
        self.pause_button.setText(text)
        self.pause_button.setAccessibleName(text)

    def _on_controller_session_finished(self, record: SessionRecord) -> None:
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

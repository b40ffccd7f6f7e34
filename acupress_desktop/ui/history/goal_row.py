"""The weekly goal on the History page: a spin box ("Off" by default) and the week's progress.

The week starts on the locale's first day of the week and ends today (the controller's
``today``, from the injected wall clock); the minutes come from ``core.history.minutes_in_week``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QSpinBox, QWidget

from acupress_desktop.controllers.history import HistoryController
from acupress_desktop.core.history import SessionRecord, minutes_in_week
from acupress_desktop.storage.settings import MAX_WEEKLY_GOAL_MINUTES

#: The spin box's step, in minutes.
GOAL_STEP = 10


def goal_text(minutes: float, goal: int) -> str:
    """ "38 of 60 minutes this week", and ": goal reached" from the goal on."""
    shown = round(max(0.0, minutes))
    text = (
        QCoreApplication.translate("GoalRow", "%1 of %2 minutes this week")
        .replace("%1", str(shown))
        .replace("%2", str(goal))
    )
    if goal > 0 and shown >= goal:
        return QCoreApplication.translate("GoalRow", "%1: goal reached").replace("%1", text)
    return text


def first_weekday(day_of_week: int) -> int:
    """Qt's first day of the week (1 Monday … 7 Sunday) as ``date.weekday`` (0 … 6)."""
    return (day_of_week - 1) % 7


class GoalRow(QWidget):
    """The weekly goal and this week's progress towards it.

    Attributes:
        spin: the goal in minutes, 0 shown as "Off" (saved through the controller).
        progress: this week's minutes of the goal (hidden while there is no goal).
    """

    def __init__(self, history: HistoryController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._history = history
        self._records: list[SessionRecord] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.label = QLabel(self)
        self.spin = QSpinBox(self)
        self.spin.setRange(0, MAX_WEEKLY_GOAL_MINUTES)
        self.spin.setSingleStep(GOAL_STEP)
        self.spin.setValue(history.weekly_goal())
        self.spin.valueChanged.connect(self._on_spin_value_changed)
        self.label.setBuddy(self.spin)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        layout.addWidget(self.label)
        layout.addWidget(self.spin)
        layout.addWidget(self.progress, 1)
        layout.addStretch(0)  # takes the room while there is no goal (the bar is hidden)
        self.apply_fonts()
        self.retranslate_ui()

    def apply_fonts(self) -> None:
        """Controls tall enough to hit and read from a distance."""
        height = round(QFontMetrics(self.font()).height() * 2.0)
        self.spin.setMinimumHeight(height)
        self.progress.setMinimumHeight(height)

    def retranslate_ui(self) -> None:
        """Reset translated texts."""
        self.label.setText(self.tr("&Weekly goal"))
        self.spin.setSpecialValueText(self.tr("No goal"))
        self.spin.setSuffix(self.tr(" min"))
        self.spin.setAccessibleName(self.tr("Weekly goal in minutes"))
        self.spin.setToolTip(self.tr("Minutes you aim to practise each week (Alt+W); 0 is no goal"))
        self.progress.setAccessibleName(self.tr("Weekly goal progress"))
        self._show()

    def set_records(self, records: Sequence[SessionRecord]) -> None:
        """Count this week's minutes of these sessions."""
        self._records = list(records)
        self._show()

    def minutes(self) -> float:
        """Minutes from the locale's first day of this week up to today."""
        first = first_weekday(self.locale().firstDayOfWeek().value)
        return minutes_in_week(self._records, self._history.tz, self._history.today(), first)

    def _show(self) -> None:
        goal = self.spin.value()
        self.progress.setVisible(goal > 0)
        if goal <= 0:
            return
        minutes = self.minutes()
        text = goal_text(minutes, goal)
        self.progress.setRange(0, goal)
        self.progress.setValue(min(goal, round(minutes)))
        self.progress.setFormat(text)
        self.progress.setAccessibleDescription(text)

    def _on_spin_value_changed(self, value: int) -> None:
        self._history.set_weekly_goal(value)
        self._show()

    # -- Qt overrides -------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.FontChange:
            self.apply_fonts()
        elif event.type() == QEvent.Type.LocaleChange:
            self._show()
        super().changeEvent(event)

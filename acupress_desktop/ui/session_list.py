"""The session being built in the browser: chosen points in order, each with its time, and Start."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from acupress_desktop.core.catalogue import Catalogue
from acupress_desktop.core.routine import MAX_POINT_SECONDS, MIN_POINT_SECONDS, RoutineStep
from acupress_desktop.ui.labels import duration_text
from acupress_desktop.ui.ordered_list import OrderedList

_POINT_ROLE = Qt.ItemDataRole.UserRole + 1
_SECONDS_ROLE = Qt.ItemDataRole.UserRole + 2


class SessionList(QWidget):
    """Points chosen for the next session.

    Signals:
        start_requested(object): the user pressed Start; the argument is a tuple of RoutineStep.
        steps_changed(): points were added, removed, moved or retimed.
    """

    start_requested = Signal(object)
    steps_changed = Signal()

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.list = OrderedList(self)
        self.list.setMinimumHeight(84)
        self.list.setMaximumHeight(150)
        self.empty_hint = QLabel(self)
        self.empty_hint.setWordWrap(True)
        self.time_label = QLabel(self)
        self.time_spin = QSpinBox(self)
        self.time_spin.setRange(MIN_POINT_SECONDS, MAX_POINT_SECONDS)
        self.time_spin.setSingleStep(15)
        self.time_spin.setValue(60)
        self.time_label.setBuddy(self.time_spin)
        self.up_button = QPushButton(self)
        self.down_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.clear_button = QPushButton(self)
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("startButton")
        self.start_button.setDefault(True)
        time_row = QHBoxLayout()
        time_row.addWidget(self.time_label)
        time_row.addWidget(self.time_spin, 1)
        buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button, self.clear_button):
            buttons.addWidget(button)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_hint)
        layout.addLayout(time_row)
        layout.addLayout(buttons)
        layout.addWidget(self.start_button)

        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.list.order_changed.connect(self._changed)
        self.time_spin.valueChanged.connect(self._on_time_spin_value_changed)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button.clicked.connect(self.remove_current)
        self.clear_button.clicked.connect(self.clear)
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.retranslate_ui()
        self._update_enabled()

    # -- public -------------------------------------------------------------------------------
    def steps(self) -> tuple[RoutineStep, ...]:
        """The chosen points in order with their times."""
        return tuple(
            RoutineStep(item.data(_POINT_ROLE), int(item.data(_SECONDS_ROLE)))
            for item in (self.list.item(row) for row in range(self.list.count()))
            if item is not None
        )

    def add_point(self, point_id: str, seconds: int | None = None) -> None:
        """Append a point (its suggested time unless given) and select it."""
        point = self._catalogue.point(point_id)
        item = QListWidgetItem()
        item.setData(_POINT_ROLE, point_id)
        item.setData(_SECONDS_ROLE, seconds or point.press.seconds)
        self._refresh_item(item)
        self.list.append_item(item)

    def move_current(self, step: int) -> None:
        """Move the selected point up (-1) or down (+1)."""
        self.list.move_current(step)

    def remove_current(self) -> None:
        """Remove the selected point."""
        self.list.remove_current()

    def clear(self) -> None:
        """Remove every point."""
        self.list.clear()
        self._changed()

    def retranslate_ui(self) -> None:
        """Reset translated texts."""
        self.heading.setText(self.tr("Your session"))
        self.list.setAccessibleName(self.tr("Points in your session"))
        self.list.setAccessibleDescription(
            self.tr("Alt+Up and Alt+Down move the selected point; Delete removes it")
        )
        self.empty_hint.setText(
            self.tr("Add points with “Add to session” (Ctrl+Enter on a card), then press Start.")
        )
        self.time_label.setText(self.tr("&Time per side"))
        self.time_spin.setSuffix(self.tr(" s"))
        self.time_spin.setAccessibleName(self.tr("Time per side, in seconds"))
        for button, text, tip in (
            (self.up_button, self.tr("Up"), self.tr("Move the point earlier (Alt+Up)")),
            (self.down_button, self.tr("Down"), self.tr("Move the point later (Alt+Down)")),
            (self.remove_button, self.tr("Remove"), self.tr("Remove the point (Delete)")),
            (self.clear_button, self.tr("Clear"), self.tr("Remove every point")),
        ):
            button.setText(text)
            button.setAccessibleName(tip.split(" (")[0])
            button.setToolTip(tip)
        self.start_button.setText(self.tr("Start session"))
        self.start_button.setAccessibleName(self.tr("Start session"))
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item is not None:
                self._refresh_item(item)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- internals ----------------------------------------------------------------------------
    def _refresh_item(self, item: QListWidgetItem) -> None:
        point = self._catalogue.point(item.data(_POINT_ROLE))
        seconds = int(item.data(_SECONDS_ROLE))
        per_side = self.tr(" each side") if point.bilateral else ""
        item.setText(f"{point.code} · {point.pinyin} — {duration_text(seconds)}{per_side}")

    def _changed(self) -> None:
        self._update_enabled()
        self.steps_changed.emit()

    def _update_enabled(self) -> None:
        count = self.list.count()
        has_current = self.list.currentRow() >= 0
        self.empty_hint.setVisible(count == 0)
        for widget in (self.remove_button, self.up_button, self.down_button, self.time_spin):
            widget.setEnabled(has_current)
        self.clear_button.setEnabled(count > 0)
        self.start_button.setEnabled(count > 0)

    def _on_list_current_row_changed(self, row: int) -> None:
        item = self.list.item(row) if row >= 0 else None
        if item is not None:
            self.time_spin.blockSignals(True)
            self.time_spin.setValue(int(item.data(_SECONDS_ROLE)))
            self.time_spin.blockSignals(False)
        self._update_enabled()

    def _on_time_spin_value_changed(self, value: int) -> None:
        item = self.list.currentItem()
        if item is not None:
            item.setData(_SECONDS_ROLE, value)
            self._refresh_item(item)
            self.steps_changed.emit()

    def _on_start_button_clicked(self) -> None:
        steps = self.steps()
        if steps:
            self.start_requested.emit(steps)

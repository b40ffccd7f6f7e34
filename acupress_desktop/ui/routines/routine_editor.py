"""The routine editor: name, points in order with time and sides, rest, rounds, get ready, breathing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from acupress_desktop.core.breathing import PATTERNS
from acupress_desktop.core.catalogue import Catalogue
from acupress_desktop.core.plan import SessionPlan, build_plan
from acupress_desktop.core.routine import (
    MAX_GET_READY_SECONDS,
    MAX_POINT_SECONDS,
    MAX_REST_SECONDS,
    MAX_ROUNDS,
    MIN_POINT_SECONDS,
    Routine,
    RoutineError,
    RoutineStep,
    name_refusal,
)
from acupress_desktop.storage.transfer_format import DESCRIPTION_MAX
from acupress_desktop.ui.labels import breathing_name, format_clock, step_time_text
from acupress_desktop.ui.widgets.common import tooltip_follows_choice
from acupress_desktop.ui.widgets.ordered_list import OrderedList
from acupress_desktop.ui.widgets.wrapping_grid import WrappingGrid

_POINT = Qt.ItemDataRole.UserRole + 1
_SECONDS = Qt.ItemDataRole.UserRole + 2
_SIDES = Qt.ItemDataRole.UserRole + 3


class RoutineEditor(QDialog):
    """Edits a copy of a routine; ``routine()`` gives the result after Save.

    Attributes:
        name_edit, steps, point_combo, seconds_spin, sides_combo, rest_spin, rounds_spin,
        ready_spin, breathing_combo, error_label, save_button: the controls (tests use them).
    """

    def __init__(
        self,
        catalogue: Catalogue,
        routine: Routine | None,
        taken_names: Sequence[str],
        parent: QWidget | None = None,
        planned: Callable[[Routine], SessionPlan] | None = None,
    ) -> None:
        """``planned(routine)``: the timeline a start would run now, for the whole time shown
        (default: the routine's own)."""
        super().__init__(parent)
        self._catalogue = catalogue
        self._planned = planned or (lambda routine: build_plan(routine, catalogue))
        self._original = routine or Routine(name="", steps=())
        self._taken = [n for n in taken_names if not routine or n != routine.name]
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name_label = QLabel(self)
        self.name_edit = QLineEdit(self._original.name, self)
        self.name_edit.setMaxLength(200)
        self.name_label.setBuddy(self.name_edit)
        form.addRow(self.name_label, self.name_edit)
        # a copied routine keeps its original's description: here it can be changed
        self.description_label = QLabel(self)
        self.description_edit = QPlainTextEdit(self._original.description, self)
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMaximumHeight(self.fontMetrics().height() * 4 + 12)
        self.description_label.setBuddy(self.description_edit)
        form.addRow(self.description_label, self.description_edit)
        layout.addLayout(form)

        self.steps_label = QLabel(self)
        self.steps_label.setWordWrap(True)
        self.steps = OrderedList(self)
        self.steps_label.setBuddy(self.steps)
        layout.addWidget(self.steps_label)
        layout.addWidget(self.steps, 1)

        step_form = QFormLayout()
        self.seconds_label = QLabel(self)
        self.seconds_spin = QSpinBox(self)
        self.seconds_spin.setRange(MIN_POINT_SECONDS, MAX_POINT_SECONDS)
        self.seconds_spin.setSingleStep(15)
        self.seconds_label.setBuddy(self.seconds_spin)
        self.sides_label = QLabel(self)
        self.sides_combo = QComboBox(self)
        self.sides_label.setBuddy(self.sides_combo)
        self.sides_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        step_form.addRow(self.seconds_label, self.seconds_spin)
        step_form.addRow(self.sides_label, self.sides_combo)
        self.up_button = QPushButton(self)
        self.down_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        step_buttons = WrappingGrid()
        for button in (self.up_button, self.down_button, self.remove_button):
            step_buttons.addWidget(button)
        step_row = QHBoxLayout()
        step_row.addLayout(step_form)
        step_row.addLayout(step_buttons, 1)
        layout.addLayout(step_row)

        add_row = QHBoxLayout()
        self.point_label = QLabel(self)
        self.point_combo = QComboBox(self)
        self.point_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.point_combo.setMinimumContentsLength(16)
        tooltip_follows_choice(self.point_combo)
        for point in catalogue.points:
            self.point_combo.addItem(f"{point.code} · {point.pinyin} — {point.english}", point.id)
        self.point_label.setBuddy(self.point_combo)
        self.add_button = QPushButton(self)
        add_row.addWidget(self.point_label)
        add_row.addWidget(self.point_combo, 1)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)

        options = QFormLayout()
        self.rest_label, self.rest_spin = QLabel(self), QSpinBox(self)
        self.rest_spin.setRange(0, MAX_REST_SECONDS)
        self.rounds_label, self.rounds_spin = QLabel(self), QSpinBox(self)
        self.rounds_spin.setRange(1, MAX_ROUNDS)
        self.ready_label, self.ready_spin = QLabel(self), QSpinBox(self)
        self.ready_spin.setRange(0, MAX_GET_READY_SECONDS)
        self.breathing_label, self.breathing_combo = QLabel(self), QComboBox(self)
        for label, widget in ((self.rest_label, self.rest_spin), (self.rounds_label, self.rounds_spin),
                              (self.ready_label, self.ready_spin), (self.breathing_label, self.breathing_combo)):  # fmt: skip
            label.setBuddy(widget)
            options.addRow(label, widget)
        # the per-routine options of how each point is pressed
        self.find_check = QCheckBox(self)
        self.halfway_check = QCheckBox(self)
        self.style_label, self.style_combo = QLabel(self), QComboBox(self)
        # two columns must fit 1280 pixels at 20 pt: the combos take a modest width, and the
        # whole current choice is their tooltip (the list itself shows every choice whole)
        for combo in (self.breathing_combo, self.style_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
            combo.currentTextChanged.connect(combo.setToolTip)
        self.style_label.setBuddy(self.style_combo)
        self.breath_check = QCheckBox(self)
        pressing = QFormLayout()  # beside the timing, so the dialog fits a short screen
        pressing.addRow(self.style_label, self.style_combo)
        for check in (self.find_check, self.halfway_check, self.breath_check):
            pressing.addRow(check)
        columns = QHBoxLayout()
        columns.addLayout(options, 1)
        columns.addLayout(pressing, 1)
        layout.addLayout(columns)
        self.total_label = QLabel(self)
        self.error_label = QLabel(self)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the name as typed
        self.error_label.setObjectName("sessionNotice")
        self.error_label.setWordWrap(True)
        layout.addWidget(self.total_label)
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(self.buttons)

        self.rest_spin.setValue(self._original.rest_seconds)
        self.rounds_spin.setValue(self._original.rounds)
        self.ready_spin.setValue(self._original.get_ready_seconds)
        self.find_check.setChecked(self._original.find_point)
        self.halfway_check.setChecked(self._original.halfway_cue)
        self.breath_check.setChecked(self._original.press_with_breath)
        for step in self._original.steps:
            self._append(step)

        self.retranslate_ui()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.up_button.clicked.connect(self._on_up_button_clicked)
        self.down_button.clicked.connect(self._on_down_button_clicked)
        self.remove_button.clicked.connect(self.remove_step)
        self.steps.currentRowChanged.connect(self._on_steps_current_row_changed)
        self.steps.order_changed.connect(self._validate)
        self.seconds_spin.valueChanged.connect(self._on_seconds_spin_changed)
        self.sides_combo.currentIndexChanged.connect(self._on_sides_combo_changed)
        self.name_edit.textChanged.connect(self._validate)
        for spin in (self.rest_spin, self.rounds_spin, self.ready_spin):
            spin.valueChanged.connect(self._validate)
        self.breathing_combo.currentIndexChanged.connect(self._validate)
        if self.steps.count():
            self.steps.setCurrentRow(0)
        self._on_steps_current_row_changed(self.steps.currentRow())
        self._validate()

    # -- texts --------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        """Set every translated text."""
        self.setWindowTitle(
            self.tr("New routine") if not self._original.id else self.tr("Edit routine")
        )
        self.name_label.setText(self.tr("&Name"))
        self.name_edit.setAccessibleName(self.tr("Routine name"))
        self.description_label.setText(self.tr("Descr&iption"))
        self.description_edit.setAccessibleName(self.tr("Description of the routine"))
        self.description_edit.setPlaceholderText(self.tr("What the routine is for (optional)"))
        self.steps_label.setText(
            self.tr("&Points, in order (drag, or Alt+Up and Alt+Down to move)")
        )
        self.steps.setAccessibleName(self.tr("Points in the routine"))
        self.seconds_label.setText(self.tr("&Time per side"))
        self.seconds_spin.setSuffix(self.tr(" s"))
        self.seconds_spin.setAccessibleName(self.tr("Time per side, in seconds"))
        self.sides_label.setText(self.tr("Si&des"))
        self.sides_combo.blockSignals(True)
        current = self.sides_combo.currentIndex()
        self.sides_combo.clear()
        self.sides_combo.addItem(self.tr("Both sides"), "both")
        self.sides_combo.addItem(self.tr("Left only"), "left")
        self.sides_combo.addItem(self.tr("Right only"), "right")
        self.sides_combo.setCurrentIndex(max(0, current))
        self.sides_combo.blockSignals(False)
        self.sides_combo.setAccessibleName(self.tr("Sides"))
        for button, text in ((self.up_button, self.tr("Up")), (self.down_button, self.tr("Down")),
                             (self.remove_button, self.tr("Remove")), (self.add_button, self.tr("&Add point"))):  # fmt: skip
            button.setText(text)
            button.setAccessibleName(text.replace("&", ""))
        self.point_label.setText(self.tr("P&oint to add"))
        self.point_combo.setAccessibleName(self.tr("Point to add"))
        self.rest_label.setText(self.tr("&Rest between points"))
        self.rest_spin.setSuffix(self.tr(" s"))
        self.rest_spin.setAccessibleName(self.tr("Rest between points, in seconds"))
        self.rounds_label.setText(self.tr("Ro&unds"))
        self.rounds_spin.setAccessibleName(self.tr("Rounds"))
        self.ready_label.setText(self.tr("&Get ready"))
        self.ready_spin.setSuffix(self.tr(" s"))
        self.ready_spin.setAccessibleName(self.tr("Get ready time, in seconds"))
        self.breathing_label.setText(self.tr("&Breathing guide"))
        self.breathing_combo.blockSignals(True)
        self.breathing_combo.clear()
        for pattern_id in PATTERNS:
            self.breathing_combo.addItem(breathing_name(pattern_id), pattern_id)
        index = self.breathing_combo.findData(self._original.breathing)
        self.breathing_combo.setCurrentIndex(max(0, index))
        self.breathing_combo.blockSignals(False)
        self.breathing_combo.setAccessibleName(self.tr("Breathing guide"))
        for check, text, name in (
            (self.find_check, self.tr("&Find each point first"),
             self.tr("Find each point first, untimed; press Space when found")),
            (self.halfway_check, self.tr("&Halfway cue"),
             self.tr("Halfway cue: a soft sound, and “Halfway” when speech is on")),
            (self.breath_check, self.tr("Press &with the breath"),
             self.tr("Press with the breath: press as you breathe out, ease as you breathe in")),
        ):  # fmt: skip
            # short on screen (the editor fits 1280 pixels at 20 pt); the whole sense is said
            # by the accessible name and shown as the tooltip
            check.setText(text)
            check.setAccessibleName(name)
            check.setToolTip(name)
        self.style_label.setText(self.tr("Press st&yle"))
        self.style_combo.blockSignals(True)
        chosen = self.style_combo.currentData() or self._original.press_style
        self.style_combo.clear()
        self.style_combo.addItem(self.tr("Steady"), "steady")
        self.style_combo.addItem(self.tr("Ramp: press in slowly, hold, ease off"), "ramp")
        self.style_combo.setCurrentIndex(max(0, self.style_combo.findData(chosen)))
        self.style_combo.blockSignals(False)
        self.style_combo.setAccessibleName(self.tr("Press style"))
        for combo in (self.breathing_combo, self.style_combo):  # refilled with signals blocked
            combo.setToolTip(combo.currentText())
        self.save_button.setAccessibleName(self.tr("Save"))
        for row in range(self.steps.count()):
            item = self.steps.item(row)
            if item is not None:
                self._refresh(item)

    # -- editing ------------------------------------------------------------------------------
    def routine(self) -> Routine:
        """The routine as edited (name trimmed); validate with ``problem()`` first."""
        steps = []
        for row in range(self.steps.count()):
            item = self.steps.item(row)
            if item is not None:
                steps.append(
                    RoutineStep(item.data(_POINT), int(item.data(_SECONDS)), item.data(_SIDES))
                )
        return replace(
            self._original,
            name=self.name_edit.text().strip(),
            description=self.description_edit.toPlainText().strip()[:DESCRIPTION_MAX],
            steps=tuple(steps),
            rest_seconds=self.rest_spin.value(),
            rounds=self.rounds_spin.value(),
            get_ready_seconds=self.ready_spin.value(),
            breathing=self.breathing_combo.currentData() or "relaxed",
            find_point=self.find_check.isChecked(),
            halfway_cue=self.halfway_check.isChecked(),
            press_style=self.style_combo.currentData() or "steady",
            press_with_breath=self.breath_check.isChecked(),
            builtin=False,
        )

    def problem(self) -> str:
        """Why the routine cannot be saved yet ("" when it can)."""
        refusal = name_refusal(self.name_edit.text(), self._taken)
        if refusal:
            return refusal
        try:
            self.routine().validate()
        except RoutineError as exc:
            return str(exc)
        return ""

    def add_point(self, point_id: str) -> None:
        """Append a point with its suggested time, both sides."""
        point = self._catalogue.point(point_id)
        self._append(RoutineStep(point_id, point.press.seconds, "both"))

    def _on_up_button_clicked(self) -> None:
        self.move_step(-1)

    def _on_down_button_clicked(self) -> None:
        self.move_step(1)

    def move_step(self, step: int) -> None:
        """Move the selected point earlier (-1) or later (+1)."""
        self.steps.move_current(step)

    def remove_step(self) -> None:
        """Remove the selected point."""
        self.steps.remove_current()

    def _append(self, step: RoutineStep) -> None:
        item = QListWidgetItem()
        item.setData(_POINT, step.point_id)
        item.setData(_SECONDS, step.seconds)
        item.setData(_SIDES, step.sides)
        self._refresh(item)
        self.steps.append_item(item)

    def _refresh(self, item: QListWidgetItem) -> None:
        point = self._catalogue.point(item.data(_POINT))
        step = RoutineStep(point.id, int(item.data(_SECONDS)), item.data(_SIDES))
        item.setText(f"{point.code} · {point.pinyin} — {step_time_text(step, point)}")

    def _validate(self, *args: object) -> None:
        problem = self.problem()
        self.error_label.setText(problem)
        self.error_label.setVisible(bool(problem))
        self.save_button.setEnabled(not problem)
        routine = self.routine()
        if routine.steps and not problem:
            total = self._planned(routine).total
            self.total_label.setText(
                self.tr("Whole routine: %1").replace("%1", format_clock(round(total)))
            )
        else:
            self.total_label.setText("")

    def _on_add_button_clicked(self) -> None:
        point_id = self.point_combo.currentData()
        if point_id:
            self.add_point(point_id)

    def _on_steps_current_row_changed(self, row: int) -> None:
        item = self.steps.item(row) if row >= 0 else None
        for widget in (
            self.seconds_spin,
            self.sides_combo,
            self.up_button,
            self.down_button,
            self.remove_button,
        ):
            widget.setEnabled(item is not None)
        if item is None:
            return
        point = self._catalogue.point(item.data(_POINT))
        self.seconds_spin.blockSignals(True)
        self.seconds_spin.setValue(int(item.data(_SECONDS)))
        self.seconds_spin.blockSignals(False)
        self.sides_combo.blockSignals(True)
        self.sides_combo.setCurrentIndex(max(0, self.sides_combo.findData(item.data(_SIDES))))
        self.sides_combo.blockSignals(False)
        self.sides_combo.setEnabled(point.bilateral)

    def _on_seconds_spin_changed(self, value: int) -> None:
        item = self.steps.currentItem()
        if item is not None:
            item.setData(_SECONDS, value)
            self._refresh(item)
            self._validate()

    def _on_sides_combo_changed(self, index: int) -> None:
        item = self.steps.currentItem()
        if item is not None and index >= 0:
            item.setData(_SIDES, self.sides_combo.itemData(index))
            self._refresh(item)
            self._validate()

"""The end of a session: what was done, the pain before and after, keeping the points as a
routine, and Save and close. Part of the session page (``SessionView`` shows it in its stack)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from acupress_desktop.core.history import SessionRecord
from acupress_desktop.ui.accessibility import announce
from acupress_desktop.ui.labels import duration_text


class SummaryPage(QWidget):
    """The summary of the session just ended.

    Signals:
        save_as_routine_requested(str): "Save as routine" with this (stripped, non-empty) name.
        record_saved(object): Save and close: the SessionRecord with the pain scores given.
        closed(): Save and close was pressed (after record_saved, when there was a record).
    """

    save_as_routine_requested = Signal(str)
    record_saved = Signal(object)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._record: SessionRecord | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        self.summary_title = QLabel(self)
        self.summary_title.setObjectName("sessionTitle")
        self.summary_text = QLabel(self)
        self.summary_text.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.pain_before_label = QLabel(self)
        self.pain_before = QSpinBox(self)
        self.pain_after_label = QLabel(self)
        self.pain_after = QSpinBox(self)
        for spin, label in (
            (self.pain_before, self.pain_before_label),
            (self.pain_after, self.pain_after_label),
        ):
            spin.setRange(-1, 10)
            spin.setValue(-1)
            label.setBuddy(spin)
            form.addRow(label, spin)
        self.save_routine_row = QWidget(self)
        save_row = QHBoxLayout(self.save_routine_row)
        save_row.setContentsMargins(0, 0, 0, 0)
        self.routine_name_label = QLabel(self.save_routine_row)
        self.routine_name = QLineEdit(self.save_routine_row)
        self.routine_name_label.setBuddy(self.routine_name)
        self.save_routine_button = QPushButton(self.save_routine_row)
        self.save_routine_button.clicked.connect(self._on_save_routine_button_clicked)
        self.routine_name.returnPressed.connect(self._on_save_routine_button_clicked)
        save_row.addWidget(self.routine_name_label)
        save_row.addWidget(self.routine_name, 1)
        save_row.addWidget(self.save_routine_button)
        self.saved_label = QLabel(self)
        self.saved_label.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the name as typed
        self.done_button = QPushButton(self)
        self.done_button.setDefault(True)
        self.done_button.clicked.connect(self._on_done_button_clicked)
        layout.addWidget(self.summary_title)
        layout.addWidget(self.summary_text)
        layout.addLayout(form)
        layout.addWidget(self.save_routine_row)
        layout.addWidget(self.saved_label)
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.retranslate_ui()

    def show_record(self, record: SessionRecord, pain_before: int | None) -> None:
        """Fill the page for ``record``: the pain before as typed during the session (or none),
        no pain after yet, and "Save as routine" only for points not from a routine."""
        self._record = record
        self.summary_title.setText(
            self.tr("Session complete") if record.finished else self.tr("Session stopped")
        )
        self.summary_text.setText(
            self.tr("Points done: %1 of %2 · Time: %3")
            .replace("%1", str(record.points_done))
            .replace("%2", str(len(record.point_ids)))
            .replace("%3", duration_text(round(record.seconds)))
        )
        self.pain_before.setValue(-1 if pain_before is None else pain_before)
        self.pain_after.setValue(-1)
        self.save_routine_row.setVisible(not record.routine_id)
        self.routine_name.clear()
        self.saved_label.clear()

    def forget_record(self) -> None:
        """A new session began: nothing is saved from the old summary."""
        self._record = None

    def spoken_summary(self) -> str:
        """What a screen reader is told when the page appears."""
        return self.summary_title.text() + ". " + self.summary_text.text()

    def first_control(self) -> QWidget:
        """Where the focus goes when the page is shown: the first pain score."""
        return self.pain_before

    def routine_saved(self, name: str) -> None:
        """Confirm that the points were kept as a routine."""
        self.save_routine_row.hide()
        self.saved_label.setText(self.tr("Saved as the routine “%1”.").replace("%1", name))
        announce(self, self.saved_label.text())

    def retranslate_ui(self) -> None:
        """Reset translated texts."""
        self.summary_title.setText(self.tr("Session complete"))
        self.pain_before_label.setText(self.tr("Pain &before (0–10)"))
        self.pain_after_label.setText(self.tr("Pain &after (0–10)"))
        for spin in (self.pain_before, self.pain_after):
            spin.setSpecialValueText(self.tr("Not given"))
        self.pain_before.setAccessibleName(self.tr("Pain before the session, 0 to 10"))
        self.pain_after.setAccessibleName(self.tr("Pain after the session, 0 to 10"))
        self.routine_name_label.setText(self.tr("Keep these points as a &routine:"))
        self.routine_name.setPlaceholderText(self.tr("Name, for example “Evening back care”"))
        self.routine_name.setAccessibleName(self.tr("Name for the new routine"))
        self.save_routine_button.setText(self.tr("Save as routine"))
        self.save_routine_button.setAccessibleName(self.tr("Save as routine"))
        self.done_button.setText(self.tr("Save and close"))
        self.done_button.setAccessibleName(self.tr("Save and close"))

    def _on_save_routine_button_clicked(self) -> None:
        name = self.routine_name.text().strip()
        if name:
            self.save_as_routine_requested.emit(name)
            return
        # nothing typed: say so where the confirmation would be, and go to the name
        self.saved_label.setText(self.tr("Type a name for the routine first."))
        announce(self, self.saved_label.text())
        self.routine_name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_done_button_clicked(self) -> None:
        if self._record is not None:
            before, after = self.pain_before.value(), self.pain_after.value()
            self.record_saved.emit(
                replace(
                    self._record,
                    pain_before=None if before < 0 else before,
                    pain_after=None if after < 0 else after,
                )
            )
        self._record = None
        self.closed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

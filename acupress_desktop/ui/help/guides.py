"""The three guides a card links to: measuring with your own hand, the pressure scale and the
evidence. Each opens as a window-modal dialog that deletes itself when closed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from acupress_desktop.core.catalogue import Catalogue
from acupress_desktop.ui.widgets.wrapping_grid import WrappingGrid


def _open(dialog: QDialog) -> QDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_finger_guide(parent: QWidget | None, highlight: int | None = None) -> QDialog:
    """Measure with your own hand, framing the measure ``highlight`` (a finger count)."""
    from acupress_desktop.ui.help.finger_guide import FingerGuideDialog

    return _open(FingerGuideDialog(highlight, parent))


def open_pressure_scale(parent: QWidget | None) -> QDialog:
    """The pressure scale."""
    from acupress_desktop.ui.help.pressure_scale import PressureScaleDialog

    return _open(PressureScaleDialog(parent))


def open_evidence(parent: QWidget | None, catalogue: Catalogue) -> QDialog:
    """About the evidence."""
    from acupress_desktop.ui.help.evidence_page import EvidenceDialog

    return _open(EvidenceDialog(catalogue, parent))


class GuideButtons(QWidget):
    """A row of small buttons under a point's card: measure, pressure scale, evidence.

    Signals:
        guide_opened(object): a guide's dialog was opened (for tests and focus handling).
    """

    guide_opened = Signal(object)

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._measure: int | None = None
        row = WrappingGrid(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.measure_button = QPushButton(self)
        self.pressure_button = QPushButton(self)
        self.evidence_button = QPushButton(self)
        for button in (self.measure_button, self.pressure_button, self.evidence_button):
            row.addWidget(button)
        self.measure_button.clicked.connect(self._on_measure_button_clicked)
        self.pressure_button.clicked.connect(self._on_pressure_button_clicked)
        self.evidence_button.clicked.connect(self._on_evidence_button_clicked)
        self.retranslate_ui()

    def set_measure(self, fingers: int | None) -> None:
        """The measure the shown point's steps use first (None hides the measure button)."""
        self._measure = fingers
        self.measure_button.setVisible(fingers is not None)

    def retranslate_ui(self) -> None:
        """Reset translated texts."""
        for button, text, name in (
            (
                self.measure_button,
                self.tr("Measure with your hand"),
                self.tr("Measure with your own hand"),
            ),
            (self.pressure_button, self.tr("Pressure scale"), self.tr("Pressure scale")),
            (self.evidence_button, self.tr("About the evidence"), self.tr("About the evidence")),
        ):
            button.setText(text)
            button.setAccessibleName(name)
            button.setToolTip(name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _on_measure_button_clicked(self) -> None:
        self.guide_opened.emit(open_finger_guide(self.window(), self._measure))

    def _on_pressure_button_clicked(self) -> None:
        self.guide_opened.emit(open_pressure_scale(self.window()))

    def _on_evidence_button_clicked(self) -> None:
        self.guide_opened.emit(open_evidence(self.window(), self._catalogue))

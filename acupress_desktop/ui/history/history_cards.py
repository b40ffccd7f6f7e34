"""Calm card widgets for the History page (Card, StatTile) and scaled_font, shared with the charts."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget


def scaled_font(base: QFont, factor: float, bold: bool = False) -> QFont:
    """``base`` made ``factor`` times larger (point or pixel size), bold or not."""
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    else:
        font.setPixelSize(max(1, round(base.pixelSize() * factor)))
    font.setBold(bold)
    return font


class Card(QWidget):
    """A calm panel: the palette's Base colour, a thin Mid border, rounded corners."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1.0))
        painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5), 10, 10)
        painter.end()


class StatTile(Card):
    """A big bold number over a short caption ("3" / "days in a row").

    Attributes:
        value_label: the number (hidden when the caption says it all).
        caption_label: the words under it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(2)
        self.value_label = QLabel(self)
        self.value_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.value_label.setForegroundRole(QPalette.ColorRole.Text)
        self.caption_label = QLabel(self)
        self.caption_label.setWordWrap(True)
        self.caption_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)
        layout.addStretch(1)
        # Minimum: tiles in a row share the tallest one's height, and never grow beyond it.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_values(self, value: str, caption: str, spoken: str) -> None:
        """Show ``value`` over ``caption``; ``spoken`` is the accessible name (the whole sentence)."""
        self.value_label.setText(value)
        self.caption_label.setText(caption)
        self.setAccessibleName(spoken)
        self.value_label.setAccessibleName(spoken)

    def apply_fonts(self, base: QFont) -> None:
        """Sizes from the page font: the number twice as large and bold, the caption as is."""
        self.value_label.setFont(scaled_font(base, 2.0, bold=True))
        self.caption_label.setFont(scaled_font(base, 1.0))

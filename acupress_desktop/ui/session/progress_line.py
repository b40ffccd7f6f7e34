"""A thin progress line for the session: repaints lazily (QProgressBar repaints synchronously)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


class ProgressLine(QWidget):
    """Overall session progress as a rounded line; ``set_fraction`` schedules a repaint only when
    the filled length changes by at least a pixel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fraction = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    @property
    def fraction(self) -> float:
        """0..1 of the session done."""
        return self._fraction

    def set_fraction(self, fraction: float) -> None:
        """Show ``fraction`` (clamped to 0..1)."""
        fraction = max(0.0, min(1.0, fraction))
        moved = abs(fraction - self._fraction) * max(1, self.width())
        self._fraction = fraction
        if moved >= 1.0 or fraction in (0.0, 1.0):
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(400, 14)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        track = QRectF(self.rect()).adjusted(1, 2, -1, -2)
        radius = track.height() / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Mid))
        painter.drawRoundedRect(track, radius, radius)
        if self._fraction > 0:
            done = QRectF(track)
            done.setWidth(max(track.height(), track.width() * self._fraction))
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(done, radius, radius)
        painter.end()

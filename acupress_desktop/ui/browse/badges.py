"""A point's badges ("Both sides", "Avoid in pregnancy", "Gentle pressure only") drawn as chips.

Warnings are chips of their own colour with a warning sign and a heavier border, so they never
look like the plain facts beside them, and the sign says it where colour cannot. The same
painting serves the cards and the detail pane (``BadgeRow``).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from acupress_desktop.ui.labels import Badge
from acupress_desktop.ui.palette import warning_colour

_PAD_X, _PAD_Y, _GAP = 8, 3, 6


def chip_rects(items: list[Badge], metrics: QFontMetrics, width: int) -> list[QRect]:
    """Where each chip goes in a box ``width`` wide, wrapping to new rows; (0, 0) based."""
    rects: list[QRect] = []
    x = y = 0
    height = metrics.height() + 2 * _PAD_Y
    for item in items:
        chip = min(width, metrics.horizontalAdvance(item.shown) + 2 * _PAD_X + 2)
        if x and x + chip > width:
            x, y = 0, y + height + _GAP
        rects.append(QRect(x, y, chip, height))
        x += chip + _GAP
    return rects


def paint_badges(
    painter: QPainter, area: QRect, items: list[Badge], font: QFont, palette: QPalette
) -> None:
    """Paint the chips inside ``area`` (text elided when a chip is wider than the area)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    metrics = QFontMetrics(font)
    warning = warning_colour(palette)
    muted = palette.color(QPalette.ColorRole.PlaceholderText)
    for item, rect in zip(items, chip_rects(items, metrics, area.width()), strict=True):
        rect = rect.translated(area.topLeft())
        if rect.bottom() > area.bottom() + 1:
            break
        colour = warning if item.warning else muted
        fill = QColor(colour)
        fill.setAlpha(28 if item.warning else 0)
        painter.setBrush(fill)
        painter.setPen(QPen(colour, 2.0 if item.warning else 1.0))
        radius = rect.height() / 2
        painter.drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), radius, radius)
        painter.setPen(colour if item.warning else palette.color(QPalette.ColorRole.Text))
        text = metrics.elidedText(
            item.shown, Qt.TextElideMode.ElideRight, rect.width() - 2 * _PAD_X
        )
        painter.drawText(rect.adjusted(_PAD_X, 0, -_PAD_X, 0), Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


class BadgeRow(QWidget):
    """The badges of one point as chips that wrap to the width; read as one line of text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[Badge] = []
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_badges(self, items: list[Badge]) -> None:
        self._items = list(items)
        self.setAccessibleName(", ".join(item.text for item in items))
        self.updateGeometry()
        self.update()

    def items(self) -> list[Badge]:
        return list(self._items)

    def _font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        rects = chip_rects(self._items, QFontMetrics(self._font()), max(1, width))
        return (rects[-1].bottom() + 1) if rects else 0

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self._font())
        width = sum(metrics.horizontalAdvance(i.shown) + 2 * _PAD_X + 2 + _GAP for i in self._items)
        return QSize(max(0, width - _GAP), self.heightForWidth(max(1, width)))

    def minimumSizeHint(self) -> QSize:
        metrics = QFontMetrics(self._font())
        widest = max(
            (metrics.horizontalAdvance(i.shown) + 2 * _PAD_X for i in self._items), default=0
        )
        return QSize(min(widest, 120), self.heightForWidth(max(1, widest)))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_badges(painter, self.rect(), self._items, self._font(), self.palette())
        painter.end()

"""The "What works for you" chart: per routine (or point), a bar from 0 to the mean change in
pain and a line with end caps for its 95 % interval, on a shared axis with "less pain" on the
left. Rows without enough sessions say how many more are needed.

Painted with ``QPainter`` on a ``ChartCard`` from the palette (``chart_ink``); the geometry is in
the pure functions ``outcome_extent`` and ``change_x``, tested without a display. The
accessible description is every row's sentence (``outcome_text``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QWidget

from acupress_desktop.core.outcomes import Outcome
from acupress_desktop.ui.history.chart_card import CARD_PADDING, ChartCard
from acupress_desktop.ui.labels import plural
from acupress_desktop.ui.palette import ChartInk

#: The widest the axis goes either way, in points of pain (the scale is 0–10).
MAX_EXTENT = 10.0


def outcome_extent(outcomes: Sequence[Outcome]) -> float:
    """How far the axis reaches either side of 0: the largest |end| of any shown interval,
    rounded up to a whole point, at least 1 and at most 10."""
    ends = [
        abs(value)
        for outcome in outcomes
        if outcome.interval is not None
        for value in (outcome.interval.low, outcome.interval.high, outcome.interval.mean)
    ]
    return float(min(MAX_EXTENT, max(1.0, math.ceil(max(ends, default=1.0) - 1e-9))))


def change_x(change: float, extent: float, plot: QRectF) -> float:
    """The x of a change in pain: −extent at the left edge, 0 in the middle, +extent right."""
    clamped = max(-extent, min(extent, change))
    return plot.center().x() + clamped / extent * plot.width() / 2


class OutcomeChart(ChartCard):
    """One row per outcome: its name on the left, bar and interval on the right.

    Attributes:
        rows: (outcome, name as shown, sentence) per row, in order.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Outcome, str, str]] = []
        self._less = self._more = self._empty = ""
        self.retranslate_ui()

    @property
    def rows(self) -> list[tuple[Outcome, str, str]]:
        """The rows shown, in order."""
        return list(self._rows)

    def set_rows(self, rows: Sequence[tuple[Outcome, str, str]], description: str) -> None:
        """Show these (outcome, name, sentence) rows; ``description`` is read by a screen reader."""
        self._rows = list(rows)
        self.setAccessibleDescription(description)
        self.updateGeometry()
        self.update()

    def retranslate_ui(self) -> None:
        """Reset the axis words (the title and rows come from the section)."""
        self._less = self.tr("← less pain")
        self._more = self.tr("more pain →")
        self._empty = self.tr("Nothing to compare yet")

    def row_height(self) -> float:
        """One row: a line of text and some air."""
        return QFontMetricsF(self.font()).height() * 1.9

    def label_width(self) -> float:
        """The names' column: the widest name, within a third of the content."""
        metrics = QFontMetricsF(self.font())
        widest = max((metrics.horizontalAdvance(name) for _, name, _ in self._rows), default=0.0)
        return min(widest + 16, self.content_rect().width() / 3)

    def plot_rect(self) -> QRectF:
        """Where bars and intervals go: right of the names, above the axis words."""
        content = self.content_rect()
        axis = QFontMetricsF(self.font()).height() * 2 + 10
        return content.adjusted(self.label_width(), 0, -8, -axis)

    def row_rect(self, index: int) -> QRectF:
        """The band of row ``index`` across the plot."""
        plot = self.plot_rect()
        height = self.row_height()
        return QRectF(plot.left(), plot.top() + index * height, plot.width(), height)

    def _paint_chart(self, painter: QPainter, ink: ChartInk) -> None:
        plot = self.plot_rect()
        if plot.width() <= 0 or plot.height() <= 0:
            return
        painter.setFont(self.font())
        if not self._rows:
            painter.setPen(ink.soft_text)
            painter.drawText(self.content_rect(), Qt.AlignmentFlag.AlignCenter, self._empty)
            return
        extent = outcome_extent([outcome for outcome, _, _ in self._rows])
        metrics = QFontMetricsF(self.font())
        zero = change_x(0.0, extent, plot)
        bottom = plot.top() + len(self._rows) * self.row_height()
        for index, (outcome, name, _sentence) in enumerate(self._rows):
            band = self.row_rect(index)
            label = QRectF(
                self.content_rect().left(), band.top(), self.label_width() - 12, band.height()
            )
            painter.setPen(ink.text)
            painter.drawText(
                label,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(name, Qt.TextElideMode.ElideRight, label.width()),
            )
            if outcome.interval is None:
                painter.setPen(ink.soft_text)
                painter.drawText(
                    band.adjusted(8, 0, 0, 0),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    plural(self.tr("%n more needed", None, outcome.needed), outcome.needed),
                )
                continue
            self._paint_interval(painter, ink, outcome, band, extent, plot)
        painter.setPen(QPen(ink.axis, 1.5))
        painter.drawLine(QPointF(zero, plot.top()), QPointF(zero, bottom))
        painter.drawLine(QPointF(plot.left(), bottom), QPointF(plot.right(), bottom))
        self._paint_axis(painter, ink, plot, bottom, extent)

    def _paint_interval(
        self,
        painter: QPainter,
        ink: ChartInk,
        outcome: Outcome,
        band: QRectF,
        extent: float,
        plot: QRectF,
    ) -> None:
        assert outcome.interval is not None
        interval = outcome.interval
        zero = change_x(0.0, extent, plot)
        mean = change_x(interval.mean, extent, plot)
        middle = band.center().y()
        thickness = band.height() * 0.42
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink.accent)
        left, right = min(zero, mean), max(zero, mean)
        painter.drawRoundedRect(
            QRectF(left, middle - thickness / 2, max(2.0, right - left), thickness), 3, 3
        )
        low = change_x(interval.low, extent, plot)
        high = change_x(interval.high, extent, plot)
        cap = band.height() * 0.3
        painter.setPen(QPen(ink.text, 2.0))
        painter.drawLine(QPointF(low, middle), QPointF(high, middle))
        for x in (low, high):
            painter.drawLine(QPointF(x, middle - cap), QPointF(x, middle + cap))
        painter.setBrush(ink.card)
        painter.drawEllipse(QPointF(mean, middle), cap * 0.55, cap * 0.55)

    def _paint_axis(
        self, painter: QPainter, ink: ChartInk, plot: QRectF, bottom: float, extent: float
    ) -> None:
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        numbers = QRectF(plot.left(), bottom + 4, plot.width(), line)
        locale = self.locale()
        painter.setPen(ink.soft_text)
        top = Qt.AlignmentFlag.AlignTop
        painter.drawText(
            numbers, Qt.AlignmentFlag.AlignLeft | top, "−" + locale.toString(int(extent))
        )
        painter.drawText(numbers, Qt.AlignmentFlag.AlignHCenter | top, "0")
        painter.drawText(
            numbers, Qt.AlignmentFlag.AlignRight | top, "+" + locale.toString(int(extent))
        )
        words = numbers.translated(0, line + 2)
        painter.setPen(ink.text)
        painter.drawText(words, Qt.AlignmentFlag.AlignLeft | top, self._less)
        painter.drawText(words, Qt.AlignmentFlag.AlignRight | top, self._more)

    # -- Qt overrides -------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        metrics = QFontMetricsF(self.font())
        title = metrics.height() * 1.2 + CARD_PADDING * 2.4
        rows = max(1, len(self._rows)) * self.row_height()
        return QSize(560, round(title + rows + metrics.height() * 2 + 16))

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        return QSize(300, hint.height())

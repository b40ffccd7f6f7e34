"""History charts painted with QPainter: minutes per week as bars, pain before and after as two series.

Each chart is a calm "card" (``chart_card.ChartCard``: the palette's Base colour, a thin Mid
border, a bold title) that draws only from its palette, so light, dark and high-contrast themes
all work. The geometry is worked out by pure functions in ``chart_geometry`` (``bar_rects``,
``pain_points``, ``series_segments``) that take a plot rectangle and the values and return where
things go; they are tested without a display. Charts are reachable with Tab: focus draws the
border in the highlight colour, and the accessible description (``chart_text``) says the values
in words for a screen reader.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QWidget

from acupress_desktop.ui.history.chart_card import CARD_PADDING, ChartCard
from acupress_desktop.ui.history.chart_geometry import (
    bar_rects,
    pain_points,
    pain_ticks,
    pain_y,
    series_segments,
)
from acupress_desktop.ui.history.chart_text import (
    axis_dates,
    format_minutes,
    pain_description,
    week_label,
    weekly_description,
)
from acupress_desktop.ui.history.history_cards import scaled_font
from acupress_desktop.ui.palette import ChartInk

#: The pain chart shows at most this many sessions (the latest ones).
PAIN_SESSIONS_SHOWN = 30
#: Space between legend entries (and between the title and the legend), in pixels.
LEGEND_GAP = 22.0


class WeeklyMinutesChart(ChartCard):
    """Minutes of practice per week as bars, oldest week on the left, each bar labelled.

    Attributes:
        weeks: (Monday, minutes) pairs, oldest first, as given by ``set_weeks``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._weeks: list[tuple[date, float]] = []
        self.retranslate_ui()

    @property
    def weeks(self) -> list[tuple[date, float]]:
        """The weeks shown, oldest first."""
        return list(self._weeks)

    def set_weeks(self, weeks: Sequence[tuple[date, float]]) -> None:
        """Show these (Monday, minutes) weeks, oldest first."""
        self._weeks = [(monday, float(minutes)) for monday, minutes in weeks]
        self._describe()
        self.update()

    def retranslate_ui(self) -> None:
        """Reset the title and the description."""
        self.set_title(self.tr("Minutes per week"))
        self._describe()

    def _describe(self) -> None:
        self.setAccessibleDescription(weekly_description(self._weeks, self.locale()))

    def plot_rect(self) -> QRectF:
        """Where the bars stand: the content minus room for value labels above, weeks below."""
        content = self.content_rect()
        above = QFontMetricsF(self.number_font()).height() + 4
        below = QFontMetricsF(self.font()).height() + 8
        return content.adjusted(0, above, 0, -below)

    def bar_geometry(self) -> list[QRectF]:
        """The bars at the current size (for painting and for tests)."""
        return bar_rects([minutes for _, minutes in self._weeks], self.plot_rect())

    def _paint_chart(self, painter: QPainter, ink: ChartInk) -> None:
        plot = self.plot_rect()
        if plot.height() <= 0 or not self._weeks:
            return
        bars = self.bar_geometry()
        radius = min(6.0, (bars[0].width() / 4) if bars else 0.0)
        painter.save()
        painter.setClipRect(QRectF(plot.left(), 0, plot.width(), plot.bottom()))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink.accent)
        for bar in bars:
            if bar.height() > 0:
                painter.drawRoundedRect(bar.adjusted(0, 0, 0, radius), radius, radius)
        painter.restore()
        painter.setPen(QPen(ink.axis, 1.5))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        numbers = self.number_font()
        label_height = QFontMetricsF(numbers).height()
        slot = plot.width() / len(bars)
        for (_monday, minutes), bar in zip(self._weeks, bars, strict=True):
            area = QRectF(
                bar.center().x() - slot / 2, bar.top() - label_height - 2, slot, label_height
            )
            painter.setFont(numbers)
            painter.setPen(ink.text if minutes > 0 else ink.soft_text)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, format_minutes(minutes))
        self._paint_week_labels(painter, ink, plot, bars)

    def _paint_week_labels(
        self, painter: QPainter, ink: ChartInk, plot: QRectF, bars: list[QRectF]
    ) -> None:
        locale = self.locale()
        labels = [week_label(monday, locale) for monday, _ in self._weeks]
        metrics = QFontMetricsF(self.font())
        slot = plot.width() / len(bars)
        widest = max(metrics.horizontalAdvance(label) for label in labels)
        every = 1 if widest <= slot - 4 else 2
        last = len(labels) - 1
        for index, (label, bar) in enumerate(zip(labels, bars, strict=True)):
            if (last - index) % every:
                continue  # thin out from the newest week back, so "this week" always shows
            font = scaled_font(self.font(), 1.0, bold=index == last)
            painter.setFont(font)
            painter.setPen(ink.text if index == last else ink.soft_text)
            area = QRectF(bar.center().x() - slot, plot.bottom() + 6, 2 * slot, metrics.height())
            painter.drawText(area, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)


class PainTrendChart(ChartCard):
    """Pain before and after each session (0–10): hollow circles and filled squares, with a legend.

    The two series differ in colour and in shape (and the "before" line is dashed), so the chart
    reads without colour too. Only the latest ``PAIN_SESSIONS_SHOWN`` sessions are drawn.

    Attributes:
        trend: (local date, before, after) per session with any score, oldest first.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._trend: list[tuple[date, int | None, int | None]] = []
        self._before_text = self._after_text = self._empty_text = self._empty_hint = ""
        self.retranslate_ui()

    @property
    def trend(self) -> list[tuple[date, int | None, int | None]]:
        """The sessions drawn (the latest ones), oldest first."""
        return list(self._trend)

    def set_trend(self, trend: Sequence[tuple[date, int | None, int | None]]) -> None:
        """Show these sessions (oldest first); only the latest ``PAIN_SESSIONS_SHOWN`` are kept."""
        self._trend = list(trend)[-PAIN_SESSIONS_SHOWN:]
        self._describe()
        self.update()

    def retranslate_ui(self) -> None:
        """Reset the title, legend and description."""
        self.set_title(self.tr("Pain before and after"))
        self._before_text = self.tr("Before")
        self._after_text = self.tr("After")
        self._empty_text = self.tr("No pain scores yet")
        self._empty_hint = self.tr("Give a score at the end of a session to see it here.")
        self._describe()

    def _describe(self) -> None:
        self.setAccessibleDescription(pain_description(self._trend, self.locale()))

    def marker_radius(self) -> float:
        """Half the size of a marker, from the font (about 6 px at the default size)."""
        return max(4.0, QFontMetricsF(self.font()).height() * 0.3)

    def plot_rect(self) -> QRectF:
        """Where the points go: the content minus the axis labels (left) and dates (below)."""
        content = self.content_rect()
        metrics = QFontMetricsF(self.font())
        left = metrics.horizontalAdvance("10") + 12
        radius = self.marker_radius()
        return content.adjusted(
            left, metrics.height() / 2, -radius, -(metrics.height() + 10 + metrics.height() / 2)
        )

    def point_geometry(self) -> list[tuple[QPointF | None, QPointF | None]]:
        """Where each session's markers go at the current size (for painting and tests)."""
        return pain_points([(b, a) for _, b, a in self._trend], self.plot_rect())

    def _paint_chart(self, painter: QPainter, ink: ChartInk) -> None:
        self._paint_legend(painter, ink)
        plot = self.plot_rect()
        if plot.height() <= 0 or plot.width() <= 0:
            return
        metrics = QFontMetricsF(self.font())
        painter.setFont(self.font())
        for tick in pain_ticks(plot.height(), metrics.height()):
            y = pain_y(tick, plot)
            painter.setPen(QPen(ink.axis if tick == 0 else ink.grid, 1.5 if tick == 0 else 1.0))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(ink.soft_text)
            label = QRectF(plot.left() - 60 - 10, y - metrics.height() / 2, 60, metrics.height())
            painter.drawText(
                label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(tick)
            )
        if not self._trend:
            self._paint_empty(painter, ink, plot)
            return
        points = self.point_geometry()
        radius = self.marker_radius()
        befores = [before for before, _ in points]
        afters = [after for _, after in points]
        dashed = QPen(ink.before, 2.0, Qt.PenStyle.DashLine)
        dashed.setDashPattern([3.0, 2.5])
        for colour_pen, series in ((dashed, befores), (QPen(ink.accent, 2.5), afters)):
            painter.setPen(colour_pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for run in series_segments(series):
                if len(run) > 1:
                    path = QPainterPath(run[0])
                    for point in run[1:]:
                        path.lineTo(point)
                    painter.drawPath(path)
        for before in befores:
            if before is not None:
                self._before_marker(painter, ink, before, radius)
        for after in afters:
            if after is not None:
                self._after_marker(painter, ink, after, radius)
        self._paint_dates(painter, ink, plot, points)

    def _before_marker(
        self, painter: QPainter, ink: ChartInk, centre: QPointF, radius: float
    ) -> None:
        painter.setPen(QPen(ink.before, 2.5))
        painter.setBrush(ink.card)
        painter.drawEllipse(centre, radius, radius)

    def _after_marker(
        self, painter: QPainter, ink: ChartInk, centre: QPointF, radius: float
    ) -> None:
        painter.setPen(QPen(ink.card, 1.5))
        painter.setBrush(ink.accent)
        side = radius * 1.8
        painter.drawRect(QRectF(centre.x() - side / 2, centre.y() - side / 2, side, side))

    def _legend_items(
        self,
    ) -> list[tuple[str, Callable[[QPainter, ChartInk, QPointF, float], None]]]:
        return [(self._before_text, self._before_marker), (self._after_text, self._after_marker)]

    def legend_rect(self) -> QRectF:
        """Where the legend goes: right of the title when both fit on one line, else under it."""
        metrics = QFontMetricsF(self.font())
        radius = self.marker_radius()
        items = self._legend_items()
        width = sum(2 * radius + 8 + metrics.horizontalAdvance(text) for text, _ in items)
        width += LEGEND_GAP * (len(items) - 1)
        title = self.title_rect()
        title_width = QFontMetricsF(self.title_font()).horizontalAdvance(self.title)
        if title_width + LEGEND_GAP + width <= title.width():
            return QRectF(title.right() - width, title.top(), width, title.height())
        return QRectF(title.left(), title.bottom() + 4, width, metrics.height())

    def content_rect(self) -> QRectF:
        """Under the title, and under the legend when it needs a line of its own."""
        content = super().content_rect()
        legend = self.legend_rect()
        if legend.top() >= self.title_rect().bottom():
            content.setTop(legend.bottom() + CARD_PADDING * 0.4)
        return content

    def _paint_legend(self, painter: QPainter, ink: ChartInk) -> None:
        legend = self.legend_rect()
        metrics = QFontMetricsF(self.font())
        radius = self.marker_radius()
        painter.setFont(self.font())
        x = legend.left()
        for text, marker in self._legend_items():
            marker(painter, ink, QPointF(x + radius, legend.center().y()), radius)
            x += 2 * radius + 8
            width = metrics.horizontalAdvance(text)
            painter.setPen(ink.text)
            painter.drawText(
                QRectF(x, legend.top(), width + 2, legend.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            x += width + LEGEND_GAP

    def _paint_dates(
        self,
        painter: QPainter,
        ink: ChartInk,
        plot: QRectF,
        points: list[tuple[QPointF | None, QPointF | None]],
    ) -> None:
        metrics = QFontMetricsF(self.font())
        top = plot.bottom() + metrics.height() / 2 + 6
        locale = self.locale()
        painter.setFont(self.font())
        painter.setPen(ink.soft_text)
        xs = [next(p for p in pair if p is not None).x() for pair in points]
        labels = axis_dates([day for day, *_ in self._trend], locale)
        if len(labels) == 1:
            centre = (xs[0] + xs[-1]) / 2
            area = QRectF(centre - 80, top, 160, metrics.height())
            painter.drawText(area, Qt.AlignmentFlag.AlignHCenter, labels[0])
            return
        first, last = labels
        start = QRectF(plot.left() - 10, top, plot.width() / 2, metrics.height())
        painter.drawText(start, Qt.AlignmentFlag.AlignLeft, first)
        end = QRectF(plot.center().x(), top, plot.width() / 2 + 4, metrics.height())
        painter.drawText(end, Qt.AlignmentFlag.AlignRight, last)

    def _paint_empty(self, painter: QPainter, ink: ChartInk, plot: QRectF) -> None:
        metrics = QFontMetricsF(self.font())
        middle = plot.center().y()
        painter.setFont(self.number_font())
        painter.setPen(ink.text)
        painter.drawText(
            QRectF(plot.left(), middle - metrics.height() * 1.2, plot.width(), metrics.height()),
            Qt.AlignmentFlag.AlignCenter,
            self._empty_text,
        )
        painter.setFont(self.font())
        painter.setPen(ink.soft_text)
        painter.drawText(
            QRectF(plot.left(), middle, plot.width(), metrics.height() * 2.2),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            self._empty_hint,
        )


def preview() -> None:  # pragma: no cover - manual check
    """Both charts with made-up data, side by side."""
    import sys
    from datetime import timedelta

    from PySide6.QtWidgets import QApplication, QHBoxLayout

    app = QApplication.instance() or QApplication(sys.argv)
    window = QWidget()
    layout = QHBoxLayout(window)
    weekly = WeeklyMinutesChart(window)
    monday = date.today() - timedelta(days=date.today().weekday())
    weekly.set_weeks(
        [(monday - timedelta(weeks=7 - i), m) for i, m in enumerate([12, 30, 0, 25, 41, 18, 55, 9])]
    )
    pain = PainTrendChart(window)
    pain.set_trend([(monday - timedelta(days=20 - i), 7 - i // 4, 4 - i // 6) for i in range(20)])
    layout.addWidget(weekly)
    layout.addWidget(pain)
    window.resize(1200, 340)
    window.show()
    app.exec()


if __name__ == "__main__":  # pragma: no cover
    preview()

"""History charts painted with QPainter: minutes per week as bars, pain before and after as two series.

Each chart is a calm "card" (the palette's Base colour, a thin Mid border, a bold title) that
draws only from its palette, so light, dark and high-contrast themes all work. The geometry is
worked out by pure functions (``bar_rects``, ``pain_points``, ``series_segments``) that take a
plot rectangle and the values and return where things go; they are tested without a display.
Charts are reachable with Tab: focus draws the border in the highlight colour, and the accessible
description says the values in words for a screen reader.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from acupress_desktop.ui.countdown_ring import blend
from acupress_desktop.ui.illustration import contrast_ratio

#: Highest pain score (the axis runs from 0 to this).
PAIN_MAX = 10
#: The pain chart shows at most this many sessions (the latest ones).
PAIN_SESSIONS_SHOWN = 30
#: Share of a week's slot taken by its bar.
BAR_WIDTH_SHARE = 0.62
#: Graphics (bars, markers) must reach this contrast with the card (WCAG 1.4.11).
MIN_GRAPHIC_CONTRAST = 3.0
#: Text must reach this contrast with the card (WCAG AA).
MIN_TEXT_CONTRAST = 4.5
#: Clear space inside a card, in pixels.
CARD_PADDING = 18.0
#: Space between legend entries (and between the title and the legend), in pixels.
LEGEND_GAP = 22.0

#: A pain score pair: (before, after), either may be missing.
PainPair = tuple[int | None, int | None]


def _plural(translated: str, count: int) -> str:
    """Resolve the English "(s)" of an untranslated plural; a translation has its own forms."""
    return translated.replace("%n", str(count)).replace("(s)", "" if count == 1 else "s")


# --------------------------------------------------------------------------------------------
# Pure functions
# --------------------------------------------------------------------------------------------


def format_minutes(minutes: float) -> str:
    """Whole minutes for display: "0", "<1" for a few seconds, "25" (rounded)."""
    if minutes <= 0:
        return "0"
    if minutes < 0.5:
        return "<1"
    return str(round(minutes))


def slot_centres(count: int, rect: QRectF) -> list[float]:
    """The x of the centre of each of ``count`` equal slots across ``rect``."""
    if count <= 0:
        return []
    slot = rect.width() / count
    return [rect.left() + slot * (index + 0.5) for index in range(count)]


def bar_rects(
    values: Sequence[float], rect: QRectF, width_share: float = BAR_WIDTH_SHARE
) -> list[QRectF]:
    """One bar per value, standing on ``rect``'s bottom; the largest value fills the height.

    Bars are centred in equal slots and take ``width_share`` of their slot. Zero, negative or
    missing values give a bar of height 0 (still positioned, so labels line up).
    """
    if not values:
        return []
    top = max(max(values), 0.0)
    slot = rect.width() / len(values)
    width = slot * min(1.0, max(0.0, width_share))
    bars = []
    for centre, value in zip(slot_centres(len(values), rect), values, strict=True):
        height = rect.height() * (max(0.0, value) / top) if top > 0 else 0.0
        bars.append(QRectF(centre - width / 2, rect.bottom() - height, width, height))
    return bars


def pain_y(score: float, rect: QRectF) -> float:
    """The y of a pain score: 0 on ``rect``'s bottom, 10 on its top (clamped to 0–10)."""
    share = min(float(PAIN_MAX), max(0.0, float(score))) / PAIN_MAX
    return rect.bottom() - share * rect.height()


def pain_points(
    pairs: Sequence[PainPair], rect: QRectF
) -> list[tuple[QPointF | None, QPointF | None]]:
    """Where each session's before and after scores go: sessions in equal slots, oldest left."""
    points: list[tuple[QPointF | None, QPointF | None]] = []
    for x, (before, after) in zip(slot_centres(len(pairs), rect), pairs, strict=True):
        points.append(
            (
                None if before is None else QPointF(x, pain_y(before, rect)),
                None if after is None else QPointF(x, pain_y(after, rect)),
            )
        )
    return points


def series_segments(points: Sequence[QPointF | None]) -> list[list[QPointF]]:
    """Runs of consecutive known points (a missing score breaks the line)."""
    runs: list[list[QPointF]] = []
    current: list[QPointF] = []
    for point in points:
        if point is None:
            if current:
                runs.append(current)
            current = []
        else:
            current.append(point)
    if current:
        runs.append(current)
    return runs


def pain_ticks(plot_height: float, label_height: float) -> list[int]:
    """The scores labelled on the axis: every 2 when there is room, else 0, 5 and 10."""
    if plot_height >= 6 * label_height * 1.25:
        return [0, 2, 4, 6, 8, 10]
    return [0, 5, 10]


def week_label(monday: date, locale: QLocale) -> str:
    """A week's short label: its Monday as "3 Mar" (in the locale's language)."""
    return locale.toString(QDate(monday.year, monday.month, monday.day), "d MMM")


def _long_date(day: date, locale: QLocale) -> str:
    return locale.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def weekly_description(weeks: Sequence[tuple[date, float]], locale: QLocale) -> str:
    """The minutes per week in words, oldest first, e.g. "Week of 3 March 2025: 25 minutes. …"."""
    if not weeks:
        return QCoreApplication.translate("HistoryCharts", "No weeks to show.")
    parts = []
    last = len(weeks) - 1
    for index, (monday, minutes) in enumerate(weeks):
        amount = _plural(
            QCoreApplication.translate(
                "HistoryCharts", "%n minute(s)", None, round(max(0.0, minutes))
            ),
            round(max(0.0, minutes)),
        )
        if index == last:
            label = QCoreApplication.translate("HistoryCharts", "This week, from %1").replace(
                "%1", _long_date(monday, locale)
            )
        else:
            label = QCoreApplication.translate("HistoryCharts", "Week of %1").replace(
                "%1", _long_date(monday, locale)
            )
        parts.append(
            QCoreApplication.translate("HistoryCharts", "%1: %2.")
            .replace("%1", label)
            .replace("%2", amount)
        )
    heading = _plural(
        QCoreApplication.translate(
            "HistoryCharts",
            "Minutes of practice in each of the last %n week(s), oldest first.",
            None,
            len(weeks),
        ),
        len(weeks),
    )
    return " ".join([heading, *parts])


def _pair_words(pair: PainPair) -> str:
    before, after = pair
    missing = QCoreApplication.translate("HistoryCharts", "not given")
    return (
        QCoreApplication.translate("HistoryCharts", "before %1, after %2")
        .replace("%1", missing if before is None else str(before))
        .replace("%2", missing if after is None else str(after))
    )


def pain_description(trend: Sequence[tuple[date, int | None, int | None]], locale: QLocale) -> str:
    """The pain chart in words: how many sessions, the first and the latest scores."""
    if not trend:
        return QCoreApplication.translate("HistoryCharts", "No pain scores yet.")
    first_day, *first = trend[0]
    last_day, *last = trend[-1]
    count = _plural(
        QCoreApplication.translate(
            "HistoryCharts", "Pain scores from 0 to 10 for %n session(s).", None, len(trend)
        ),
        len(trend),
    )
    latest = (
        QCoreApplication.translate("HistoryCharts", "Latest, %1: %2.")
        .replace("%1", _long_date(last_day, locale))
        .replace("%2", _pair_words((last[0], last[1])))
    )
    if len(trend) == 1:
        return f"{count} {latest}"
    earliest = (
        QCoreApplication.translate("HistoryCharts", "First, %1: %2.")
        .replace("%1", _long_date(first_day, locale))
        .replace("%2", _pair_words((first[0], first[1])))
    )
    return f"{count} {earliest} {latest}"


# --------------------------------------------------------------------------------------------
# Colours
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChartInk:
    """The colours the charts paint with, all taken from the palette.

    Attributes:
        card: the card's background (Base).
        border: the card's outline (Mid).
        focus: the outline while the chart has keyboard focus (Highlight).
        text: titles and numbers (Text).
        soft_text: labels; softer than text, still at least 4.5:1 on the card.
        grid: faint guide lines.
        axis: the baseline.
        accent: bars and the "after" series (Highlight, or the text colour if too faint).
        before: the "before" series: a neutral, softer colour, distinct from the accent.
    """

    card: QColor
    border: QColor
    focus: QColor
    text: QColor
    soft_text: QColor
    grid: QColor
    axis: QColor
    accent: QColor
    before: QColor


def chart_ink(palette: QPalette) -> ChartInk:
    """Colours for the charts in this palette (light, dark or high contrast)."""
    card = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    accent = palette.color(QPalette.ColorRole.Highlight)
    if contrast_ratio(accent, card) < MIN_GRAPHIC_CONTRAST:
        accent = QColor(text)
    soft_text = blend(text, card, 0.25)
    if contrast_ratio(soft_text, card) < MIN_TEXT_CONTRAST:
        soft_text = QColor(text)
    before = blend(text, card, 0.35)
    if contrast_ratio(before, card) < MIN_GRAPHIC_CONTRAST or before == accent:
        before = QColor(text)
    return ChartInk(
        card=QColor(card),
        border=palette.color(QPalette.ColorRole.Mid),
        focus=palette.color(QPalette.ColorRole.Highlight),
        text=QColor(text),
        soft_text=soft_text,
        grid=blend(card, text, 0.12),
        axis=blend(card, text, 0.45),
        accent=accent,
        before=before,
    )


# --------------------------------------------------------------------------------------------
# Widgets
# --------------------------------------------------------------------------------------------


def _scaled_font(base: QFont, factor: float, bold: bool = False) -> QFont:
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    else:
        font.setPixelSize(max(1, round(base.pixelSize() * factor)))
    font.setBold(bold)
    return font


class ChartCard(QWidget):
    """A card with a bold title; subclasses paint their chart inside ``content_rect()``.

    Attributes:
        title: the heading drawn at the top, also the accessible name.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = ""
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    @property
    def title(self) -> str:
        """The heading."""
        return self._title

    def set_title(self, title: str) -> None:
        """Set the heading (and the accessible name)."""
        self._title = title
        self.setAccessibleName(title)
        self.update()

    def title_font(self) -> QFont:
        """The title's font: the widget font, bold and a little larger."""
        return _scaled_font(self.font(), 1.15, bold=True)

    def number_font(self) -> QFont:
        """Bold numbers on the chart."""
        return _scaled_font(self.font(), 1.0, bold=True)

    def card_rect(self) -> QRectF:
        """The card's outline (inside the widget, with room for the border)."""
        return QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)

    def title_rect(self) -> QRectF:
        """Where the title line sits."""
        inner = self.card_rect().adjusted(CARD_PADDING, CARD_PADDING * 0.8, -CARD_PADDING, 0)
        inner.setHeight(QFontMetricsF(self.title_font()).height())
        return inner

    def content_rect(self) -> QRectF:
        """The area under the title where the chart goes."""
        title = self.title_rect()
        card = self.card_rect()
        return QRectF(
            title.left(),
            title.bottom() + CARD_PADDING * 0.6,
            title.width(),
            max(0.0, card.bottom() - CARD_PADDING - title.bottom() - CARD_PADDING * 0.6),
        )

    def ink(self) -> ChartInk:
        """The colours for the current palette."""
        return chart_ink(self.palette())

    def retranslate_ui(self) -> None:
        """Reset translated texts (subclasses set their title and description)."""

    def _paint_chart(self, painter: QPainter, ink: ChartInk) -> None:
        """Paint the chart itself (subclasses)."""

    # -- Qt overrides -------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(560, 280)

    def minimumSizeHint(self) -> QSize:
        return QSize(300, 200)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.update()
        elif event.type() == QEvent.Type.LocaleChange:
            self.retranslate_ui()
            self.update()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        ink = self.ink()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        focused = self.hasFocus()
        painter.setPen(QPen(ink.focus if focused else ink.border, 3.0 if focused else 1.0))
        painter.setBrush(ink.card)
        painter.drawRoundedRect(self.card_rect(), 10, 10)
        painter.setFont(self.title_font())
        painter.setPen(ink.text)
        title = self.title_rect()
        elided = painter.fontMetrics().elidedText(
            self._title, Qt.TextElideMode.ElideRight, round(title.width())
        )
        painter.drawText(title, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
        self._paint_chart(painter, ink)
        painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()


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
            font = _scaled_font(self.font(), 1.0, bold=index == last)
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
        first = week_label(self._trend[0][0], locale)
        last = week_label(self._trend[-1][0], locale)
        if len(xs) == 1:
            area = QRectF(xs[0] - 80, top, 160, metrics.height())
            painter.drawText(area, Qt.AlignmentFlag.AlignHCenter, last)
            return
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

"""The guided session's countdown: a thick ring that empties clockwise around a large mm:ss clock.

The widget is passive: the session controller pushes each state with ``set_state`` on its own
ticks; nothing here keeps time. The pure functions next to it (clock text, ring fraction and
geometry, what to announce to a screen reader) are tested without a display.

The colours (``palette.session_ink``) and the drawing helpers (``stroke_width``, ``round_pen``,
``fitted_font``) are shared with the breathing pacer so both session widgets speak one visual
language.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from acupress_desktop.ui.labels import format_clock, time_in_words
from acupress_desktop.ui.palette import SessionInk, session_ink

#: Thickness of the ring (track and arc) as a share of the widget's side.
RING_WEIGHT = 0.075
#: Clear space around the ring (for antialiasing and focus), as a share of the side.
RING_PADDING = 0.02
#: Below this many seconds every second is announced; above it, every ten.
FINAL_SECONDS = 10


# --------------------------------------------------------------------------------------------
# Pure functions
# --------------------------------------------------------------------------------------------


def clock_template(seconds: int) -> str:
    """The widest text of the same shape as ``format_clock(seconds)`` (to size the font once)."""
    hours = max(0, int(seconds)) // 3600
    return "0" * len(str(hours)) + ":00:00" if hours else "00:00"


def ring_fraction(remaining: float, duration: float) -> float:
    """Share of the ring still drawn: 1 at a phase's start, 0 at its end (clamped; 0 s is safe)."""
    if not (math.isfinite(remaining) and math.isfinite(duration)) or duration <= 0:
        return 0.0
    return min(1.0, max(0.0, remaining / duration))


def stroke_width(side: float) -> float:
    """The heavy stroke of the session widgets for a widget whose shorter side is ``side`` px."""
    return max(0.0, side) * RING_WEIGHT


def ring_geometry(size: QSizeF) -> tuple[QRectF, float]:
    """Where the ring's centre line runs (a square centred in ``size``) and the pen width."""
    side = max(0.0, min(size.width(), size.height()))
    pen_width = stroke_width(side)
    diameter = max(0.0, side - pen_width - 2 * side * RING_PADDING)
    rect = QRectF(0, 0, diameter, diameter)
    rect.moveCenter(QPointF(size.width() / 2, size.height() / 2))
    return rect, pen_width


def is_milestone(seconds: int) -> bool:
    """Whether this shown time is announced on its own: every 10 s, and each of the last 10."""
    return seconds <= FINAL_SECONDS or seconds % 10 == 0


def spoken_text(
    shown_seconds: int, caption: str, previous: tuple[int, str] | None = None
) -> str | None:
    """The accessible description for this state, or None when nothing should be announced.

    ``previous`` is the (shown_seconds, caption) pushed just before (None for the first state).
    A description is given on a phase change (the caption changes, or the time jumps up: a new
    phase or added time), when a 10-second mark is reached or passed, and every second of the
    last ten; never for the same second twice.
    """
    shown_seconds = max(0, int(shown_seconds))
    if previous is not None:
        before, before_caption = previous
        if caption == before_caption and shown_seconds <= before:
            crossed = range(shown_seconds, before)  # the seconds shown since, this one included
            if not any(is_milestone(s) for s in crossed):
                return None
    words = QCoreApplication.translate("CountdownRing", "%1 left").replace(
        "%1", time_in_words(shown_seconds)
    )
    if caption:
        return (
            QCoreApplication.translate("CountdownRing", "%1: %2")
            .replace("%1", caption)
            .replace("%2", words)
        )
    return words


# --------------------------------------------------------------------------------------------
# Drawing helpers shared by the session widgets
# --------------------------------------------------------------------------------------------


def fitted_font(base: QFont, pixel_size: float, template: str, max_width: float) -> QFont:
    """``base`` at ``pixel_size`` px, made smaller until ``template`` fits in ``max_width``."""
    font = QFont(base)
    font.setPixelSize(max(1, round(pixel_size)))
    width = QFontMetricsF(font).horizontalAdvance(template)
    if width > max_width > 0:
        font.setPixelSize(max(1, math.floor(pixel_size * max_width / width)))
    return font


#: a digit's height per font key (see ``digit_height``)
_DIGIT_HEIGHTS: dict[str, float] = {}


def digit_height(font: QFont) -> float:
    """How tall a digit is drawn in ``font``, to centre a number: worked out once per font
    (from the glyph's outline, dear at five paints a second)."""
    key = font.key()
    height = _DIGIT_HEIGHTS.get(key)
    if height is None:
        if len(_DIGIT_HEIGHTS) > 64:  # sizes come and go with the window
            _DIGIT_HEIGHTS.clear()
        height = _DIGIT_HEIGHTS[key] = QFontMetricsF(font).tightBoundingRect("0").height()
    return height


def round_pen(colour: QColor, width: float) -> QPen:
    """The one pen style of the session widgets: solid, rounded caps and joins."""
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


# --------------------------------------------------------------------------------------------
# The widget
# --------------------------------------------------------------------------------------------


class SessionGauge(QWidget):
    """A session widget painted in the session ink (the ring, the breathing guide): it repaints
    when the palette or font changes and retranslates (``retranslate_ui``) on a language change.

    It is opaque: it paints the page's colour under itself (``set_backdrop`` says where that
    colour comes from; the palette's Window colour by default), so a frame of it repaints only
    itself and not the page, the stack and the view under it (docs/benchmarks.md).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self._backdrop: Callable[[], QColor] | None = None
        self._font_key: str | None = None

    def set_backdrop(self, source: Callable[[], QColor] | None) -> None:
        """Where the colour under the gauge comes from (the page's tint; None: Window). The
        owner of ``source`` repaints the gauge when that colour changes (a parent's repaint
        does)."""
        self._backdrop = source
        self.update()

    def backdrop(self) -> QColor:
        """The colour the gauge is painted on."""
        if self._backdrop is not None:
            return self._backdrop()
        return self.palette().color(QPalette.ColorRole.Window)

    def font_key(self) -> str:
        """``self.font().key()``, kept until the font changes (it is asked at every frame)."""
        if self._font_key is None:
            self._font_key = self.font().key()
        return self._font_key

    def begin_paint(self, event: QPaintEvent) -> QPainter:
        """A painter on the gauge with the backdrop filled in over ``event``'s region (an
        opaque widget paints every pixel it is asked to)."""
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.backdrop())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        return painter

    def retranslate_ui(self) -> None:
        """Set the translated texts (accessible name, captions); subclasses fill this in."""

    def changeEvent(self, event: QEvent) -> None:
        """Repaint in a new palette or font; retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.update()
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._font_key = None
            self.update()
        super().changeEvent(event)


class CountdownRing(SessionGauge):
    """A ring that empties clockwise from 12 o'clock, the time left in large type, a caption.

    Attributes:
        remaining, duration: seconds left in the phase and its length (for the ring).
        shown_seconds: the whole seconds displayed (given by the controller, never recomputed).
        paused: drawn dimmed with a pause sign and the caption "Paused".
        caption: a short line under the number ("left hand").
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._remaining = 0.0
        self._duration = 0.0
        self._shown_seconds = 0
        self._paused = False
        self._caption = ""
        self._previous: tuple[int, str] | None = None
        self._number_cache: tuple[object, QFont, QFontMetricsF] | None = None
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.retranslate_ui()

    # -- state --------------------------------------------------------------------------------
    @property
    def remaining(self) -> float:
        """Seconds left in the phase (drives the ring)."""
        return self._remaining

    @property
    def duration(self) -> float:
        """Length of the phase in seconds."""
        return self._duration

    @property
    def shown_seconds(self) -> int:
        """The whole seconds on display."""
        return self._shown_seconds

    @property
    def paused(self) -> bool:
        """Whether the paused look is shown."""
        return self._paused

    @property
    def caption(self) -> str:
        """The caption given by the controller (shown unless paused)."""
        return self._caption

    def shown_caption(self) -> str:
        """The line under the number: "Paused" while paused, else the caption."""
        return self.tr("Paused") if self._paused else self._caption

    def set_state(
        self,
        remaining: float,
        duration: float,
        shown_seconds: int,
        paused: bool = False,
        caption: str = "",
    ) -> None:
        """Show a moment of the phase; the accessible description changes only at milestones."""
        self._remaining = float(remaining)
        self._duration = float(duration)
        self._shown_seconds = max(0, int(shown_seconds))
        self._paused = bool(paused)
        self._caption = caption
        state = (self._shown_seconds, self.shown_caption())
        announcement = spoken_text(*state, previous=self._previous)
        self._previous = state
        if announcement is not None and announcement != self.accessibleDescription():
            self.setAccessibleDescription(announcement)
        self.update()

    def retranslate_ui(self) -> None:
        """Reset translated texts (name and the current description)."""
        self.setAccessibleName(self.tr("Countdown"))
        if self._previous is None:
            self.setAccessibleDescription(self.tr("Not started"))
        else:
            self._previous = (self._shown_seconds, self.shown_caption())
            self.setAccessibleDescription(spoken_text(*self._previous) or "")

    # -- Qt overrides -------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, 120)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def paintEvent(self, event: QPaintEvent) -> None:
        """Track, arc, number, caption and (paused) the pause sign."""
        painter = self.begin_paint(event)
        try:
            self._paint(painter, session_ink(self.palette()))
        finally:
            painter.end()

    # -- painting -----------------------------------------------------------------------------
    def _paint(self, painter: QPainter, ink: SessionInk) -> None:
        rect, pen_width = ring_geometry(QSizeF(self.size()))
        if rect.width() <= 0:
            return
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(round_pen(ink.track, pen_width))
        painter.drawEllipse(rect)
        fraction = ring_fraction(self._remaining, self._duration)
        painter.setPen(round_pen(ink.dimmed if self._paused else ink.accent, pen_width))
        if fraction >= 1.0 - 1e-6:
            painter.drawEllipse(rect)
        elif fraction > 0.0:
            path = QPainterPath()
            path.arcMoveTo(rect, 90.0)
            path.arcTo(rect, 90.0, fraction * 360.0)  # counter-clockwise span: empties clockwise
            painter.drawPath(path)

        inner = rect.width() / 2 - pen_width / 2  # radius inside the ring
        centre = rect.center()
        number_font, metrics, digit_height = self._number_type(
            inner, clock_template(self._shown_seconds)
        )
        painter.setFont(number_font)
        painter.setPen(ink.text)
        text = format_clock(self._shown_seconds)
        baseline = centre.y() + digit_height / 2
        painter.drawText(QPointF(centre.x() - metrics.horizontalAdvance(text) / 2, baseline), text)

        caption = self.shown_caption()
        if caption:
            self._paint_caption(
                painter, ink, caption, centre, inner, baseline + digit_height * 0.28
            )
        if self._paused:
            self._paint_pause_sign(painter, ink, centre, inner, centre.y() - digit_height / 2)

    def _paint_caption(
        self,
        painter: QPainter,
        ink: SessionInk,
        caption: str,
        centre: QPointF,
        inner: float,
        top: float,
    ) -> None:
        size = max(inner * 0.17, min(11.0, inner * 0.24))
        bottom = top + QFontMetricsF(self._caption_font(size)).height()
        width = 2 * 0.9 * math.sqrt(max(0.0, inner**2 - (bottom - centre.y()) ** 2))
        font = self._caption_font(size)
        natural = QFontMetricsF(font).horizontalAdvance(caption)
        if natural > width > 0:  # shrink a little before eliding
            font = self._caption_font(max(size * 0.8, size * width / natural))
        metrics = QFontMetricsF(font)
        shown = metrics.elidedText(caption, Qt.TextElideMode.ElideRight, width)
        painter.setFont(font)
        painter.setPen(ink.text if self._paused else ink.soft_text)
        painter.drawText(
            QPointF(centre.x() - metrics.horizontalAdvance(shown) / 2, top + metrics.ascent()),
            shown,
        )

    def _number_type(self, inner: float, template: str) -> tuple[QFont, QFontMetricsF, float]:
        """The number's font, its metrics and a digit's height, worked out once per size (the
        ring is painted every second)."""
        key = (round(inner, 1), template, self.font_key())
        if self._number_cache is None or self._number_cache[0] != key:
            font = fitted_font(self.font(), inner * 0.7, template, inner * 1.5)
            font.setWeight(QFont.Weight.Medium)
            self._number_cache = (key, font, QFontMetricsF(font))
        _key, font, metrics = self._number_cache
        return font, metrics, digit_height(font)

    def _caption_font(self, pixel_size: float) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(1, round(pixel_size)))
        return font

    def _paint_pause_sign(
        self, painter: QPainter, ink: SessionInk, centre: QPointF, inner: float, number_top: float
    ) -> None:
        bar_height = inner * 0.2
        bar_width = max(1.0, inner * 0.07)
        gap = inner * 0.075
        ring_top = centre.y() - inner
        middle = (ring_top + number_top) / 2 + inner * 0.02
        bottom = middle + bar_height / 2
        painter.setPen(round_pen(ink.text, bar_width))
        for dx in (-gap, gap):
            x = centre.x() + dx
            painter.drawLine(QPointF(x, bottom - bar_height), QPointF(x, bottom))


def preview() -> None:  # pragma: no cover - manual check
    """A ring counting down 65 s, driven by hand: Space pauses, Right steps a second."""
    import sys

    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)

    class _Demo(CountdownRing):
        def __init__(self) -> None:
            super().__init__()
            self._left = 65
            self._push()

        def _push(self) -> None:
            self.set_state(self._left, 65, self._left, self.paused, "left hand")

        def keyPressEvent(self, event: QKeyEvent) -> None:
            if event.key() == Qt.Key.Key_Space:
                self.set_state(self._left, 65, self._left, not self.paused, "left hand")
            elif event.key() == Qt.Key.Key_Right:
                self._left = max(0, self._left - 1)
                self._push()
            else:
                super().keyPressEvent(event)

    demo = _Demo()
    demo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    demo.show()
    app.exec()


if __name__ == "__main__":  # pragma: no cover
    preview()

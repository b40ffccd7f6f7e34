"""The breathing pacer: a soft circle that grows on the in-breath, holds, shrinks on the out-breath.

The widget is passive: the session controller pushes each ``BreathCue`` with ``set_cue`` (on its
second ticks, and on animation frames only while ``needs_animation_frames()`` is True). With
reduced motion nothing changes size: the words and seconds are shown large, with four static
dots marking the stage. With no cue (pattern off, session paused or finished) only a faint
resting outline is drawn, without words, because "off" would be wrong during a pause.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QHideEvent,
    QPainter,
    QPaintEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from acupress_desktop.core.breathing import STAGES, BreathCue, Stage
from acupress_desktop.ui.palette import SessionInk, blend, session_ink
from acupress_desktop.ui.session.countdown_ring import (
    SessionGauge,
    digit_height,
    fitted_font,
    round_pen,
    stroke_width,
)

#: The smallest circle (empty lungs) as a share of the largest (full lungs).
MIN_RADIUS_SHARE = 0.5
#: Height of the words line under the circle, as a share of the widget's shorter side.
WORDS_SHARE = 0.2
#: Opacity of the circle's soft fill.
FILL_ALPHA = 0.2
#: From this outline width (px) up, the outline covers the jagged edge of a disc filled without
#: antialiasing (an aliased edge strays up to a pixel from the true circle).
MIN_STROKE_HIDING_EDGE = 2.0


# --------------------------------------------------------------------------------------------
# Pure functions
# --------------------------------------------------------------------------------------------


def pacer_radius(fullness: float, min_radius: float, max_radius: float) -> float:
    """Radius for a fullness of 0 (empty: ``min_radius``) .. 1 (full: ``max_radius``), clamped."""
    t = min(1.0, max(0.0, fullness)) if fullness == fullness else 0.0  # NaN counts as empty
    return min_radius + (max_radius - min_radius) * t


def cue_words(stage: Stage, with_press: bool = False) -> str:
    """What to do now: "Breathe in", "Hold the breath", "Breathe out", "Hold the breath" (never a
    bare "Hold", which beside "Press" reads like holding the pressure). ``with_press`` (a press
    tied to the breath, while pressing): "Breathe out — press", "Breathe in — ease"."""
    if with_press and stage == "out":
        return QCoreApplication.translate("BreathingPacer", "Breathe out — press")
    if with_press and stage == "in":
        return QCoreApplication.translate("BreathingPacer", "Breathe in — ease")
    words = {
        "in": QCoreApplication.translate("BreathingPacer", "Breathe in"),
        "hold_in": QCoreApplication.translate("BreathingPacer", "Hold the breath"),
        "out": QCoreApplication.translate("BreathingPacer", "Breathe out"),
        "hold_out": QCoreApplication.translate("BreathingPacer", "Hold the breath"),
    }
    return words.get(stage, "")


def cue_text(cue: BreathCue, with_press: bool = False) -> str:
    """The words and the seconds left in the stage: "Breathe in · 3"."""
    return f"{cue_words(cue.stage, with_press)} · {cue.whole_seconds_left}"


@dataclass(frozen=True)
class PacerLayout:
    """Where the pacer draws, for a widget size.

    Attributes:
        centre: centre of the circle (and of the seconds).
        min_radius, max_radius: the circle at empty and at full lungs.
        words_rect: the line under the circle for the words.
        stroke: the outline width (half the ring's heavy stroke).
    """

    centre: QPointF
    min_radius: float
    max_radius: float
    words_rect: QRectF
    stroke: float


def pacer_layout(size: QSizeF) -> PacerLayout:
    """Circle above, words below, together centred in ``size``."""
    side = max(0.0, min(size.width(), size.height()))
    stroke = stroke_width(side) / 2
    words_height = side * WORDS_SHARE
    circle_side = max(0.0, side - words_height)
    max_radius = max(0.0, circle_side / 2 - stroke)
    top = (size.height() - side) / 2
    centre = QPointF(size.width() / 2, top + circle_side / 2)
    words_rect = QRectF(0, top + circle_side, size.width(), words_height)
    return PacerLayout(centre, max_radius * MIN_RADIUS_SHARE, max_radius, words_rect, stroke)


# --------------------------------------------------------------------------------------------
# The widget
# --------------------------------------------------------------------------------------------


class BreathingPacer(SessionGauge):
    """Shows the breathing cue as a growing and shrinking circle, or as text with reduced motion.

    Signals:
        animation_need_changed(bool): ``needs_animation_frames()`` changed (shown or hidden,
            reduced motion switched, cue set or cleared), so the view can ask for frames or stop.
    """

    animation_need_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, *, reduced_motion: bool = False) -> None:
        super().__init__(parent)
        self._cue: BreathCue | None = None
        self._press_session = False  # the press is tied to the breath in this session
        self._press_now = False  # … and the press is on now
        self._painted_fullness: float | None = None
        self._ink_cache: tuple[int, SessionInk] | None = None
        self._fonts: dict[tuple[object, ...], QFont] = {}
        self._longest_words: dict[bool, str] = {}  # the widest words, to size their type
        self._words_visible = True
        self._reduced_motion = reduced_motion
        self._needs_frames = False
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.retranslate_ui()

    # -- state --------------------------------------------------------------------------------
    @property
    def cue(self) -> BreathCue | None:
        """The cue on display (None: resting)."""
        return self._cue

    @property
    def reduced_motion(self) -> bool:
        """True: no size change, the cue is shown as text and stage dots."""
        return self._reduced_motion

    def set_reduced_motion(self, reduced: bool) -> None:
        """Switch between the moving circle and the still, text-only form."""
        if reduced != self._reduced_motion:
            self._reduced_motion = reduced
            self._check_animation_need()
            self.update()

    def set_press_words(self, in_session: bool, now: bool) -> None:
        """The press is tied to the breath: ``in_session`` (the type is sized for the longer
        words all session long), ``now`` (pressing: "Breathe out — press", "Breathe in — ease")."""
        now = now and in_session
        if (in_session, now) != (self._press_session, self._press_now):
            self._press_session, self._press_now = in_session, now
            self._update_description()
            self.update()

    def set_cue(self, cue: BreathCue | None) -> None:
        """Show a breathing cue (None: the pacer is off or the session is not running)."""
        stage_changed = (cue is None) != (self._cue is None) or (
            cue is not None and self._cue is not None and cue.stage != self._cue.stage
        )
        previous = self._cue
        self._cue = cue
        if stage_changed:
            self._update_description()
        self._check_animation_need()
        self._update_changed_area(previous, cue)

    def _update_changed_area(self, previous: BreathCue | None, cue: BreathCue | None) -> None:
        """Repaint only what moved: nothing when the circle grew by less than a quarter pixel,
        only the circle when the words and seconds are the same (animation frames are cheap)."""
        if (
            previous is None
            or cue is None
            or previous.stage != cue.stage
            or previous.whole_seconds_left != cue.whole_seconds_left
        ):
            self._painted_fullness = cue.fullness if cue is not None else None
            self.update()
            return
        if self._reduced_motion:
            return
        layout = pacer_layout(QSizeF(self.size()))
        painted = (
            self._painted_fullness if self._painted_fullness is not None else previous.fullness
        )
        moved = abs(
            pacer_radius(cue.fullness, layout.min_radius, layout.max_radius)
            - pacer_radius(painted, layout.min_radius, layout.max_radius)
        )
        if moved < 0.25:
            return
        self._painted_fullness = cue.fullness
        # the larger of the two circles, its outline and a pixel of antialiasing
        reach = (
            max(
                pacer_radius(cue.fullness, layout.min_radius, layout.max_radius),
                pacer_radius(painted, layout.min_radius, layout.max_radius),
            )
            + layout.stroke
            + 2
        )
        self.update(
            QRectF(
                layout.centre.x() - reach, layout.centre.y() - reach, 2 * reach, 2 * reach
            ).toAlignedRect()
        )

    def needs_animation_frames(self) -> bool:
        """True only while frames would move something: visible, a cue set, motion allowed."""
        return self.isVisible() and not self._reduced_motion and self._cue is not None

    def retranslate_ui(self) -> None:
        """Reset translated texts."""
        self.setAccessibleName(self.tr("Breathing guide"))
        self._longest_words = {}
        self._update_description()

    def _update_description(self) -> None:
        text = (
            cue_words(self._cue.stage, self._press_now)
            if self._cue is not None
            else self.tr("Not running")
        )
        if text != self.accessibleDescription():
            self.setAccessibleDescription(text)

    def _check_animation_need(self) -> None:
        needs = self.needs_animation_frames()
        if needs != self._needs_frames:
            self._needs_frames = needs
            self.animation_need_changed.emit(needs)

    # -- Qt overrides -------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(240, 240)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, 120)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._check_animation_need()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._check_animation_need()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The circle (or the stage dots with reduced motion), the seconds and the words."""
        painter = self.begin_paint(event)
        try:
            ink = self._ink()
            layout = pacer_layout(QSizeF(self.size()))
            if layout.max_radius <= 0:
                return
            self._words_visible = QRectF(event.rect()).intersects(layout.words_rect)
            if self._reduced_motion:
                self._paint_still(painter, ink, layout)
            else:
                self._paint_moving(painter, ink, layout)
        finally:
            painter.end()

    # -- painting -----------------------------------------------------------------------------
    def _ink(self) -> SessionInk:
        """The colours for the current palette (computed once per palette: frames are frequent)."""
        key = self.palette().cacheKey()
        if self._ink_cache is None or self._ink_cache[0] != key:
            self._ink_cache = (key, session_ink(self.palette()))
        return self._ink_cache[1]

    def _fitted(self, role: str, pixel_size: float, template: str, max_width: float) -> QFont:
        """A medium-weight font fitted to a box, cached per box, text and base font."""
        key = (role, round(pixel_size, 1), template, round(max_width, 1), self.font_key())
        font = self._fonts.get(key)
        if font is None:
            font = fitted_font(self.font(), pixel_size, template, max_width)
            font.setWeight(QFont.Weight.Medium)
            self._fonts = {k: v for k, v in self._fonts.items() if k[0] != role}
            self._fonts[key] = font
        return font

    def _paint_moving(self, painter: QPainter, ink: SessionInk, layout: PacerLayout) -> None:
        cue = self._cue
        if cue is None:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(round_pen(ink.track, layout.stroke))
            painter.drawEllipse(layout.centre, layout.min_radius, layout.min_radius)
            return
        radius = pacer_radius(cue.fullness, layout.min_radius, layout.max_radius)
        # The soft fill is the accent at FILL_ALPHA over the page's colour, mixed here once:
        # an opaque fill is cheaper than blending each pixel (docs/benchmarks.md).
        fill = blend(self.backdrop(), ink.accent, FILL_ALPHA * ink.accent.alphaF())
        # The disc's edge lies under the opaque outline, so the disc is filled without
        # antialiasing: the same pixels, and a paint of the guide takes a third less CPU
        # (0.21–0.26 ms instead of 0.32–0.42 ms at its session size; docs/benchmarks.md).
        hidden_edge = layout.stroke >= MIN_STROKE_HIDING_EDGE and ink.accent.alpha() == 255
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, not hidden_edge)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawEllipse(layout.centre, radius, radius)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(round_pen(ink.accent, layout.stroke))
        painter.drawEllipse(layout.centre, radius, radius)
        self._paint_seconds(painter, ink, layout.centre, layout.min_radius * 1.2, cue)
        self._paint_words(painter, ink, layout.words_rect, cue)

    def _paint_still(self, painter: QPainter, ink: SessionInk, layout: PacerLayout) -> None:
        cue = self._cue
        dot_radius = layout.stroke * 0.9
        gap = dot_radius * 4.2
        y = layout.centre.y() + layout.max_radius * 0.62
        current = STAGES.index(cue.stage) if cue is not None else -1
        for index in range(len(STAGES)):
            x = layout.centre.x() + (index - (len(STAGES) - 1) / 2) * gap
            if index == current:
                painter.setPen(round_pen(ink.accent, layout.stroke / 2))
                painter.setBrush(ink.accent)
                painter.drawEllipse(QPointF(x, y), dot_radius * 1.35, dot_radius * 1.35)
            else:
                painter.setPen(round_pen(ink.dimmed, layout.stroke / 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(QPointF(x, y), dot_radius, dot_radius)
        if cue is not None:
            self._paint_seconds(painter, ink, layout.centre, layout.max_radius * 0.8, cue)
            self._paint_words(painter, ink, layout.words_rect, cue)

    def _paint_seconds(
        self, painter: QPainter, ink: SessionInk, centre: QPointF, box: float, cue: BreathCue
    ) -> None:
        """The seconds left in the stage, centred on ``centre``, fitting a ``box``-wide square."""
        text = str(cue.whole_seconds_left)
        font = self._fitted("seconds", box * 0.95, "0" * len(text), box * 1.1)
        metrics = QFontMetricsF(font)
        offset = (-metrics.horizontalAdvance(text) / 2, digit_height(font) / 2)
        painter.setFont(font)
        painter.setPen(ink.text)
        painter.drawText(QPointF(centre.x() + offset[0], centre.y() + offset[1]), text)

    def _paint_words(
        self, painter: QPainter, ink: SessionInk, rect: QRectF, cue: BreathCue
    ) -> None:
        if not self._words_visible:  # an animation frame repaints only the circle
            return
        words = cue_words(cue.stage, self._press_now)
        longest = self._longest_words.get(self._press_session)
        if longest is None:  # (forgotten at a language change)
            forms = (False, True) if self._press_session else (False,)
            longest = max((cue_words(stage, p) for stage in STAGES for p in forms), key=len)
            self._longest_words[self._press_session] = longest
        font = self._fitted("words", rect.height() * 0.62, longest, rect.width() * 0.94)
        painter.setFont(font)
        painter.setPen(ink.text)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, words)


def preview() -> None:  # pragma: no cover - manual check
    """The box pattern stepped by hand: Right moves 0.25 s, R toggles reduced motion."""
    import sys

    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from acupress_desktop.core.breathing import PATTERNS, cue_at

    app = QApplication.instance() or QApplication(sys.argv)

    class _Demo(BreathingPacer):
        def __init__(self) -> None:
            super().__init__()
            self._elapsed = 0.0
            self.set_cue(cue_at(PATTERNS["box"], self._elapsed))

        def keyPressEvent(self, event: QKeyEvent) -> None:
            if event.key() == Qt.Key.Key_Right:
                self._elapsed += 0.25
                self.set_cue(cue_at(PATTERNS["box"], self._elapsed))
            elif event.key() == Qt.Key.Key_R:
                self.set_reduced_motion(not self.reduced_motion)
            else:
                super().keyPressEvent(event)

    demo = _Demo()
    demo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    demo.show()
    app.exec()


if __name__ == "__main__":  # pragma: no cover
    preview()

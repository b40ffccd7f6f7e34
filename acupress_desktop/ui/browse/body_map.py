"""Body-region picker: front and back figures whose clickable regions come from the art itself."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from acupress_desktop.core.catalogue import REGIONS
from acupress_desktop.ui.art.illustration import themed_svg

# Re-exported: tests and docs name these from here.
from acupress_desktop.ui.browse.body_figures import (
    CAPTION_HEIGHT,
    MIN_TARGET,
    Figure,
    RegionShape,
    Target,
    distance_to,
    layout_figures,
    load_figures,
)
from acupress_desktop.ui.labels import region_name


def caption_font(base: QFont, text: str, width: float) -> QFont:
    """The caption's font: the widget's, made smaller (down to 7 pt) until the word fits the
    corner beside the head, so large text never turns "Front" into "…"."""
    font = QFont(base)
    size = font.pointSizeF() if font.pointSizeF() > 0 else 12.0
    while size > 7.0 and QFontMetricsF(font).horizontalAdvance(text) > width:
        size -= 0.5
        font.setPointSizeF(size)
    return font


class BodyMap(QWidget):
    """Front and back figures; click (or arrow keys + Enter) picks a body region.

    Signals:
        region_chosen(object): the user picked a region id, or None to show every region.
    """

    region_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._figures = load_figures()
        self._renderers: dict[str, QSvgRenderer] = {}
        self._selected: str | None = None
        self._hovered: str | None = None
        self._focused = REGIONS[0]
        self._targets_key: tuple[int, int] | None = None
        self._targets_cache: list[Target] = []
        self._small_targets: list[Target] = []
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 260)
        self.retranslate_ui()

    # -- state --------------------------------------------------------------------------------
    @property
    def selected_region(self) -> str | None:
        """The highlighted region, or None."""
        return self._selected

    def set_selected(self, region: str | None) -> None:
        """Highlight a region (None: no highlight) without emitting region_chosen."""
        if region != self._selected:
            self._selected = region
            if region is not None:
                self._focused = region
            self._update_accessible()
            self.update()

    def region_at(self, pos: QPointF) -> str | None:
        """The region under a widget position, or None.

        A small region's square (``MIN_TARGET``) wins over its neighbours, smallest first; then
        the drawn polygons; then, just off the body, the nearest region within half a target.
        """
        targets = self._targets()
        for target in self._small_targets:
            if target.square is not None and target.square.contains(pos):
                return target.region
        targets = [target for target in targets if target.reach.contains(pos)]
        for target in targets:
            if target.polygon.containsPoint(pos, Qt.FillRule.OddEvenFill):
                return target.region
        near = [(distance_to(pos, target.polygon), target.region) for target in targets]
        near = [item for item in near if item[0] <= MIN_TARGET / 2]
        return min(near)[1] if near else None

    def region_center(self, region: str) -> QPointF | None:
        """A point that picks the region, in widget coordinates (for tests and focus): the centre
        of its first polygon's bounding box, or, when a smaller region's target covers that, the
        nearest point of the polygon that still picks it."""
        for figure, rect in zip(self._figures, self._figure_rects(), strict=True):
            for shape in figure.shapes:
                if shape.region != region:
                    continue
                polygon = self._polygon(shape, figure, rect)
                box = polygon.boundingRect()
                centre = box.center()
                if self.region_at(centre) == region:
                    return centre
                step = max(1.0, min(box.width(), box.height()) / 12)
                inside = [
                    QPointF(box.left() + i * step, box.top() + j * step)
                    for i in range(int(box.width() / step) + 1)
                    for j in range(int(box.height() / step) + 1)
                ]
                inside = [p for p in inside if self.region_at(p) == region]
                if inside:
                    return min(
                        inside, key=lambda p: math.hypot(p.x() - centre.x(), p.y() - centre.y())
                    )
        return None

    def retranslate_ui(self) -> None:
        """Reset translated texts."""
        self.setAccessibleName(self.tr("Body map"))
        self.setToolTip(self.tr("Click a region, or use the arrow keys and Enter"))
        self._update_accessible()

    # -- Qt overrides -------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(300, 380)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.PaletteChange:
            self._renderers.clear()
            self.update()
        super().changeEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hovered = self.region_at(event.position())
        if hovered != self._hovered:
            self._hovered = hovered
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if hovered else Qt.CursorShape.ArrowCursor
            )
            self.update()

    def leaveEvent(self, event: QEvent) -> None:
        self._hovered = None
        self.update()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            region = self.region_at(event.position())
            if region is not None:
                self._choose(None if region == self._selected else region)
                return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self._move_focus(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self._move_focus(-1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._choose(None if self._focused == self._selected else self._focused)
        elif key == Qt.Key.Key_Escape and self._selected is not None:
            self._choose(None)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        highlight = palette.color(QPalette.ColorRole.Highlight)
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        captions = {"front": self.tr("Front"), "back": self.tr("Back")}
        for figure, rect in zip(self._figures, self._figure_rects(), strict=True):
            painter.setPen(text_colour)
            # the empty corner beside the head, above the shoulder
            caption = QRectF(rect.left(), rect.top(), rect.width() * 0.36, CAPTION_HEIGHT * 1.6)
            painter.setFont(caption_font(self.font(), captions[figure.name], caption.width()))
            painter.drawText(
                caption,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                captions[figure.name],
            )
            self._renderer(figure).render(painter, rect)
            for shape in figure.shapes:
                polygon = self._polygon(shape, figure, rect)
                if shape.region == self._selected:
                    fill = QColor(highlight)
                    fill.setAlpha(120)
                    painter.setPen(QPen(highlight, 2.5))
                    painter.setBrush(fill)
                    painter.drawPolygon(polygon)
                elif shape.region == self._hovered:
                    fill = QColor(highlight)
                    fill.setAlpha(55)
                    painter.setPen(QPen(highlight, 1.5, Qt.PenStyle.DashLine))
                    painter.setBrush(fill)
                    painter.drawPolygon(polygon)
                if self.hasFocus() and shape.region == self._focused:
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.setPen(QPen(text_colour, 2, Qt.PenStyle.DotLine))
                    painter.drawPolygon(polygon)

    # -- helpers ------------------------------------------------------------------------------
    def _choose(self, region: str | None) -> None:
        self.set_selected(region)
        self.region_chosen.emit(region)

    def _move_focus(self, step: int) -> None:
        index = REGIONS.index(self._focused) if self._focused in REGIONS else 0
        self._focused = REGIONS[(index + step) % len(REGIONS)]
        self._update_accessible()
        self.update()

    def _update_accessible(self) -> None:
        chosen = region_name(self._selected) if self._selected else self.tr("every region")
        self.setAccessibleDescription(
            self.tr("Showing %1. Arrow keys move to %2; Enter picks it.")
            .replace("%1", chosen)
            .replace("%2", region_name(self._focused))
        )

    def _figure_rects(self) -> list[QRectF]:
        return layout_figures(self._figures, QRectF(self.rect()).adjusted(2, 2, -2, -2))

    def _targets(self) -> list[Target]:
        """Every region polygon in widget coordinates (cached for the current size)."""
        key = (self.width(), self.height())
        if self._targets_key != key:
            targets = []
            for figure, rect in zip(self._figures, self._figure_rects(), strict=True):
                for shape in figure.shapes:
                    polygon = self._polygon(shape, figure, rect)
                    box = polygon.boundingRect()
                    # a region under two targets across may be too thin or pointed (the
                    # sacrum's triangle) to hold a target square: its box is its target
                    small = box.width() < 2 * MIN_TARGET or box.height() < 2 * MIN_TARGET
                    square = None
                    if small:
                        square = QRectF(
                            0, 0, max(MIN_TARGET, box.width()), max(MIN_TARGET, box.height())
                        )
                        square.moveCenter(box.center())
                    reach = box.adjusted(
                        -MIN_TARGET / 2, -MIN_TARGET / 2, MIN_TARGET / 2, MIN_TARGET / 2
                    )
                    area = box.width() * box.height()
                    targets.append(Target(shape.region, polygon, square, area, reach))
            self._targets_cache = targets
            self._small_targets = sorted((t for t in targets if t.square), key=lambda t: t.area)
            self._targets_key = key
        return self._targets_cache

    def _renderer(self, figure: Figure) -> QSvgRenderer:
        renderer = self._renderers.get(figure.name)
        if renderer is None:
            renderer = QSvgRenderer(themed_svg(figure.svg, self.palette()), self)
            self._renderers[figure.name] = renderer
        return renderer

    @staticmethod
    def _polygon(shape: RegionShape, figure: Figure, rect: QRectF) -> QPolygonF:
        sx, sy = rect.width() / figure.width, rect.height() / figure.height
        return QPolygonF(
            [
                QPointF(rect.left() + (x - figure.left) * sx, rect.top() + (y - figure.top) * sy)
                for x, y in shape.points
            ]
        )

"""Renders an anatomical SVG view in the current theme, with the point's markers on top.

The art's token colours are swapped for the theme's (``themed_svg``, with the colours of
``palette.art_colours``); the markers are drawn by ``markers``. This module keeps the renderer,
the view geometry and ``IllustrationView``.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPixmap, QTransform
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from acupress_desktop.core.catalogue import Catalogue, Point, View
from acupress_desktop.resources import asset_path
from acupress_desktop.ui.art.markers import draw_markers, marker_radius
from acupress_desktop.ui.palette import ART_TOKENS, art_colours

# --------------------------------------------------------------------------------------------
# Geometry
# --------------------------------------------------------------------------------------------


def fit_rect(view_w: float, view_h: float, target: QRectF) -> QRectF:
    """The largest rectangle with the view's aspect ratio that fits in ``target``, centred."""
    if view_w <= 0 or view_h <= 0 or target.width() <= 0 or target.height() <= 0:
        return QRectF(target.center(), QSize(0, 0).toSizeF())
    scale = min(target.width() / view_w, target.height() / view_h)
    width, height = view_w * scale, view_h * scale
    return QRectF(
        target.left() + (target.width() - width) / 2.0,
        target.top() + (target.height() - height) / 2.0,
        width,
        height,
    )


def view_transform(view_w: float, view_h: float, target: QRectF) -> QTransform:
    """Maps view (SVG) coordinates to ``target`` coordinates, keeping the aspect ratio."""
    rect = fit_rect(view_w, view_h, target)
    scale = rect.width() / view_w if view_w > 0 else 0.0
    return QTransform(scale, 0.0, 0.0, scale, rect.left(), rect.top())


# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------


_TOKEN_PATTERN = re.compile("|".join(re.escape(t) for t in ART_TOKENS.values()), re.IGNORECASE)


def themed_svg(svg_text: str, palette: QPalette) -> bytes:
    """The SVG text with every token colour (any letter case) replaced by the palette's colour."""
    colours = {token: colour.name() for token, colour in art_colours(palette).items()}
    return _TOKEN_PATTERN.sub(lambda match: colours[match.group(0).upper()], svg_text).encode(
        "utf-8"
    )


@lru_cache(maxsize=64)
def _svg_text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def view_svg_path(view: View) -> Path:
    """Absolute path of a view's SVG file."""
    return asset_path(view.file)


def palette_key(palette: QPalette) -> tuple[str, ...]:
    """The art colours a palette draws with: pictures rendered for equal keys look the same."""
    return tuple(colour.name() for colour in art_colours(palette).values())


def themed_renderer(view: View, palette: QPalette) -> QSvgRenderer | None:
    """A renderer for the view in the palette's theme, or None when the file is missing."""
    path = view_svg_path(view)
    if not path.is_file():
        return None
    renderer = QSvgRenderer(themed_svg(_svg_text(path), palette))
    return renderer if renderer.isValid() else None


def render_point(
    catalogue: Catalogue,
    point: Point,
    size: QSize,
    palette: QPalette,
    active_side: str | None = None,
    device_pixel_ratio: float = 1.0,
) -> QPixmap:
    """The point's view with its markers, in ``size`` logical pixels on a transparent background.

    The view keeps its aspect ratio and is centred; a missing view file leaves only the markers.
    """
    ratio = max(1.0, float(device_pixel_ratio))
    pixmap = QPixmap(
        max(1, math.ceil(size.width() * ratio)), max(1, math.ceil(size.height() * ratio))
    )
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    view = catalogue.view_of(point)
    target = QRectF(0.0, 0.0, float(size.width()), float(size.height()))
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        renderer = themed_renderer(view, palette)
        if renderer is not None:
            renderer.render(painter, fit_rect(view.width, view.height, target))
        draw_markers(
            painter,
            view_transform(view.width, view.height, target),
            point.markers,
            active_side,
            palette=palette,
            view_width=view.width,
        )
    finally:
        painter.end()
    return pixmap


def describe_point(view: View, point: Point, active_side: str | None = None) -> str:
    """Accessible description: which point is marked, and on which sides."""
    name = f"{point.code} {point.pinyin}"
    if not point.bilateral:
        return QCoreApplication.translate(
            "Illustration", "{name} is marked on the middle line of the body."
        ).format(name=name)
    if active_side == "left":
        return QCoreApplication.translate(
            "Illustration", "{name} is marked on both sides; the left side is highlighted."
        ).format(name=name)
    if active_side == "right":
        return QCoreApplication.translate(
            "Illustration", "{name} is marked on both sides; the right side is highlighted."
        ).format(name=name)
    return QCoreApplication.translate(
        "Illustration", "{name} is marked on the left side and on the right side."
    ).format(name=name)


class IllustrationView(QWidget):
    """Shows a point's illustration, scaled to fit and sharp at any size, with its markers.

    Attributes:
        point: the point shown, or None (the widget is then empty).
        active_side: "left"/"right" when one side is being pressed, else None.
        pulse: 0..1, the size of the halo around the active marker (driven by a controller).
    """

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._point: Point | None = None
        self._active_side: str | None = None
        self._pulse = 0.0
        self._renderers: dict[tuple[str, tuple[str, ...]], QSvgRenderer | None] = {}
        self._art_cache: tuple[tuple[object, ...], QPixmap] | None = None
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._update_accessibility()

    @property
    def point(self) -> Point | None:
        """The point shown, or None."""
        return self._point

    @property
    def active_side(self) -> str | None:
        """The emphasised side, or None."""
        return self._active_side

    @property
    def pulse(self) -> float:
        """The halo size, 0..1."""
        return self._pulse

    def set_point(self, point: Point | None, active_side: str | None = None) -> None:
        """Show ``point`` (None clears), emphasising ``active_side`` when given."""
        self._point = point
        self._active_side = active_side
        self._update_accessibility()
        self.updateGeometry()
        self.update()

    def set_pulse(self, pulse: float) -> None:
        """Set the halo size (0..1) of the emphasised marker; repaints only when it shows."""
        pulse = max(0.0, min(1.0, float(pulse)))
        if pulse == self._pulse:
            return
        self._pulse = pulse
        if self._active_side is not None and self._point is not None:
            for rect in self._active_marker_rects():
                self.update(rect)

    def _active_marker_rects(self) -> list[QRect]:
        """Widget areas of the emphasised markers with their largest halo (repainted per frame)."""
        view = self._view()
        if view is None or self._point is None:
            return []
        transform = view_transform(view.width, view.height, QRectF(self.contentsRect()))
        scale = math.sqrt(abs(transform.determinant())) or 1.0
        reach = marker_radius(scale * view.width) * 1.2 * 2.4 + 4
        rects = []
        for marker in self._point.markers:
            if marker.side == self._active_side:
                centre = transform.map(QPointF(marker.x, marker.y))
                rects.append(
                    QRectF(
                        centre.x() - reach, centre.y() - reach, 2 * reach, 2 * reach
                    ).toAlignedRect()
                )
        return rects

    def _view(self) -> View | None:
        if self._point is None:
            return None
        return self._catalogue.view_of(self._point)

    def sizeHint(self) -> QSize:
        """400 × 400, the art's native size."""
        return QSize(400, 400)

    def minimumSizeHint(self) -> QSize:
        """Small enough for a thumbnail."""
        return QSize(120, 120)

    def hasHeightForWidth(self) -> bool:
        """The height follows the width (the art's aspect ratio)."""
        return True

    def heightForWidth(self, width: int) -> int:
        """Height that keeps the current view's aspect ratio."""
        view = self._view()
        if view is None:
            return width
        return round(width * view.height / view.width)

    def _art(self, view: View, target: QRectF) -> QPixmap | None:
        """The themed art rendered once per view, size and palette (markers change, art does not).

        Rendering the SVG costs far more than drawing a pixmap, and a session repaints the
        illustration on every frame of the marker's pulse.
        """
        ratio = self.devicePixelRatioF()
        key = (view.id, target.width(), target.height(), ratio, palette_key(self.palette()))
        if self._art_cache is not None and self._art_cache[0] == key:
            return self._art_cache[1]
        renderer = self._renderer(view)
        if renderer is None or target.isEmpty():
            return None
        pixmap = QPixmap(round(target.width() * ratio), round(target.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        art_painter = QPainter(pixmap)
        art_painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        renderer.render(
            art_painter,
            fit_rect(view.width, view.height, QRectF(0, 0, target.width(), target.height())),
        )
        art_painter.end()
        self._art_cache = (key, pixmap)
        return pixmap

    def _renderer(self, view: View) -> QSvgRenderer | None:
        key = (view.id, palette_key(self.palette()))
        if key not in self._renderers:
            self._renderers[key] = themed_renderer(view, self.palette())
        return self._renderers[key]

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the themed SVG scaled to fit, then the markers."""
        view = self._view()
        if view is None or self._point is None:
            return
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            target = QRectF(self.contentsRect())
            art = self._art(view, target)
            if art is not None:
                painter.drawPixmap(target.topLeft(), art)
            draw_markers(
                painter,
                view_transform(view.width, view.height, target),
                self._point.markers,
                self._active_side,
                self._pulse,
                palette=self.palette(),
                view_width=view.width,
            )
        finally:
            painter.end()

    def changeEvent(self, event: QEvent) -> None:
        """Re-theme on palette changes; retranslate on language changes."""
        if event.type() == QEvent.Type.PaletteChange:
            self._renderers.clear()
            self.update()
        elif event.type() == QEvent.Type.LanguageChange:
            if self._point is not None:  # the catalogue may hold translated texts now
                self._point = self._catalogue.point(self._point.id)
            self._update_accessibility()
            self.update()
        super().changeEvent(event)

    def _update_accessibility(self) -> None:
        view = self._view()
        if view is None or self._point is None:
            self.setAccessibleName(QCoreApplication.translate("Illustration", "Illustration"))
            self.setAccessibleDescription(
                QCoreApplication.translate("Illustration", "No point selected.")
            )
            return
        self.setAccessibleName(
            QCoreApplication.translate("Illustration", "Illustration: {title}").format(
                title=view.title
            )
        )
        self.setAccessibleDescription(describe_point(view, self._point, self._active_side))


def preview() -> None:  # pragma: no cover - manual check
    """Show one point (the id given on the command line, LI4 by default) for a manual look."""
    import sys

    from PySide6.QtWidgets import QApplication

    from acupress_desktop.core.catalogue import load_catalogue

    app = QApplication.instance() or QApplication(sys.argv)
    catalogue = load_catalogue()
    view = IllustrationView(catalogue)
    view.set_point(catalogue.point(sys.argv[1] if len(sys.argv) > 1 else "LI4"))
    view.resize(500, 500)
    view.show()
    app.exec()


if __name__ == "__main__":  # pragma: no cover
    preview()

"""Renders an anatomical SVG view in the current theme and draws point markers from the catalogue.

The SVG art uses a small set of token colours (``ART_TOKENS``); at render time each token is
replaced by the matching colour of the light, dark or high-contrast theme, so one drawing serves
every theme. Markers are never part of the art: they are painted on top from the catalogue's
view coordinates, with shape and a double outline so they do not rely on colour alone.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QTransform,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from acupress_desktop.core.catalogue import Catalogue, Marker, Point, View
from acupress_desktop.resources import asset_path

ArtTheme = Literal["light", "dark", "high-contrast"]

#: The colour tokens of the illustration style: role -> the exact hex used in the SVG files.
ART_TOKENS: Mapping[str, str] = {
    "skin": "#F1D3C2",  # main fill
    "skin_shade": "#E2B8A2",  # far limb, folds, secondary surfaces
    "outline": "#5B4037",  # silhouette (width 3) and inner detail lines (width 2)
    "landmark": "#9C7A6A",  # bones felt under the skin, level lines (dashed)
    "soft": "#EDE6E1",  # nails, soft highlights
}

#: Nominal size of a view in SVG units; marker sizes are derived from how large it is drawn.
NOMINAL_VIEW_SIZE = 400.0

_HIGH_CONTRAST_RATIO = 19.0
#: High-contrast art, in ART_TOKENS order (skin, shade, outline, landmark, soft).
_HIGH_CONTRAST_DARK = ("#000000", "#2B2B2B", "#FFFFFF", "#FFE14D", "#474747")
_HIGH_CONTRAST_LIGHT = ("#FFFFFF", "#D6D6D6", "#000000", "#6B4F00", "#EEEEEE")


# --------------------------------------------------------------------------------------------
# Colours
# --------------------------------------------------------------------------------------------


def _luminance(colour: QColor) -> float:
    """WCAG relative luminance of a colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio between two colours (1 to 21)."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def art_theme(palette: QPalette) -> ArtTheme:
    """Which art theme suits a palette: high contrast, dark or light.

    High contrast is a window and text pair at (almost) full black/white contrast; dark is a
    window darker than mid-grey.
    """
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    if contrast_ratio(window, text) >= _HIGH_CONTRAST_RATIO:
        return "high-contrast"
    return "dark" if _luminance(window) < 0.18 else "light"


def _hsl(hue: float, saturation: float, lightness: float) -> QColor:
    return QColor.fromHslF(
        hue / 360.0, max(0.0, min(1.0, saturation)), max(0.0, min(1.0, lightness))
    )


def art_colours(palette: QPalette) -> dict[str, QColor]:
    """Token hex (upper case, e.g. ``"#F1D3C2"``) -> the colour to draw it with in this palette.

    Light themes keep the tokens. Dark themes derive muted, darker skin and light outlines from
    the window colour, so the figure sits calmly on a dark background. High contrast uses only
    black, white, grey and a yellow for the landmark lines.
    """
    theme = art_theme(palette)
    if theme == "light":
        return {hex_.upper(): QColor(hex_) for hex_ in ART_TOKENS.values()}
    window = palette.color(QPalette.ColorRole.Window)
    if theme == "high-contrast":
        on_black = _luminance(window) < 0.5
        values = _HIGH_CONTRAST_DARK if on_black else _HIGH_CONTRAST_LIGHT
        return {
            token.upper(): QColor(hex_)
            for token, hex_ in zip(ART_TOKENS.values(), values, strict=True)
        }
    base = window.lightnessF()  # about 0.12-0.25 for dark themes
    dark = {
        "skin": _hsl(22, 0.16, base + 0.30),
        "skin_shade": _hsl(20, 0.13, base + 0.20),
        "outline": _hsl(25, 0.35, 0.88),
        "landmark": _hsl(28, 0.45, 0.72),
        "soft": _hsl(25, 0.12, base + 0.40),
    }
    return {ART_TOKENS[role].upper(): colour for role, colour in dark.items()}


_TOKEN_PATTERN = re.compile("|".join(re.escape(t) for t in ART_TOKENS.values()), re.IGNORECASE)


def themed_svg(svg_text: str, palette: QPalette) -> bytes:
    """The SVG text with every token colour (any letter case) replaced by the palette's colour."""
    colours = {token: colour.name() for token, colour in art_colours(palette).items()}
    return _TOKEN_PATTERN.sub(lambda match: colours[match.group(0).upper()], svg_text).encode(
        "utf-8"
    )


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


def marker_radius(rendered_size: float) -> float:
    """Marker disc radius in pixels for a view drawn ``rendered_size`` pixels wide.

    Grows with the picture, but stays legible on a 160 px thumbnail and modest at full screen.
    """
    return max(5.5, min(15.0, rendered_size * 0.028))


# --------------------------------------------------------------------------------------------
# Markers
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MarkerColours:
    """Colours of the markers for one art theme.

    Attributes:
        fill: the disc. ring: the inner (light) outline. edge: the outer (dark) outline.
        dot: the centre dot. letter: the side letter, drawn with a ``ring`` halo.
    """

    fill: QColor
    ring: QColor
    edge: QColor
    dot: QColor
    letter: QColor


def marker_colours(palette: QPalette | None = None) -> MarkerColours:
    """Marker colours for a palette (light theme colours when ``palette`` is None).

    A strong blue is used on skin tones because it stays distinct from them for every common
    kind of colour blindness; the white-then-dark double outline separates it from any art.
    """
    theme = art_theme(palette) if palette is not None else "light"
    white, ink = QColor("#FFFFFF"), QColor("#10131C")
    if theme == "high-contrast":
        return MarkerColours(QColor("#FFD400"), white, ink, ink, ink)
    if theme == "dark":
        return MarkerColours(QColor("#4F8EF7"), white, ink, white, ink)
    return MarkerColours(QColor("#1F5BD1"), white, ink, white, ink)


def _side_letter(side: str) -> str:
    if side == "left":
        return QCoreApplication.translate("Illustration", "L")
    if side == "right":
        return QCoreApplication.translate("Illustration", "R")
    return ""


def _labelled_markers(markers: Iterable[Marker], centre_x: float) -> set[int]:
    """Indices of the markers that carry a side letter: per side, the one farthest out."""
    best: dict[str, tuple[float, int]] = {}
    for index, marker in enumerate(markers):
        if marker.side not in ("left", "right"):
            continue
        distance = abs(marker.x - centre_x)
        if marker.side not in best or distance > best[marker.side][0]:
            best[marker.side] = (distance, index)
    return {index for _, index in best.values()}


def draw_markers(
    painter: QPainter,
    view_rect_to_target_transform: QTransform,
    markers: Iterable[Marker],
    active_side: str | None = None,
    pulse: float = 0.0,
    *,
    palette: QPalette | None = None,
    view_width: float = NOMINAL_VIEW_SIZE,
) -> None:
    """Paint point markers over an illustration.

    Args:
        painter: an active painter on the target.
        view_rect_to_target_transform: maps view (SVG) coordinates to the painter's coordinates.
        markers: the point's markers (side, x, y in view units).
        active_side: "left" or "right" to emphasise that side (bigger, filled, with a halo
            scaled by ``pulse``) and dim the other (a hollow ring); None draws all alike.
            Midline markers are always drawn as the active kind when a side is active.
        pulse: 0..1, the size of the halo around emphasised markers.
        palette: chooses light, dark or high-contrast marker colours.
        view_width: width of the view in its own units, to size markers to the rendered size.
    """
    markers = tuple(markers)
    if not markers:
        return
    transform = view_rect_to_target_transform
    scale = math.sqrt(abs(transform.determinant())) or 1.0
    radius = marker_radius(scale * view_width)
    colours = marker_colours(palette)
    pulse = max(0.0, min(1.0, pulse))
    labelled = _labelled_markers(markers, view_width / 2.0)
    centre_x = transform.map(QPointF(view_width / 2.0, 0.0)).x()

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    # Dimmed markers first so emphasised ones are always on top.
    ordered = sorted(
        enumerate(markers),
        key=lambda item: _marker_state(item[1], active_side) == "active",
    )
    for index, marker in ordered:
        state = _marker_state(marker, active_side)
        centre = transform.map(QPointF(marker.x, marker.y))
        if state == "active":
            r = radius * 1.2
            _draw_halo(painter, centre, r, pulse, colours)
            _draw_disc(painter, centre, r, colours)
        elif state == "dimmed":
            r = radius * 0.9
            painter.setOpacity(0.7)
            _draw_ring(painter, centre, r, colours)
            painter.setOpacity(1.0)
        else:
            r = radius
            _draw_disc(painter, centre, r, colours)
        if index in labelled:
            painter.setOpacity(0.7 if state == "dimmed" else 1.0)
            outward = -1.0 if centre.x() < centre_x else 1.0
            _draw_letter(painter, centre, r, outward, _side_letter(marker.side), colours)
            painter.setOpacity(1.0)
    painter.restore()


def _marker_state(marker: Marker, active_side: str | None) -> str:
    if active_side is None:
        return "normal"
    if marker.side == active_side or marker.side == "midline":
        return "active"
    return "dimmed"


def _draw_disc(painter: QPainter, centre: QPointF, r: float, colours: MarkerColours) -> None:
    """Filled disc, white inner ring, dark outer ring, white centre dot."""
    edge = max(1.5, r * 0.22)
    ring = max(1.5, r * 0.22)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colours.edge)
    painter.drawEllipse(centre, r + ring + edge, r + ring + edge)
    painter.setBrush(colours.ring)
    painter.drawEllipse(centre, r + ring, r + ring)
    painter.setBrush(colours.fill)
    painter.drawEllipse(centre, r, r)
    painter.setBrush(colours.dot)
    dot = max(1.6, r * 0.3)
    painter.drawEllipse(centre, dot, dot)


def _draw_ring(painter: QPainter, centre: QPointF, r: float, colours: MarkerColours) -> None:
    """Hollow ring in the fill colour, outlined white then dark on both of its edges."""
    thick = max(2.0, r * 0.38)
    line = max(1.0, r * 0.16)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for width, colour in ((thick + 4 * line, colours.edge), (thick + 2 * line, colours.ring)):
        painter.setPen(QPen(colour, width))
        painter.drawEllipse(centre, r, r)
    painter.setPen(QPen(colours.fill, thick))
    painter.drawEllipse(centre, r, r)


def _draw_halo(
    painter: QPainter, centre: QPointF, r: float, pulse: float, colours: MarkerColours
) -> None:
    """A soft ring around the emphasised marker that grows with ``pulse``."""
    outer = r * (1.55 + 0.75 * pulse)
    halo = QColor(colours.fill)
    halo.setAlphaF(0.42 * (1.0 - 0.55 * pulse))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(halo)
    painter.drawEllipse(centre, outer, outer)
    edge = QColor(colours.edge)
    edge.setAlphaF(0.55 * (1.0 - 0.5 * pulse))
    painter.setPen(QPen(edge, max(1.0, r * 0.12)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(centre, outer, outer)


def _draw_letter(
    painter: QPainter,
    centre: QPointF,
    r: float,
    outward: float,
    letter: str,
    colours: MarkerColours,
) -> None:
    """The side letter beside a marker, on its outer side, with a light halo for legibility."""
    if not letter:
        return
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(10, round(r * 1.35)))
    path = QPainterPath()
    path.addText(QPointF(0.0, 0.0), font, letter)
    box = path.boundingRect()
    gap = r * 1.5 + max(2.0, r * 0.25)
    x = centre.x() + outward * gap - (box.width() if outward < 0 else 0.0) - box.left()
    y = centre.y() - r * 0.55 - box.bottom()
    path.translate(x, y)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(
        QPen(
            colours.ring,
            max(2.5, r * 0.4),
            Qt.PenStyle.SolidLine,
            Qt.PenCapStyle.RoundCap,
            Qt.PenJoinStyle.RoundJoin,
        )
    )
    painter.drawPath(path)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colours.letter)
    painter.drawPath(path)


# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------


@lru_cache(maxsize=64)
def _svg_text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def view_svg_path(view: View) -> Path:
    """Absolute path of a view's SVG file."""
    return asset_path(view.file)


def _palette_key(palette: QPalette) -> tuple[str, ...]:
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
        key = (view.id, target.width(), target.height(), ratio, _palette_key(self.palette()))
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
        key = (view.id, _palette_key(self.palette()))
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

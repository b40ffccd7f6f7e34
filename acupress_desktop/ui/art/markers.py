"""Point markers drawn over an illustration: size, side letters and shapes (colours: ``palette``).

Markers are never part of the art: they are painted on top from the catalogue's view
coordinates, with shape and a double outline so they do not rely on colour alone.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen, QTransform

from acupress_desktop.core.catalogue import Marker
from acupress_desktop.ui.palette import MarkerColours, marker_colours

#: Nominal size of a view in SVG units; marker sizes are derived from how large it is drawn.
NOMINAL_VIEW_SIZE = 400.0


def marker_radius(rendered_size: float) -> float:
    """Marker disc radius in pixels for a view drawn ``rendered_size`` pixels wide.

    Grows with the picture, but stays legible on a 160 px thumbnail and modest at full screen.
    """
    return max(5.5, min(15.0, rendered_size * 0.028))


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

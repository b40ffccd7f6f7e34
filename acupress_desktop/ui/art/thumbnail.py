"""A small picture of a routine's points: the view that shows most of them, in the theme, with a
dot on each of their markers (the full markers, side letters and all, would hide a 48 px
picture). Rendered once per points, size and theme (``Thumbnails``)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPixmap

from acupress_desktop.core.catalogue import Catalogue, Point, View
from acupress_desktop.ui.art.illustration import (
    fit_rect,
    palette_key,
    themed_renderer,
    view_transform,
)
from acupress_desktop.ui.palette import marker_colours

#: Pictures kept at most (a few per routine: sizes and themes change rarely).
CACHE_SIZE = 256


def main_view(catalogue: Catalogue, point_ids: Sequence[str]) -> tuple[View, list[Point]] | None:
    """The view showing most of these points (the first one's view on a tie) and its points, in
    the routine's order, each once; None when there are no points."""
    by_view: dict[str, list[Point]] = {}
    for point_id in dict.fromkeys(point_ids):
        point = catalogue.point(point_id)
        by_view.setdefault(point.view, []).append(point)
    if not by_view:
        return None
    best = max(by_view, key=lambda view_id: len(by_view[view_id]))  # max keeps the first on ties
    return catalogue.views[best], by_view[best]


def render_thumbnail(
    catalogue: Catalogue,
    point_ids: Sequence[str],
    size: QSize,
    palette: QPalette,
    device_pixel_ratio: float = 1.0,
    backdrop: QColor | None = None,
) -> QPixmap:
    """The picture, ``size`` logical pixels on a transparent background, or on a rounded tile of
    ``backdrop`` (a selected row: the picture keeps the colours it was drawn for, instead of
    sitting on the selection colour, which in high contrast is the markers' own yellow)."""
    ratio = max(1.0, float(device_pixel_ratio))
    pixmap = QPixmap(
        max(1, math.ceil(size.width() * ratio)), max(1, math.ceil(size.height() * ratio))
    )
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    chosen = main_view(catalogue, point_ids)
    if chosen is None:
        return pixmap
    view, points = chosen
    target = QRectF(0.0, 0.0, float(size.width()), float(size.height()))
    colours = marker_colours(palette)
    radius = max(2.0, min(size.width(), size.height()) * 0.045)
    outline = max(1.0, radius * 0.35)
    centres = [
        view_transform(view.width, view.height, target).map(QPointF(marker.x, marker.y))
        for point in points
        for marker in point.markers
    ]
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if backdrop is not None:
            corner = min(size.width(), size.height()) * 0.12
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(backdrop)
            painter.drawRoundedRect(target, corner, corner)
        renderer = themed_renderer(view, palette)
        if renderer is not None:
            renderer.render(painter, fit_rect(view.width, view.height, target))
        painter.setPen(Qt.PenStyle.NoPen)
        # each layer for every marker before the next, so markers close together merge into
        # one outlined shape rather than one hiding the next one's disc
        for colour, reach in (
            (colours.edge, radius + 2 * outline),
            (colours.ring, radius + outline),
            (colours.fill, radius),
        ):
            painter.setBrush(colour)
            for centre in centres:
                painter.drawEllipse(centre, reach, reach)
    finally:
        painter.end()
    return pixmap


class Thumbnails:
    """Routine pictures rendered once per points, size, pixel ratio and theme."""

    def __init__(self, catalogue: Catalogue) -> None:
        self._catalogue = catalogue
        self._pixmaps: dict[tuple[object, ...], QPixmap] = {}

    def pixmap(
        self,
        point_ids: Sequence[str],
        size: QSize,
        palette: QPalette,
        device_pixel_ratio: float = 1.0,
        backdrop: QColor | None = None,
    ) -> QPixmap:
        """The picture of these points (rendered the first time it is asked for)."""
        key = (
            tuple(point_ids),
            size.width(),
            size.height(),
            device_pixel_ratio,
            palette_key(palette),
            None if backdrop is None else backdrop.rgba(),
        )
        found = self._pixmaps.get(key)
        if found is None:
            if len(self._pixmaps) >= CACHE_SIZE:
                self._pixmaps.clear()
            found = render_thumbnail(
                self._catalogue, point_ids, size, palette, device_pixel_ratio, backdrop
            )
            self._pixmaps[key] = found
        return found

    def __len__(self) -> int:
        return len(self._pixmaps)

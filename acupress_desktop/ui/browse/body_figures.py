"""Body-map figures without widgets: the SVG figures and their region polygons, how they are laid
out side by side, and the click targets that give every region at least ``MIN_TARGET`` pixels."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QXmlStreamReader
from PySide6.QtGui import QPolygonF

from acupress_desktop.resources import asset_path

FIGURES = ("front", "back")
CAPTION_HEIGHT = 22.0
#: Every region can be hit within a square of at least this many pixels, however small it is
#: drawn: small shapes get a square of this size around them, and a click just off the body
#: counts for the nearest region within half of it.
MIN_TARGET = 24.0


@dataclass(frozen=True)
class RegionShape:
    """One clickable polygon of a body figure, in the figure's SVG units."""

    region: str
    points: tuple[tuple[float, float], ...]


@dataclass(frozen=True)
class Figure:
    """A body figure: its SVG text, viewBox (origin and size) and region polygons."""

    name: str
    svg: str
    width: float
    height: float
    shapes: tuple[RegionShape, ...]
    left: float = 0.0
    top: float = 0.0


def parse_figure(name: str, svg_text: str) -> Figure:
    """Read the viewBox and every ``<polygon data-region="...">`` of a body figure SVG.

    Qt's XML reader rather than xml.etree: it is loaded already, and etree with expat is not
    (0.9 MiB of memory at start-up). A malformed file raises ValueError.
    """
    reader = QXmlStreamReader(svg_text)
    box = [0.0, 0.0, 240.0, 560.0]
    shapes = []
    while not reader.atEnd():
        if reader.readNext() != QXmlStreamReader.TokenType.StartElement:
            continue
        attributes = reader.attributes()
        if reader.name() == "svg" and attributes.hasAttribute("viewBox"):
            box = [float(v) for v in attributes.value("viewBox").replace(",", " ").split()]
        region = attributes.value("data-region") if attributes.hasAttribute("data-region") else None
        if region is None or reader.name() != "polygon":
            continue
        numbers = [float(v) for v in attributes.value("points").replace(",", " ").split()]
        pairs = tuple(zip(numbers[0::2], numbers[1::2], strict=True))
        shapes.append(RegionShape(region, pairs))
    if reader.hasError():
        raise ValueError(f"body figure {name}: {reader.errorString()}")
    return Figure(name, svg_text, box[2], box[3], tuple(shapes), box[0], box[1])


def load_figures() -> tuple[Figure, ...]:
    """The front and back figures from assets/body/ (missing files are skipped)."""
    figures = []
    for name in FIGURES:
        path: Path = asset_path(f"body/{name}.svg")
        if path.exists():
            figures.append(parse_figure(name, path.read_text(encoding="utf-8")))
    return tuple(figures)


def layout_figures(figures: tuple[Figure, ...], area: QRectF) -> list[QRectF]:
    """Side-by-side rectangles as large as the area allows, keeping each figure's aspect ratio.

    The caption ("Front", "Back") sits in the empty corner beside the head, so the figures use
    the whole height; only when the area is wide enough to spare it is the caption row added
    above them.
    """
    if not figures:
        return []
    gap = 8.0
    slot_w = (area.width() - gap * (len(figures) - 1)) / len(figures)
    slot_h = area.height()
    rects = []
    for i, figure in enumerate(figures):
        scale = max(0.0, min(slot_w / figure.width, slot_h / figure.height))
        w, h = figure.width * scale, figure.height * scale
        x = area.left() + i * (slot_w + gap) + (slot_w - w) / 2
        y = area.top() + (slot_h - h) / 2
        rects.append(QRectF(x, y, w, h))
    return rects


def distance_to(pos: QPointF, polygon: QPolygonF) -> float:
    """Distance from a point to a polygon's outline."""
    best = math.inf
    count = polygon.size()
    for i in range(count):
        a, b = polygon.at(i), polygon.at((i + 1) % count)
        dx, dy = b.x() - a.x(), b.y() - a.y()
        length = dx * dx + dy * dy
        t = 0.0 if length == 0 else ((pos.x() - a.x()) * dx + (pos.y() - a.y()) * dy) / length
        t = max(0.0, min(1.0, t))
        best = min(best, math.hypot(pos.x() - (a.x() + t * dx), pos.y() - (a.y() + t * dy)))
    return best


@dataclass(frozen=True)
class Target:
    """One region polygon in widget coordinates, with its minimum-size square if it is small."""

    region: str
    polygon: QPolygonF
    square: QRectF | None
    area: float
    reach: QRectF  # the bounding box grown by half a target: nothing farther can be hit

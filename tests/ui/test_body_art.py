"""Lower-limb views and body figures: token-coloured Tiny SVG; markers and regions on the art."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPolygonF
from PySide6.QtSvg import QSvgRenderer

from acupress_desktop.ui.browse.body_figures import RegionShape, parse_figure

ROOT = Path(__file__).resolve().parents[2]
ILLUSTRATIONS = ROOT / "assets" / "illustrations"
BODY = ROOT / "assets" / "body"
CATALOGUE = ROOT / "acupress_desktop" / "data" / "points.json"
SVG_NS = "{http://www.w3.org/2000/svg}"

#: view -> the points drawn on it
LOWER_LIMB_VIEWS: dict[str, tuple[str, ...]] = {
    "leg-front": ("ST36", "GB34"),
    "leg-inner": ("SP6",),
    "thigh-inner": ("SP10",),
    "foot-dorsal": ("LR3",),
    "knee-back": ("BL40",),
    "calf-back": ("BL57",),
    "ankle-outer": ("BL60",),
    "ankle-inner": ("KI3",),
}

#: whose limb is on the viewer's left in each view (front and inner views: the person's right;
#: back and outer views: the person's left) -- see docs/body-map.md
VIEWER_LEFT_LIMB = {
    "leg-front": "right",
    "leg-inner": "right",
    "thigh-inner": "right",
    "foot-dorsal": "right",
    "ankle-inner": "right",
    "knee-back": "left",
    "calf-back": "left",
    "ankle-outer": "left",
}

TOKENS = {"#F1D3C2", "#E2B8A2", "#5B4037", "#9C7A6A", "#EDE6E1"}
ALLOWED_TAGS = {"svg", "title", "desc", "g", "path", "polygon", "ellipse", "circle", "line"}
COLOUR_ATTRIBUTES = ("fill", "stroke", "color", "stop-color")
BANNED_TEXT = ("<image", "<text", "<style", "Gradient", "<filter", "<mask", "clip-path", "href")

FRONT_REGIONS = {"hands-arms", "abdomen", "legs-knees", "feet"}
BACK_REGIONS = {
    "neck",
    "upper-back-shoulders",
    "lower-back-hips",
    "sacrum",
    "hands-arms",
    "legs-knees",
    "feet",
}
#: the body figures' viewBox: the silhouette's own box (x 6–234, y 10–554), so they fill the picker
FIGURE_BOX = (6, 10, 228, 544)


def _render(path: Path, width: int, height: int) -> QImage:
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid(), f"{path.name} does not parse"
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, width, height))
    painter.end()
    return image


def _opaque(image: QImage, x: float, y: float) -> bool:
    return image.pixelColor(int(round(x)), int(round(y))).alpha() > 0


def _tag(element: ET.Element) -> str:
    return element.tag.replace(SVG_NS, "")


def _check_tiny_token_svg(path: Path, view_box: str) -> ET.Element:
    """Common rules of the illustration style; returns the parsed root."""
    text = path.read_text(encoding="utf-8")
    root = ET.fromstring(text)
    assert _tag(root) == "svg"
    assert root.get("viewBox") == view_box
    assert root.get("width") is None and root.get("height") is None
    for element in root.iter():
        tag = _tag(element)
        assert tag in ALLOWED_TAGS, f"{path.name}: <{tag}> is not allowed"
        assert element.get("style") is None, f"{path.name}: style attributes are not allowed"
        assert element.get("transform") is None, f"{path.name}: keep coordinates plain"
        for attribute in COLOUR_ATTRIBUTES:
            value = element.get(attribute)
            if value is not None:
                assert value == "none" or value in TOKENS, f"{path.name}: {attribute}={value}"
    # every colour written anywhere in the file is a token (exact case, as the app substitutes)
    for colour in re.findall(r"#[0-9A-Fa-f]{3,8}\b", text):
        assert colour in TOKENS, f"{path.name}: colour {colour} is not a token"
    for banned in BANNED_TEXT:
        assert banned not in text, f"{path.name}: contains {banned}"
    return root


@pytest.fixture(scope="module")
def points() -> dict[str, dict[str, Any]]:
    data = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    return {point["id"]: point for point in data["points"]}


# -- the eight lower-limb views ---------------------------------------------------------------


@pytest.mark.parametrize("view", sorted(LOWER_LIMB_VIEWS))
def test_view_is_tiny_svg_in_token_colours(qapp, view: str) -> None:  # type: ignore[no-untyped-def]
    """Each lower-limb view parses, has the 400x400 viewBox and uses only the style's tokens."""
    path = ILLUSTRATIONS / f"{view}.svg"
    _check_tiny_token_svg(path, "0 0 400 400")
    image = _render(path, 400, 400)
    covered = sum(
        image.pixelColor(x, y).alpha() > 0 for x in range(0, 400, 8) for y in range(0, 400, 8)
    )
    assert covered > 0.2 * 50 * 50, f"{view}: the figure should fill a good part of the view"


@pytest.mark.parametrize("view", sorted(LOWER_LIMB_VIEWS))
def test_markers_lie_on_the_drawn_limbs(qapp, points, view: str) -> None:  # type: ignore[no-untyped-def]
    """Every marker of the view's points sits well inside the drawn figure, one per limb."""
    image = _render(ILLUSTRATIONS / f"{view}.svg", 400, 400)
    for point_id in LOWER_LIMB_VIEWS[view]:
        point = points[point_id]
        assert point["view"] == view
        markers = point["markers"]
        assert sorted(m["side"] for m in markers) == ["left", "right"], point_id
        for marker in markers:
            x, y = marker["x"], marker["y"]
            assert not (x == 200 and y == 200), f"{point_id}: placeholder marker"
            for dx, dy in ((0, 0), (3, 0), (-3, 0), (0, 3), (0, -3)):
                assert _opaque(image, x + dx, y + dy), f"{point_id} {marker['side']} is off the art"
        by_side = {m["side"]: m for m in markers}
        on_left = by_side[VIEWER_LEFT_LIMB[view]]
        limb = VIEWER_LEFT_LIMB[view]
        assert on_left["x"] < 200, f"{point_id}: the {limb} limb is drawn on the viewer's left"
        # both limbs are drawn as mirror images, so the two markers are too
        other = by_side["left" if on_left["side"] == "right" else "right"]
        assert abs(on_left["x"] + other["x"] - 400) < 1.0 and abs(on_left["y"] - other["y"]) < 1.0


# -- the body-map figures ---------------------------------------------------------------------


def _polygons(path: Path) -> list[tuple[str, str, QPolygonF]]:
    root = ET.fromstring(path.read_text(encoding="utf-8"))
    shapes = []
    for element in root.iter():
        region = element.get("data-region")
        if region is None:
            continue
        assert _tag(element) == "polygon", f"{path.name}: data-region only on <polygon>"
        numbers = [float(v) for v in element.get("points", "").replace(",", " ").split()]
        pairs = zip(numbers[0::2], numbers[1::2], strict=True)
        polygon = QPolygonF([QPointF(x, y) for x, y in pairs])
        assert polygon.size() >= 3
        shapes.append((element.get("id") or "", region, polygon))
    return shapes


def _area_and_centroid(polygon: QPolygonF) -> tuple[float, QPointF]:
    area = cx = cy = 0.0
    n = polygon.size()
    for i in range(n):
        a, b = polygon.at(i), polygon.at((i + 1) % n)
        cross = a.x() * b.y() - b.x() * a.y()
        area += cross
        cx += (a.x() + b.x()) * cross
        cy += (a.y() + b.y()) * cross
    area /= 2.0
    if abs(area) < 1e-9:
        return 0.0, polygon.boundingRect().center()
    return abs(area), QPointF(cx / (6.0 * area), cy / (6.0 * area))


@pytest.mark.parametrize(("figure", "expected"), [("front", FRONT_REGIONS), ("back", BACK_REGIONS)])
def test_body_figure_has_every_region(qapp, figure: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    """Each figure is valid art in the token colours and carries polygons for all its regions."""
    path = BODY / f"{figure}.svg"
    _check_tiny_token_svg(path, " ".join(str(v) for v in FIGURE_BOX))
    shapes = _polygons(path)
    assert {region for _, region, _ in shapes} == expected
    ids = [shape_id for shape_id, _, _ in shapes]
    assert all(shape_id.startswith(f"{figure}-") for shape_id in ids), ids
    assert len(set(ids)) == len(ids), "polygon ids must be unique"


@pytest.mark.parametrize("figure", ["front", "back"])
def test_body_regions_do_not_overlap(qapp, figure: str) -> None:  # type: ignore[no-untyped-def]
    """No two region polygons share any area, so a click always means one region."""
    shapes = _polygons(BODY / f"{figure}.svg")
    for (id_a, _, a), (id_b, _, b) in combinations(shapes, 2):
        area, _ = _area_and_centroid(a.intersected(b))
        assert area < 0.5, f"{id_a} overlaps {id_b} by {area:.1f} square units"


@pytest.mark.parametrize("figure", ["front", "back"])
def test_body_regions_lie_on_the_figure(qapp, figure: str) -> None:  # type: ignore[no-untyped-def]
    """Each polygon's centroid, corners and edges are on the drawn body (checked at 2x)."""
    left, top, width, height = FIGURE_BOX
    image = _render(BODY / f"{figure}.svg", 2 * width, 2 * height)
    for shape_id, _, polygon in _polygons(BODY / f"{figure}.svg"):
        _, centroid = _area_and_centroid(polygon)
        assert polygon.containsPoint(centroid, Qt.FillRule.OddEvenFill), shape_id
        assert _opaque(image, (centroid.x() - left) * 2, (centroid.y() - top) * 2), (
            f"{shape_id}: centroid off"
        )
        n = polygon.size()
        for i in range(n):
            a, b = polygon.at(i), polygon.at((i + 1) % n)
            for step in range(6):
                t = step / 6
                x, y = a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t
                assert _opaque(image, (x - left) * 2, (y - top) * 2), (
                    f"{shape_id}: edge off at {x:.0f},{y:.0f}"
                )


@pytest.mark.parametrize("figure", ["front", "back"])
def test_first_polygon_centre_picks_its_region(qapp, figure: str) -> None:  # type: ignore[no-untyped-def]
    """The body map aims at the bounding-box centre of a region's first polygon: it is inside."""
    shapes = _polygons(BODY / f"{figure}.svg")
    first: dict[str, QPolygonF] = {}
    for _, region, polygon in shapes:
        first.setdefault(region, polygon)
    for region, polygon in first.items():
        centre = polygon.boundingRect().center()
        hits = [r for _, r, p in shapes if p.containsPoint(centre, Qt.FillRule.OddEvenFill)]
        assert hits == [region], f"{figure} {region}: centre {centre} hits {hits}"


def test_figure_parser_reads_regions_as_the_art_draws_them() -> None:
    """The picker's hit areas: tagged polygons only, in the figure's own units; bad files fail."""
    figure = parse_figure(
        "test",
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 200">'
        '<g><polygon data-region="lower-back" points="1,2 3,4 5,6"/></g>'
        '<polygon points="0,0 9,9 0,9"/><rect data-region="legs" width="3" height="3"/></svg>',
    )
    assert (figure.width, figure.height) == (100.0, 200.0)
    assert figure.shapes == (RegionShape("lower-back", ((1.0, 2.0), (3.0, 4.0), (5.0, 6.0))),)
    with pytest.raises(ValueError, match="test"):
        parse_figure("test", "<svg><polygon data-region='legs'></svg>")


# -- click targets on the body map at real window sizes -------------------------------------


def _largest_square(body_map, step: int = 3) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """For each region, the side in pixels of the largest square the picker wholly gives it
    (sampled every ``step`` pixels)."""
    from PySide6.QtCore import QPointF

    width, height = body_map.width() // step, body_map.height() // step
    grid = [
        [body_map.region_at(QPointF(x * step + 0.5, y * step + 0.5)) for x in range(width)]
        for y in range(height)
    ]
    side = [[0] * width for _ in range(height)]
    best: dict[str, int] = {}
    for y in range(height):
        for x in range(width):
            region = grid[y][x]
            if region is None:
                continue
            if x and y and grid[y - 1][x] == grid[y][x - 1] == grid[y - 1][x - 1] == region:
                side[y][x] = 1 + min(side[y - 1][x], side[y][x - 1], side[y - 1][x - 1])
            else:
                side[y][x] = 1
            best[region] = max(best.get(region, 0), side[y][x] * step)
    return best


@pytest.mark.parametrize("size", [(1380, 860), (1366, 768), (1280, 720)])
def test_every_region_has_a_click_target_of_24_pixels(qtbot, catalogue, tmp_path, size) -> None:  # type: ignore[no-untyped-def]
    """At the default window size and on laptop screens, each region, the neck and the sacrum
    included, can be hit within a 24 × 24 px square (the feet were 9 × 14 px)."""
    from acupress_desktop.app.composition import Acupress
    from acupress_desktop.core.catalogue import REGIONS

    services = Acupress(catalogue, tmp_path / "data")
    qtbot.addWidget(services.window)
    services.window.resize(*size)
    services.window.show()
    qtbot.waitExposed(services.window)
    body_map = services.window.body_map
    squares = _largest_square(body_map)
    assert set(squares) == set(REGIONS)
    small = {region: side for region, side in squares.items() if side < 24}
    assert not small, f"at {size} the body map ({body_map.size()}) has small targets: {small}"


def test_the_figures_use_the_height_they_have(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The figures fill the picker's height (the captions sit beside the heads)."""
    from PySide6.QtCore import QRectF

    from acupress_desktop.ui.browse.body_figures import layout_figures as layout
    from acupress_desktop.ui.browse.body_figures import load_figures

    figures = load_figures()
    rects = layout(figures, QRectF(0, 0, 338, 300))
    assert all(rect.height() >= 299 for rect in rects)
    assert rects[0].right() <= rects[1].left()


def test_the_captions_shrink_rather_than_turn_to_dots() -> None:
    """At the largest text "Front" still fits beside the head (it became "…" at 20 pt)."""
    from PySide6.QtGui import QFont, QFontMetricsF

    from acupress_desktop.ui.browse.body_map import caption_font

    base = QFont()
    base.setPointSizeF(20.0)
    font = caption_font(base, "Front", 40.0)
    assert QFontMetricsF(font).horizontalAdvance("Front") <= 40.0
    assert font.pointSizeF() < 20.0

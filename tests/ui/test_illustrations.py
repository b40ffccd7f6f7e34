"""Illustration views and markers: valid token-coloured SVGs, markers on the figure, rendering."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QTransform
from PySide6.QtSvg import QSvgRenderer

from acupress_desktop.core.catalogue import Catalogue, Marker, Point
from acupress_desktop.resources import asset_path
from acupress_desktop.ui.art.illustration import (
    IllustrationView,
    describe_point,
    fit_rect,
    render_point,
    themed_svg,
    view_transform,
)
from acupress_desktop.ui.art.markers import draw_markers, marker_radius
from acupress_desktop.ui.palette import ART_TOKENS, art_colours, art_theme, marker_colours

SVG_NS = "{http://www.w3.org/2000/svg}"
TOKENS = {value.upper() for value in ART_TOKENS.values()}
ALLOWED_TAGS = {
    "svg",
    "title",
    "desc",
    "g",
    "path",
    "polygon",
    "polyline",
    "ellipse",
    "circle",
    "line",
    "rect",
    "text",
}
ALLOWED_LABELS = {"C7", "L2", "L4"}
BANNED = ("<image", "<style", "gradient", "<filter", "<mask", "clip-path", "<use", "href", "rgb(")
COLOUR_ATTRIBUTES = ("fill", "stroke", "color", "stop-color")

#: the views drawn for the upper body and trunk (the rest are checked by test_body_art.py)
UPPER_VIEWS = (
    "hand-dorsal",
    "hand-ulnar",
    "forearm-dorsal",
    "elbow-lateral",
    "abdomen",
    "trunk-side",
    "lower-back",
    "buttock-hip",
    "shoulder-top",
    # neck, upper back, sacrum and sciatica
    "neck-back",
    "shoulder-blade",
    "sacrum-buttock",
    "thigh-outer",
)


def _palette(window: str, text: str) -> QPalette:
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Window, QColor(window))
        palette.setColor(group, QPalette.ColorRole.WindowText, QColor(text))
        palette.setColor(group, QPalette.ColorRole.Base, QColor(window))
        palette.setColor(group, QPalette.ColorRole.Text, QColor(text))
    return palette


LIGHT = ("#F3F1EF", "#202020")
DARK = ("#2B2B2E", "#E8E8E8")
HIGH_CONTRAST = ("#000000", "#FFFFFF")


def _view_files(catalogue: Catalogue) -> list[tuple[str, Path]]:
    return [(view_id, asset_path(view.file)) for view_id, view in catalogue.views.items()]


def _bare_view(path: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid(), f"{path.name} does not parse"
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def _point_ids() -> list[str]:
    from acupress_desktop.core.catalogue import load_catalogue

    return [point.id for point in load_catalogue().points]


# --- the SVG files -------------------------------------------------------------------------


def test_every_view_file_exists_parses_and_uses_the_400_viewbox(qapp, catalogue) -> None:
    """Each catalogue view has an SVG that Qt parses, with viewBox 0 0 400 400 and no fixed size."""
    for view_id, path in _view_files(catalogue):
        assert path.is_file(), f"view {view_id}: {path} is missing"
        root = ET.parse(path).getroot()
        assert root.tag == f"{SVG_NS}svg", view_id
        assert root.get("viewBox") == "0 0 400 400", view_id
        assert root.get("width") is None and root.get("height") is None, view_id
        renderer = QSvgRenderer(str(path))
        assert renderer.isValid(), f"view {view_id} does not parse"
        assert renderer.viewBoxF() == QRectF(0, 0, 400, 400), view_id


@pytest.mark.parametrize("view_id", UPPER_VIEWS)
def test_svg_uses_only_token_colours_and_tiny_elements(catalogue, view_id: str) -> None:
    """Only the style's token colours, Tiny-safe elements, and no text but C7/L2/L4 labels."""
    path = asset_path(catalogue.views[view_id].file)
    source = path.read_text(encoding="utf-8")
    for banned in BANNED:
        assert banned not in source.lower(), f"{view_id} contains {banned}"
    colours = {c.upper() for c in re.findall(r"#[0-9A-Fa-f]{3,8}\b", source)}
    assert colours <= TOKENS, f"{view_id} uses non-token colours {colours - TOKENS}"
    for element in ET.parse(path).getroot().iter():
        tag = element.tag.removeprefix(SVG_NS)
        assert tag in ALLOWED_TAGS, f"{view_id} has a <{tag}> element"
        if tag == "text":
            assert (element.text or "").strip() in ALLOWED_LABELS, (
                f"{view_id}: text {element.text!r}"
            )
        for attribute in COLOUR_ATTRIBUTES:
            value = element.get(attribute)
            if value is not None:
                assert value == "none" or value.upper() in TOKENS, f"{view_id}: {attribute}={value}"
        if tag in ("path", "line", "polyline") and element.get("stroke") not in (None, "none"):
            assert element.get("stroke-linecap") == "round", f"{view_id}: square line ends"


@pytest.mark.parametrize("view_id", UPPER_VIEWS)
def test_mirrored_side_is_an_exact_copy(catalogue, view_id: str) -> None:
    """Each mirrored group repeats the group before it, so both sides always match."""
    root = ET.parse(asset_path(catalogue.views[view_id].file)).getroot()
    groups = [child for child in root if child.tag == f"{SVG_NS}g"]
    mirrored = 0
    for before, group in zip(groups, groups[1:], strict=False):
        if (group.get("transform") or "").startswith("matrix(-1 0 0 1 400"):
            mirrored += 1
            assert [ET.tostring(c) for c in group] == [ET.tostring(c) for c in before], view_id
    assert mirrored == 1, f"{view_id}: expected one mirrored group, found {mirrored}"


@pytest.mark.parametrize("point_id", _point_ids())
def test_every_marker_lands_on_the_drawn_figure(qapp, catalogue, point_id: str) -> None:
    """Each marker of each point sits on the figure (a painted pixel), not on the background."""
    point = catalogue.point(point_id)
    view = catalogue.view_of(point)
    path = asset_path(view.file)
    if not path.is_file():
        pytest.fail(f"view {view.id} ({path.name}) is missing")
    image = _bare_view(path, 400)
    scale = 400 / view.width
    for marker in point.markers:
        x, y = round(marker.x * scale), round(marker.y * scale)
        assert image.pixelColor(x, y).alpha() > 0, (
            f"{point_id} {marker.side} marker at ({marker.x}, {marker.y}) is off the figure"
        )


def test_bilateral_markers_sit_in_the_matching_half_of_mirrored_views(catalogue) -> None:
    """In the mirror-pair views the two sides' markers are mirror images of each other."""
    for point in catalogue.points:
        if point.view not in UPPER_VIEWS or not point.bilateral:
            continue
        shift = 172 if point.view == "hand-ulnar" else 0  # the left fist is drawn below the right
        left = sorted((m.x, m.y) for m in point.markers if m.side == "left")
        right = sorted((400 - m.x, m.y + shift) for m in point.markers if m.side == "right")
        assert len(left) == len(right), point.id
        for (lx, ly), (rx, ry) in zip(left, right, strict=True):
            assert (lx, ly) == pytest.approx((rx, ry), abs=0.5), point.id


# --- theming -------------------------------------------------------------------------------


def test_art_theme_recognises_light_dark_and_high_contrast(qapp) -> None:
    """Palettes map to the light, dark and high-contrast art."""
    assert art_theme(_palette(*LIGHT)) == "light"
    assert art_theme(_palette(*DARK)) == "dark"
    assert art_theme(_palette(*HIGH_CONTRAST)) == "high-contrast"
    assert art_theme(_palette("#FFFFFF", "#000000")) == "high-contrast"


def test_light_theme_keeps_tokens_and_dark_theme_replaces_them(qapp) -> None:
    """themed_svg leaves light art as drawn and swaps every token (any case) in dark themes."""
    svg = '<path fill="#f1d3c2" stroke="#5B4037"/><line stroke="#9c7a6a"/>'
    light = themed_svg(svg, _palette(*LIGHT)).decode()
    assert light.upper() == svg.upper()
    dark = themed_svg(svg, _palette(*DARK)).decode()
    for token in ("#F1D3C2", "#5B4037", "#9C7A6A"):
        assert token not in dark.upper()
    colours = art_colours(_palette(*DARK))
    assert colours["#F1D3C2"].lightnessF() < QColor("#F1D3C2").lightnessF()
    assert colours["#5B4037"].lightnessF() > colours["#F1D3C2"].lightnessF()


def test_high_contrast_art_is_black_white_and_yellow(qapp) -> None:
    """High-contrast art uses full-contrast outlines on a plain fill."""
    colours = art_colours(_palette(*HIGH_CONTRAST))
    assert colours["#5B4037"] == QColor("#FFFFFF")
    assert colours["#F1D3C2"] == QColor("#000000")
    assert colours["#9C7A6A"].red() > 200 and colours["#9C7A6A"].blue() < 120


# --- markers -------------------------------------------------------------------------------


@pytest.mark.parametrize("theme", [LIGHT, DARK, HIGH_CONTRAST], ids=["light", "dark", "hc"])
def test_render_point_draws_visible_markers(qapp, catalogue, theme: tuple[str, str]) -> None:
    """render_point paints each marker's disc over the art in every theme."""
    palette = _palette(*theme)
    fill = marker_colours(palette).fill
    for point_id in ("LI4", "GV4", "GB21"):
        point = catalogue.point(point_id)
        image = render_point(catalogue, point, QSize(400, 400), palette).toImage()
        for marker in point.markers:
            # between the white centre dot and the white ring: the disc's fill colour
            r = marker_radius(400)
            colour = image.pixelColor(round(marker.x + r * 0.65), round(marker.y))
            assert colour.alpha() == 255
            assert abs(colour.red() - fill.red()) + abs(colour.blue() - fill.blue()) < 40, (
                f"{point_id} marker not drawn at ({marker.x}, {marker.y})"
            )


def test_render_point_keeps_aspect_ratio_and_device_pixel_ratio(qapp, catalogue) -> None:
    """A wide target centres the square art; a 2x pixmap has twice the pixels and the same layout."""
    point = catalogue.point("BL23")
    pixmap = render_point(
        catalogue, point, QSize(600, 300), _palette(*LIGHT), device_pixel_ratio=2.0
    )
    assert pixmap.width() == 1200 and pixmap.height() == 600
    assert pixmap.devicePixelRatio() == 2.0
    image = pixmap.toImage()
    assert image.pixelColor(20, 300).alpha() == 0  # left margin stays transparent
    marker = point.markers[0]
    x, y = 2 * (150 + marker.x * 300 / 400), 2 * (marker.y * 300 / 400)
    assert image.pixelColor(round(x), round(y)).alpha() == 255


def test_active_side_is_filled_and_other_side_is_a_hollow_ring(qapp) -> None:
    """Emphasis uses shape, not colour alone: the other side's marker has an empty centre."""
    image = QImage(400, 400, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    markers = (Marker("left", 100.0, 200.0), Marker("right", 300.0, 200.0))
    draw_markers(painter, QTransform(), markers, active_side="left", pulse=0.5)
    painter.end()
    assert image.pixelColor(100, 200).alpha() == 255  # filled disc (centre dot)
    assert image.pixelColor(300, 200).alpha() == 0  # hollow: the art would show through
    ring_radius = marker_radius(400) * 0.9
    assert image.pixelColor(round(300 + ring_radius), 200).alpha() > 0


def test_without_active_side_all_markers_look_alike(qapp) -> None:
    """With no active side, left and right markers are drawn identically."""
    image = QImage(400, 400, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    draw_markers(
        painter, QTransform(), (Marker("left", 100.0, 100.0), Marker("right", 300.0, 100.0))
    )
    painter.end()
    for dy in (0, 5, 9, 13, 16):
        assert image.pixelColor(100, 100 + dy) == image.pixelColor(300, 100 + dy), dy


def test_marker_size_scales_but_stays_legible_and_bounded() -> None:
    """Markers grow with the picture, with a floor for thumbnails and a ceiling for full screen."""
    assert marker_radius(160) >= 5.5
    assert marker_radius(400) > marker_radius(160)
    assert marker_radius(3000) == marker_radius(1200) <= 15.0


# --- geometry ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        (QRectF(0, 0, 400, 400), QRectF(0, 0, 400, 400)),
        (QRectF(0, 0, 600, 300), QRectF(150, 0, 300, 300)),
        (QRectF(10, 20, 200, 500), QRectF(10, 170, 200, 200)),
        (QRectF(-50, -50, 100, 100), QRectF(-50, -50, 100, 100)),
    ],
)
def test_fit_rect_centres_the_largest_square(target: QRectF, expected: QRectF) -> None:
    """fit_rect keeps the view's aspect ratio, fits inside the target and centres it."""
    assert fit_rect(400, 400, target) == expected


def test_fit_rect_handles_non_square_views_and_empty_targets() -> None:
    """A 2:1 view in a square is letterboxed; an empty target gives an empty rectangle."""
    assert fit_rect(400, 200, QRectF(0, 0, 100, 100)) == QRectF(0, 25, 100, 50)
    assert fit_rect(400, 400, QRectF(0, 0, 0, 100)).isEmpty()


def test_view_transform_maps_view_corners_to_the_fitted_rect() -> None:
    """view_transform sends (0, 0) and (400, 400) to the corners of fit_rect."""
    target = QRectF(0, 0, 600, 300)
    transform = view_transform(400, 400, target)
    assert transform.map(QPointF(0, 0)) == QPointF(150, 0)
    assert transform.map(QPointF(400, 400)) == QPointF(450, 300)


# --- the widget ----------------------------------------------------------------------------


def test_illustration_view_has_accessible_name_and_description(qtbot, catalogue) -> None:
    """The widget names the view and says which point and sides are marked."""
    view = IllustrationView(catalogue)
    qtbot.addWidget(view)
    assert view.accessibleName()
    point: Point = catalogue.point("LR13")
    view.set_point(point)
    assert view.accessibleName() == f"Illustration: {catalogue.view_of(point).title}"
    assert "LR13" in view.accessibleDescription()
    assert "left" in view.accessibleDescription() and "right" in view.accessibleDescription()
    view.set_point(point, active_side="right")
    assert "right side is highlighted" in view.accessibleDescription()
    gv4 = catalogue.point("GV4")
    assert "middle line" in describe_point(catalogue.view_of(gv4), gv4)


def test_illustration_view_paints_art_and_markers(qtbot, catalogue) -> None:
    """Grabbing the widget shows the figure and the marker; the height follows the width."""
    view = IllustrationView(catalogue)
    qtbot.addWidget(view)
    view.set_point(catalogue.point("ST25"), active_side="left")
    view.set_pulse(0.7)
    assert view.pulse == pytest.approx(0.7)
    assert view.sizeHint() == QSize(400, 400)
    assert view.hasHeightForWidth() and view.heightForWidth(300) == 300
    view.resize(400, 400)
    image = view.grab().toImage()
    left = next(m for m in view.point.markers if m.side == "left")
    assert image.pixelColor(round(left.x), round(left.y)).alpha() == 255
    # a palette change re-themes without errors
    view.setPalette(_palette(*DARK))
    assert view.grab().toImage().pixelColor(round(left.x), round(left.y)).alpha() == 255
    view.set_point(None)
    assert view.accessibleDescription() == "No point selected."


# --- the contact sheet ---------------------------------------------------------------------


def test_gallery_draws_a_placeholder_for_a_missing_view(
    qapp, catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    """packaging/gallery.py composes tiles and warns, instead of failing, when art is missing."""
    import dataclasses
    import importlib.util

    path = Path(__file__).resolve().parents[2] / "packaging" / "gallery.py"
    spec = importlib.util.spec_from_file_location("acupress_gallery", path)
    assert spec is not None and spec.loader is not None
    gallery = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, gallery)
    spec.loader.exec_module(gallery)

    views = dict(catalogue.views)
    views["abdomen"] = dataclasses.replace(views["abdomen"], file="illustrations/missing.svg")
    broken = dataclasses.replace(catalogue, views=views)
    points = [broken.point("LI4"), broken.point("ST25")]
    style = dataclasses.replace(gallery.LIGHT, tile=120)
    sheet, warnings = gallery.compose(broken, points, style, columns=2)
    assert len(warnings) == 1 and "ST25" in warnings[0]
    assert sheet.width == style.margin + 2 * (style.tile + style.margin)


#: Landmarks a point's steps name: ``id``s of shapes in the point's view. A marker must leave each
#: of them visible.
LANDMARKS: dict[str, tuple[str, ...]] = {
    "GV4": ("landmark-l2",),
    "BL23": ("landmark-l2",),
    "BL25": ("landmark-l4",),
    "LR13": ("landmark-rib11-end",),
    "LI11": ("landmark-epicondyle",),
    "BL60": ("landmark-outer-ankle-bone",),
    "KI3": ("landmark-inner-ankle-bone",),
    "GV14": ("landmark-c7", "landmark-t1"),
    "BL32": ("landmark-psis-dimple", "landmark-s2"),
    "GB30": ("landmark-trochanter",),
}


def _landmark_centres(path: Path, landmark: str) -> list[tuple[float, float]]:
    """Where the view draws a landmark: each ellipse with that id, mirrored groups applied."""
    root = ET.parse(path).getroot()
    centres = []
    for group in [root, *root.iter(f"{SVG_NS}g")]:
        transform = group.get("transform") or ""
        for element in group:
            if element.get("id") != landmark:
                continue
            x, y = float(element.get("cx", "nan")), float(element.get("cy", "nan"))
            if transform.startswith("matrix(-1 0 0 1 400"):
                shift = float(transform.removesuffix(")").split()[-1])
                x, y = 400 - x, y + shift
            centres.append((x, y))
    return centres


@pytest.mark.parametrize("point_id", sorted(LANDMARKS))
def test_markers_do_not_hide_the_landmarks_they_refer_to(catalogue, point_id: str) -> None:  # type: ignore[no-untyped-def]
    """At the detail pane's size, a marker's outer ring leaves clear the landmark its steps name
    (GV4's L2 bump and LR13's rib end were hidden under their markers)."""
    point = catalogue.point(point_id)
    path = asset_path(catalogue.view_of(point).file)
    outer = marker_radius(400) * 1.44  # disc plus its two rings, in view units at 400 px
    for landmark in LANDMARKS[point_id]:
        centres = _landmark_centres(path, landmark)
        assert centres, f"{path.name} draws no {landmark}"
        for marker in point.markers:
            nearest = min(((marker.x - x) ** 2 + (marker.y - y) ** 2) ** 0.5 for x, y in centres)
            assert nearest >= outer + 2, f"{point_id}: the marker hides {landmark} ({nearest:.1f})"

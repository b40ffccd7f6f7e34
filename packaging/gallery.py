"""Contact sheet of every point's illustration with its markers -> docs/gallery.png.

Run from the repository root::

    QT_QPA_PLATFORM=offscreen python packaging/gallery.py [--out docs/gallery.png] [--theme dark]

(``make gallery`` does the same). Each tile is rendered offscreen by the app's own
``render_point`` and captioned "CODE · Pinyin" with the view title; the sheet is composed with
Pillow. A view whose SVG is missing gets a placeholder tile and a warning, so the sheet can be
made while the art is still being drawn.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image, ImageDraw, ImageFont  # noqa: E402
from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette, QPixmap  # noqa: E402

from acupress_desktop.core.catalogue import Catalogue, Point, load_catalogue  # noqa: E402
from acupress_desktop.resources import asset_path  # noqa: E402
from acupress_desktop.ui.art.illustration import render_point  # noqa: E402

FontType = ImageFont.FreeTypeFont | ImageFont.ImageFont


@dataclass(frozen=True)
class SheetStyle:
    """Colours and measures of the contact sheet.

    Attributes:
        tile: size of one illustration in pixels. margin: space around the sheet and between
        tiles. page, card, text, muted, line: colours (RGB hex) of the page, the tile background,
        the caption, the view title and the placeholder frame.
    """

    tile: int = 300
    margin: int = 24
    page: str = "#E9E4E0"
    card: str = "#FBFAF9"
    text: str = "#2A211D"
    muted: str = "#6B5A52"
    line: str = "#B9A79E"
    window: str = "#F7F5F3"
    window_text: str = "#202020"


LIGHT = SheetStyle()
DARK = SheetStyle(
    page="#1B1B1D",
    card="#2B2B2E",
    text="#EDEDED",
    muted="#B0A8A4",
    line="#6A625E",
    window="#2B2B2E",
    window_text="#E8E8E8",
)


def palette_for(style: SheetStyle) -> QPalette:
    """A QPalette whose window colours select the same art theme as the app would."""
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, style.window),
        (QPalette.ColorRole.Base, style.window),
        (QPalette.ColorRole.WindowText, style.window_text),
        (QPalette.ColorRole.Text, style.window_text),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def _font(size: int, bold: bool = False) -> FontType:
    names = ("DejaVuSans-Bold.ttf", "Arial Bold.ttf") if bold else ("DejaVuSans.ttf", "Arial.ttf")
    for name in names:
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size)


def _to_pillow(pixmap: QPixmap) -> Image.Image:
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_RGBA8888)
    data = bytes(image.constBits())
    size = (image.width(), image.height())
    return Image.frombuffer("RGBA", size, data, "raw", "RGBA", image.bytesPerLine(), 1).copy()


def _placeholder(style: SheetStyle, message: str) -> Image.Image:
    image = Image.new("RGBA", (style.tile, style.tile), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    inset = style.tile // 10
    box = (inset, inset, style.tile - inset, style.tile - inset)
    dash = 10
    x0, y0, x1, y1 = box
    for x in range(x0, x1, dash * 2):
        draw.line([(x, y0), (min(x + dash, x1), y0)], fill=style.line, width=2)
        draw.line([(x, y1), (min(x + dash, x1), y1)], fill=style.line, width=2)
    for y in range(y0, y1, dash * 2):
        draw.line([(x0, y), (x0, min(y + dash, y1))], fill=style.line, width=2)
        draw.line([(x1, y), (x1, min(y + dash, y1))], fill=style.line, width=2)
    font = _font(max(12, style.tile // 22))
    draw.multiline_text(
        (style.tile / 2, style.tile / 2),
        message,
        fill=style.muted,
        font=font,
        anchor="mm",
        align="center",
    )
    return image


def tile_image(
    catalogue: Catalogue, point: Point, style: SheetStyle, palette: QPalette
) -> tuple[Image.Image, bool]:
    """The illustration of one point (or a placeholder) and whether its view file exists."""
    view = catalogue.view_of(point)
    if not asset_path(view.file).is_file():
        return _placeholder(style, f"missing view\n{view.file}"), False
    pixmap = render_point(catalogue, point, QSize(style.tile, style.tile), palette)
    return _to_pillow(pixmap), True


def compose(
    catalogue: Catalogue,
    points: Sequence[Point],
    style: SheetStyle = LIGHT,
    columns: int = 5,
    title: str = "Acupress — point illustrations",
) -> tuple[Image.Image, list[str]]:
    """The contact sheet and a list of warnings (one per point whose view is missing)."""
    palette = palette_for(style)
    caption_font, title_font = _font(max(13, style.tile // 17), bold=True), _font(30, bold=True)
    small_font = _font(max(11, style.tile // 22))
    caption_h = int(style.tile * 0.2)
    columns = max(1, min(columns, len(points)))
    rows = math.ceil(len(points) / columns)
    cell_w, cell_h = style.tile + style.margin, style.tile + caption_h + style.margin
    header = 70
    width = style.margin + columns * cell_w
    height = header + style.margin + rows * cell_h
    sheet = Image.new("RGB", (width, height), style.page)
    draw = ImageDraw.Draw(sheet)
    subtitle = f"{len(points)} points on {len({p.view for p in points})} views · markers as drawn in the app"
    draw.text((style.margin, 18), title, fill=style.text, font=title_font)
    draw.text((style.margin, 54), subtitle, fill=style.muted, font=small_font)
    warnings: list[str] = []
    for index, point in enumerate(points):
        row, column = divmod(index, columns)
        x = style.margin + column * cell_w
        y = header + style.margin + row * cell_h
        draw.rounded_rectangle(
            (x, y, x + style.tile, y + style.tile + caption_h), radius=10, fill=style.card
        )
        image, present = tile_image(catalogue, point, style, palette)
        if not present:
            warnings.append(
                f"{point.id}: view '{point.view}' ({catalogue.view_of(point).file}) is missing; "
                "drew a placeholder"
            )
        sheet.paste(image, (x, y), image)
        centre, top = x + style.tile / 2, y + style.tile + 4
        draw.text((centre, top), point.title, fill=style.text, font=caption_font, anchor="ma")
        bottom = draw.textbbox((centre, top), point.title, font=caption_font, anchor="ma")[3]
        draw.text(
            (centre, bottom + 6),
            catalogue.view_of(point).title,
            fill=style.muted,
            font=small_font,
            anchor="ma",
        )
    return sheet, warnings


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out",
        type=Path,
        default=ROOT / "docs" / "gallery.png",
        help="where to write the PNG (default: docs/gallery.png)",
    )
    parser.add_argument(
        "--theme",
        choices=("light", "dark"),
        default="light",
        help="art theme of the tiles (default: light)",
    )
    parser.add_argument("--tile", type=int, default=300, help="tile size in pixels (default: 300)")
    parser.add_argument("--columns", type=int, default=5, help="tiles per row (default: 5)")
    args = parser.parse_args(argv)

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    catalogue = load_catalogue()
    base = DARK if args.theme == "dark" else LIGHT
    style = SheetStyle(**{**base.__dict__, "tile": max(80, args.tile)})
    sheet, warnings = compose(catalogue, catalogue.points, style, args.columns)
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    sheet.save(args.out)
    print(f"wrote {args.out} ({sheet.width}×{sheet.height}, {len(catalogue.points)} points)")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())

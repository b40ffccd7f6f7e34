"""Render the app icon (assets/icons/acupress.svg) into PNGs, a Windows .ico and a macOS .icns.

Qt draws the SVG offscreen (QSvgRenderer, antialiased, on a transparent canvas) once per size, so
every size is a true vector rendering rather than a scaled bitmap; Pillow then packs the renders
into the multi-size containers. Nothing depends on the clock or the machine: running the script
twice writes byte-identical files.

Output (``build/icons/`` by default; generated, never committed)::

    acupress-16.png ... acupress-512.png   one PNG per size in SIZES
    acupress.ico                           16-256 px, for Windows and the PyInstaller bundle
    acupress.icns                          32-1024 px (1024 rendered for it only), for macOS
    hicolor/<n>x<n>/apps/io.github.acupress.Acupress.png    the freedesktop icon theme layout
    hicolor/scalable/apps/io.github.acupress.Acupress.svg   the SVG itself

Usage::

    python packaging/make_icons.py [--svg assets/icons/acupress.svg] [--out build/icons]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "io.github.acupress.Acupress"
SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256)
ICNS_EXTRA = 1024  # the .icns format wants a 1024 px (512@2x) image as well
DEFAULT_SVG = ROOT / "assets" / "icons" / "acupress.svg"
DEFAULT_OUT = ROOT / "build" / "icons"


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    """The SVG drawn by Qt at ``size`` x ``size`` pixels, as an RGBA Pillow image."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    straight = image.convertToFormat(QImage.Format.Format_RGBA8888)  # un-premultiplied, R G B A
    pixels = bytes(straight.constBits())
    return Image.frombuffer(
        "RGBA", (size, size), pixels, "raw", "RGBA", straight.bytesPerLine(), 1
    ).copy()


def _save_png(image: Image.Image, path: Path) -> Path:
    """Write ``image`` as an optimised PNG without any time-dependent chunk."""
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, "PNG", optimize=True)
    return path


def make_icons(svg: Path = DEFAULT_SVG, out: Path = DEFAULT_OUT) -> list[Path]:
    """Write every icon file for ``svg`` into ``out``; returns the paths written.

    Raises:
        ValueError: when Qt cannot read the SVG.
    """
    if QGuiApplication.instance() is None:
        QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: Qt cannot read this SVG")
    out.mkdir(parents=True, exist_ok=True)
    images = {size: render(renderer, size) for size in (*SIZES, ICNS_EXTRA)}
    written = [_save_png(images[size], out / f"acupress-{size}.png") for size in SIZES]

    largest_ico = images[max(ICO_SIZES)]
    ico = out / "acupress.ico"
    largest_ico.save(
        ico,
        "ICO",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=[images[size] for size in ICO_SIZES if size != max(ICO_SIZES)],
    )
    written.append(ico)

    icns = out / "acupress.icns"
    images[ICNS_EXTRA].save(
        icns, "ICNS", append_images=[images[size] for size in SIZES if size >= 32]
    )
    written.append(icns)

    hicolor = out / "hicolor"
    for size in SIZES:
        target = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        written.append(_save_png(images[size], target))
    scalable = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    written.append(scalable)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: render the icon set and list what was written."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--svg", type=Path, default=DEFAULT_SVG, help="the icon's SVG source")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    args = parser.parse_args(argv)
    for path in make_icons(args.svg, args.out):
        print(path.relative_to(args.out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

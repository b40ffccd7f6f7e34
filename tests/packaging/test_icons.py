"""packaging/make_icons.py: every size, the .ico and .icns containers, the hicolor layout."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image

from tests.packaging.helpers import APP_ID, load_script


@pytest.fixture(scope="module")
def make_icons() -> ModuleType:
    """The script, imported as a module."""
    return load_script("make_icons")


@pytest.fixture()
def icons(tmp_path: Path, qapp: object, make_icons: ModuleType) -> Path:
    """A freshly rendered icon set (the test's QApplication is reused for rendering)."""
    out = tmp_path / "icons"
    make_icons.make_icons(out=out)
    return out


def rgba(image: Image.Image, x: int, y: int) -> tuple[int, ...]:
    """The pixel at (x, y) of an RGBA image."""
    pixel = image.getpixel((x, y))
    assert isinstance(pixel, tuple)
    return pixel


def luminance(pixel: tuple[int, ...]) -> float:
    """Relative luminance (WCAG) of an RGB(A) pixel."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in pixel[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(first: tuple[int, ...], second: tuple[int, ...]) -> float:
    """WCAG contrast ratio of two pixels."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_every_size_is_a_square_png_with_transparent_corners(
    icons: Path, make_icons: ModuleType
) -> None:
    """Each PNG has its exact size, an alpha channel, see-through corners and a solid middle."""
    for size in make_icons.SIZES:
        with Image.open(icons / f"acupress-{size}.png") as image:
            assert image.size == (size, size)
            assert image.mode == "RGBA"
            assert rgba(image, 0, 0)[3] == 0
            assert rgba(image, size // 2, size // 2)[3] == 255


def test_small_icon_stays_readable(icons: Path) -> None:
    """At 16 px the drop stands out from the tile and the marker from the drop (contrast >= 3)."""
    with Image.open(icons / "acupress-16.png") as image:
        tile, drop, marker = rgba(image, 2, 8), rgba(image, 7, 10), rgba(image, 7, 6)
    assert contrast(drop, tile) >= 3
    assert contrast(drop, marker) >= 3


def test_containers_hold_the_rendered_sizes(icons: Path, make_icons: ModuleType) -> None:
    """The .ico carries 16-256 px for Windows; the .icns opens and offers up to 1024 px."""
    with Image.open(icons / "acupress.ico") as ico:
        assert ico.info["sizes"] == {(s, s) for s in make_icons.ICO_SIZES}
    with Image.open(icons / "acupress.icns") as icns:
        assert max(icns.info["sizes"]) == (512, 512, 2)
        icns.load()
        assert icns.size == (1024, 1024)


def test_hicolor_layout_for_linux(icons: Path, make_icons: ModuleType) -> None:
    """Each size sits at hicolor/<n>x<n>/apps/<app id>.png, plus the scalable SVG."""
    for size in make_icons.SIZES:
        with Image.open(icons / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png") as image:
            assert image.size == (size, size)
    assert (icons / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()


def test_output_is_deterministic(tmp_path: Path, icons: Path, make_icons: ModuleType) -> None:
    """Rendering twice writes byte-identical files, so builds are reproducible."""
    again = tmp_path / "again"
    make_icons.make_icons(out=again)
    first = {p.relative_to(icons): p.read_bytes() for p in icons.rglob("*") if p.is_file()}
    second = {p.relative_to(again): p.read_bytes() for p in again.rglob("*") if p.is_file()}
    assert first == second

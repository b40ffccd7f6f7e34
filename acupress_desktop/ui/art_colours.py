"""Colours of the illustrations: the art's colour tokens, each theme's colours and WCAG contrast.

The SVG art uses a small set of token colours (``ART_TOKENS``); at render time each token is
replaced by the matching colour of the light, dark or high-contrast theme, so one drawing serves
every theme.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Literal

from PySide6.QtGui import QColor, QPalette

ArtTheme = Literal["light", "dark", "high-contrast"]

#: The colour tokens of the illustration style: role -> the exact hex used in the SVG files.
ART_TOKENS: Mapping[str, str] = {
    "skin": "#F1D3C2",  # main fill
    "skin_shade": "#E2B8A2",  # far limb, folds, secondary surfaces
    "outline": "#5B4037",  # silhouette (width 3) and inner detail lines (width 2)
    "landmark": "#9C7A6A",  # bones felt under the skin, level lines (dashed)
    "soft": "#EDE6E1",  # nails, soft highlights
}

_HIGH_CONTRAST_RATIO = 19.0
#: High-contrast art, in ART_TOKENS order (skin, shade, outline, landmark, soft).
_HIGH_CONTRAST_DARK = ("#000000", "#2B2B2B", "#FFFFFF", "#FFE14D", "#474747")
_HIGH_CONTRAST_LIGHT = ("#FFFFFF", "#D6D6D6", "#000000", "#6B4F00", "#EEEEEE")


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

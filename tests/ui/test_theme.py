"""Every theme's text is readable: WCAG AA contrast (4.5:1) computed from the palettes themselves."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from acupress_desktop.ui.theme import PALETTES, theme_palette

R = QPalette.ColorRole

#: (text role, background role) pairs the app draws text with.
PAIRS = [
    (R.WindowText, R.Window),
    (R.Text, R.Base),
    (R.Text, R.AlternateBase),
    (R.ButtonText, R.Button),
    (R.HighlightedText, R.Highlight),
    (R.PlaceholderText, R.Window),
    (R.PlaceholderText, R.Base),
    (R.ToolTipText, R.ToolTipBase),
]


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2.1)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_formula_matches_wcag() -> None:
    """Black on white is 21:1 and a colour against itself 1:1, as WCAG defines."""
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#777777")) == pytest.approx(1.0)


@pytest.mark.parametrize("theme", list(PALETTES))
@pytest.mark.parametrize(("text", "background"), PAIRS)
def test_text_meets_wcag_aa(
    theme: str, text: QPalette.ColorRole, background: QPalette.ColorRole
) -> None:
    """Every text/background pair of every theme reaches 4.5:1 (7:1 in high contrast)."""
    palette = theme_palette(theme)
    ratio = contrast(palette.color(text), palette.color(background))
    assert ratio >= (7.0 if theme == "high-contrast" else 4.5), (
        f"{theme}: {text.name} on {background.name} is {ratio:.2f}:1"
    )


def test_highlight_is_visible_against_the_window() -> None:
    """Focus frames and selected regions (drawn in the highlight colour) stand out: 3:1 or more."""
    for theme in PALETTES:
        palette = theme_palette(theme)
        assert contrast(palette.color(R.Highlight), palette.color(R.Window)) >= 3.0, theme

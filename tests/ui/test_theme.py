"""Every theme's text is readable: WCAG AA contrast (4.5:1) computed from the palettes themselves."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from acupress_desktop.ui.illustration import contrast_ratio as contrast
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


def test_contrast_formula_matches_wcag() -> None:
    """The app's contrast measure gives WCAG's values: 21:1, 1:1, and 4.48:1 for #777 on white."""
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#777777")) == pytest.approx(1.0)
    assert contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)


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

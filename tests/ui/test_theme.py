"""Every theme's text is readable: WCAG AA contrast (4.5:1) computed from the palettes themselves."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from acupress_desktop.ui.palette import THEME_COLOURS, theme_palette
from acupress_desktop.ui.palette import contrast_ratio as contrast

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


@pytest.mark.parametrize("theme", list(THEME_COLOURS))
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
    for theme in THEME_COLOURS:
        palette = theme_palette(theme)
        assert contrast(palette.color(R.Highlight), palette.color(R.Window)) >= 3.0, theme


def _colours_in(image, rect) -> set[str]:  # type: ignore[no-untyped-def]
    return {
        image.pixelColor(x, y).name()
        for x in range(rect.left(), rect.right())
        for y in range(rect.top(), rect.bottom())
    }


def test_high_contrast_fields_have_a_visible_frame(qtbot) -> None:  # type: ignore[no-untyped-def]
    """In high contrast a text field's edge is drawn in white on the black window (it had no
    frame at all)."""
    from PySide6.QtWidgets import QApplication, QLineEdit

    from acupress_desktop.ui.theme import apply_theme

    app = QApplication.instance()
    apply_theme(app, "high-contrast")
    try:
        field = QLineEdit()
        qtbot.addWidget(field)
        field.resize(200, 40)
        field.show()
        image = field.grab().toImage()
        edge = {image.pixelColor(x, 0).name() for x in range(10, 190)}
        assert "#ffffff" in edge
    finally:
        apply_theme(app)


def test_a_ticked_box_shows_a_tick(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A ticked check box in Settings shows a tick over the highlight (it was a filled square)."""
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    from acupress_desktop.storage.settings import Settings
    from acupress_desktop.ui.settings.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    check = dialog.sounds_check
    assert check.isChecked()
    option = QStyleOptionButton()
    check.initStyleOption(option)
    box = check.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, check)
    colours = _colours_in(check.grab().toImage(), box)
    palette = check.palette()
    assert palette.color(R.Highlight).name() in colours
    assert palette.color(R.HighlightedText).name() in colours  # the tick


def test_colours_are_written_only_in_the_palette_module() -> None:
    """One palette: no other module of the UI spells a colour in hex, so changing a theme's
    colour is one edit in ui/palette.py."""
    import re
    from pathlib import Path

    from acupress_desktop.ui import palette

    hex_colour = re.compile(r"#[0-9A-Fa-f]{6}\b")
    folder = Path(palette.__file__).parent
    spelled = {
        path.name: hex_colour.findall(path.read_text(encoding="utf-8"))
        for path in folder.glob("*.py")
        if path.name != "palette.py"
    }
    assert {name: found for name, found in spelled.items() if found} == {}


def test_the_printable_card_is_in_the_light_theme_and_readable() -> None:
    """The card takes the light theme's palette (it is printed on paper), and every text
    colour on it reaches 4.5:1 on the paper."""
    from acupress_desktop.ui.palette import card_ink, warning_colour

    light = theme_palette("light")
    ink = card_ink()
    assert ink.paper == light.color(R.Base)
    assert ink.ink == light.color(R.Text)
    assert ink.accent == light.color(R.Highlight)
    assert ink.caution == warning_colour(light)
    assert ink.palette.color(R.Window) == light.color(R.Window)
    for colour in (ink.ink, ink.muted, ink.accent, ink.caution):
        assert contrast(colour, ink.paper) >= 4.5, colour.name()


def test_the_garbage_collector_waits_while_the_theme_walks_the_widgets(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A theme change calls our Python handlers on every widget; no garbage collection runs
    inside them (it could delete a widget Qt's walk still holds), and collecting is back on
    afterwards. (CI saw a segfault inside setStyleSheet twice; this is the guard we could write.)"""
    import gc

    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication, QWidget

    from acupress_desktop.ui.theme import apply_theme

    seen: list[bool] = []

    class Watching(QWidget):
        def changeEvent(self, event: QEvent) -> None:  # noqa: N802
            seen.append(gc.isenabled())
            super().changeEvent(event)

    widget = Watching()
    qtbot.addWidget(widget)
    widget.show()
    app = QApplication.instance()
    assert isinstance(app, QApplication) and gc.isenabled()
    try:
        apply_theme(app, "dark", 14)
        assert seen and not any(seen), seen  # palette, font and style changes all came
        assert gc.isenabled()
    finally:
        apply_theme(app)

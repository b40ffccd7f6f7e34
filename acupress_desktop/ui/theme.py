"""Application-wide look: themes (system, light, dark, high contrast), large type, visible focus.

The themes' colours are in ``palette``; this module applies them with the style and the type.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyleFactory

from acupress_desktop.resources import asset_path
from acupress_desktop.ui.palette import THEME_COLOURS, theme_palette

BASE_POINT_SIZE = 12.0
THEMES = ("system", *THEME_COLOURS)

_STYLE = """
QLabel#heading { font-weight: 600; }
QTextBrowser#readingText { background: transparent; }
QLabel#detailTitle { font-size: %(title)spt; font-weight: 700; border: 2px solid transparent; }
QLabel#detailTitle:focus { border-color: palette(highlight); }
QLabel#detailBadges { font-weight: 600; }
QLabel#countLabel { color: palette(placeholder-text); }
QLabel#sessionTitle { font-size: %(title)spt; font-weight: 700; }
QLabel#sessionHowTo, QLabel#sessionTimeLeft { font-size: %(large)spt; }
QLabel#sessionKeys { color: palette(placeholder-text); }
QScrollArea#sessionSteps, QWidget#sessionStepsContent { background: transparent; }
QLabel#sessionNotice { font-size: %(large)spt; font-weight: 600; }
QLabel#miniClock { font-size: %(title)spt; font-weight: 700; }
QPushButton#sessionButton { padding: 8px 14px; }  /* type: session_type */
QPushButton#startButton { font-weight: 700; padding: 6px; }
QPushButton:checked { font-weight: 700; }
QPushButton:focus, QComboBox:focus, QLineEdit:focus, QSpinBox:focus {
    border: 2px solid palette(highlight);
}
"""


#: High contrast: Fusion draws field frames from the window colour, which is black on black
#: there; every field gets a white frame (and the focus frame stays the highlight).
_HIGH_CONTRAST_STYLE = """
QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QListView, QTableView {
    border: 1px solid palette(window-text); border-radius: 3px;
    selection-color: palette(highlighted-text); selection-background-color: palette(highlight);
}
QLineEdit:focus, QAbstractSpinBox:focus, QComboBox:focus, QListView:focus, QTableView:focus {
    border: 2px solid palette(highlight);
}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button, QComboBox::drop-down {
    border: none; width: 1.1em;
}
QAbstractSpinBox::up-arrow { image: url(%(up)s); }
QAbstractSpinBox::down-arrow, QComboBox::down-arrow { image: url(%(down)s); }
"""


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's garbage collector waits while Qt walks every widget (a new palette, font or
    style sheet), calling our Python handlers as it goes: a collection run from inside
    those could delete a widget (a closed window nobody holds any more) that the walk still has
    on its list. It runs again afterwards, outside any walk (a collection forced here first
    would cost 20–30 ms at start-up)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def apply_theme(
    app: QApplication, theme: str = "system", point_size: float = BASE_POINT_SIZE
) -> None:
    """Fusion style, the theme's palette, large default type and the shared style sheet
    (with the garbage collector paused: ``collector_paused``)."""
    with collector_paused():
        _apply_theme(app, theme, point_size)


def _apply_theme(app: QApplication, theme: str, point_size: float) -> None:
    # Fusion once: a new style object at each theme change re-polished every widget for nothing
    # (with a style sheet set, app.style() is the sheet's style, so the app remembers it)
    if not app.property("acupressFusion"):
        fusion = QStyleFactory.create("Fusion")
        if fusion is not None:
            app.setStyle(fusion)
            app.setProperty("acupressFusion", True)
    app.setPalette(theme_palette(theme))
    font = QFont(app.font())
    font.setPointSizeF(point_size)
    app.setFont(font)
    style = _STYLE % {
        "title": round(point_size * 1.6),
        "large": round(point_size * 1.2),
    }
    if theme == "high-contrast":
        style += _HIGH_CONTRAST_STYLE % {
            "up": asset_path("icons/arrow-up-ffffff.svg").as_posix(),
            "down": asset_path("icons/arrow-down-ffffff.svg").as_posix(),
        }
    app.setStyleSheet(style)

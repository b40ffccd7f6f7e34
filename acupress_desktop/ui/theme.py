"""Application-wide look: themes (system, light, dark, high contrast), large type, visible focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from acupress_desktop.resources import asset_path

BASE_POINT_SIZE = 12.0
THEMES = ("system", "light", "dark", "high-contrast")

_STYLE = """
QLabel#heading { font-weight: 600; }
QTextBrowser#readingText { background: transparent; }
QLabel#detailTitle { font-size: %(title)spt; font-weight: 700; border: 2px solid transparent; }
QLabel#detailTitle:focus { border-color: palette(highlight); }
QLabel#detailBadges { font-weight: 600; }
QLabel#countLabel { color: palette(placeholder-text); }
QLabel#sessionTitle { font-size: %(title)spt; font-weight: 700; }
QLabel#sessionKind { font-size: %(kind)spt; font-weight: 600; color: palette(highlight); }
QLabel#sessionHowTo, QLabel#sessionNext, QLabel#sessionTimeLeft { font-size: %(large)spt; }
QLabel#sessionNotice { font-size: %(large)spt; font-weight: 600; }
QLabel#miniClock { font-size: %(title)spt; font-weight: 700; }
QPushButton#sessionButton { font-size: %(large)spt; padding: 8px 14px; }
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


def _palette(colours: dict[QPalette.ColorRole, str]) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(
        QPalette.ColorGroup.Disabled,
        QPalette.ColorRole.Text,
        QColor(colours[QPalette.ColorRole.PlaceholderText]),
    )
    palette.setColor(
        QPalette.ColorGroup.Disabled,
        QPalette.ColorRole.ButtonText,
        QColor(colours[QPalette.ColorRole.PlaceholderText]),
    )
    palette.setColor(
        QPalette.ColorGroup.Disabled,
        QPalette.ColorRole.WindowText,
        QColor(colours[QPalette.ColorRole.PlaceholderText]),
    )
    return palette


R = QPalette.ColorRole
PALETTES: dict[str, dict[QPalette.ColorRole, str]] = {
    "light": {
        R.Window: "#F4F1EE", R.WindowText: "#1F1A17", R.Base: "#FFFFFF", R.AlternateBase: "#F0EBE6",
        R.Text: "#1F1A17", R.Button: "#ECE6E0", R.ButtonText: "#1F1A17", R.Highlight: "#1F6F74",
        R.HighlightedText: "#FFFFFF", R.PlaceholderText: "#5E5650", R.Mid: "#C9C0B8",
        R.ToolTipBase: "#FFFFFF", R.ToolTipText: "#1F1A17", R.Link: "#1F5F8F",
    },
    "dark": {
        R.Window: "#1E1F22", R.WindowText: "#ECE8E4", R.Base: "#26282C", R.AlternateBase: "#2C2F34",
        R.Text: "#ECE8E4", R.Button: "#33363B", R.ButtonText: "#ECE8E4", R.Highlight: "#5FB3B8",
        R.HighlightedText: "#0F1011", R.PlaceholderText: "#B3ADA7", R.Mid: "#4A4D53",
        R.ToolTipBase: "#26282C", R.ToolTipText: "#ECE8E4", R.Link: "#8CC4FF",
    },
    "high-contrast": {
        R.Window: "#000000", R.WindowText: "#FFFFFF", R.Base: "#000000", R.AlternateBase: "#1A1A1A",
        R.Text: "#FFFFFF", R.Button: "#000000", R.ButtonText: "#FFFFFF", R.Highlight: "#FFD400",
        R.HighlightedText: "#000000", R.PlaceholderText: "#E0E0E0", R.Mid: "#FFFFFF",
        R.ToolTipBase: "#000000", R.ToolTipText: "#FFFFFF", R.Link: "#7FD4FF",
    },
}  # fmt: skip


#: Text and borders of warnings (the pregnancy badge, caution notes), per theme: AA on the window
#: and on the base colour, and unlike the highlight (which means "selected" or "focused").
WARNING: dict[str, str] = {"light": "#8A3A00", "dark": "#FFB86B", "high-contrast": "#FFFFFF"}


def palette_theme(palette: QPalette) -> str:
    """Which of the app's themes a palette is ("light" when it is none of them)."""
    window = palette.color(QPalette.ColorRole.Window).name().upper()
    for theme, colours in PALETTES.items():
        if colours[QPalette.ColorRole.Window].upper() == window:
            return theme
    return "light"


def warning_colour(palette: QPalette) -> QColor:
    """The warning colour of the palette's theme."""
    return QColor(WARNING[palette_theme(palette)])


def theme_palette(theme: str) -> QPalette:
    """The palette of a theme; "system" follows the desktop's light or dark scheme."""
    if theme == "system":
        hints = QGuiApplication.styleHints()
        theme = "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"
    return _palette(PALETTES.get(theme, PALETTES["light"]))


def apply_theme(
    app: QApplication, theme: str = "system", point_size: float = BASE_POINT_SIZE
) -> None:
    """Fusion style, the theme's palette, large default type and the shared style sheet."""
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    app.setPalette(theme_palette(theme))
    font = QFont(app.font())
    font.setPointSizeF(point_size)
    app.setFont(font)
    style = _STYLE % {
        "title": round(point_size * 1.6),
        "kind": round(point_size * 1.35),
        "large": round(point_size * 1.2),
    }
    if theme == "high-contrast":
        style += _HIGH_CONTRAST_STYLE % {
            "up": asset_path("icons/arrow-up-ffffff.svg").as_posix(),
            "down": asset_path("icons/arrow-down-ffffff.svg").as_posix(),
        }
    app.setStyleSheet(style)


def apply_base_style(app: QApplication, point_size: float = BASE_POINT_SIZE) -> None:
    """The default look (system theme)."""
    apply_theme(app, "system", point_size)

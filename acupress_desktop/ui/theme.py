"""Application-wide look: large readable type and a visible focus indicator."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 12.0

_STYLE = """
QLabel#heading { font-weight: 600; }
QLabel#detailTitle { font-size: %(title)spt; font-weight: 700; }
QLabel#detailBadges { font-weight: 600; }
QLabel#countLabel { color: palette(placeholder-text); }
QPushButton:checked { font-weight: 700; }
QPushButton:focus, QComboBox:focus, QLineEdit:focus { border: 2px solid palette(highlight); }
"""


def apply_base_style(app: QApplication, point_size: float = BASE_POINT_SIZE) -> None:
    """Large default font (users read from a metre away) and the shared style sheet."""
    font = QFont(app.font())
    font.setPointSizeF(point_size)
    app.setFont(font)
    app.setStyleSheet(_STYLE % {"title": round(point_size * 1.6)})

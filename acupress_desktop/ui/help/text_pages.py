"""What the notice and guide dialogs share: a page of the app's own text that scrolls inside a
dialog that fits the screen, and a Close button that has the focus."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QWidget,
)


def text_label(html: str, parent: QWidget | None = None) -> QLabel:
    """A word-wrapped, selectable label for the app's own rich text (never a user's text)."""
    label = QLabel(html, parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByKeyboard
        | Qt.TextInteractionFlag.TextSelectableByMouse
    )
    return label


def scrolling_page(label: QLabel, name: str, parent: QWidget) -> QScrollArea:
    """The label in a frameless scroll area with an accessible name."""
    label.setContentsMargins(4, 0, 12, 0)
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(label)
    area.setAccessibleName(name)
    return area


def add_close_button(dialog: QDialog, layout: QBoxLayout) -> QPushButton:
    """A Close button (the default, with the focus) that closes the dialog."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    button = buttons.button(QDialogButtonBox.StandardButton.Close)
    button.setAccessibleName(QCoreApplication.translate("TextPages", "Close"))
    button.setDefault(True)
    layout.addWidget(buttons)
    button.setFocus()
    return button


def fitting_height(widget: QWidget, wanted: int) -> int:
    """``wanted``, or less on a small screen (a dialog never runs off the screen)."""
    room = widget.screen().availableGeometry().height() - 80
    return max(320, min(wanted, room))

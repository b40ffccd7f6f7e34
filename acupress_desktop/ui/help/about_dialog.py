"""Help → About: the version and what Acupress is, and the licences of the third-party software it
runs on (acupress_desktop/data/third_party_notices.txt, written by
packaging/third_party_notices.py), shown as plain text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from acupress_desktop import __version__
from acupress_desktop.resources import data_path
from acupress_desktop.ui.help.text_pages import fitting_height, text_label

NOTICES_FILE = "third_party_notices.txt"


def read_notices() -> str | None:
    """The third-party notices shipped with the app, or None when the file is missing."""
    try:
        return data_path(NOTICES_FILE).read_text(encoding="utf-8")
    except OSError:
        return None


def _close_buttons(dialog: QDialog) -> tuple[QDialogButtonBox, QPushButton]:
    """A button box with Close (the default; Esc closes too)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    close = buttons.button(QDialogButtonBox.StandardButton.Close)
    close.setAccessibleName(QCoreApplication.translate("TextPages", "Close"))
    close.setDefault(True)
    return buttons, close


class ThirdPartyLicencesDialog(QDialog):
    """The third-party notices, read-only, in a scrolling plain-text view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Third-party licences"))
        self.setAccessibleName(self.tr("Third-party licences"))
        layout = QVBoxLayout(self)
        self.intro = QLabel(
            self.tr(
                "Acupress is built on free software. These are the programs it uses, with their "
                "licences."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.intro)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        # a keyboard user moves through the text with the arrow keys and Page Up/Down
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        notices = read_notices()
        self.text.setPlainText(
            notices
            if notices is not None
            else self.tr(
                "The list of third-party licences is missing from this installation. Acupress "
                "uses Qt for Python (PySide6, LGPL-3.0), platformdirs (MIT) and Python (PSF)."
            )
        )
        self.text.setAccessibleName(self.tr("Third-party licences, text"))
        layout.addWidget(self.text, 1)
        buttons, self.close_button = _close_buttons(self)
        layout.addWidget(buttons)
        self.resize(760, fitting_height(self, 680))
        self.text.setFocus()


class AboutDialog(QDialog):
    """Help → About Acupress."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.licences_dialog: ThirdPartyLicencesDialog | None = None
        self.setWindowTitle(self.tr("About Acupress"))
        self.setAccessibleName(self.tr("About Acupress"))
        layout = QVBoxLayout(self)
        self.text = text_label(
            self.tr(
                "<h3>Acupress %1</h3><p>Shows where acupressure points for back pain are and "
                "guides you through them.</p><p>Point locations follow the WHO Standard "
                "Acupuncture Point Locations (2008). The evidence notes say honestly how much is "
                "known. This is self-care information, not medical advice.</p>"
            ).replace("%1", __version__),
            self,
        )
        layout.addWidget(self.text)
        self.licence = QLabel(
            self.tr(
                "Acupress is free software: you can share and change it under the GNU General "
                "Public License, version 3 or later."
            ),
            self,
        )
        self.licence.setWordWrap(True)
        self.licence.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.licence)
        layout.addStretch(1)
        buttons, self.close_button = _close_buttons(self)
        self.licences_button = buttons.addButton(
            self.tr("Third-party &licences"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.licences_button.setAccessibleName(self.tr("Third-party licences"))
        self.licences_button.setToolTip(
            self.tr("The licences of the free software Acupress is built on")
        )
        self.licences_button.setAutoDefault(False)
        self.licences_button.clicked.connect(self.show_licences)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self.close_button.setFocus()

    def show_licences(self) -> None:
        """Open the third-party licences (one dialog, brought back when open already)."""
        if self.licences_dialog is None:
            self.licences_dialog = ThirdPartyLicencesDialog(self)
        self.licences_dialog.open()

"""Before a routine's first session: the red flags of what it treats (neck, belly, periods, leg).

A dialog rather than a message box: the list is long, and at large text sizes a message box
grows taller than the screen. Here the list scrolls inside a dialog that fits, and the two
choices are always in sight.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from acupress_desktop.ui.help.red_flags import red_flags_html, topic_heading
from acupress_desktop.ui.help.text_pages import fitting_height, scrolling_page, text_label


class RedFlagNotice(QDialog):
    """A window-modal dialog listing the red flags of some topics, with "Start the session"
    (the default) and "Not now" (Esc). The caller connects ``start_button.clicked`` and opens it.

    Attributes:
        topics: the red-flag topics shown (``core.safety.RED_FLAG_TOPICS`` ids).
        start_button, later_button: the two choices.
    """

    def __init__(self, topics: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.topics = topics
        self.setWindowTitle(self.tr("Before your first session"))
        self.setAccessibleName(self.tr("Before your first session"))
        layout = QVBoxLayout(self)
        self.intro = QLabel(
            self.tr(
                "Acupressure is not the answer to every pain. Please read when to get medical "
                "help instead. This is shown once, before the first session of this kind."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        names = ", ".join(topic_heading(topic) for topic in topics)
        self._details = f"<p><i>{names}</i></p>{red_flags_html(topics)}"  # the app's own texts
        self.list_area = scrolling_page(text_label(self._details), names, self)
        self.setAccessibleDescription(names)
        buttons = QDialogButtonBox(self)
        self.start_button = buttons.addButton(
            self.tr("Start the session"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.later_button = buttons.addButton(
            self.tr("Not now"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.start_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.intro)
        layout.addWidget(self.list_area, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 30)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 42, fitting_height(self, 640))
        self.start_button.setFocus()
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def text(self) -> str:
        """The opening sentence (what a status line or a test reads)."""
        return self.intro.text()

    def informativeText(self) -> str:
        """The red flags, as HTML."""
        return self._details

"""Before a routine's first session: the red flags of what it treats (neck, belly, periods, leg)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from acupress_desktop.ui.red_flags import red_flags_html, topic_heading


class RedFlagNotice(QMessageBox):
    """A window-modal box listing the red flags of some topics, with "Start the session" and
    "Not now" (the Esc button). The caller connects ``start_button.clicked`` and opens it.

    Attributes:
        topics: the red-flag topics shown (``core.safety.RED_FLAG_TOPICS`` ids).
        start_button, later_button: the two choices.
    """

    def __init__(self, topics: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.topics = topics
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("Before your first session"))
        self.setTextFormat(Qt.TextFormat.RichText)  # the app's own texts, never a user's
        self.setText(
            self.tr(
                "Acupressure is not the answer to every pain. Please read when to get medical "
                "help instead. This is shown once, before the first session of this kind."
            )
        )
        names = ", ".join(topic_heading(topic) for topic in topics)
        self.setInformativeText(f"<p><i>{names}</i></p>{red_flags_html(topics)}")
        self.setAccessibleName(self.tr("Before your first session"))
        self.setAccessibleDescription(names)
        self.start_button = self.addButton(
            self.tr("Start the session"), QMessageBox.ButtonRole.AcceptRole
        )
        self.later_button = self.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.start_button)
        self.setEscapeButton(self.later_button)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

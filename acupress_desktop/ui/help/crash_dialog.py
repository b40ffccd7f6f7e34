"""The dialog shown when something inside Acupress went wrong (an exception nothing caught).

It says so in plain words, tells whether the user's data is safe, shows where the log is (the
path as selectable plain text; the traceback itself is never shown, only copied), and offers
"Copy details" (a report for the developers on the clipboard), "Open log folder", "Quit" and
"Close" (the default: keep using the app).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)


def _open_url(url: QUrl) -> bool:
    return QDesktopServices.openUrl(url)


class CrashDialog(QDialog):
    """Window-modal over ``parent``, deleted on close.

    ``report()`` makes the text "Copy details" copies (at the moment it is clicked, so it
    counts what happened since). ``stopped``: a running session was stopped and kept;
    ``saved``: saving before the dialog worked. ``open_url`` opens the log folder (tests
    replace it).

    Signals:
        quit_requested(): the user chose Quit (the dialog is closed first).
    """

    quit_requested = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        log_path: Path | None,
        report: Callable[[], str],
        stopped: bool = False,
        saved: bool = True,
        open_url: Callable[[QUrl], bool] = _open_url,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Something went wrong"))
        self._report = report
        self._log_path = log_path
        self._open_url = open_url

        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, self)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(size)
        )
        icon.setAccessibleName(self.tr("Error"))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)

        if not saved:
            what = self.tr(
                "Something went wrong inside Acupress. Your routines and history are saved, "
                "but the session that was running may not have been."
            )
        elif stopped:
            what = self.tr(
                "Something went wrong inside Acupress. Your routines and history are saved; the "
                "session that was running was stopped and kept in your history."
            )
        else:
            what = self.tr(
                "Something went wrong inside Acupress. Your routines and history are saved."
            )
        self.message = self._label(what, self.tr("What happened"))
        self.message.setObjectName("crashMessage")
        font = self.message.font()
        font.setBold(True)
        self.message.setFont(font)
        if log_path is not None:
            advice = self.tr(
                "You can go on using Acupress, or quit and start it again. If it happens again, "
                "“Copy details” puts a report for the developers on the clipboard. The details "
                "are also in the log file:"
            )
        else:
            advice = self.tr(
                "You can go on using Acupress, or quit and start it again. If it happens again, "
                "“Copy details” puts a report for the developers on the clipboard."
            )
        self.advice = self._label(advice, self.tr("What you can do"))
        self.log_label = self._label(str(log_path or ""), self.tr("Log file"))
        self.log_label.setObjectName("crashLogPath")
        self.log_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.log_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.log_label.setVisible(log_path is not None)
        self.copied_label = self._label(
            self.tr("The details are on the clipboard."), self.tr("Copied")
        )
        self.copied_label.hide()

        buttons = QDialogButtonBox(self)
        self.copy_button = self._button(buttons, self.tr("&Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button = self._button(buttons, self.tr("&Open log folder"))
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button.setVisible(log_path is not None)
        self.quit_button = self._button(buttons, self.tr("&Quit"))
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.close_button = self._button(buttons, self.tr("Close"))
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setDefault(True)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.folder_button.clicked.connect(self._on_folder_clicked)
        self.quit_button.clicked.connect(self._on_quit_clicked)
        buttons.rejected.connect(self.reject)

        text = QVBoxLayout()
        for label in (self.message, self.advice, self.log_label, self.copied_label):
            text.addWidget(label)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.close_button.setFocus()

    def _label(self, text: str, name: str) -> QLabel:
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)  # paths are shown as written
        label.setWordWrap(True)
        label.setAccessibleName(name)
        return label

    def _button(self, box: QDialogButtonBox, text: str) -> QPushButton:
        button = QPushButton(text, box)
        button.setAccessibleName(text.replace("&", ""))
        return button

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self._report())
        self.copied_label.show()

    def _on_folder_clicked(self) -> None:
        if self._log_path is not None:
            self._open_url(QUrl.fromLocalFile(str(self._log_path.parent)))

    def _on_quit_clicked(self) -> None:
        self.accept()
        self.quit_requested.emit()

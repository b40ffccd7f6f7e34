"""The message boxes and the reminder's tray icon the app asks for (built here, in ui/, when the
app layer needs one; nothing here is imported at start-up)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMessageBox, QSystemTrayIcon, QWidget

from acupress_desktop import APP_NAME
from acupress_desktop.resources import asset_path


def open_warning(parent: QWidget, title: str, text: str) -> QMessageBox:
    """A window-modal warning with an OK button, opened without blocking; deleted on close."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok)
    box.setTextFormat(Qt.TextFormat.PlainText)  # names and paths in it are shown as written
    box.setParent(parent, box.windowFlags())
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def add_restore_button(box: QMessageBox, restore: Callable[[], None]) -> None:
    """The data-file warning's "Restore the newest backup" button."""
    button = box.addButton(
        QCoreApplication.translate("App", "Restore the newest backup"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    button.clicked.connect(restore)


def open_pregnancy_confirmation(
    parent: QWidget,
    avoid_titles: Sequence[str],
    caution_titles: Sequence[str],
    proceed: Callable[[], None],
) -> QMessageBox:
    """Ask before a session with points flagged for pregnancy (window-modal, not blocking).

    "Start anyway" calls ``proceed``; "Do not start" (the default, and Esc) does nothing.
    """
    details = []
    if avoid_titles:
        details.append(
            QCoreApplication.translate("App", "Traditionally avoided in pregnancy: %1.").replace(
                "%1", ", ".join(avoid_titles)
            )
        )
    if caution_titles:
        details.append(
            QCoreApplication.translate(
                "App", "Press only lightly in pregnancy, after asking a professional: %1."
            ).replace("%1", ", ".join(caution_titles))
        )
    details.append(
        QCoreApplication.translate(
            "App", "Ask your midwife or doctor before using acupressure in pregnancy."
        )
    )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("App", "Before you start"),
        QCoreApplication.translate(
            "App",
            "You have said that you are pregnant. This session has points marked for pregnancy.",
        ),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setInformativeText("\n\n".join(details))
    start = box.addButton(
        QCoreApplication.translate("App", "Start anyway"), QMessageBox.ButtonRole.AcceptRole
    )
    cancel = box.addButton(
        QCoreApplication.translate("App", "Do not start"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    start.clicked.connect(proceed)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def reminder_icon(parent: QWidget, clicked: Callable[..., None]) -> QSystemTrayIcon:
    """The tray icon that carries the daily reminder's message (hidden until shown)."""
    icon = QSystemTrayIcon(QIcon(str(asset_path("icons/acupress.svg"))), parent)
    icon.setToolTip(APP_NAME)
    icon.messageClicked.connect(clicked)
    icon.activated.connect(clicked)
    return icon

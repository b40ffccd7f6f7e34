"""Ask for a routine's new name: a roomy dialog that says at once what is wrong with a name."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget


class NameDialog(QDialog):
    """One line of text with a check as you type; OK only while the name is usable.

    Signals:
        name_chosen(str): OK was pressed with this name.
    """

    name_chosen = Signal(str)

    def __init__(
        self,
        title: str,
        name: str,
        problem_of: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("renameDialog")
        self.setWindowTitle(title)
        self._problem_of = problem_of
        layout = QVBoxLayout(self)
        label = self.tr("&New name:")
        self.label = QLabel(label, self)
        self.label.setWordWrap(True)
        self.edit = QLineEdit(name, self)
        self.edit.setMaxLength(200)
        self.edit.selectAll()
        self.label.setBuddy(self.edit)
        self.edit.setAccessibleName(label.replace("&", "").rstrip(":"))
        self.problem = QLabel(self)
        self.problem.setObjectName("sessionNotice")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout.addWidget(self.label)
        layout.addWidget(self.edit)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.edit.textChanged.connect(self._check)
        # wide enough for the longest name and the whole title at any text size
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 32)
        self._check()

    def _check(self) -> None:
        problem = self._problem_of(self.edit.text())
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(not problem)

    def _on_buttons_accepted(self) -> None:
        if not self._problem_of(self.edit.text()):
            self.name_chosen.emit(self.edit.text())
            self.accept()

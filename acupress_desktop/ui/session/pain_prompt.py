"""Pain before, asked at the start of a session with one key: a line under the phase band during
the first phase ("How is the pain now, 0 to 10? Type the number."), answered with the digit keys
whatever has the focus (the session's keys are window-wide), optional, shown again at the end.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from acupress_desktop.ui.accessibility import announce


class PainTyping:
    """What the digits typed so far mean on the 0–10 scale: each digit is the score, except
    "1" then "0", which is 10. No clock: "1" is 1 until a "0" follows it.

    Attributes:
        value: the score typed (None: none yet).
    """

    def __init__(self) -> None:
        self.value: int | None = None
        self._after_one = False

    def clear(self) -> None:
        """Forget the score (a new session)."""
        self.value, self._after_one = None, False

    def type_digit(self, digit: int) -> int:
        """A digit key: the score it gives (10 for "1" then "0")."""
        if not 0 <= digit <= 9:
            raise ValueError(f"not a digit: {digit}")
        if digit == 0 and self._after_one:
            self.value, self._after_one = 10, False
        else:
            self.value, self._after_one = digit, digit == 1
        return self.value


class PainPrompt(QLabel):
    """The question, then the answer; a digit key (``type_digit``) answers or changes it.

    Signals:
        answered(int): a score was typed.
    """

    answered = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionPainPrompt")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.typing = PainTyping()
        self._show_text()

    @property
    def value(self) -> int | None:
        """The score typed, or None."""
        return self.typing.value

    def clear(self) -> None:
        """A new session: ask again."""
        self.typing.clear()
        self._show_text()

    def type_digit(self, digit: int) -> None:
        """A digit key was pressed while the question is shown."""
        score = self.typing.type_digit(digit)
        self._show_text()
        announce(self, self.text())
        self.answered.emit(score)

    def question(self) -> str:
        """The question, as shown and said."""
        return self.tr("How is the pain now, from 0 to 10? Type the number (you can skip this).")

    def _show_text(self) -> None:
        if self.typing.value is None:
            text = self.question()
        else:
            text = self.tr("Pain before: %1 of 10. Type another number to change it.").replace(
                "%1", str(self.typing.value)
            )
        self.setText(text)
        self.setAccessibleName(self.tr("Pain before the session"))
        self.setAccessibleDescription(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show_text()
        super().changeEvent(event)

"""Input as a person gives it, for in-process tests: keys go where the keyboard focus is.

A person cannot choose which widget receives a key press: it goes to the focused widget of the
active window, and shortcuts are matched from there. :func:`press` and :func:`type_text` send to
``QApplication.focusWidget()`` and fail when nothing has focus, so a test cannot pass on a key
that a real keyboard would have sent nowhere. Clicks go through the button's signal
(``button.click()`` or ``QTest.mouseClick``), so slots get the signal's real arguments.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget


class NoFocusError(AssertionError):
    """A key was pressed while no widget had the keyboard focus."""


def focused() -> QWidget:
    """The widget that receives the next key press; fails when there is none."""
    QCoreApplication.processEvents()
    widget = QApplication.focusWidget()
    if widget is None:
        raise NoFocusError("nothing has the keyboard focus: a key pressed now goes nowhere")
    if not widget.isVisible():
        raise NoFocusError(f"the focus is on a hidden widget: {describe(widget)}")
    return widget


def describe(widget: QWidget | None) -> str:
    """A widget as a failure message names it: class, accessible name, object name."""
    if widget is None:
        return "nothing"
    name = widget.accessibleName() or widget.objectName()
    return f"{type(widget).__name__}({name!r})"


def press(
    key: Qt.Key | str,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    text: str | None = None,
) -> QWidget:
    """Press and release one key where the focus is; returns the widget that had the focus.

    ``key`` is a Qt key or a one-character string (typed as that character). ``text`` is the
    character the key produces (for "+" typed with Shift on a US keyboard: Key_Plus, Shift).
    """
    target = focused()
    if isinstance(key, str):
        QTest.keyClick(target, key, modifiers)
    elif text is not None:
        QTest.sendKeyEvent(QTest.KeyAction.Press, target, key, text, modifiers)
        QTest.sendKeyEvent(QTest.KeyAction.Release, target, key, text, modifiers)
    else:
        QTest.keyClick(target, key, modifiers)
    QCoreApplication.processEvents()
    return target


def type_text(text: str) -> QWidget:
    """Type ``text`` into whatever has the focus."""
    target = focused()
    QTest.keyClicks(target, text)
    QCoreApplication.processEvents()
    return target


def click(button: QAbstractButton) -> None:
    """A mouse click on a visible, enabled button, through Qt's event path."""
    assert button.isVisible(), f"{describe(button)} is not visible"
    assert button.isEnabled(), f"{describe(button)} is disabled"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    QCoreApplication.processEvents()

"""Checks that a window fits its screen: no visible control outside it, no text cut.

``problems(window)`` walks every visible widget of a top-level window and reports, in words a
failure message can show:
- a widget that lies (partly) outside the window, or outside its parent (cut off), unless it is
  inside a scroll area's viewport (then scrolling reaches it);
- a label whose text does not fit its rectangle (wrapped labels: the height the text needs;
  others: the width), unless the label elides on purpose and carries the full text as a tooltip;
- a button, check box or radio button narrower than its text needs;
- a combo box narrower than its current text needs, unless its tooltip is that text.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QMenuBar,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QWidget,
)

#: a pixel of rounding either way is not a cut
SLACK = 1


def describe(widget: QWidget) -> str:
    name = widget.accessibleName() or widget.objectName()
    text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
    shown = (text[:40] + "…") if len(text) > 40 else text
    return f"{type(widget).__name__}({name!r}{', ' + repr(shown) if shown else ''})"


def _in_scrolled_content(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and parent is grand.viewport():
            return True
        parent = grand
    return False


def _inside_item_view(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView | QMenuBar | QTabBar | QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def _label_problem(label: QLabel) -> str:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return ""
    area = label.contentsRect()
    margin = label.margin() * 2 + label.indent() if label.indent() > 0 else label.margin() * 2
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"needs {needed} px of height, has {label.height()}"
        return ""
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setHtml(text)
        document.setDocumentMargin(0)
        width = round(document.idealWidth())
    else:
        if label.buddy() is not None:  # "&Concern" is shown as "Concern", C underlined
            text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        metrics = label.fontMetrics()
        width = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    if width > area.width() - margin + SLACK and not label.toolTip():
        return f"needs {width} px of width, has {area.width()}"
    return ""


def _button_problem(button: QAbstractButton) -> str:
    if not button.text():
        return ""
    needed = button.sizeHint().width()
    if isinstance(button, QCheckBox | QRadioButton) and button.parentWidget() is not None:
        needed = button.minimumSizeHint().width()
    if needed > button.width() + SLACK:
        return f"needs {needed} px of width for its text, has {button.width()}"
    return ""


def _combo_problem(combo: QComboBox) -> str:
    text = combo.currentText()
    if not text:
        return ""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    needed = combo.fontMetrics().horizontalAdvance(text)
    if needed > field.width() + SLACK + 2 and combo.toolTip() != text:
        return f"current text needs {needed} px, its field has {field.width()}"
    return ""


def problems(window: QWidget) -> list[str]:
    """Everything that does not fit, in words."""
    QApplication.processEvents()
    found: list[str] = []
    frame = window.rect()
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.isWindow() or _inside_item_view(widget):
            continue
        if widget.width() <= 0 or widget.height() <= 0:
            continue
        scrolled = _in_scrolled_content(widget, window)
        if not scrolled:
            box = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
            if not frame.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(box):
                found.append(f"{describe(widget)} at {box.getRect()} is outside the window "
                             f"{frame.getRect()}")  # fmt: skip
                continue
            parent = widget.parentWidget()
            if parent is not None and parent is not window:
                inner = parent.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK)
                if not inner.contains(widget.geometry()) and not isinstance(
                    parent, QAbstractScrollArea
                ):
                    found.append(f"{describe(widget)} is cut by its parent {describe(parent)}: "
                                 f"{widget.geometry().getRect()} in {parent.rect().getRect()}")  # fmt: skip
                    continue
        problem = ""
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
        elif isinstance(widget, QComboBox):
            problem = _combo_problem(widget)
        hint_fits = getattr(widget, "hint_fits", None)
        if not problem and callable(hint_fits) and getattr(widget, "count", lambda: 1)() == 0:
            problem = "" if hint_fits() else "its hint text does not fit inside it"
        elif isinstance(widget, QScrollArea) and widget.horizontalScrollBar().maximum() > 0:
            # a page read with large text must not need sideways scrolling (only downwards)
            problem = (f"its content is {widget.horizontalScrollBar().maximum()} px wider than "
                       "it: it scrolls sideways")  # fmt: skip
        if problem:
            found.append(f"{describe(widget)}: {problem}")
    return found

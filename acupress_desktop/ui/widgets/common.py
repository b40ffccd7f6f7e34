"""Small widgets the pages share: a column that scrolls when it has to, a list with a hint."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QFocusEvent, QPainter, QPaintEvent, QPalette, QResizeEvent, QTextOption
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFrame,
    QListWidget,
    QScrollArea,
    QSizePolicy,
    QTextBrowser,
    QTimeEdit,
    QWidget,
)


class TimeOfDayEdit(QTimeEdit):
    """A time field whose hours are selected when it takes the focus, however it gets it (by
    its Alt shortcut too): typing "8:30" or "0830" gives 08:30. (Qt selects a section only
    on Tab, and typing elsewhere is refused.)"""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.setSelectedSection(QDateTimeEdit.Section.HourSection)


def tooltip_follows_choice(combo: QComboBox) -> None:
    """A combo box that may be too narrow for a long choice shows the whole choice as its
    tooltip (the box elides it), so nothing is ever cut without a way to read it."""
    combo.currentTextChanged.connect(combo.setToolTip)
    combo.setToolTip(combo.currentText())


class VerticalScrollArea(QScrollArea):
    """A frameless column that scrolls up and down only when its content is taller than the
    room it has: the window never needs more height than the screen gives it, and the content
    is as wide as the column (it wraps rather than scrolling sideways)."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its controls take the focus, not the area
        self.setWidget(content)
        content.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the content's minimum width changed (text size, language)
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().minimumSizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(content.minimumSizeHint().width() + bar, 0)

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint()
        return QSize(hint.width() + self.verticalScrollBar().sizeHint().width(), hint.height())


class ShrinkingColumn(QWidget):
    """Content for a VerticalScrollArea whose parts shrink to their minimum height before the
    column scrolls (the body map gets smaller first; the buttons keep their size)."""

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        if layout is None:
            return super().heightForWidth(width)
        return layout.totalMinimumHeightForWidth(width)


class HintList(QListWidget):
    """A list that shows a hint inside itself while it is empty, so adding the first item or
    removing the last one never moves anything else on the page. The hint is also the list's
    accessible description while it is empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hint = ""
        self._description = ""
        self._rows = 0
        model = self.model()
        model.rowsInserted.connect(self._update_description)
        model.rowsRemoved.connect(self._update_description)
        model.modelReset.connect(self._update_description)

    def set_hint(self, hint: str, description: str = "") -> None:
        """The text shown while empty, and the description read when there are items."""
        self._hint = hint
        self._description = description
        self._update_description()
        self.viewport().update()

    def hint(self) -> str:
        return self._hint

    def set_visible_rows(self, rows: int) -> None:
        """Ask for room for about this many rows (0: Qt's default size)."""
        self._rows = rows
        self.updateGeometry()

    def _rows_height(self, rows: float) -> int:
        line = self.fontMetrics().height() + 8
        return round(rows * line) + 2 * self.frameWidth() + 4

    def _hint_height(self) -> int:
        """The height the hint needs at the list's width, whether it is shown or not: the list
        keeps one height when its first item comes or its last goes."""
        if not self._hint:
            return 0
        width = max(self.width(), 160) - 2 * self.frameWidth() - 16
        needed = self.fontMetrics().boundingRect(
            QRect(0, 0, width, 100000), int(Qt.TextFlag.TextWordWrap), self._hint
        )
        return needed.height() + 12 + 2 * self.frameWidth() + 2

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if not self._rows:
            return hint
        return QSize(hint.width(), max(self._rows_height(self._rows), self._hint_height()))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if not self._rows:
            return hint
        return QSize(hint.width(), max(self._rows_height(min(self._rows, 2)), self._hint_height()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the hint wraps anew

    def _update_description(self) -> None:
        self.setAccessibleDescription(self._description if self.count() else self._hint)
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.count() or not self._hint:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        area: QRect = self.viewport().rect().adjusted(8, 6, -8, -6)
        painter.drawText(
            area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            self._hint,
        )  # fmt: skip
        painter.end()

    def hint_fits(self) -> bool:
        """The whole hint fits inside the empty list (for the fitting checks)."""
        area = self.viewport().rect().adjusted(8, 6, -8, -6)
        needed = self.fontMetrics().boundingRect(
            area, int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), self._hint
        )
        return needed.height() <= area.height() and needed.width() <= area.width()


class ReadingText(QTextBrowser):
    """Formatted text to read (headings, lists), as tall as its text needs: no scroll bar of
    its own, selectable, and it wraps long words (a DOI, an address) anywhere rather than
    needing the width of the longest one. Screen readers read it as a document."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._heights: dict[int, int] = {}
        super().__init__(parent)
        self.setObjectName("readingText")  # the theme gives it the window's background
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setOpenLinks(False)
        self.setTabChangesFocus(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.document().setDocumentMargin(0)
        self.document().contentsChanged.connect(self._on_document_contents_changed)

    def _on_document_contents_changed(self) -> None:
        self._heights.clear()
        self.updateGeometry()

    def text(self) -> str:
        """The text as HTML (what was set), like QLabel.text()."""
        return self._html if hasattr(self, "_html") else ""

    def setText(self, html: str) -> None:
        self._html = html
        self.setHtml(html)
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            document = self.document().clone()
            document.setTextWidth(max(1, width - 2 * self.frameWidth()))
            height = round(document.size().height()) + 2 * self.frameWidth() + 2
            self._heights[width] = height
        return height

    def sizeHint(self) -> QSize:
        width = max(self.width(), 200)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.heightForWidth(max(self.width(), 120)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._heights.clear()
            self.updateGeometry()
        super().changeEvent(event)

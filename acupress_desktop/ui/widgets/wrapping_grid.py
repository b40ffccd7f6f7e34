"""A layout of equal columns, as many as fit: buttons wrap to more rows instead of running off.

Every cell is as wide as the widest item needs (its text is never cut) and the cells share the
row's width, so at normal sizes a set of buttons looks like a tidy grid, and with large text or
a narrow window it takes more rows. Its height follows its width (height for width), so the
parent layout gives it the rows it needs.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget


class WrappingGrid(QLayout):
    """Equal columns, as many as fit the width; items fill them row by row."""

    def __init__(
        self, parent: QWidget | None = None, spacing: int = -1, stretch: bool = True
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._stretch = stretch
        # the items' hints and the heights for widths, until the layout is invalidated (a
        # child's updateGeometry, a change of items or style does that): Qt asks for the
        # height at many widths while the window is laid out (~2300 hints at start-up)
        self._hints: list[QSize] | None = None
        self._heights: dict[int, int] = {}
        if parent is None:
            self.setContentsMargins(QMargins(0, 0, 0, 0))

    # -- QLayout ------------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        self.invalidate()
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def invalidate(self) -> None:
        self._hints = None
        self._heights.clear()
        super().invalidate()

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._place(QRect(0, 0, width, 0), move=False)
        return height

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        """Two columns (or one item): a compact block that widens into more columns."""
        hints = self._visible_hints()
        margins = self.contentsMargins()
        extra = QSize(margins.left() + margins.right(), margins.top() + margins.bottom())
        if not hints:
            return extra
        widest = max(hint.width() for hint in hints)
        items = hints
        columns = min(2, len(items))
        width = columns * widest + (columns - 1) * self._gap()
        width += extra.width()
        return QSize(width, self._place(QRect(0, 0, width, 0), move=False))

    def minimumSize(self) -> QSize:
        """As narrow as the widest single item (then every item has a row of its own)."""
        size = QSize()
        for hint in self._visible_hints():
            size = size.expandedTo(hint)
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # -- placing ------------------------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _visible_hints(self) -> list[QSize]:
        """Each visible item's size hint, at least its minimum size (kept until invalidated)."""
        if self._hints is None:
            self._hints = [
                item.sizeHint().expandedTo(item.minimumSize()) for item in self._visible()
            ]
        return self._hints

    def _gap(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        if parent is not None:
            metric = QStyle.PixelMetric.PM_LayoutHorizontalSpacing
            value = parent.style().pixelMetric(metric, None, parent)
            if value >= 0:
                return value
        return 6

    def _columns(self, width: int) -> tuple[int, int]:
        """How many columns fit in ``width``, and the width of each."""
        hints = self._visible_hints()
        if not hints:
            return 1, width
        gap = self._gap()
        widest = max(hint.width() for hint in hints)
        columns = max(1, min(len(hints), (width + gap) // (widest + gap)))
        if not self._stretch:
            return columns, widest
        return columns, max(widest, (width - gap * (columns - 1)) // columns)

    def _place(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        items = self._visible()
        if not items:
            return 0
        gap = self._gap()
        columns, cell = self._columns(area.width())
        height = max(hint.height() for hint in self._visible_hints())
        rows = (len(items) + columns - 1) // columns
        if move:
            for index, item in enumerate(items):
                row, column = divmod(index, columns)
                x = area.x() + column * (cell + gap)
                y = area.y() + row * (height + gap)
                item.setGeometry(QRect(QPoint(x, y), QSize(cell, height)))
        return rows * height + (rows - 1) * gap + margins.top() + margins.bottom()

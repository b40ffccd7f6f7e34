"""The grid of point cards: a reflowing list view whose delegate paints each card."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from acupress_desktop.controllers.models import PointRole
from acupress_desktop.core.catalogue import Catalogue, Point
from acupress_desktop.ui.art.illustration import render_point
from acupress_desktop.ui.browse.badges import paint_badges
from acupress_desktop.ui.labels import badge_items, duration_text, region_name

THUMB = 160
#: The narrowest a card may be: the thumbnail and its padding. Cards widen to fill each row.
MIN_CARD_WIDTH = THUMB + 44
PAD = 12


@dataclass(frozen=True)
class CardLayout:
    """Where each part of a card goes, for a card of a given size and font height."""

    thumb: QRect
    title: QRect
    region: QRect
    summary: QRect
    footer: QRect


def card_size(line_height: int, width: int = MIN_CARD_WIDTH) -> QSize:
    """Card size for the current font: the thumbnail, a title of up to two lines, the region,
    three lines of summary, the time and up to two rows of badges, and padding."""
    return QSize(max(width, MIN_CARD_WIDTH), THUMB + 2 * PAD + 20 + round(line_height * 11.2))


def card_layout(rect: QRect, line_height: int) -> CardLayout:
    """Split a card rectangle into thumbnail, title, region, three summary lines and a footer."""
    inner = rect.adjusted(PAD, PAD, -PAD, -PAD)
    thumb = QRect(inner.left() + (inner.width() - THUMB) // 2, inner.top(), THUMB, THUMB)
    y = thumb.bottom() + 8
    title = QRect(inner.left(), y, inner.width(), round(line_height * 2.4))
    region = QRect(inner.left(), title.bottom() + 1, inner.width(), line_height)
    summary = QRect(inner.left(), region.bottom() + 4, inner.width(), line_height * 3)
    footer = QRect(
        inner.left(), summary.bottom() + 4, inner.width(), inner.bottom() - summary.bottom() - 4
    )
    return CardLayout(thumb, title, region, summary, footer)


def elide_lines(text: str, metrics: QFontMetrics, width: int, lines: int) -> str:
    """Word-wrap text into at most ``lines`` lines of ``width`` pixels, ending in "…" if cut."""
    words = text.split()
    out: list[str] = []
    current = ""
    for i, word in enumerate(words):
        trial = f"{current} {word}".strip()
        if metrics.horizontalAdvance(trial) <= width or not current:
            current = trial
            continue
        out.append(current)
        current = word
        if len(out) == lines - 1:
            rest = " ".join([current, *words[i + 1 :]])
            out.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
            return "\n".join(out)
    out.append(metrics.elidedText(current, Qt.TextElideMode.ElideRight, width))
    return "\n".join(out)


def columns_for(width: int, spacing: int) -> tuple[int, int]:
    """How many cards fit side by side in ``width``, and how wide each is then (they share the
    row, so no empty column is left beside cut titles)."""
    columns = max(1, (width - spacing) // (MIN_CARD_WIDTH + spacing))
    card = (width - spacing * (columns + 1)) // columns
    return columns, max(MIN_CARD_WIDTH, card)


class PointCardDelegate(QStyledItemDelegate):
    """Paints a point card: illustration thumbnail, "CODE · Pinyin", region, purpose, time, badges."""

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._thumbs: dict[tuple[str, str, float], QPixmap] = {}
        #: the width the grid gives each card
        self.card_width = MIN_CARD_WIDTH

    def clear_cache(self) -> None:
        """Forget rendered thumbnails (after a theme change)."""
        self._thumbs.clear()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return card_size(QFontMetrics(option.font).height(), self.card_width)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        point: Point = index.data(PointRole)
        palette: QPalette = option.palette
        rect: QRect = option.rect
        line = QFontMetrics(option.font).height()
        layout = card_layout(rect, line)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(rect).adjusted(2, 2, -2, -2)
        base = palette.color(QPalette.ColorRole.Base)
        border = palette.color(QPalette.ColorRole.Mid)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        if selected:
            fill = QColor(highlight)
            fill.setAlpha(40)
            painter.setBrush(base)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(card, 10, 10)
            painter.setBrush(fill)
        else:
            painter.setBrush(base)
        painter.setPen(border if not (selected or hovered) else highlight)
        painter.drawRoundedRect(card, 10, 10)
        if focused:
            pen = painter.pen()
            pen.setColor(highlight)
            pen.setWidthF(3)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(card.adjusted(1.5, 1.5, -1.5, -1.5), 9, 9)

        painter.drawPixmap(
            layout.thumb, self._thumbnail(point, palette, painter.device().devicePixelRatioF())
        )

        text = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        title_font = QFont(option.font)
        title_font.setBold(True)
        title_font.setPointSizeF(option.font.pointSizeF() * 1.15)
        painter.setFont(title_font)
        painter.setPen(text)
        painter.drawText(
            layout.title,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            elide_lines(point.title, QFontMetrics(title_font), layout.title.width(), 2),
        )
        painter.setFont(option.font)
        painter.setPen(muted)
        regions = ", ".join(region_name(r) for r in point.regions)
        painter.drawText(
            layout.region,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(option.font).elidedText(
                regions, Qt.TextElideMode.ElideRight, layout.region.width()
            ),
        )
        painter.setPen(text)
        painter.drawText(
            layout.summary,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            elide_lines(point.summary, QFontMetrics(option.font), layout.summary.width(), 3),
        )
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.9)
        painter.setFont(small)
        painter.setPen(muted)
        metrics = QFontMetrics(small)
        footer = layout.footer
        painter.drawText(
            QRect(footer.left(), footer.top(), footer.width(), metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            duration_text(point.press.seconds),
        )
        chips = QRect(footer.left(), footer.top() + metrics.height() + 4, footer.width(),
                      footer.height() - metrics.height() - 4)  # fmt: skip
        paint_badges(painter, chips, badge_items(point), small, palette)
        painter.restore()

    def _thumbnail(self, point: Point, palette: QPalette, ratio: float) -> QPixmap:
        key = (point.id, palette.color(QPalette.ColorRole.Base).name(), ratio)
        pixmap = self._thumbs.get(key)
        if pixmap is None:
            pixmap = render_point(
                self._catalogue, point, QSize(THUMB, THUMB), palette, device_pixel_ratio=ratio
            )
            self._thumbs[key] = pixmap
        return pixmap


class PointGrid(QListView):
    """Point cards in a grid that reflows with the window; arrow keys move, Enter opens.

    Signals:
        point_activated(str): the current card changed or was activated (point id).
    """

    point_activated = Signal(str)

    def __init__(
        self, catalogue: Catalogue, model: QAbstractItemModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._delegate = PointCardDelegate(catalogue, self)
        self.setItemDelegate(self._delegate)
        self.setModel(model)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setSpacing(6)
        self.setMouseTracking(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setWordWrap(True)
        self.selectionModel().currentChanged.connect(self._on_selection_current_changed)
        self.activated.connect(self._on_activated)
        self.retranslate_ui()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_cards()

    def _fit_cards(self) -> None:
        """Cards share the row: as many as fit, each as wide as its share."""
        # the width the cards have once the scroll bar takes its place (they always scroll
        # but with the very first rows), so adding the bar never pushes a card off the row
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        room = self.maximumViewportSize().width() - bar - 2
        _columns, width = columns_for(room, self.spacing())
        if width != self._delegate.card_width:
            self._delegate.card_width = width
            self.scheduleDelayedItemsLayout()

    def retranslate_ui(self) -> None:
        """Reset translated texts."""
        self.setAccessibleName(self.tr("Points"))
        self.setAccessibleDescription(self.tr("Cards of the points that match the filters"))

    def select_point(self, point_id: str) -> None:
        """Make the card of this point current (if it is shown)."""
        model = self.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if index.data(PointRole).id == point_id:
                if self.currentIndex() != index:
                    self.setCurrentIndex(index)
                self.scrollTo(index)
                return

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._delegate.clear_cache()
        elif event.type() == QEvent.Type.FontChange:
            self.scheduleDelayedItemsLayout()
        elif event.type() == QEvent.Type.LanguageChange:
            self._delegate.clear_cache()  # the thumbnails' L/R (I/D) are in the language
            self.retranslate_ui()
        super().changeEvent(event)

    def _on_selection_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.point_activated.emit(current.data(PointRole).id)

    def _on_activated(self, index: QModelIndex) -> None:
        self.point_activated.emit(index.data(PointRole).id)

"""The card every history chart is painted on: the ChartCard base widget (its colours: ``palette.chart_ink``)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import (
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from acupress_desktop.ui.history.history_cards import scaled_font
from acupress_desktop.ui.palette import ChartInk, chart_ink

#: Clear space inside a card, in pixels.
CARD_PADDING = 18.0

# --------------------------------------------------------------------------------------------
# The card
# --------------------------------------------------------------------------------------------


class ChartCard(QWidget):
    """A card with a bold title; subclasses paint their chart inside ``content_rect()``.

    Attributes:
        title: the heading drawn at the top, also the accessible name.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = ""
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    @property
    def title(self) -> str:
        """The heading."""
        return self._title

    def set_title(self, title: str) -> None:
        """Set the heading (and the accessible name)."""
        self._title = title
        self.setAccessibleName(title)
        self.update()

    def title_font(self) -> QFont:
        """The title's font: the widget font, bold and a little larger."""
        return scaled_font(self.font(), 1.15, bold=True)

    def number_font(self) -> QFont:
        """Bold numbers on the chart."""
        return scaled_font(self.font(), 1.0, bold=True)

    def card_rect(self) -> QRectF:
        """The card's outline (inside the widget, with room for the border)."""
        return QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)

    def title_rect(self) -> QRectF:
        """Where the title line sits."""
        inner = self.card_rect().adjusted(CARD_PADDING, CARD_PADDING * 0.8, -CARD_PADDING, 0)
        inner.setHeight(QFontMetricsF(self.title_font()).height())
        return inner

    def content_rect(self) -> QRectF:
        """The area under the title where the chart goes."""
        title = self.title_rect()
        card = self.card_rect()
        return QRectF(
            title.left(),
            title.bottom() + CARD_PADDING * 0.6,
            title.width(),
            max(0.0, card.bottom() - CARD_PADDING - title.bottom() - CARD_PADDING * 0.6),
        )

    def ink(self) -> ChartInk:
        """The colours for the current palette."""
        return chart_ink(self.palette())

    def retranslate_ui(self) -> None:
        """Reset translated texts (subclasses set their title and description)."""

    def _paint_chart(self, painter: QPainter, ink: ChartInk) -> None:
        """Paint the chart itself (subclasses)."""

    # -- Qt overrides -------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(560, 280)

    def minimumSizeHint(self) -> QSize:
        return QSize(300, 200)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.update()
        elif event.type() == QEvent.Type.LocaleChange:
            self.retranslate_ui()
            self.update()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        ink = self.ink()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        focused = self.hasFocus()
        painter.setPen(QPen(ink.focus if focused else ink.border, 3.0 if focused else 1.0))
        painter.setBrush(ink.card)
        painter.drawRoundedRect(self.card_rect(), 10, 10)
        painter.setFont(self.title_font())
        painter.setPen(ink.text)
        title = self.title_rect()
        elided = painter.fontMetrics().elidedText(
            self._title, Qt.TextElideMode.ElideRight, round(title.width())
        )
        painter.drawText(title, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
        self._paint_chart(painter, ink)
        painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

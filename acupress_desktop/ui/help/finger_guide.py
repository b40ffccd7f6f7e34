"""Measure with your own hand: the finger widths the steps use, each with its own picture.

One thumb at its knuckle = 1 cun and four fingers together = 3 cun are WHO's finger measures;
index + middle = 1.5 cun and three fingers = 2 cun are common lay conventions (reference
points.md "Units" and points-addendum.md §2a). The pictures are ``assets/illustrations/
measure-<fingers>.svg``, drawn in the art's colour tokens and themed like every view.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from acupress_desktop.resources import asset_path
from acupress_desktop.ui.art.illustration import fit_rect, themed_svg
from acupress_desktop.ui.help.text_pages import add_close_button, fitting_height
from acupress_desktop.ui.widgets.common import VerticalScrollArea

#: The measures in the guide, smallest first (finger counts; 1 is the thumb's width).
MEASURES: tuple[int, ...] = (1, 2, 3, 4)


def measure_art_path(fingers: int) -> Path:
    """The SVG of one measure."""
    return asset_path(f"illustrations/measure-{fingers}.svg")


@lru_cache(maxsize=8)
def _art(fingers: int) -> str:
    return measure_art_path(fingers).read_text(encoding="utf-8")


def measure_name(fingers: int) -> str:
    """ "Four fingers = 3 cun", the measure's short name."""
    names = {
        1: QCoreApplication.translate("FingerGuide", "One thumb-width = 1 cun"),
        2: QCoreApplication.translate("FingerGuide", "Two fingers = 1.5 cun"),
        3: QCoreApplication.translate("FingerGuide", "Three fingers = 2 cun"),
        4: QCoreApplication.translate("FingerGuide", "Four fingers = 3 cun"),
    }
    return names[fingers]


def measure_how(fingers: int) -> str:
    """How to make the measure with your own hand, as one or two sentences."""
    how = {
        1: QCoreApplication.translate(
            "FingerGuide",
            "The width of your thumb across its knuckle joint. When a step says “one "
            "finger-width”, use this.",
        ),
        2: QCoreApplication.translate(
            "FingerGuide",
            "Your index and middle fingers side by side, measured across the middle knuckles. "
            "A common convention, not part of the WHO standard.",
        ),
        3: QCoreApplication.translate(
            "FingerGuide",
            "Your index, middle and ring fingers side by side, measured across the middle "
            "knuckles. A common convention, not part of the WHO standard.",
        ),
        4: QCoreApplication.translate(
            "FingerGuide",
            "All four fingers held together, measured across the middle knuckles, as the WHO "
            "standard describes.",
        ),
    }
    return how[fingers]


def guide_intro() -> list[str]:
    """The paragraphs above the pictures."""
    return [
        QCoreApplication.translate(
            "FingerGuide",
            "The steps measure distances in finger-widths of your own hand, not someone else's: "
            "your hand grows with the rest of your body, so the measure fits you. Acupuncture "
            "books call this unit the cun.",
        ),
        QCoreApplication.translate(
            "FingerGuide",
            "Finger measures are approximate. Find the landmarks first (a bone, a crease, a "
            "bump), then use your fingers to check the distance. Feel around for the spot that "
            "is a little tender.",
        ),
    ]


class MeasurePicture(QWidget):
    """One measure's picture, themed with the palette; keeps its square shape."""

    def __init__(self, fingers: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fingers = fingers
        self._renderer: QSvgRenderer | None = None
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setMinimumSize(64, 64)
        self.setAccessibleName(
            QCoreApplication.translate("FingerGuide", "Picture: %1").replace(
                "%1", measure_name(fingers)
            )
        )

    @property
    def fingers(self) -> int:
        """The measure shown (1 is the thumb's width)."""
        return self._fingers

    def set_fingers(self, fingers: int) -> None:
        """Show another measure."""
        if fingers != self._fingers:
            self._fingers = fingers
            self._renderer = None
            self.setAccessibleName(
                QCoreApplication.translate("FingerGuide", "Picture: %1").replace(
                    "%1", measure_name(fingers)
                )
            )
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(160, 160)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._renderer = None
            self.update()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._renderer is None:
            self._renderer = QSvgRenderer(themed_svg(_art(self._fingers), self.palette()), self)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer.render(painter, fit_rect(400, 400, QRectF(self.rect())))


class FingerGuideDialog(QDialog):
    """Help → Measure with your own hand (also opened from a step that uses a measure).

    ``highlight`` frames the measure the step uses (a finger count), so it stands out.
    """

    def __init__(self, highlight: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Measure with your own hand"))
        self.setAccessibleName(self.tr("Measure with your own hand"))
        layout = QVBoxLayout(self)
        intro = QLabel("\n\n".join(guide_intro()), self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        content = QWidget(self)
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 0, 0)
        self.pictures: dict[int, MeasurePicture] = {}
        self.frames: dict[int, QFrame] = {}
        for index, fingers in enumerate(MEASURES):
            frame = QFrame(content)
            frame.setObjectName("measureFrame")
            highlighted = fingers == highlight
            frame.setFrameShape(QFrame.Shape.Box if highlighted else QFrame.Shape.NoFrame)
            frame.setLineWidth(2 if highlighted else 0)
            box = QHBoxLayout(frame)
            picture = MeasurePicture(fingers, frame)
            picture.setFixedSize(140, 140)
            words = QVBoxLayout()
            name = QLabel(measure_name(fingers), frame)
            name.setTextFormat(Qt.TextFormat.PlainText)
            bold = name.font()
            bold.setBold(True)
            name.setFont(bold)
            text = QLabel(measure_how(fingers), frame)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setWordWrap(True)
            text.setMinimumWidth(200)
            words.addStretch(1)
            words.addWidget(name)
            words.addWidget(text)
            words.addStretch(1)
            box.addWidget(picture)
            box.addLayout(words, 1)
            grid.addWidget(frame, index // 2, index % 2)
            self.pictures[fingers] = picture
            self.frames[fingers] = frame
            frame.setAccessibleName(measure_name(fingers))
            frame.setAccessibleDescription(measure_how(fingers))
        # the four measures scroll when the text is large, inside a dialog that fits the screen
        layout.addWidget(VerticalScrollArea(content, self), 1)
        self.highlight = highlight
        self.close_button = add_close_button(self, layout)
        width = min(self.sizeHint().width() + 40, self.screen().availableGeometry().width() - 40)
        wanted = content.heightForWidth(width - 40) + intro.heightForWidth(width - 40) + 120
        self.resize(width, fitting_height(self, wanted))

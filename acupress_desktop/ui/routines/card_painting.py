"""Paints one page of the routine card, in millimetres, on any painter (image, PDF or printer).

Each row shows the point's illustration with its markers (vector art, so the PDF stays sharp),
"1  ST36 · Zusanli", its English name, the time per side and pressure, the "how to find it"
steps (as many as fit the row, always the first two) and the point's pregnancy or
gentle-pressure caution. A step done on one side only has the other side's marker dimmed. The
first page starts with the routine's name, what it takes and its description; every page ends
with a one-line safety reminder and "Page n of m".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
)

from acupress_desktop.core.catalogue import Catalogue, Point
from acupress_desktop.core.routine import Routine, RoutineStep
from acupress_desktop.ui.art.illustration import fit_rect, themed_renderer
from acupress_desktop.ui.art.markers import draw_markers
from acupress_desktop.ui.labels import pressure_name, step_time_text
from acupress_desktop.ui.palette import CardInk, card_ink
from acupress_desktop.ui.routines.card_layout import (
    A4,
    MM_PER_INCH,
    CardGeometry,
    RectMM,
    StepBox,
    layout_card,
)
from acupress_desktop.ui.routines.card_text import caution_text, routine_facts

#: The illustration is laid out as if it were this many pixels wide, then scaled to the page,
#: so markers and side letters keep the proportions they have on a card thumbnail.
_ART_LOGICAL_SIZE = 170.0


class _Page:
    """Paints in millimetres on any device: converts to device pixels and sizes fonts."""

    def __init__(self, painter: QPainter | None, dpi: float) -> None:
        self.painter = painter  # None: only measure (text() returns heights, draws nothing)
        self.dpi = dpi
        self.ink: CardInk = card_ink()
        self.scale = dpi / MM_PER_INCH

    def rect(self, box: RectMM) -> QRectF:
        s = self.scale
        return QRectF(box.x * s, box.y * s, box.width * s, box.height * s)

    def font(self, points: float, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont()
        font.setPixelSize(max(1, round(points * self.dpi / 72.0)))
        font.setBold(bold)
        font.setItalic(italic)
        return font

    def text(
        self,
        box: RectMM,
        text: str,
        font: QFont,
        colour: QColor | None = None,
        flags: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
        max_lines: int = 0,
    ) -> float:
        """Draw wrapped text at the top of ``box``; return the height used, in mm."""
        metrics = QFontMetricsF(font)
        target = self.rect(box)
        if max_lines:
            target.setHeight(min(target.height(), metrics.lineSpacing() * max_lines + 1))
        if max_lines == 1:
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, target.width())
        wrap = int(flags) | int(Qt.TextFlag.TextWordWrap)
        bounds = metrics.boundingRect(target, wrap, text)
        if self.painter is None:
            return min(bounds.height(), target.height()) / self.scale
        self.painter.save()
        self.painter.setClipRect(target)
        self.painter.setFont(font)
        self.painter.setPen(colour if colour is not None else self.ink.ink)
        self.painter.drawText(target, wrap, text)
        self.painter.restore()
        return min(bounds.height(), target.height()) / self.scale

    def measure(self, width: float, text: str, font: QFont) -> float:
        """Height in mm that ``text`` takes when wrapped to ``width`` mm."""
        metrics = QFontMetricsF(font)
        bounds = metrics.boundingRect(
            QRectF(0.0, 0.0, width * self.scale, 1e6),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            | int(Qt.TextFlag.TextWordWrap),
            text,
        )
        return bounds.height() / self.scale

    def line(self, x1: float, y1: float, x2: float, y2: float, colour: QColor, mm: float) -> None:
        if self.painter is None:
            return
        s = self.scale
        self.painter.setPen(QPen(colour, mm * s))
        self.painter.drawLine(QPointF(x1 * s, y1 * s), QPointF(x2 * s, y2 * s))


def _draw_picture(
    page: _Page,
    box: RectMM,
    catalogue: Catalogue,
    point: Point,
    active_side: str | None = None,
) -> None:
    """The point's view and markers, vector, in a soft rounded panel."""
    painter = page.painter
    assert painter is not None, "pictures are only drawn, never measured"
    target = page.rect(box)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(page.ink.rule, 0.3 * page.scale))
    painter.setBrush(page.ink.panel)
    radius = 2.5 * page.scale
    painter.drawRoundedRect(target, radius, radius)
    clip = QPainterPath()
    clip.addRoundedRect(target, radius, radius)
    painter.setClipPath(clip)
    inner = target.adjusted(*(v * page.scale for v in (2.0, 2.0, -2.0, -2.0)))
    scale = inner.width() / _ART_LOGICAL_SIZE
    painter.translate(inner.topLeft())
    painter.scale(scale, scale)
    logical = QRectF(0.0, 0.0, _ART_LOGICAL_SIZE, inner.height() / scale)
    view = catalogue.view_of(point)
    palette = page.ink.palette
    renderer = themed_renderer(view, palette)
    if renderer is not None:
        renderer.render(painter, fit_rect(view.width, view.height, logical))
    art = fit_rect(view.width, view.height, logical)
    factor = art.width() / view.width
    transform = QTransform(factor, 0.0, 0.0, factor, art.left(), art.top())
    draw_markers(
        painter, transform, point.markers, active_side, palette=palette, view_width=view.width
    )
    painter.restore()


def _draw_header(
    page: _Page, routine: Routine, catalogue: Catalogue, geometry: CardGeometry
) -> None:
    """Name (on two lines, smaller, when it is long), facts, description, a rule."""
    x, y, width = geometry.margin_x, geometry.margin_y, geometry.content_width
    title_font = page.font(20, bold=True)
    if page.measure(width, routine.name, title_font) > page.measure(width, "M", title_font) * 1.5:
        title_font = page.font(15, bold=True)
    used = page.text(RectMM(x, y, width, 16), routine.name, title_font, max_lines=2)
    y += used + 1.5
    used = page.text(
        RectMM(x, y, width, 8),
        routine_facts(routine, catalogue),
        page.font(10.5),
        page.ink.accent,
        max_lines=2,
    )
    y += used + 2.0
    bottom = geometry.margin_y + geometry.header_first - 2.0
    if routine.description:
        page.text(
            RectMM(x, y, width, max(0.0, bottom - y - 1.5)),
            routine.description,
            page.font(9.5),
            page.ink.muted,
            max_lines=3,
        )
    page.line(x, bottom, x + width, bottom, page.ink.rule, 0.35)


def _draw_continued(page: _Page, routine: Routine, geometry: CardGeometry) -> None:
    x, y, width = geometry.margin_x, geometry.margin_y, geometry.content_width
    text = QCoreApplication.translate("RoutineCard", "%1 (continued)").replace("%1", routine.name)
    page.text(RectMM(x, y, width, 8), text, page.font(11, bold=True), page.ink.muted, max_lines=1)
    bottom = geometry.margin_y + geometry.header_next - 3.0
    page.line(x, bottom, x + width, bottom, page.ink.rule, 0.35)


def _draw_footer(page: _Page, number: int, total: int, geometry: CardGeometry) -> None:
    x, width = geometry.margin_x, geometry.content_width
    top = geometry.height - geometry.margin_y - geometry.footer + 3.0
    page.line(x, top, x + width, top, page.ink.rule, 0.35)
    font = page.font(8.5)
    note = QCoreApplication.translate(
        "RoutineCard",
        "Acupress · self-care information, not medical advice. Never press so hard that it hurts.",
    )
    page.text(RectMM(x, top + 1.5, width - 30, 6), note, font, page.ink.muted, max_lines=1)
    page_text = (
        QCoreApplication.translate("RoutineCard", "Page %1 of %2")
        .replace("%1", str(number))
        .replace("%2", str(total))
    )
    page.text(
        RectMM(x + width - 30, top + 1.5, 30, 6),
        page_text,
        font,
        page.ink.muted,
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
        max_lines=1,
    )


def step_heights(
    routine: Routine, catalogue: Catalogue, geometry: CardGeometry = A4, dpi: float = 300.0
) -> list[float]:
    """The row each step's text needs, in mm, measured at the ``dpi`` it is drawn at (fonts
    round to whole pixels; nothing is drawn): every step of "how to find it" is printed, so a
    long one makes its row taller."""
    measuring = _Page(None, dpi)
    boxes = layout_card(len(routine.steps), geometry)
    heights = []
    for box, step in zip([b for page in boxes for b in page], routine.steps, strict=True):
        tall = RectMM(box.text.x, 0.0, box.text.width, 1e4)
        used = _draw_step_text(measuring, tall, step, catalogue, box.step_index)
        heights.append(used + 6.0 + 1.5)
    return heights


def _draw_step(page: _Page, box: StepBox, step: RoutineStep, catalogue: Catalogue) -> None:
    """Picture, then the text (see ``_draw_step_text``)."""
    point = catalogue.point(step.point_id)
    one_side = step.sides if point.bilateral and step.sides in ("left", "right") else None
    _draw_picture(page, box.picture, catalogue, point, one_side)
    _draw_step_text(page, box.text, step, catalogue, box.step_index)


def _draw_step_text(
    page: _Page, text: RectMM, step: RoutineStep, catalogue: Catalogue, index: int
) -> float:
    """Number and name, English name, time and pressure, every step of how to find it, and the
    caution; returns the height used (mm)."""
    point = catalogue.point(step.point_id)
    x, y, width = text.x, text.y, text.width
    number_width = 9.0
    page.text(
        RectMM(x, y, number_width, 8), str(index + 1), page.font(13.5, bold=True), page.ink.accent
    )
    x, width = x + number_width, width - number_width
    used = page.text(RectMM(x, y, width, 8), point.title, page.font(13.5, bold=True), max_lines=1)
    y += used + 0.2
    used = page.text(
        RectMM(x, y, width, 6),
        point.english,
        page.font(9.5, italic=True),
        page.ink.muted,
        max_lines=1,
    )
    y += used + 1.0
    press = (
        QCoreApplication.translate("RoutineCard", "%1 · %2 pressure")
        .replace("%1", step_time_text(step, point))
        .replace("%2", pressure_name(point.press.pressure).lower())
    )
    used = page.text(
        RectMM(x, y, width, 6), press, page.font(10.5, bold=True), page.ink.accent, max_lines=1
    )
    y += used + 1.4
    caution = caution_text(point)
    caution_font = page.font(9.5, bold=True)
    body = page.font(9.5)
    for number, step_text in enumerate(point.locate, start=1):
        page.text(RectMM(x, y, 5.0, 5), f"{number}.", body)
        used = page.text(
            RectMM(x + 5.0, y, width - 5.0, max(0.0, text.bottom - y)), step_text, body
        )
        y += used + 0.7
    if caution:
        y += 0.3
        y += page.text(
            RectMM(x, y, width, max(0.0, text.bottom - y)), caution, caution_font, page.ink.caution
        )
    return y - text.y


def paint_card_page(
    painter: QPainter,
    dpi: float,
    page_index: int,
    routine: Routine,
    catalogue: Catalogue,
    geometry: CardGeometry = A4,
) -> None:
    """Paint one page of the card on an active painter whose device has ``dpi``, in the card's
    colours (``palette.card_ink``: the light theme's, for paper)."""
    heights = step_heights(routine, catalogue, geometry, dpi)
    pages = layout_card(len(routine.steps), geometry, heights)
    page = _Page(painter, dpi)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    if page_index == 0:
        _draw_header(page, routine, catalogue, geometry)
    else:
        _draw_continued(page, routine, geometry)
    boxes = pages[page_index]
    for number, box in enumerate(boxes):
        _draw_step(page, box, routine.steps[box.step_index], catalogue)
        if number < len(boxes) - 1:
            y = box.row.bottom + geometry.gap / 2
            page.line(box.text.x, y, box.row.right, y, page.ink.rule, 0.2)
    _draw_footer(page, page_index + 1, len(pages), geometry)

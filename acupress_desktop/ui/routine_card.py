"""A printable routine card: the routine on A4 pages, one row per point, as PDF or PNG.

Each row shows the point's illustration with its markers (vector art, so the PDF stays sharp),
"1  ST36 · Zusanli", its English name, the time per side and pressure, the "how to find it"
steps (as many as fit the row, always the first two) and the point's pregnancy or
gentle-pressure caution. A step done on one side only has the other side's marker dimmed. The first page starts with the routine's
name, what it takes (points, whole time, rest, rounds, breathing) and its description; every
page ends with a one-line safety reminder and "Page n of m".

``layout_card`` decides where everything goes, in millimetres, without Qt; painting only
follows it.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPalette,
    QPdfWriter,
    QPen,
    QTransform,
)

from acupress_desktop.core.catalogue import Catalogue, Point
from acupress_desktop.core.plan import build_plan
from acupress_desktop.core.routine import Routine, RoutineStep
from acupress_desktop.ui.countdown_ring import format_clock
from acupress_desktop.ui.illustration import draw_markers, fit_rect, themed_renderer
from acupress_desktop.ui.labels import duration_text, pressure_name
from acupress_desktop.ui.routine_editor import breathing_name
from acupress_desktop.ui.theme import theme_palette

MM_PER_INCH = 25.4
PDF_DPI = 300
#: The illustration is laid out as if it were this many pixels wide, then scaled to the page,
#: so markers and side letters keep the proportions they have on a card thumbnail.
_ART_LOGICAL_SIZE = 170.0

_INK = QColor("#1F1A17")
_MUTED = QColor("#5E5650")
_RULE = QColor("#D8D0C8")
_PANEL = QColor("#F6F2EE")
_ACCENT = QColor("#1F6F74")
_CAUTION = QColor("#8A3B12")


class CardError(OSError):
    """The card could not be written; the message names the file and the reason."""


# --------------------------------------------------------------------------------------------
# Layout (pure)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RectMM:
    """A rectangle on the page, in millimetres from the top-left corner."""

    x: float
    y: float
    width: float
    height: float

    @property
    def bottom(self) -> float:
        """y + height."""
        return self.y + self.height

    @property
    def right(self) -> float:
        """x + width."""
        return self.x + self.width


@dataclass(frozen=True)
class CardGeometry:
    """Page size, margins and the fixed heights of the card's parts, in millimetres."""

    width: float = 210.0
    height: float = 297.0
    margin_x: float = 16.0
    margin_y: float = 14.0
    header_first: float = 40.0
    header_next: float = 12.0
    footer: float = 10.0
    row: float = 50.0
    gap: float = 3.0
    picture: float = 44.0

    @property
    def content_width(self) -> float:
        """Width between the side margins."""
        return self.width - 2 * self.margin_x

    def body_top(self, page: int) -> float:
        """Where the first row of a page starts."""
        return self.margin_y + (self.header_first if page == 0 else self.header_next)

    def body_bottom(self) -> float:
        """Where the rows must end (above the footer)."""
        return self.height - self.margin_y - self.footer

    def rows_on(self, page: int) -> int:
        """How many rows fit on a page."""
        space = self.body_bottom() - self.body_top(page)
        return max(1, math.floor((space + self.gap) / (self.row + self.gap)))


A4 = CardGeometry()


@dataclass(frozen=True)
class StepBox:
    """Where one routine step goes.

    Attributes:
        step_index: index in routine.steps.
        page: 0-based page.
        row: the whole row. picture: the illustration's square. text: the text column.
    """

    step_index: int
    page: int
    row: RectMM
    picture: RectMM
    text: RectMM


def layout_card(step_count: int, geometry: CardGeometry = A4) -> list[list[StepBox]]:
    """Steps spread over pages, in order: the first page holds fewer (it has the header).

    Always at least one page, even for a routine without steps.
    """
    pages: list[list[StepBox]] = [[]]
    page, slot = 0, 0
    for index in range(step_count):
        if slot >= geometry.rows_on(page):
            pages.append([])
            page, slot = page + 1, 0
        y = geometry.body_top(page) + slot * (geometry.row + geometry.gap)
        row = RectMM(geometry.margin_x, y, geometry.content_width, geometry.row)
        inset = (geometry.row - geometry.picture) / 2
        picture = RectMM(row.x + inset, y + inset, geometry.picture, geometry.picture)
        text_x = picture.right + 6.0
        text = RectMM(text_x, y + 3.0, row.right - text_x - 4.0, geometry.row - 6.0)
        pages[page].append(StepBox(index, page, row, picture, text))
        slot += 1
    return pages


def page_count(step_count: int, geometry: CardGeometry = A4) -> int:
    """How many pages the card of a routine with this many steps has."""
    return len(layout_card(step_count, geometry))


def page_pixels(dpi: float, geometry: CardGeometry = A4) -> tuple[int, int]:
    """Page size in pixels at ``dpi``."""
    return (
        round(geometry.width / MM_PER_INCH * dpi),
        round(geometry.height / MM_PER_INCH * dpi),
    )


# --------------------------------------------------------------------------------------------
# Texts
# --------------------------------------------------------------------------------------------


def step_time_text(step: RoutineStep, point: Point) -> str:
    """ "1 min each side", "1 min, left side only", "1 min" (a point on the middle line)."""
    time = duration_text(step.seconds)
    if not point.bilateral:
        return time
    if step.sides == "left":
        return QCoreApplication.translate("RoutineCard", "%1, left side only").replace("%1", time)
    if step.sides == "right":
        return QCoreApplication.translate("RoutineCard", "%1, right side only").replace("%1", time)
    return QCoreApplication.translate("RoutineCard", "%1 each side").replace("%1", time)


def caution_text(point: Point) -> str:
    """The caution printed under a point ("" when there is none)."""
    parts = []
    if point.cautions.pregnancy == "avoid":
        parts.append(QCoreApplication.translate("RoutineCard", "Avoid in pregnancy."))
    elif point.cautions.pregnancy == "caution":
        parts.append(QCoreApplication.translate("RoutineCard", "Caution in pregnancy."))
    if point.cautions.gentle:
        parts.append(QCoreApplication.translate("RoutineCard", "Gentle pressure only."))
    return " ".join(parts)


def routine_facts(routine: Routine, catalogue: Catalogue) -> str:
    """ "3 points · whole routine 9:30 · rest 10 s · breathing: Relaxed (4 in, 6 out)"."""
    count = len(routine.steps)
    points = (
        QCoreApplication.translate("RoutineCard", "1 point")
        if count == 1
        else QCoreApplication.translate("RoutineCard", "%1 points").replace("%1", str(count))
    )
    parts = [points]
    if routine.steps:
        total = build_plan(routine, catalogue).total
        parts.append(
            QCoreApplication.translate("RoutineCard", "whole routine %1").replace(
                "%1", format_clock(round(total))
            )
        )
    if routine.rest_seconds:
        parts.append(
            QCoreApplication.translate("RoutineCard", "rest %1").replace(
                "%1", duration_text(routine.rest_seconds)
            )
        )
    if routine.rounds > 1:
        parts.append(
            QCoreApplication.translate("RoutineCard", "%1 rounds").replace(
                "%1", str(routine.rounds)
            )
        )
    name = (
        QCoreApplication.translate("RoutineCard", "Custom")
        if routine.breathing == "custom"
        else breathing_name(routine.breathing)
    )
    parts.append(QCoreApplication.translate("RoutineCard", "breathing: %1").replace("%1", name))
    return " · ".join(parts)


# --------------------------------------------------------------------------------------------
# Painting
# --------------------------------------------------------------------------------------------


class _Page:
    """Paints in millimetres on any device: converts to device pixels and sizes fonts."""

    def __init__(self, painter: QPainter, dpi: float) -> None:
        self.painter = painter
        self.dpi = dpi
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
        colour: QColor = _INK,
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
        self.painter.save()
        self.painter.setClipRect(target)
        self.painter.setFont(font)
        self.painter.setPen(colour)
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
        s = self.scale
        self.painter.setPen(QPen(colour, mm * s))
        self.painter.drawLine(QPointF(x1 * s, y1 * s), QPointF(x2 * s, y2 * s))


def _draw_picture(
    page: _Page,
    box: RectMM,
    catalogue: Catalogue,
    point: Point,
    palette: QPalette,
    active_side: str | None = None,
) -> None:
    """The point's view and markers, vector, in a soft rounded panel."""
    painter = page.painter
    target = page.rect(box)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(_RULE, 0.3 * page.scale))
    painter.setBrush(_PANEL)
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
        _ACCENT,
        max_lines=2,
    )
    y += used + 2.0
    bottom = geometry.margin_y + geometry.header_first - 2.0
    if routine.description:
        page.text(
            RectMM(x, y, width, max(0.0, bottom - y - 1.5)),
            routine.description,
            page.font(9.5),
            _MUTED,
            max_lines=3,
        )
    page.line(x, bottom, x + width, bottom, _RULE, 0.35)


def _draw_continued(page: _Page, routine: Routine, geometry: CardGeometry) -> None:
    x, y, width = geometry.margin_x, geometry.margin_y, geometry.content_width
    text = QCoreApplication.translate("RoutineCard", "%1 (continued)").replace("%1", routine.name)
    page.text(RectMM(x, y, width, 8), text, page.font(11, bold=True), _MUTED, max_lines=1)
    bottom = geometry.margin_y + geometry.header_next - 3.0
    page.line(x, bottom, x + width, bottom, _RULE, 0.35)


def _draw_footer(page: _Page, number: int, total: int, geometry: CardGeometry) -> None:
    x, width = geometry.margin_x, geometry.content_width
    top = geometry.height - geometry.margin_y - geometry.footer + 3.0
    page.line(x, top, x + width, top, _RULE, 0.35)
    font = page.font(8.5)
    note = QCoreApplication.translate(
        "RoutineCard",
        "Acupress · self-care information, not medical advice. Never press so hard that it hurts.",
    )
    page.text(RectMM(x, top + 1.5, width - 30, 6), note, font, _MUTED, max_lines=1)
    page_text = (
        QCoreApplication.translate("RoutineCard", "Page %1 of %2")
        .replace("%1", str(number))
        .replace("%2", str(total))
    )
    page.text(
        RectMM(x + width - 30, top + 1.5, 30, 6),
        page_text,
        font,
        _MUTED,
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
        max_lines=1,
    )


def _draw_step(
    page: _Page, box: StepBox, step: RoutineStep, catalogue: Catalogue, palette: QPalette
) -> None:
    """Picture, then: number and name, English name, time and pressure, how to find it (as
    many steps as fit, at least two), and the caution."""
    point = catalogue.point(step.point_id)
    one_side = step.sides if point.bilateral and step.sides in ("left", "right") else None
    _draw_picture(page, box.picture, catalogue, point, palette, one_side)
    text = box.text
    x, y, width = text.x, text.y, text.width
    number_width = 9.0
    page.text(
        RectMM(x, y, number_width, 8), str(box.step_index + 1), page.font(13.5, bold=True), _ACCENT
    )
    x, width = x + number_width, width - number_width
    used = page.text(RectMM(x, y, width, 8), point.title, page.font(13.5, bold=True), max_lines=1)
    y += used + 0.2
    used = page.text(
        RectMM(x, y, width, 6), point.english, page.font(9.5, italic=True), _MUTED, max_lines=1
    )
    y += used + 1.0
    press = (
        QCoreApplication.translate("RoutineCard", "%1 · %2 pressure")
        .replace("%1", step_time_text(step, point))
        .replace("%2", pressure_name(point.press.pressure).lower())
    )
    used = page.text(
        RectMM(x, y, width, 6), press, page.font(10.5, bold=True), _ACCENT, max_lines=1
    )
    y += used + 1.4
    caution = caution_text(point)
    caution_font = page.font(9.5, bold=True)
    reserve = page.measure(width, caution, caution_font) + 1.0 if caution else 0.0
    body = page.font(9.5)
    bottom = text.bottom - reserve
    for number, step_text in enumerate(point.locate, start=1):
        needed = page.measure(width - 5.0, step_text, body)
        if number > 2 and y + needed > bottom:
            break
        page.text(RectMM(x, y, 5.0, 5), f"{number}.", body)
        used = page.text(RectMM(x + 5.0, y, width - 5.0, max(0.0, bottom - y)), step_text, body)
        y += used + 0.7
    if caution:
        page.text(
            RectMM(x, min(y + 0.3, text.bottom - reserve + 1.0), width, reserve),
            caution,
            caution_font,
            _CAUTION,
        )


def paint_card_page(
    painter: QPainter,
    dpi: float,
    page_index: int,
    routine: Routine,
    catalogue: Catalogue,
    palette: QPalette | None = None,
    geometry: CardGeometry = A4,
) -> None:
    """Paint one page of the card on an active painter whose device has ``dpi``."""
    palette = palette or theme_palette("light")
    pages = layout_card(len(routine.steps), geometry)
    page = _Page(painter, dpi)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    if page_index == 0:
        _draw_header(page, routine, catalogue, geometry)
    else:
        _draw_continued(page, routine, geometry)
    boxes = pages[page_index]
    for number, box in enumerate(boxes):
        _draw_step(page, box, routine.steps[box.step_index], catalogue, palette)
        if number < len(boxes) - 1:
            y = box.row.bottom + geometry.gap / 2
            page.line(box.text.x, y, box.row.right, y, _RULE, 0.2)
    _draw_footer(page, page_index + 1, len(pages), geometry)


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------


def render_card(
    routine: Routine,
    catalogue: Catalogue,
    palette: QPalette | None = None,
    dpi: float = 150.0,
    geometry: CardGeometry = A4,
) -> list[QImage]:
    """The card's pages as images on white paper, at ``dpi`` (150 by default)."""
    width, height = page_pixels(dpi, geometry)
    images = []
    for index in range(page_count(len(routine.steps), geometry)):
        image = QImage(width, height, QImage.Format.Format_RGB32)
        dots_per_metre = round(dpi / MM_PER_INCH * 1000)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        image.fill(QColor("#FFFFFF"))
        painter = QPainter(image)
        try:
            paint_card_page(painter, dpi, index, routine, catalogue, palette, geometry)
        finally:
            painter.end()
        images.append(image)
    return images


def save_card_png(
    path: Path,
    routine: Routine,
    catalogue: Catalogue,
    palette: QPalette | None = None,
    dpi: float = 150.0,
) -> list[Path]:
    """Save the card as PNG: page 1 at ``path``, further pages as ``<name>-2.png``, ….

    Returns the written paths; raises CardError when a file cannot be written.
    """
    path = Path(path)
    written = []
    for number, image in enumerate(render_card(routine, catalogue, palette, dpi), start=1):
        target = path if number == 1 else path.with_name(f"{path.stem}-{number}{path.suffix}")
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes; PySide6 wants str
        buffer.close()
        _write_atomically(target, bytes(data.data()))
        written.append(target)
    return written


def paint_card(
    device: QPagedPaintDevice,
    routine: Routine,
    catalogue: Catalogue,
    palette: QPalette | None = None,
    geometry: CardGeometry = A4,
) -> int:
    """Paint every page of the card on a paged device (a QPdfWriter, or a QPrinter in full-page
    mode) whose page is the whole sheet; returns the page count."""
    dpi = float(device.logicalDpiX())
    pages = page_count(len(routine.steps), geometry)
    painter = QPainter(device)
    try:
        for index in range(pages):
            if index:
                device.newPage()
            paint_card_page(painter, dpi, index, routine, catalogue, palette, geometry)
    finally:
        painter.end()
    return pages


def save_card_pdf(
    path: Path,
    routine: Routine,
    catalogue: Catalogue,
    palette: QPalette | None = None,
    geometry: CardGeometry = A4,
) -> int:
    """Save the card as an A4 PDF at 300 dpi (vector art and text); returns the page count.

    The PDF is made in memory and then written in one go, so a failure (CardError) leaves
    no half-written file behind.
    """
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    size = (
        QPageSize(QPageSize.PageSizeId.A4)
        if geometry == A4
        else QPageSize(QSizeF(geometry.width, geometry.height), QPageSize.Unit.Millimeter)
    )
    writer.setPageSize(size)
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setTitle(routine.name)
    writer.setCreator("Acupress")
    pages = paint_card(writer, routine, catalogue, palette, geometry)
    buffer.close()
    _write_atomically(Path(path), bytes(data.data()))
    return pages


def _write_atomically(path: Path, data: bytes) -> None:
    """Write the whole file or nothing (CardError naming the file and the reason).

    The file gets the usual permissions for new files (the umask applies).
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise CardError(
            f"The routine card could not be saved as {path} ({exc.strerror or exc})."
        ) from exc


def preview() -> None:  # pragma: no cover - manual check
    """Save the card of a built-in routine (number on the command line, 0 by default) as
    routine-card.pdf and routine-card.png in the current folder."""
    import sys

    from PySide6.QtGui import QGuiApplication

    from acupress_desktop.core.catalogue import load_catalogue
    from acupress_desktop.storage.routines import load_builtin_routines

    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    catalogue = load_catalogue()
    routine = load_builtin_routines(catalogue)[int(sys.argv[1]) if len(sys.argv) > 1 else 0]
    print(save_card_pdf(Path("routine-card.pdf"), routine, catalogue), "page(s)")
    print(*save_card_png(Path("routine-card.png"), routine, catalogue))
    del app


if __name__ == "__main__":  # pragma: no cover
    preview()

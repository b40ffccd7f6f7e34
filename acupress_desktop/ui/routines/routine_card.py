"""A printable routine card: the routine on A4 pages, one row per point, as PDF or PNG.

``card_layout`` decides where everything goes, in millimetres, without Qt; ``card_painting``
paints a page by following it (``card_text`` holds the texts). This module writes the pages
out: as images, as a PDF, or on any paged device such as a printer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import (
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from acupress_desktop.core.catalogue import Catalogue
from acupress_desktop.core.routine import Routine
from acupress_desktop.storage.files import write_atomically
from acupress_desktop.storage.reasons import logged, os_reason
from acupress_desktop.ui.palette import card_ink
from acupress_desktop.ui.routines.card_layout import (
    A4,
    MM_PER_INCH,
    CardGeometry,
    page_count,
    page_pixels,
)
from acupress_desktop.ui.routines.card_painting import paint_card_page, step_heights

PDF_DPI = 300


class CardError(OSError):
    """The card could not be written; the message names the file and the reason."""


def render_card(
    routine: Routine,
    catalogue: Catalogue,
    dpi: float = 150.0,
    geometry: CardGeometry = A4,
) -> list[QImage]:
    """The card's pages as images on the card's paper colour, at ``dpi`` (150 by default)."""
    width, height = page_pixels(dpi, geometry)
    images = []
    heights = step_heights(routine, catalogue, geometry, dpi)
    for index in range(page_count(len(routine.steps), geometry, heights)):
        image = QImage(width, height, QImage.Format.Format_RGB32)
        dots_per_metre = round(dpi / MM_PER_INCH * 1000)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        image.fill(card_ink().paper)
        painter = QPainter(image)
        try:
            paint_card_page(painter, dpi, index, routine, catalogue, geometry)
        finally:
            painter.end()
        images.append(image)
    return images


def save_card_png(
    path: Path,
    routine: Routine,
    catalogue: Catalogue,
    dpi: float = 150.0,
) -> list[Path]:
    """Save the card as PNG: page 1 at ``path``, further pages as ``<name>-2.png``, ….

    Returns the written paths; raises CardError when a file cannot be written.
    """
    path = Path(path)
    written = []
    for number, image in enumerate(render_card(routine, catalogue, dpi), start=1):
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
    geometry: CardGeometry = A4,
) -> int:
    """Paint every page of the card on a paged device (a QPdfWriter, or a QPrinter in full-page
    mode) whose page is the whole sheet; returns the page count."""
    dpi = float(device.logicalDpiX())
    heights = step_heights(routine, catalogue, geometry, dpi)
    pages = page_count(len(routine.steps), geometry, heights)
    painter = QPainter(device)
    try:
        for index in range(pages):
            if index:
                device.newPage()
            paint_card_page(painter, dpi, index, routine, catalogue, geometry)
    finally:
        painter.end()
    return pages


def save_card_pdf(
    path: Path,
    routine: Routine,
    catalogue: Catalogue,
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
    pages = paint_card(writer, routine, catalogue, geometry)
    buffer.close()
    _write_atomically(Path(path), bytes(data.data()))
    return pages


def _write_atomically(path: Path, data: bytes) -> None:
    """Write the whole file or nothing (CardError naming the file and the reason)."""
    try:
        write_atomically(path, data)
    except OSError as exc:
        raise CardError(
            QCoreApplication.translate(
                "RoutineCard", "The routine card could not be saved as %1 (%2)."
            )
            .replace("%2", os_reason(exc))
            .replace("%1", str(path))
        ) from logged(exc, f"saving the routine card {path} failed")


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

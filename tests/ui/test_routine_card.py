"""The printable routine card: page layout, PDF pages, PNG content, clear errors."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from acupress_desktop.core.catalogue import Catalogue
from acupress_desktop.core.routine import Routine, RoutineStep
from acupress_desktop.ui.labels import step_time_text
from acupress_desktop.ui.routines.card_layout import A4, layout_card, page_count, page_pixels
from acupress_desktop.ui.routines.card_painting import step_heights
from acupress_desktop.ui.routines.card_text import caution_text, routine_facts
from acupress_desktop.ui.routines.routine_card import (
    CardError,
    render_card,
    save_card_pdf,
    save_card_png,
)
from tests.fakes import installed_translator

DPI = 100  # small pages keep the pixel checks fast


def routine_with(catalogue: Catalogue, count: int, name: str = "Evening routine") -> Routine:
    ids = [p.id for p in catalogue.points]
    steps = tuple(RoutineStep(ids[n % len(ids)], 60) for n in range(count))
    return Routine(name=name, steps=steps, rest_seconds=10)


# -- layout (pure) --------------------------------------------------------------------------


@pytest.mark.parametrize(("steps", "pages"), [(0, 1), (1, 1), (3, 1), (4, 1), (5, 2), (12, 3)])
def test_steps_are_spread_over_pages(steps: int, pages: int) -> None:
    """Four rows fit under the header on page one and four on each page after it."""
    assert A4.rows_on(0) == 4
    assert A4.rows_on(1) == 4
    assert page_count(steps) == pages


@pytest.mark.parametrize("steps", [1, 7, 12, 50])
def test_rows_keep_order_and_stay_inside_the_page_without_overlapping(steps: int) -> None:
    """Every step appears once, in order, between header and footer, rows apart."""
    pages = layout_card(steps)
    boxes = [box for page in pages for box in page]
    assert [box.step_index for box in boxes] == list(range(steps))
    for number, page in enumerate(pages):
        assert page, "no empty pages"
        for box in page:
            assert box.page == number
            assert box.row.y >= A4.body_top(number)
            assert box.row.bottom <= A4.body_bottom() + 1e-9
            assert box.row.x >= A4.margin_x and box.row.right <= A4.width - A4.margin_x + 1e-9
            assert box.picture.right < box.text.x
            assert box.row.y <= box.picture.y and box.picture.bottom <= box.row.bottom
        for upper, lower in zip(page, page[1:], strict=False):
            assert upper.row.bottom < lower.row.y


def test_a4_in_pixels() -> None:
    """A4 at 300 dpi is 2480 × 3508 pixels."""
    assert page_pixels(300) == (2480, 3508)


# -- texts ----------------------------------------------------------------------------------


def test_time_text_says_which_sides(catalogue: Catalogue) -> None:
    """Both sides, one side, or a point on the middle line."""
    bilateral, midline = catalogue.point("ST36"), catalogue.point("GV4")
    assert step_time_text(RoutineStep("ST36", 60), bilateral) == "1 min each side"
    assert step_time_text(RoutineStep("ST36", 45, "left"), bilateral) == "45 s, left side only"
    assert step_time_text(RoutineStep("GV4", 90), midline) == "1 min 30 s"


def test_cautions_are_printed(catalogue: Catalogue) -> None:
    """Pregnancy and gentle-pressure cautions appear under the point; none for ST36."""
    assert caution_text(catalogue.point("LI4")) == "Avoid in pregnancy."
    assert "Gentle pressure only." in caution_text(catalogue.point("ST25"))
    assert caution_text(catalogue.point("ST36")) == ""


def test_facts_give_count_time_rest_and_breathing(catalogue: Catalogue) -> None:
    """The header says how many points, how long, the rest and the breathing guide."""
    facts = routine_facts(routine_with(catalogue, 3), catalogue)
    assert facts.startswith("3 points · whole routine ")
    assert "rest 10 s" in facts
    assert "breathing: Relaxed" in facts


# -- PDF ------------------------------------------------------------------------------------


def pdf_pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", path.read_bytes()))


@pytest.mark.parametrize(("steps", "pages"), [(3, 1), (12, 3)])
def test_pdf_has_one_page_per_layout_page(
    qtbot, catalogue: Catalogue, tmp_path: Path, steps: int, pages: int
) -> None:  # type: ignore[no-untyped-def]
    """The PDF is a real PDF with the pages the layout promised, each A4."""
    path = tmp_path / "card.pdf"
    routine = routine_with(catalogue, steps)
    pages = page_count(steps, A4, step_heights(routine, catalogue, A4, 300.0))
    assert save_card_pdf(path, routine, catalogue) == pages
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert pdf_pages(path) == pages
    boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", data)
    assert boxes and all(abs(float(w) - 595) < 1 and abs(float(h) - 842) < 1 for w, h in boxes)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only folders")
def test_pdf_into_a_read_only_folder_fails_clearly(
    qtbot, catalogue: Catalogue, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """An unwritable place gives a CardError naming the file."""
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(CardError, match="card.pdf"):
            save_card_pdf(tmp_path / "card.pdf", routine_with(catalogue, 3), catalogue)
    finally:
        tmp_path.chmod(0o700)


def test_pdf_into_a_missing_folder_fails_clearly(
    qtbot, catalogue: Catalogue, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A folder that does not exist gives a CardError, not a crash or an empty file."""
    target = tmp_path / "no" / "such" / "card.pdf"
    with pytest.raises(CardError, match="could not be saved"):
        save_card_pdf(target, routine_with(catalogue, 3), catalogue)
    assert not target.exists()


def test_the_card_error_is_in_the_users_language(
    qtbot, catalogue: Catalogue, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The message names the file in the language shown (it goes through the translator)."""
    target = tmp_path / "missing" / "card.png"
    spanish = {"The routine card could not be saved as %1 (%2).": "No se pudo guardar %1 (%2)."}
    with installed_translator(spanish), pytest.raises(CardError) as error:
        save_card_png(target, routine_with(catalogue, 1), catalogue)
    assert str(error.value).startswith(f"No se pudo guardar {target} (")


# -- PNG ------------------------------------------------------------------------------------


def dark_pixels(image: QImage, x0: float, y0: float, x1: float, y1: float) -> int:
    """How many pixels in the mm rectangle are clearly darker than paper."""
    scale = image.width() / A4.width
    count = 0
    for y in range(int(y0 * scale), int(y1 * scale), 2):
        for x in range(int(x0 * scale), int(x1 * scale), 2):
            if QColor(image.pixel(x, y)).lightness() < 160:
                count += 1
    return count


def test_png_shows_title_pictures_and_footer(qtbot, catalogue: Catalogue) -> None:  # type: ignore[no-untyped-def]
    """The title area has ink, each row's picture has art, and the margins stay white."""
    routine = routine_with(catalogue, 3)
    (image,) = render_card(routine, catalogue, dpi=DPI)
    assert (image.width(), image.height()) == page_pixels(DPI)
    assert dark_pixels(image, A4.margin_x, A4.margin_y, 120, A4.margin_y + 10) > 20
    heights = step_heights(routine, catalogue, A4, DPI)
    rows = layout_card(3, A4, heights)[0]
    for box in rows:
        picture = box.picture
        assert dark_pixels(image, picture.x, picture.y, picture.right, picture.bottom) > 20
        assert dark_pixels(image, box.text.x, box.text.y, box.text.right, box.text.y + 7) > 10
    footer_top = A4.height - A4.margin_y - A4.footer
    assert dark_pixels(image, A4.margin_x, footer_top, A4.width - A4.margin_x, A4.height) > 10
    assert dark_pixels(image, 0, 0, A4.width, A4.margin_y - 2) == 0
    below = rows[-1].row.bottom + A4.gap  # where a fourth step would go: blank paper
    assert dark_pixels(image, A4.margin_x, below, A4.width - A4.margin_x, below + 20) == 0


def test_every_step_of_how_to_find_a_point_is_printed(
    qtbot, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Printing a card of every point draws every "how to find it" step, whole (LR13 lost
    steps 3 and 4, the ones that find it)."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFontMetricsF

    from acupress_desktop.ui.routines import card_painting

    drawn: list[str] = []
    cut: list[str] = []
    real_text = card_painting._Page.text

    def recording_text(self, box, text, font, *args, **kwargs):  # type: ignore[no-untyped-def]
        if self.painter is not None:
            drawn.append(text)
            target = self.rect(box)
            flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
            needed = QFontMetricsF(font).boundingRect(QRectF(target), flags, text).height()
            if needed > target.height() + 1 and not kwargs.get("max_lines"):
                cut.append(text)
        return real_text(self, box, text, font, *args, **kwargs)

    monkeypatch.setattr(card_painting._Page, "text", recording_text)
    routine = Routine(name="All", steps=tuple(RoutineStep(p.id, 60) for p in catalogue.points))
    render_card(routine, catalogue, dpi=40)
    for point in catalogue.points:
        for step in point.locate:
            assert step in drawn, f"{point.id}: a step is missing: {step}"
    assert not cut, f"cut off: {cut[:3]}"


def test_png_pages_are_numbered_files(qtbot, catalogue: Catalogue, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Page one is the given file; further pages get -2, -3 …"""
    written = save_card_png(tmp_path / "card.png", routine_with(catalogue, 5), catalogue, dpi=60)
    assert [p.name for p in written] == ["card.png", "card-2.png"]
    assert all(QImage(str(p)).width() == page_pixels(60)[0] for p in written)


def test_png_into_a_missing_folder_fails_clearly(
    qtbot, catalogue: Catalogue, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """An unwritable place gives a CardError naming the file."""
    with pytest.raises(CardError, match="card.png"):
        save_card_png(
            tmp_path / "missing" / "card.png", routine_with(catalogue, 1), catalogue, dpi=40
        )


def test_one_side_only_marks_that_side(qtbot, catalogue: Catalogue) -> None:  # type: ignore[no-untyped-def]
    """A left-only step draws the picture differently from a both-sides step."""
    both = Routine(name="x", steps=(RoutineStep("ST36", 60),))
    left = Routine(name="x", steps=(RoutineStep("ST36", 60, "left"),))
    (a,) = render_card(both, catalogue, dpi=60)
    (b,) = render_card(left, catalogue, dpi=60)
    box = layout_card(1, A4, step_heights(both, catalogue, A4, 60))[0][0].picture
    scale = a.width() / A4.width
    crop = (int(box.x * scale), int(box.y * scale), int(box.width * scale), int(box.height * scale))
    assert a.copy(*crop) != b.copy(*crop)

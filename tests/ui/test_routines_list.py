"""The routines list as a person meets it: your routines, then the built-in ones, each under a
heading the keys pass over; each row a picture of its points, its name and its time; what a
screen reader reads for a row."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from acupress_desktop.controllers.routines import RoutinesController
from acupress_desktop.core.routine import Routine, RoutineStep
from acupress_desktop.storage.database import Database
from acupress_desktop.storage.routines import RoutineRepository, load_builtin_routines
from acupress_desktop.ui.art.illustration import view_transform
from acupress_desktop.ui.art.thumbnail import main_view, render_thumbnail
from acupress_desktop.ui.palette import marker_colours, theme_palette
from acupress_desktop.ui.routines.routine_order import BY_NAME
from acupress_desktop.ui.routines.routines_page import RoutinesPage
from acupress_desktop.ui.theme import apply_theme
from tests.look import look_restored
from tests.person import focused, press

_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole


def make_page(qtbot, catalogue, tmp_path: Path, *mine: Routine) -> RoutinesPage:  # type: ignore[no-untyped-def]
    db, _ = Database.open(tmp_path / "data")
    repository = RoutineRepository(db, load_builtin_routines(catalogue), catalogue=catalogue)
    for routine in mine:
        repository.create(routine)
    page = RoutinesPage(catalogue, RoutinesController(repository, catalogue))
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture()
def app_theme(qapp) -> Iterator[QApplication]:  # type: ignore[no-untyped-def]
    """The application's theme, changed as Settings changes it; put back afterwards."""
    with look_restored(qapp):
        yield qapp


BACK = Routine("Zed back", (RoutineStep("BL23", 60), RoutineStep("GV4", 60)))
HANDS = Routine("Able hands", (RoutineStep("LI4", 30, "right"),))


def texts(page: RoutinesPage) -> list[str]:
    """Each row's first line (the heading, or "★ name")."""
    return [page.list.item(row).text().split("\n")[0] for row in range(page.list.count())]


def first_line_row(page: RoutinesPage, start: str) -> int:
    return next(row for row, text in enumerate(texts(page)) if text.startswith(start))


def test_your_routines_then_the_built_in_ones_each_in_the_order_chosen(
    qtbot, catalogue, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Two headings, the person's routines under the first; by name within each group; the
    headings cannot be selected."""
    page = make_page(qtbot, catalogue, tmp_path, BACK, HANDS)
    page.sort_combo.setCurrentIndex(BY_NAME)
    shown = texts(page)
    builtins = sorted(
        (r.name for r in load_builtin_routines(catalogue)), key=str.casefold
    )  # the built-in routines by name
    assert shown == ["Your routines", "Able hands", "Zed back", "Built-in routines", *builtins]
    for row in (0, 3):
        flags = page.list.item(row).flags()
        assert not flags & Qt.ItemFlag.ItemIsSelectable and not flags & Qt.ItemFlag.ItemIsEnabled
    assert [item.text().split("\n")[0] for item in page.routine_items()] == [
        "Able hands",
        "Zed back",
        *builtins,
    ]


def test_an_empty_group_has_no_heading(qtbot, catalogue, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Without routines of your own the list starts with the built-in ones' heading, and the
    first routine is chosen, not the heading."""
    page = make_page(qtbot, catalogue, tmp_path)
    assert texts(page)[0] == "Built-in routines"
    assert "Your routines" not in texts(page)
    assert page.list.currentRow() == 1 and page.selected() is not None
    page.list.setCurrentRow(0)  # asked for a heading: its first routine instead
    assert page.list.currentRow() == 1 and page.selected() is not None


def test_the_keys_pass_over_the_headings(qtbot, catalogue, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Up, Down, Home, End, Page Up and Page Down never stop on a heading (Home and Page Up
    stayed where they were in QListView, the first row being a heading)."""
    page = make_page(qtbot, catalogue, tmp_path, BACK, HANDS)
    page.activateWindow()
    page.list.setFocus()
    assert focused() is page.list
    last_mine, first_builtin = 2, 4  # rows 0 and 3 are headings
    assert page.list.currentRow() == 1
    press(Qt.Key.Key_Up)
    assert page.list.currentRow() == 1  # nothing above but the heading
    press(Qt.Key.Key_Down)
    assert page.list.currentRow() == last_mine
    press(Qt.Key.Key_Down)
    assert page.list.currentRow() == first_builtin
    assert page.selected() is not None and page.selected().routine.builtin
    press(Qt.Key.Key_Up)
    assert page.list.currentRow() == last_mine
    press(Qt.Key.Key_End)
    assert page.list.currentRow() == page.list.count() - 1
    press(Qt.Key.Key_Home)
    assert page.list.currentRow() == 1
    press(Qt.Key.Key_End)
    for _ in range(6):
        press(Qt.Key.Key_PageUp)
        assert page.list.currentRow() not in (0, 3)
    assert page.list.currentRow() == 1
    for _ in range(6):
        press(Qt.Key.Key_PageDown)
        assert page.list.currentRow() not in (0, 3)
    assert page.list.currentRow() == page.list.count() - 1
    assert page.selected() is not None
    assert page.title.text() == page.selected().routine.name


def test_a_click_on_a_heading_chooses_nothing(qtbot, catalogue, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Clicking the "Built-in routines" heading leaves the chosen routine chosen."""
    page = make_page(qtbot, catalogue, tmp_path, BACK)
    assert page.selected() is not None and page.selected().routine.name == "Zed back"
    heading = page.list.item(first_line_row(page, "Built-in routines"))
    QTest.mouseClick(
        page.list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=page.list.visualItemRect(heading).center(),
    )
    assert page.selected() is not None and page.selected().routine.name == "Zed back"


def test_each_row_shows_its_time_and_the_star(qtbot, catalogue, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The second line: the whole time and, when every press is as long, that time."""
    page = make_page(qtbot, catalogue, tmp_path, BACK)
    rows = {item.text().split("\n")[0]: item for item in page.routine_items()}
    # 5 + (60 + 5 + 60) + 60 = 190 s = 3:10
    assert rows["Zed back"].text() == "Zed back\nabout 3 min · 1 min each"
    # 5 + 3 × (60 + 5 + 60) + 2 × 10 = 400 s = 6:40
    assert (
        rows["Hand and arm points"].text() == "Hand and arm points\nabout 7 min · 1 min each side"
    )
    assert rows["Lower back"].text() == "Lower back\nabout 7 min"  # the times differ
    page.list.setCurrentItem(rows["Lower back"])
    page.favourite_button.click()
    lower_back = next(i for i in page.routine_items() if "Lower back" in i.text())
    assert lower_back.text() == "★ Lower back\nabout 7 min"


def test_what_a_screen_reader_reads(qtbot, catalogue, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A row: name, kind, favourite, time in words, the points. A heading says it is one."""
    page = make_page(qtbot, catalogue, tmp_path, BACK)
    assert page.list.item(0).data(_ACCESSIBLE) == "Your routines, heading, 1 routine"
    count = len(load_builtin_routines(catalogue))
    heading = page.list.item(first_line_row(page, "Built-in routines"))
    assert heading.data(_ACCESSIBLE) == f"Built-in routines, heading, {count} routines"
    mine = page.list.item(first_line_row(page, "Zed back"))
    assert mine.data(_ACCESSIBLE) == (
        "Zed back, yours, about 3 minutes, 1 minute each, 2 points: BL23 Shenshu, GV4 Mingmen"
    )
    page.list.setCurrentRow(first_line_row(page, "Lower back"))
    page.favourite_button.click()
    lower_back = page.list.item(first_line_row(page, "★ Lower back"))
    assert lower_back.data(_ACCESSIBLE) == (
        "Lower back, built-in, favourite, about 7 minutes, 3 points: BL23 Shenshu, "
        "BL40 Weizhong, GB30 Huantiao"
    )


def _icon_image(page: RoutinesPage, start: str) -> QImage:
    QApplication.processEvents()  # the list is redrawn once a change of looks is over
    item = page.list.item(first_line_row(page, start))
    pixmap = item.icon().pixmap(page.list.iconSize())
    assert not pixmap.isNull()
    return pixmap.toImage()


def test_each_row_has_a_picture_of_its_points(qtbot, catalogue, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A hand routine shows a hand, a back routine the back; the text size sets their size."""
    page = make_page(qtbot, catalogue, tmp_path, BACK, HANDS)
    side = page.list.iconSize().width()
    assert 48 <= side <= 64 and page.list.iconSize().height() == side
    back, hands = _icon_image(page, "Zed back"), _icon_image(page, "Able hands")
    assert back.size() == hands.size() and back != hands
    for item in page.routine_items():
        assert not item.icon().isNull(), item.text()


def test_the_picture_has_a_marker_on_each_point(catalogue, qapp) -> None:  # type: ignore[no-untyped-def]
    """BL23 (both sides) and GV4 share the lower-back view: three marker discs, at their places,
    in the theme's marker colour."""
    palette = theme_palette("light")
    chosen = main_view(catalogue, ["BL23", "GV4", "BL40"])
    assert chosen is not None
    view, points = chosen
    assert view.id == "lower-back" and [p.id for p in points] == ["BL23", "GV4"]
    size = QSize(64, 64)
    image = render_thumbnail(catalogue, ["BL23", "GV4", "BL40"], size, palette).toImage()
    transform = view_transform(view.width, view.height, QRectF(0, 0, 64, 64))
    fill = marker_colours(palette).fill
    markers = [marker for point in points for marker in point.markers]
    assert len(markers) == 3
    for marker in markers:
        centre = transform.map(QPointF(marker.x, marker.y)).toPoint()
        around = {
            image.pixelColor(centre.x() + dx, centre.y() + dy).name()
            for dx in (-1, 0, 1)
            for dy in (-1, 0, 1)
        }
        assert fill.name() in around, (marker, around)


def test_the_pictures_follow_the_theme(qtbot, catalogue, tmp_path: Path, app_theme) -> None:  # type: ignore[no-untyped-def]
    """Choosing the dark theme draws the pictures again, in the dark art; a larger text size
    makes them larger."""
    apply_theme(app_theme, "light")
    page = make_page(qtbot, catalogue, tmp_path, BACK)
    light = _icon_image(page, "Zed back")
    apply_theme(app_theme, "dark")
    assert _icon_image(page, "Zed back") != light
    apply_theme(app_theme, "dark", 20.0)
    QApplication.processEvents()
    assert page.list.iconSize().width() == 64
    assert _icon_image(page, "Zed back").width() == 64


@pytest.mark.parametrize("points", [12.0, 20.0])
def test_rows_wrap_within_the_list(
    qtbot, catalogue, tmp_path: Path, points: float, app_theme
) -> None:  # type: ignore[no-untyped-def]
    """A long name wraps onto more lines; no row is wider than the list, none is cut."""
    apply_theme(app_theme, "high-contrast" if points == 20 else "light", points)
    long_name = "My evening routine for the lower back and the hips, done slowly"
    page = make_page(qtbot, catalogue, tmp_path, Routine(long_name, (RoutineStep("BL23", 60),)))
    page.resize(700, 700)
    side = page.list.iconSize().width()
    assert side == 64 if points == 20 else 48 <= side < 64
    width = page.list.viewport().width()
    metrics = page.list.fontMetrics()
    for item in page.routine_items():
        rect = page.list.visualItemRect(item)
        assert rect.width() <= width, item.text()
        # the text beside the picture needs at least this many lines at this width
        room = width - page.list.iconSize().width() - 12
        lines = sum(
            max(1, -(-metrics.horizontalAdvance(line) // room)) for line in item.text().split("\n")
        )
        assert rect.height() >= lines * metrics.lineSpacing(), (item.text(), rect, lines)
    row = page.list.visualItemRect(page.list.item(first_line_row(page, "My evening")))
    assert row.height() >= 3 * metrics.lineSpacing()  # the name took two lines


@pytest.mark.parametrize("theme", ["high-contrast", "light"])
def test_a_selected_row_shows_its_picture_as_the_others_do(  # type: ignore[no-untyped-def]
    qtbot, catalogue, tmp_path: Path, app_theme, theme: str
) -> None:
    """Selecting a row leaves its picture as it was: it does not sit on the selection colour
    (in high contrast, the markers' own yellow, which hid them)."""
    apply_theme(app_theme, theme)
    page = make_page(qtbot, catalogue, tmp_path, BACK, HANDS)
    row = first_line_row(page, "Zed back")

    def picture() -> QImage:
        """The row's picture as drawn, less a margin for the tile's rounded corners."""
        QApplication.processEvents()
        index = page.list.model().index(row, 0)
        option = QStyleOptionViewItem()
        option.initFrom(page.list.viewport())
        option.decorationSize = page.list.iconSize()
        page.list.itemDelegate().initStyleOption(option, index)
        option.rect = page.list.visualRect(index)
        where = page.list.style().subElementRect(
            QStyle.SubElement.SE_ItemViewItemDecoration, option, page.list
        )
        inset = where.width() // 6
        shot = page.list.viewport().grab().toImage()
        return shot.copy(where.adjusted(inset, inset, -inset, -inset))

    page.list.setCurrentRow(first_line_row(page, "Able hands"))
    before = picture()
    page.list.setCurrentRow(row)
    after = picture()
    assert page.list.item(row).isSelected()
    assert before.width() >= 30
    same = sum(
        before.pixel(x, y) == after.pixel(x, y)
        for x in range(before.width())
        for y in range(before.height())
    )
    assert same / (before.width() * before.height()) > 0.95

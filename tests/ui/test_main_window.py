"""The browse window as a user meets it: body map, region buttons, concern filter, search, cards, details."""

from __future__ import annotations

from html import escape
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QWidget,
)

from acupress_desktop.app.composition import Acupress
from acupress_desktop.controllers.models import PointRole
from acupress_desktop.core.catalogue import CONCERNS, REGIONS
from acupress_desktop.ui.art.illustration import IllustrationView
from acupress_desktop.ui.browse.body_map import BodyMap
from acupress_desktop.ui.help.safety_dialog import SafetyDialog


@pytest.fixture()
def services(qtbot, catalogue, tmp_path: Path) -> Acupress:  # type: ignore[no-untyped-def]
    """The app's services with a fresh data folder and the window shown."""
    built = Acupress(catalogue, tmp_path / "data")
    qtbot.addWidget(built.window)
    built.window.resize(1380, 860)
    built.window.show()
    qtbot.waitExposed(built.window)
    return built


def shown_ids(services: Acupress) -> set[str]:
    model = services.window.filter_model
    return {model.index(row, 0).data(PointRole).id for row in range(model.rowCount())}


def region_points(catalogue, region: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {p.id for p in catalogue.points if region in p.regions}


@pytest.mark.parametrize("region", REGIONS)
def test_clicking_a_body_region_shows_exactly_its_points(
    services: Acupress, catalogue, qtbot, region: str
) -> None:  # type: ignore[no-untyped-def]
    """A click on a region of the figure lists that region's points and highlights it."""
    body_map = services.window.body_map
    centre = body_map.region_center(region)
    assert centre is not None, f"the body map has no shape for {region}"
    assert body_map.region_at(centre) == region
    qtbot.mouseClick(body_map, Qt.MouseButton.LeftButton, pos=centre.toPoint())
    assert shown_ids(services) == region_points(catalogue, region)
    assert body_map.selected_region == region
    assert services.window.region_buttons[region].isChecked()


def test_clicking_the_selected_region_again_shows_everything(
    services: Acupress, catalogue, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """A second click on the same region clears the filter."""
    body_map = services.window.body_map
    centre = body_map.region_center("feet")
    assert centre is not None
    qtbot.mouseClick(body_map, Qt.MouseButton.LeftButton, pos=centre.toPoint())
    qtbot.mouseClick(body_map, Qt.MouseButton.LeftButton, pos=centre.toPoint())
    assert len(shown_ids(services)) == len(catalogue.points)
    assert body_map.selected_region is None


def test_clicking_background_changes_nothing(services: Acupress, catalogue, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A click beside the figure keeps every point listed."""
    body_map = services.window.body_map
    qtbot.mouseClick(body_map, Qt.MouseButton.LeftButton, pos=QPoint(2, body_map.height() - 2))
    assert len(shown_ids(services)) == len(catalogue.points)


def test_hover_highlights_a_region(services: Acupress, qtbot) -> None:
    """Moving the pointer over a region marks it as hovered (drawn highlighted)."""
    body_map = services.window.body_map
    centre = body_map.region_center("abdomen")
    assert centre is not None
    qtbot.mouseMove(body_map, centre.toPoint())
    assert body_map._hovered == "abdomen"


def test_body_map_works_by_keyboard(services: Acupress, catalogue, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Arrow keys move through the regions, Enter picks one, Escape shows every region again."""
    body_map = services.window.body_map
    body_map.setFocus()
    qtbot.keyClick(body_map, Qt.Key.Key_Right)  # hands-arms → abdomen
    qtbot.keyClick(body_map, Qt.Key.Key_Return)
    assert shown_ids(services) == region_points(catalogue, "abdomen")
    qtbot.keyClick(body_map, Qt.Key.Key_Escape)
    assert len(shown_ids(services)) == len(catalogue.points)


@pytest.mark.parametrize("region", REGIONS)
def test_region_buttons_filter_too(services: Acupress, catalogue, qtbot, region: str) -> None:  # type: ignore[no-untyped-def]
    """The buttons beside the figure give the same filter, by mouse or keyboard."""
    button = services.window.region_buttons[region]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert shown_ids(services) == region_points(catalogue, region)
    assert services.window.body_map.selected_region == region


@pytest.mark.parametrize("concern", CONCERNS)
def test_concern_filter(services: Acupress, catalogue, concern: str) -> None:  # type: ignore[no-untyped-def]
    """Choosing a concern lists exactly the points for it."""
    combo = services.window.concern_combo
    combo.setCurrentIndex(combo.findData(concern))
    assert shown_ids(services) == {p.id for p in catalogue.points if concern in p.concerns}


def test_typing_an_alias_finds_the_point(services: Acupress, catalogue, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Typing "LV13" lists LR13 first; clearing the search lists every point again."""
    search = services.window.search
    qtbot.keyClicks(search, "LV13")
    assert services.window.filter_model.index(0, 0).data(PointRole).id == "LR13"
    assert "1 point" in services.window.count_label.text()
    search.clear()
    assert services.window.filter_model.rowCount() == len(catalogue.points)


def test_no_match_says_so(services: Acupress, qtbot) -> None:
    """A search that matches nothing tells the user what to try."""
    qtbot.keyClicks(services.window.search, "qqqq")
    assert services.window.filter_model.rowCount() == 0
    assert "No points match" in services.window.count_label.text()


def test_choosing_a_card_shows_every_field(services: Acupress, catalogue, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Selecting a card fills the detail pane with names, steps, pressing, uses, cautions and evidence."""
    window = services.window
    window.grid.select_point("BL40")
    detail = window.detail
    point = catalogue.point("BL40")
    assert detail.point == point
    assert "BL40 · Weizhong" in detail.title.text()
    text = detail.text.text()
    for piece in (
        *point.locate,
        point.press.technique,
        point.uses,
        *point.cautions.notes,
        point.evidence.note,
    ):
        assert escape(piece) in text
    for key in catalogue.shown_sources(point):
        assert escape(catalogue.sources[key]) in text
    assert "Gentle pressure only" in [badge.text for badge in detail.badges.items()]
    assert detail.illustration.point == point


def test_keyboard_moves_through_cards(services: Acupress, qtbot) -> None:
    """With the cards focused, the arrow keys change the point shown in the details."""
    grid = services.window.grid
    grid.setFocus()
    grid.setCurrentIndex(grid.model().index(0, 0))
    first = services.window.detail.point
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert services.window.detail.point is not None and services.window.detail.point != first


def test_ctrl_f_focuses_search(services: Acupress, qtbot) -> None:
    """Ctrl+F puts the cursor in the search box."""
    services.window.search_action.trigger()
    assert services.window.search.hasFocus()


def test_every_control_has_an_accessible_name(services: Acupress) -> None:
    """Buttons, fields, lists and custom-painted widgets all carry a name a screen reader can say."""
    kinds = (
        QAbstractButton,
        QLineEdit,
        QComboBox,
        QAbstractSpinBox,
        QAbstractItemView,
        BodyMap,
        IllustrationView,
    )
    unnamed = [
        f"{type(w).__name__} {w.objectName()}"
        for w in services.window.findChildren(QWidget)
        if isinstance(w, kinds)
        and w.isVisibleTo(services.window)
        and not isinstance(w.parent(), QAbstractSpinBox | QComboBox)  # parts of a named control
        and not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()))
    ]
    assert unnamed == []


def test_cards_describe_themselves(services: Acupress) -> None:
    """A card's accessible text says code, name, region, purpose, time and badges."""
    model = services.window.filter_model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(PointRole).id == "SP6")
    text = model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert text.startswith("SP6 Sanyinjiao")
    assert "Avoid in pregnancy" in text and "Legs and knees" in text


def test_safety_notice_shown_once(qtbot, catalogue, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The first start shows the safety notice; once acknowledged, the next start does not."""
    first = Acupress(catalogue, tmp_path)
    qtbot.addWidget(first.window)
    dialog = first.settings.show_safety_notice_if_new()
    assert isinstance(dialog, SafetyDialog)
    assert "not medical advice" in dialog.text.text()
    assert "bladder" in dialog.text.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    second = Acupress(catalogue, tmp_path)
    qtbot.addWidget(second.window)
    assert second.settings.show_safety_notice_if_new() is None


def test_safety_notice_stays_under_help(services: Acupress, qtbot) -> None:
    """Help → Safety notice opens the notice at any time."""
    assert services.window.safety_action in services.window.help_menu.actions()


def test_unwritable_data_folder_is_reported(qtbot, catalogue, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """When settings cannot be saved, the user is told and the app keeps working."""
    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be")
    services = Acupress(catalogue, blocker)
    qtbot.addWidget(services.window)
    services.settings.update(safety_notice_seen=True)
    assert "could not be saved" in services.notices.last
    assert services.settings.current.safety_notice_seen


def test_point_texts_with_markup_characters_show_as_written() -> None:
    """A catalogue text with <, >, & or quotes reads as plain text in the detail pane, exactly
    as Python's html.escape would make it."""
    from html import escape as reference

    from acupress_desktop.ui.labels import escape

    for text in ('Press "firmly" & slowly <1 min>', "Don't", "plain", "&amp; already"):
        assert escape(text) == reference(text)


def test_file_import_opens_the_routines_file_dialog(services: Acupress, qtbot) -> None:  # type: ignore[no-untyped-def]
    """File → Import routines… (Ctrl+O, pressed where the focus is) shows the Routines page
    and its file dialog."""
    from PySide6.QtWidgets import QFileDialog

    from tests.person import press

    services.window.activateWindow()
    services.window.grid.setFocus()
    press(Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert services.window.tabs.currentIndex() == 1
    dialog = services.routines.page().findChild(QFileDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def _drag_and_drop(window, data) -> tuple[bool, bool]:  # type: ignore[no-untyped-def]
    """Drag ``data`` over the window and drop it, as the platform does: enter, then drop."""
    import warnings

    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    centre = window.rect().center()
    with warnings.catch_warnings():  # PySide6 marks the QPoint constructor deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(QPoint(centre), Qt.DropAction.CopyAction, data,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False, False
    drop = QDropEvent(QPointF(centre), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(window, drop)
    return True, drop.isAccepted()


def test_dropping_a_routine_file_on_the_window_imports_it(
    services: Acupress, tmp_path: Path
) -> None:
    """A .acupress.json file dropped anywhere on the window is imported; other files are not
    taken."""
    from PySide6.QtCore import QMimeData, QUrl

    from acupress_desktop.core.routine import Routine, RoutineStep
    from acupress_desktop.storage.transfer import write_export

    file = tmp_path / "dropped.acupress.json"
    write_export(file, [Routine("Dropped", (RoutineStep("GV4", 30),))])
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(tmp_path / "photo.png"))])
    assert _drag_and_drop(services.window, other) == (False, False)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(file))])
    assert _drag_and_drop(services.window, data) == (True, True)
    assert services.routines.repository().find_by_name("Dropped") is not None


def test_point_option_shows_a_point_the_pregnancy_setting_hides(services: Acupress) -> None:
    """--point BL60 while pregnant: its details are shown, and the user is told why it has no
    card (it did nothing, silently)."""
    services.settings.update(pregnant=True)
    services.window.set_pregnant(True)
    assert services.show_point("BL60")
    assert services.window.detail.point is not None
    assert services.window.detail.point.id == "BL60"
    assert "pregnancy setting" in services.window.statusBar().currentMessage()


def test_point_option_says_when_there_is_no_such_point(services: Acupress) -> None:
    """--point XX99 says there is no such point (it only printed to a terminal)."""
    assert not services.show_point("XX99")
    assert "XX99" in services.window.statusBar().currentMessage()


def test_point_option_accepts_other_spellings_of_a_code(services: Acupress) -> None:
    """--point lv13 or "V23" finds LR13 and BL23."""
    services.show_point("lv13")
    assert services.window.detail.point is not None and services.window.detail.point.id == "LR13"
    services.show_point("V23")
    assert services.window.detail.point.id == "BL23"


def test_the_window_title_names_the_app_once(services: Acupress) -> None:
    """The title is "Acupressure for back pain"; the window manager adds " — Acupress" (it read
    "Acupress — acupressure for back pain — Acupress")."""
    assert services.window.windowTitle() == "Acupressure for back pain"


def test_the_search_fields_clear_button_has_a_name(services: Acupress, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The clear button inside the search field is named for a screen reader (it had none)."""
    from PySide6.QtWidgets import QToolButton

    qtbot.keyClicks(services.window.search, "BL")
    buttons = [b for b in services.window.search.findChildren(QToolButton) if b.isVisible()]
    assert buttons and all(b.accessibleName() == "Clear the search" for b in buttons)


def test_closed_dialogs_leave_the_window(services: Acupress, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Help dialogs, once closed, are gone (they stayed in the accessibility tree)."""
    from PySide6.QtWidgets import QDialog

    window = services.window
    for action in (window.safety_action, window.finger_guide_action, window.pressure_action,
                   window.evidence_action):  # fmt: skip
        action.trigger()
        dialogs = [d for d in window.findChildren(QDialog) if d.isVisible()]
        assert len(dialogs) == 1
        dialogs[0].reject()
        qtbot.waitUntil(lambda: not window.findChildren(QDialog), timeout=1000)
    dialog = services.open_settings()
    dialog.reject()
    qtbot.waitUntil(lambda: not window.findChildren(QDialog), timeout=1000)

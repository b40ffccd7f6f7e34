"""The finger-width guide, the pressure scale and the evidence page, where a user meets them:
on a point's card, in the Help menu and in the guided session."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QRectF, Qt, QUrl
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from acupress_desktop.core.catalogue import PRESSURES
from acupress_desktop.ui.browse.point_detail import PointDetail
from acupress_desktop.ui.help.evidence_page import EvidenceDialog, evidence_html
from acupress_desktop.ui.help.finger_guide import (
    MEASURES,
    FingerGuideDialog,
    measure_art_path,
    measure_name,
)
from acupress_desktop.ui.help.pressure_scale import (
    PressureScaleDialog,
    pressure_feel,
    pressure_scale_html,
)
from acupress_desktop.ui.palette import ART_TOKENS
from acupress_desktop.ui.session.session_guide import guide_text

TOKENS = {value.upper() for value in ART_TOKENS.values()}


@pytest.fixture()
def detail(qtbot, catalogue) -> PointDetail:  # type: ignore[no-untyped-def]
    """The detail pane, shown."""
    pane = PointDetail(catalogue)
    qtbot.addWidget(pane)
    pane.resize(460, 800)
    pane.show()
    return pane


def _opened(qtbot, kind: type) -> object:  # type: ignore[no-untyped-def]
    found: list[object] = []

    def check() -> None:
        found[:] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()
        ]
        assert found

    qtbot.waitUntil(check, timeout=1000)
    return found[-1]


def test_a_step_that_measures_links_to_the_guide_for_that_measure(
    qtbot, detail: PointDetail, catalogue
) -> None:  # type: ignore[no-untyped-def]
    """TE5's "three finger-widths" step carries a link, and the card a button, to the guide."""
    detail.show_point(catalogue.point("TE5"))
    assert 'href="measure:3"' in detail.text.text()
    assert measure_name(3) in detail.text.text()
    assert detail.guides.measure_button.isVisible()
    qtbot.mouseClick(detail.guides.measure_button, Qt.MouseButton.LeftButton)
    dialog = _opened(qtbot, FingerGuideDialog)
    assert isinstance(dialog, FingerGuideDialog) and dialog.highlight == 3
    dialog.close()
    detail.text.anchorClicked.emit(QUrl("measure:4"))
    dialog = _opened(qtbot, FingerGuideDialog)
    assert isinstance(dialog, FingerGuideDialog) and dialog.highlight == 4
    dialog.close()


def test_a_card_without_measures_has_no_measure_button(detail: PointDetail, catalogue) -> None:  # type: ignore[no-untyped-def]
    """LI4 is found by landmarks only: no measure link, no measure button."""
    detail.show_point(catalogue.point("LI4"))
    assert "measure:" not in detail.text.text()
    assert not detail.guides.measure_button.isVisible()
    assert detail.guides.pressure_button.isVisible()


def test_each_card_says_what_its_pressure_feels_like(detail: PointDetail, catalogue) -> None:  # type: ignore[no-untyped-def]
    """ "Gentle / moderate / firm" is explained on the card by what it should feel like."""
    for point_id in ("BL40", "SP6", "ST36"):
        point = catalogue.point(point_id)
        detail.show_point(point)
        assert pressure_feel(point.press.pressure) in detail.text.text()


def test_the_pressure_scale_defines_each_level_and_when_to_stop(qtbot, detail: PointDetail) -> None:  # type: ignore[no-untyped-def]
    """The scale names every level with a 0–10 range, when to stop, how long and how often."""
    html = pressure_scale_html()
    for level in PRESSURES:
        assert re.search(r"\d+ to \d+ out of 10", pressure_feel(level)), level
    for words in ("Ease off at once", "How long", "How often", "not a measured dose"):
        assert words in html
    qtbot.mouseClick(detail.guides.pressure_button, Qt.MouseButton.LeftButton)
    dialog = _opened(qtbot, PressureScaleDialog)
    assert isinstance(dialog, PressureScaleDialog)
    dialog.close()


def test_the_card_shows_no_dataset_or_website_as_evidence(detail: PointDetail, catalogue) -> None:  # type: ignore[no-untyped-def]
    """Under "Sources" a user reads studies and the WHO standard, and is told what else was used."""
    for point in catalogue.points:
        detail.show_point(point)
        text = detail.text.text()
        for word in ("GitHub", "several acupuncture websites", "dataset ("):
            assert word not in text, f"{point.id}: {word}"
    detail.show_point(catalogue.point("LI11"))
    assert "not evidence that the point helps" in detail.text.text()


def test_the_evidence_page_is_honest_about_self_acupressure(qtbot, catalogue) -> None:  # type: ignore[no-untyped-def]
    """Practitioner trials, self-acupressure pilots, reviews, sham points and NICE's position."""
    html = evidence_html(catalogue)
    for words in (
        "trained practitioner",
        "67 people",
        "sham points",
        "NICE",
        "does not recommend",
        "not evidence that a point helps",
    ):
        assert words in html, words
    for key in ("E1", "E2", "E4", "E6", "S24"):
        assert catalogue.sources[key] in html.replace("&amp;", "&")
    assert "github" not in html.lower()
    dialog = EvidenceDialog(catalogue)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.height() <= dialog.screen().availableGeometry().height()


def test_help_menu_opens_each_guide(qtbot, catalogue, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Help → Measure with your own hand, Pressure scale and About the evidence open their pages."""
    from acupress_desktop.app.composition import Acupress

    services = Acupress(catalogue, tmp_path / "data")
    qtbot.addWidget(services.window)
    window = services.window
    assert {window.finger_guide_action, window.pressure_action, window.evidence_action} <= set(
        window.help_menu.actions()
    )
    for action, kind in (
        (window.finger_guide_action, FingerGuideDialog),
        (window.pressure_action, PressureScaleDialog),
        (window.evidence_action, EvidenceDialog),
    ):
        action.trigger()
        dialog = _opened(qtbot, kind)
        assert dialog.accessibleName()  # type: ignore[attr-defined]
        dialog.close()  # type: ignore[attr-defined]


def test_the_session_shows_pressure_while_pressing_and_the_measure_while_getting_ready(
    catalogue,
) -> None:  # type: ignore[no-untyped-def]
    """ST36: get ready shows four fingers; pressing shows how firm pressure should feel."""
    from acupress_desktop.core.plan import build_plan
    from acupress_desktop.core.routine import Routine, RoutineStep
    from acupress_desktop.core.session import Session

    routine = Routine("t", (RoutineStep("ST36", 30),), get_ready_seconds=5)
    plan = build_plan(routine, catalogue)
    from acupress_desktop.core.breathing import pattern_by_id

    session = Session.start(plan, pattern_by_id("off"), 0.0)
    ready = session.snapshot(1.0)
    text, fingers = guide_text(ready, catalogue)
    assert fingers == 4 and measure_name(4) in text
    pressing = session.snapshot(6.0)
    text, fingers = guide_text(pressing, catalogue)
    assert fingers is None and pressure_feel("firm") in text


@pytest.mark.parametrize("fingers", MEASURES)
def test_measure_pictures_follow_the_art_style(qapp, fingers: int) -> None:  # type: ignore[no-untyped-def]
    """Each measure's picture is token-coloured Tiny SVG with no text, and draws a hand."""
    path = measure_art_path(fingers)
    source = path.read_text(encoding="utf-8")
    assert {c.upper() for c in re.findall(r"#[0-9A-Fa-f]{3,8}\b", source)} <= TOKENS
    root = ET.fromstring(source)
    assert root.get("viewBox") == "0 0 400 400"
    assert not [e for e in root.iter() if e.tag.endswith("text")]
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid()
    image = QImage(100, 100, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, 100, 100))
    painter.end()
    covered = sum(
        image.pixelColor(x, y).alpha() > 0 for x in range(0, 100, 4) for y in range(0, 100, 4)
    )
    assert covered > 0.15 * 25 * 25

"""Routine options as a person meets them: finding the point first, a ramped press, the editor."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from acupress_desktop.core.routine import Routine, RoutineStep
from acupress_desktop.ui.accessibility import spoken_milestone
from acupress_desktop.ui.routines.routine_editor import RoutineEditor
from tests.person import click, focused, press
from tests.ui.test_session_view import SessionHarness


def test_find_the_point_waits_for_space_and_the_time_stands_still(
    qtbot, catalogue, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    harness = SessionHarness(qtbot, catalogue, tmp_path)
    routine = Routine("Find first", (RoutineStep("GV4", 20),), find_point=True)
    harness.services.session.start_routine(routine)
    view = harness.view
    view.running_page.setFocus()
    assert view.kind_label.text() == "Find the point"
    assert view.pause_button.text() == "Continue"
    left = view.time_left.text()
    harness.run(120)  # two minutes spent finding it
    assert view.kind_label.text() == "Find the point" and view.time_left.text() == left
    press("p")  # P still pauses while finding
    assert view.kind_label.text() == "Paused · Find the point"
    press("p")
    press(Qt.Key.Key_Space)  # found it: the get-ready countdown follows
    assert view.kind_label.text() == "Get ready" and view.ring.shown_seconds == 5
    harness.run(5)
    assert view.kind_label.text() == "Press"
    press(Qt.Key.Key_Escape)
    assert view.stack.currentWidget() is view.summary_page


def test_a_ramped_press_shows_its_three_stages(qtbot, catalogue, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    harness = SessionHarness(qtbot, catalogue, tmp_path)
    routine = Routine("Ramp", (RoutineStep("GV4", 30),), get_ready_seconds=0, press_style="ramp")
    harness.services.session.start_routine(routine)
    view = harness.view
    view.running_page.setFocus()
    assert focused() is view.running_page  # the window is active, the page has the keys
    assert view.kind_label.text() == "Press — Press in slowly"
    harness.run(7)
    assert view.kind_label.text() == "Press — Hold steady"
    # a screen reader hears each stage (it says the focused widget's new description)
    assert spoken_milestone(focused()) == "Hold steady"
    harness.run(18)
    assert view.kind_label.text() == "Press — Ease off"
    assert spoken_milestone(focused()) == "Ease off"


def test_editor_options_by_keyboard_are_in_the_routine(qtbot, catalogue) -> None:  # type: ignore[no-untyped-def]
    original = Routine("Evening", (RoutineStep("GV4", 30),), id="r1")
    editor = RoutineEditor(catalogue, original, [])
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.name_edit.setFocus()
    # a check box's mnemonic clicks it the way Qt shows a click (released a moment later)
    for key, check in (
        ("f", editor.find_check),
        ("h", editor.halfway_check),
        ("w", editor.breath_check),
    ):
        press(key, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(check.isChecked)
    press("y", Qt.KeyboardModifier.AltModifier)
    assert focused() is editor.style_combo
    press(Qt.Key.Key_Down)
    chosen = editor.routine()
    assert (chosen.find_point, chosen.halfway_cue, chosen.press_with_breath) == (True, True, True)
    assert chosen.press_style == "ramp"
    click(editor.save_button)


def test_editor_mnemonics_are_unique(qtbot, catalogue) -> None:  # type: ignore[no-untyped-def]
    editor = RoutineEditor(catalogue, None, [])
    qtbot.addWidget(editor)
    keys: list[str] = []
    for widget in editor.findChildren(QWidget):
        text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
        if isinstance(text, str):
            keys += [m.lower() for m in re.findall(r"&([^&\s])", text)]
    assert len(keys) == len(set(keys)), keys
    for check in (editor.find_check, editor.halfway_check, editor.breath_check, editor.style_combo):
        assert check.accessibleName()


def test_finding_shows_the_press_to_come_and_what_follows_it(
    qtbot, catalogue, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """While finding, the ring shows the press that follows, full ("1:00 to press", never a
    stopped "0:00"); "Next" names the step after that press (not the point being found); the
    instructions sit under "Take your time", not "How to press"."""
    harness = SessionHarness(qtbot, catalogue, tmp_path)
    routine = Routine("Find first", (RoutineStep("BL23", 60, "both"),), find_point=True)
    harness.services.session.start_routine(routine)
    view = harness.view
    assert (view.ring.shown_seconds, view.ring.shown_caption()) == (60, "to press")
    assert view.ring.remaining == view.ring.duration == 60
    assert "then 1 minute of pressing" in view.ring.accessibleDescription()
    assert view.title.text().endswith("BL23 Shenshu · left side")
    assert view.next_label.text() == "Next: BL23 Shenshu · right side"
    assert view.steps.technique_heading.text() == "Take your time"
    view.running_page.setFocus()
    press(Qt.Key.Key_Space)  # found it
    harness.run(6)  # the get-ready countdown, into the press
    assert view.kind_label.text() == "Press"
    assert view.ring.shown_caption() == "left side" and view.ring.shown_seconds < 60
    assert view.steps.technique_heading.text() == "How to press"


def animation_frame(harness: SessionHarness) -> None:
    """An animation frame now (the pacer gets its cue from frames; the other tickers)."""
    for ticker in harness.tickers[1:]:
        if ticker.delay is not None:
            ticker.fire()


def test_press_with_the_breath_says_press_on_the_out_breath(
    qtbot, catalogue, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """With the press tied to the breath, the guide says "Breathe out — press" and
    "Breathe in — ease" while pressing (in the page and the mini timer), and the plain words
    while getting ready; a routine without the option keeps the plain words."""
    harness = SessionHarness(qtbot, catalogue, tmp_path)
    routine = Routine(
        "With the breath", (RoutineStep("GV4", 60),), breathing="box", press_with_breath=True
    )
    harness.services.session.start_routine(routine)
    view = harness.view
    mini = harness.services.session.mini_timer()
    mini.show()
    qtbot.waitExposed(mini)
    harness.run(1.5)  # getting ready (box breathing: in 4, hold 4, out 4, hold 4)
    assert view.pacer.accessibleDescription() == "Breathe in"
    harness.run(4)  # into the press
    seen: dict[str, str] = {}  # the guide's words while pressing -> the mini timer's
    for _second in range(20):  # a whole box breath and more
        assert view.kind_label.text() == "Press"
        seen[view.pacer.accessibleDescription()] = mini.breath_label.text()
        harness.run(1)
        animation_frame(harness)
    assert set(seen) == {"Breathe in — ease", "Hold the breath", "Breathe out — press"}
    assert seen["Breathe out — press"].startswith("Breathe out — press · ")
    press(Qt.Key.Key_Escape)

    plain = Routine("Plain", (RoutineStep("GV4", 60),), breathing="box")
    harness.services.session.start_routine(plain)
    harness.run(5.5)
    plain_words = set()
    for _second in range(20):
        assert view.kind_label.text() == "Press"
        plain_words.add(view.pacer.accessibleDescription())
        harness.run(1)
        animation_frame(harness)
    assert plain_words == {"Breathe in", "Hold the breath", "Breathe out"}

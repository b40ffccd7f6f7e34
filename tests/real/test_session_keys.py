"""Every way to start a session, and right after it, with no Tab, every session key works."""

from __future__ import annotations

import json
from pathlib import Path

from tests.desktop.desktop import Desktop, RunningApp, wait_for
from tests.real.conftest import QUICK_ROUTINE, quick_routine_file, seed_data_dir
from tests.real.flows import (
    check_every_session_key,
    search_and_add,
    session_title,
    time_left,
    wait_session_running,
)


def test_start_button_then_every_key(launch) -> None:  # type: ignore[no-untyped-def]
    """Add BL23 with Ctrl+Enter, click Start: the keys work at once."""
    app: RunningApp = launch()
    search_and_add(app, "BL23")
    app.click(app.wait_node("push button", "Start session"))
    wait_session_running(app)
    check_every_session_key(app)


def test_ctrl_g_then_every_key(launch) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+G starts the chosen points; the keys work at once."""
    app: RunningApp = launch()
    search_and_add(app, "GV4", "BL23")
    app.key("ctrl+g")
    wait_session_running(app)
    assert session_title(app).startswith("Point 1 of 2 · GV4")
    check_every_session_key(app)


def test_routines_page_start_button_then_every_key(launch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+2, choose "Quick back", click Start routine: the keys work at once."""
    app: RunningApp = launch(str(quick_routine_file(tmp_path)))
    app.key("ctrl+2")
    app.wait_node("list item", name_contains="Quick back")
    app.click(app.wait_node("list item", name_contains="Quick back"))
    app.click(app.wait_node("push button", "Start routine"))
    wait_session_running(app)
    check_every_session_key(app)


def test_routines_page_enter_then_every_key(launch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+2, arrow to "Quick back", Enter: the keys work at once."""
    app: RunningApp = launch(str(quick_routine_file(tmp_path)))
    app.key("ctrl+2")
    app.wait_focus(lambda node: (node.parent or {}).get("name") == "Routines")
    for _ in range(10):
        focused = app.focused()
        if focused is not None and "Quick back" in focused.name:
            break
        app.key("Down")
        # the next row has the focus before Down is pressed again (a stale read would press
        # it twice and step over the routine)
        left = focused.name if focused is not None else None
        wait_for(lambda left=left: (node := app.focused()) is not None and node.name != left,
                 5, "Down did not move the focus in the routines list")  # fmt: skip
    app.wait_focus(lambda node: "Quick back" in node.name)
    app.key("Return")
    wait_session_running(app)
    check_every_session_key(app)


def test_routine_option_then_every_key(launch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """acupress FILE --routine "Quick back": imported and started; the keys work at once."""
    app: RunningApp = launch(str(quick_routine_file(tmp_path)), "--routine", "Quick back")
    wait_session_running(app)
    assert session_title(app).startswith("Point 1 of 2 · BL23")
    check_every_session_key(app)


def test_start_anyway_after_the_pregnancy_warning_then_every_key(launch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Pregnant, a routine with LI4: the warning; Tab to "Start anyway", Space: keys work."""
    routine = json.loads(json.dumps(QUICK_ROUTINE))
    routine["routines"][0]["steps"].insert(0, {"point": "LI4", "seconds": 5, "sides": "both"})
    file = tmp_path / "li4.acupress.json"
    file.write_text(json.dumps(routine), encoding="utf-8")
    folder = seed_data_dir(tmp_path / "pregnant", {"pregnant": True})
    app: RunningApp = launch(str(file), "--routine", "Quick back", folder=folder)
    app.wait_node("push button", "Start anyway")
    app.wait_focus("Do not start")  # the safe choice has the focus
    app.key("Tab")
    app.wait_focus("Start anyway")
    app.key("space")
    wait_session_running(app)
    check_every_session_key(app)


def test_plus_typed_on_a_spanish_keyboard_adds_30_seconds(desktop: Desktop, launch) -> None:  # type: ignore[no-untyped-def]
    """On a Spanish layout "+" is a key of its own (no Shift): it adds 30 s too."""
    app: RunningApp = launch()
    search_and_add(app, "BL23")
    app.key("ctrl+g")
    wait_session_running(app)
    desktop.set_keyboard_layout("es")
    try:
        before = time_left(app)
        app.key("plus")
        wait_for(lambda: time_left(app) >= before + 25, 5, "+ on a Spanish keyboard did nothing")
    finally:
        desktop.set_keyboard_layout("us")


def test_keys_work_whatever_has_the_focus_in_the_session(launch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Tab to any session control (the buttons, and the steps panel, which Tab reaches so its
    text can be scrolled): Space still pauses, and pauses only once."""
    app: RunningApp = launch(folder=seed_data_dir(tmp_path / "long", {"default_point_seconds": 60}))
    search_and_add(app, "BL23", "GV4")
    app.key("ctrl+g")
    wait_session_running(app)
    seen = set()
    for _ in range(9):
        app.key("Tab")
        node = app.wait_focus(
            lambda n: n.role == "push button" or n.name == "How to find the point",
            5, "a session control",
        )  # fmt: skip
        seen.add(node.name)
        app.key("space")
        app.wait_node("push button", "Resume (Space)", timeout=5)
        app.key("space")
        app.wait_node("push button", "Pause (Space)", timeout=5)
    assert len(seen) >= 8, ", ".join(sorted(seen))  # every control took the focus in turn

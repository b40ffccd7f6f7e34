"""The end of a session as a person meets it: the summary, pain before and after, "Save as
routine", then the History page and its CSV export; Ctrl+Q on the summary."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.desktop.desktop import RunningApp, wait_for
from tests.real.flows import search_and_add, wait_session_running


def type_path_in_file_dialog(app: RunningApp, path: Path) -> None:
    """The file dialog is open: put the whole path in its file name field, press Enter."""
    app.wait_focus(lambda node: node.role == "text", 10, "the file dialog's name field")
    app.key("ctrl+a")
    app.type(str(path))
    app.key("Return")


def test_summary_pain_save_as_routine_history_and_csv(launch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Pain 6 before, 3 after, kept as the routine "Evening"; the History page lists it under
    that name with its scores, and the CSV export holds them."""
    app: RunningApp = launch()
    search_and_add(app, "GV4")
    app.key("ctrl+g")
    wait_session_running(app)
    app.wait_node("label", "Session complete", timeout=30)
    app.wait_focus("Pain before the session, 0 to 10")
    app.type("6")
    app.key("Tab")
    app.wait_focus("Pain after the session, 0 to 10")
    app.type("3")
    app.key("Tab")
    app.wait_focus("Name for the new routine")
    app.type("Evening")
    app.key("Return")
    app.wait_text("label", r"Saved as the routine “Evening”")
    app.click(app.wait_node("push button", "Save and close"))
    app.key("ctrl+3")
    app.wait_focus(lambda node: (node.parent or {}).get("name") == "Sessions"
                   or node.name == "Sessions", 10, "the sessions table")  # fmt: skip
    cells = [node.name for node in app.find("table cell")]
    assert any("Evening" in cell for cell in cells), cells
    app.click(app.wait_node("push button", "Export history as CSV"))
    target = tmp_path / "history.csv"
    type_path_in_file_dialog(app, target)
    wait_for(target.exists, 10, lambda: f"no CSV written\n{app.tree()}")
    rows = list(csv.DictReader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == 1
    row = rows[0]
    assert "Evening" in row.values(), row
    assert "6" in row.values() and "3" in row.values(), row


def test_ctrl_q_on_the_summary_quits_and_keeps_the_session(launch, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """On the summary Ctrl+Q quits the app (it was ignored); the session is in the history."""
    app: RunningApp = launch()
    search_and_add(app, "GV4")
    app.key("ctrl+g")
    wait_session_running(app)
    app.key("Escape")
    app.wait_node("label", "Session stopped")
    assert app.quit() == 0
    assert (data_dir / "acupress.sqlite3").exists()
    again: RunningApp = launch("--page", "history")
    again.wait_focus(lambda node: (node.parent or {}).get("name") == "Sessions"
                     or node.name == "Sessions", 10, "the sessions table")  # fmt: skip
    assert any(node.name for node in again.find("table cell"))

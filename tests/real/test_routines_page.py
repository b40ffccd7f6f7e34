"""Every button of the Routines page, pressed as a person does: new, edit, copy, rename, delete
and undo, favourite, export, printable card, import (the last two raised TypeError)."""

from __future__ import annotations

from pathlib import Path

from tests.desktop.desktop import RunningApp, wait_for
from tests.real.test_summary_and_history import type_path_in_file_dialog


def routines(app: RunningApp) -> list[str]:
    return [
        node.name for node in app.find("list item") if (node.parent or {}).get("name") == "Routines"
    ]


def is_routine(name: str, routine: str) -> bool:
    """Whether a row's accessible name ("Mine, yours, favourite, about 2 minutes, …") is the
    routine's; its shown text ("★ Mine" then the time) counts too."""
    shown = name.removeprefix("★ ").split("\n")[0]
    return shown == routine or shown.startswith(routine + ", ")


def has_routine(app: RunningApp, routine: str) -> bool:
    return any(is_routine(name, routine) for name in routines(app))


def is_favourite(app: RunningApp, routine: str) -> bool:
    return any(
        is_routine(name, routine) and (name.startswith("★ ") or ", favourite, " in name)
        for name in routines(app)
    )


def choose(app: RunningApp, routine: str) -> None:
    for node in app.find("list item"):
        if (node.parent or {}).get("name") == "Routines" and is_routine(node.name, routine):
            app.click(node)
            app.wait_node("label", routine, timeout=5)
            return
    raise AssertionError(f"no routine {routine!r} in {routines(app)}")


def press(app: RunningApp, name: str) -> None:
    """Click the button of this name (a push button, or a toggle like Favourite)."""
    buttons = [n for n in app.find(None, name) if n.role in ("push button", "toggle button",
                                                                "check box")]  # fmt: skip
    app.click(buttons[0] if buttons else app.wait_node("push button", name))


def test_every_routines_button(launch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """New, edit, copy, rename, delete and undo, favourite, export, card, import."""
    app: RunningApp = launch()
    app.key("ctrl+2")
    app.wait_focus(lambda node: (node.parent or {}).get("name") == "Routines", 10, "the list")

    press(app, "New routine")
    app.wait_focus("Routine name", 10)
    app.type("Mine")
    app.key("alt+o")  # Point to add
    app.wait_focus(lambda node: node.role == "combo box", 10, "the point to add")
    app.key("Down")
    app.key("alt+a")  # Add point
    press(app, "Save")
    wait_for(lambda: has_routine(app, "Mine"), 10, lambda: f"no new routine: {routines(app)}")

    choose(app, "Mine")
    press(app, "Edit")
    app.wait_focus("Routine name", 10)
    app.key("ctrl+a")
    app.type("Mine edited")
    press(app, "Save")
    wait_for(lambda: has_routine(app, "Mine edited"), 10, lambda: f"not edited: {routines(app)}")

    choose(app, "Mine edited")
    press(app, "Copy")
    wait_for(lambda: has_routine(app, "Mine edited (copy)"), 10, lambda: f"{routines(app)}")

    choose(app, "Mine edited (copy)")
    press(app, "Rename")
    app.wait_focus("New name", 10)
    app.key("ctrl+a")
    app.type("Renamed")
    app.key("Return")
    wait_for(lambda: has_routine(app, "Renamed"), 10, lambda: f"not renamed: {routines(app)}")

    choose(app, "Renamed")
    press(app, "Delete")
    wait_for(lambda: not has_routine(app, "Renamed"), 10, "not deleted")
    app.wait_node("push button", "Undo")
    app.key("ctrl+z")
    wait_for(lambda: has_routine(app, "Renamed"), 10, "Ctrl+Z did not bring it back")

    choose(app, "Renamed")
    press(app, "Favourite")
    wait_for(lambda: is_favourite(app, "Renamed"), 10,
             lambda: f"not a favourite: {routines(app)}")  # fmt: skip

    choose(app, "Renamed")
    press(app, "Export")
    exported = tmp_path / "renamed"
    type_path_in_file_dialog(app, exported)
    wait_for((tmp_path / "renamed.acupress.json").exists, 10, "nothing exported")

    press(app, "Printable card")
    card = tmp_path / "card.pdf"
    type_path_in_file_dialog(app, card)
    wait_for(lambda: card.exists() and card.read_bytes().startswith(b"%PDF"), 20, "no card")

    press(app, "Import")
    type_path_in_file_dialog(app, tmp_path / "renamed.acupress.json")
    app.wait_node(None, name_contains="Names already used", timeout=10)
    app.key("Return")  # Yes: import with a new name
    wait_for(lambda: has_routine(app, "Renamed (2)"), 10, lambda: f"not imported: {routines(app)}")

"""Finding points and building a session as a person does: the body map by keys and by mouse,
the concern, the search, the cards, and the session list (add, reorder, remove, clear, undo)."""

from __future__ import annotations

import re

from tests.desktop.desktop import RunningApp, wait_for
from tests.real.flows import search_and_add, session_items


def count(app: RunningApp) -> str:
    """The line over the cards: "31 points", "2 points", "No points match …"."""
    return app.wait_text("label", r"^\d+ points?$|^No points match").name


def checked_region(app: RunningApp) -> str:
    buttons = [n for n in app.find(states=["checked"]) if n.role in ("check box", "toggle button")]
    return buttons[0].name if buttons else ""


def test_body_map_by_keys_and_by_mouse(launch) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+B, arrows, Enter pick a region (its button is checked, the cards are filtered);
    Esc shows every region again; a click on the figure picks a region too."""
    app: RunningApp = launch()
    everything = count(app)
    app.key("ctrl+b")
    body = app.wait_focus("Body map")
    app.key("Right", "Return")
    wait_for(lambda: checked_region(app) not in ("", "All regions"), 5,
             lambda: f"no region chosen by keys\n{app.tree()}")  # fmt: skip
    wait_for(lambda: count(app) != everything, 5, "the cards were not filtered")
    app.key("Escape")
    wait_for(lambda: checked_region(app) == "All regions", 5, "Esc did not show every region")
    assert body.extents is not None
    x, y, width, height = body.extents
    app.click_at(x + width // 4, y + int(height * 0.85))  # the front figure's legs and feet
    wait_for(lambda: checked_region(app) not in ("", "All regions"), 5,
             lambda: f"a click on the figure picked nothing\n{app.tree()}")  # fmt: skip
    picked = checked_region(app)
    assert re.search(r"Legs|Feet", picked), picked


def test_concern_search_and_cards(launch) -> None:  # type: ignore[no-untyped-def]
    """The concern filter by keyboard, a search that another filter hides (it says which), and
    the arrow keys through the cards (the details follow)."""
    app: RunningApp = launch()
    everything = count(app)
    app.key("alt+c")  # the Concern label's shortcut
    app.wait_focus(lambda node: node.role == "combo box")
    app.key("Down")
    wait_for(lambda: count(app) != everything, 5, "Down did not choose a concern")
    filtered = count(app)
    assert re.match(r"\d+ points?$", filtered), filtered
    app.key("ctrl+f")
    app.type("BL40")
    said = count(app)
    if said.startswith("No points match"):
        assert "elsewhere" in said and "Ctrl+R" in said, said
        app.key("ctrl+r")
    wait_for(lambda: count(app) == "1 point", 5, "BL40 is not found once every filter is off")
    app.wait_node("label", name_contains="Point details: BL40 ")
    app.key("ctrl+r")
    wait_for(lambda: count(app) == everything, 5, "Ctrl+R did not show every point again")
    app.key("ctrl+l")
    first = wait_for(lambda: card_shown(app), 15, lambda: f"Ctrl+L: no card shown\n{app.tree()}")
    app.key("Right")
    wait_for(lambda: card_shown(app) not in (None, first), 15,
             lambda: f"Right: the details did not follow the focus from {first}\n{app.tree()}")  # fmt: skip


def card_shown(app: RunningApp) -> str | None:
    """The code of the focused card when the details beside it show that same point (the state
    a person sees once a key has taken effect), else None."""
    node = app.focused()
    if node is None or node.role != "list item" or not node.name:
        return None
    code = node.name.split()[0]
    return code if app.find("label", name_contains=f"Point details: {code} ") else None


def test_building_a_session_add_reorder_remove_clear_and_undo(launch) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Enter adds the point on screen (once: a second time it says so), Alt+Up moves it,
    Delete removes it, Clear empties the list and Ctrl+Z brings it back."""
    app: RunningApp = launch()
    search_and_add(app, "BL23", "GV4", "ST36")
    app.key("ctrl+Return")  # ST36 again: not added twice
    assert len(session_items(app, "ST36")) == 1
    items = [node.name.split()[0] for node in session_items(app)]
    assert items == ["BL23", "GV4", "ST36"], items
    app.click(session_items(app, "ST36")[0])
    app.key("alt+Up")
    wait_for(lambda: [n.name.split()[0] for n in session_items(app)] == ["BL23", "ST36", "GV4"],
             5, "Alt+Up did not move ST36 up")  # fmt: skip
    app.key("Delete")
    wait_for(lambda: [n.name.split()[0] for n in session_items(app)] == ["BL23", "GV4"], 5,
             "Delete did not remove it")  # fmt: skip
    app.click(app.wait_node("push button", "Remove every point"))
    wait_for(lambda: not session_items(app), 5, "Clear did not empty the list")
    app.wait_node("push button", "Bring back the points you cleared")
    app.key("ctrl+z")
    wait_for(lambda: [n.name.split()[0] for n in session_items(app)] == ["BL23", "GV4"], 5,
             "Ctrl+Z did not bring them back")  # fmt: skip

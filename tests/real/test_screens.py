"""On a real X screen of a laptop's size, with a window manager: every control the app shows
lies on the screen, on the points, session, routines and history pages; screenshots of each are
kept in build/real-screens/ (docs/screenshots/ has the ones the README shows)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.desktop.desktop import Desktop, RunningApp
from tests.real.conftest import seed_data_dir
from tests.real.flows import search_and_add, wait_session_running

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "build" / "real-screens"
#: roles a person operates; each must be wholly on the screen
CONTROLS = {"push button", "toggle button", "check box", "combo box", "text", "spin button",
            "list", "page tab", "slider", "table", "radio button"}  # fmt: skip

SCREENS = {
    "1366x768": ("1366x768x24", {}),
    "1280x800-high-contrast-20pt": ("1280x800x24", {"theme": "high-contrast", "text_size": 20.0}),
}


@pytest.fixture(params=list(SCREENS), scope="module")
def screen(request: pytest.FixtureRequest) -> Iterator[tuple[str, Desktop, dict[str, object]]]:
    geometry, settings = SCREENS[request.param]
    with Desktop(geometry, orca=False) as desktop:
        yield request.param, desktop, settings


def off_screen(app: RunningApp, desktop: Desktop) -> list[str]:
    width, height = desktop.screen_size()
    outside = []
    for node in app.find(seen=True):
        if node.role not in CONTROLS or node.seen is None:
            continue
        x, y, w, h = node.seen  # what is not scrolled out of sight
        if w <= 0 or h <= 0:
            continue
        if x < 0 or y < 0 or x + w > width or y + h > height:
            outside.append(f"{node} at {node.extents}")
    return outside


def look(app: RunningApp, desktop: Desktop, name: str, page: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    desktop.screenshot(SHOTS / f"{name}-{page}.png")
    outside = off_screen(app, desktop)
    assert not outside, f"{page} on {name}: off the screen:\n" + "\n".join(outside)


def test_every_page_lies_on_the_screen(screen, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Points, a running session, routines and history: no control beyond the screen's edge
    (the window was 822 px tall and Start was below a 768 px screen)."""
    name, desktop, settings = screen
    folder = seed_data_dir(tmp_path / "data", {"default_point_seconds": 60, **settings})
    app = desktop.launch("--point", "BL23", data_dir=folder)
    try:
        x, y, width, height = desktop.window_geometry(app.main_window)
        screen_width, screen_height = desktop.screen_size()
        assert x + width <= screen_width and y + height <= screen_height
        search_and_add(app, "BL23", "ST36")
        look(app, desktop, name, "points")
        app.key("ctrl+2")
        app.wait_focus(lambda node: (node.parent or {}).get("name") == "Routines", 10)
        look(app, desktop, name, "routines")
        app.key("ctrl+3")
        app.wait_focus("Choose a routine to start a first session", 10)
        look(app, desktop, name, "history")
        app.key("ctrl+1")
        app.key("ctrl+g")
        wait_session_running(app)
        app.wait_text("label", r"^Press$", timeout=15)
        look(app, desktop, name, "session")
    finally:
        app.kill()

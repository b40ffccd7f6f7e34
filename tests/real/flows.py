"""Steps a person takes in Acupress, with real keys and clicks, and what they check on screen.

Each function drives the app only with X input (``app.key``, ``app.type``, ``app.click``) and
reads only what AT-SPI shows; waits end on a condition or a timeout.
"""

from __future__ import annotations

import re

from tests.desktop.desktop import Node, RunningApp, wait_for

CLOCK = re.compile(r"(\d+):(\d\d)")


def seconds_of(text: str) -> int:
    """ "7:03 left" → 423."""
    found = CLOCK.search(text)
    assert found, f"no m:ss in {text!r}"
    return int(found.group(1)) * 60 + int(found.group(2))


# -- the browse page ---------------------------------------------------------------------------
def search_and_add(app: RunningApp, *codes: str) -> None:
    """Ctrl+F, type the code, Ctrl+Enter: the point goes into "Your session"."""
    for code in codes:
        app.key("ctrl+f")
        app.wait_focus(lambda node: node.role == "text" and node.name == "Search points")
        app.type(code)
        app.wait_node("label", name_contains=f"Point details: {code} ")  # its details are shown
        app.key("ctrl+Return")
        wait_for(lambda c=code: session_items(app, c), 10,
                 lambda c=code: f"{c} not in the session list\n{app.tree()}")  # fmt: skip


def session_items(app: RunningApp, code: str = "") -> list[Node]:
    """The rows of "Your session" (those of ``code`` when given)."""
    items = []
    for node in app.find("list item"):
        parent = node.parent or {}
        if parent.get("name") == "Points in your session" and node.name.startswith(code):
            items.append(node)
    return items


# -- the session page --------------------------------------------------------------------------
def session_title(app: RunningApp) -> str:
    """The big line: "Point 1 of 2 · BL23 Shenshu · left side"."""
    return app.wait_text("label", r"^Point \d+ of \d+ · ").name


def wait_session_running(app: RunningApp, timeout: float = 20) -> None:
    app.wait_node("push button", "Pause (Space)", timeout=timeout)
    app.wait_text("label", r"^Point 1 of \d+ · ", timeout=timeout)


_WORDS = re.compile(r"(?:(\d+) minutes?)?\s*(?:(\d+) seconds?)? left")


def time_left(app: RunningApp) -> int:
    """Seconds left in this step, as the countdown tells a screen reader ("Left side: 1 minute
    5 seconds left"; it speaks at every jump, every 10 s and each of the last 10)."""
    for node in app.find("filler", "Countdown"):
        found = _WORDS.search(node.description)
        if found and (found.group(1) or found.group(2)):
            return int(found.group(1) or 0) * 60 + int(found.group(2) or 0)
    raise AssertionError(f"the countdown says no time\n{app.tree()}")


def wait_phase(app: RunningApp, pattern: str, timeout: float = 15) -> str:
    """Wait for the phase line ("Get ready", "Press", "Switch sides", "Paused · Press")."""
    return app.wait_text("label", pattern, timeout=timeout).name


def check_every_session_key(app: RunningApp) -> None:
    """Right after a start, with no Tab: Space, Right, Left, +, =, numpad +, M, Ctrl+T, F11, Esc
    each do what the session page says they do."""
    app.key("space")
    app.wait_node("push button", "Resume (Space)", timeout=5)
    app.key("space")
    app.wait_node("push button", "Pause (Space)", timeout=5)
    first = session_title(app)
    app.key("Right")
    wait_for(lambda: session_title(app) != first or _phase_is(app, "Press"), 5,
             lambda: f"Right did not move on from {first!r}\n{app.tree()}")  # fmt: skip
    moved = session_title(app), _phase(app)
    left_before = time_left(app)
    app.key("Left")

    def went_back() -> bool:
        """Left goes back a step, or, more than 3 s into a step (RESTART_GRACE_SECONDS; the
        steps here are 5 s and a slow desktop gets there), starts the step again."""
        if (session_title(app), _phase(app)) != moved:
            return True
        try:
            return time_left(app) > left_before
        except AssertionError:
            return False

    wait_for(went_back, 5,
             lambda: f"Left did not go back from {moved!r}\n{app.tree()}")  # fmt: skip
    for keys in (("shift+equal",), ("equal",), ("KP_Add",)):
        before = time_left(app)
        app.key(*keys)
        wait_for(lambda b=before: time_left(app) >= b + 25, 5,
                 lambda k=keys, b=before: f"{k} did not add 30 s ({b} s → {time_left(app)} s)")  # fmt: skip
    app.key("m")
    app.wait_node("push button", "Unmute sounds (M)", timeout=5)
    app.key("m")
    app.wait_node("push button", "Mute sounds (M)", timeout=5)
    app.key("ctrl+t")
    app.wait_node(None, "Mini timer", timeout=5)
    app.key("ctrl+t")
    app.wait_gone(None, "Mini timer", timeout=5)
    before = app.desktop.window_states(app.main_window)
    app.key("F11")
    wait_for(lambda: app.desktop.is_full_screen(app.main_window), 5, "F11 did not go full screen")
    app.wait_gone("menu bar", timeout=5)  # the whole screen is the session page
    app.key("F11")
    wait_for(lambda: not app.desktop.is_full_screen(app.main_window), 5,
             "F11 did not leave full screen")  # fmt: skip
    app.wait_node("menu bar", timeout=5)
    if "MAXIMIZED" in before:  # a laptop's screen: the window comes back maximised
        wait_for(lambda: "MAXIMIZED" in app.desktop.window_states(app.main_window), 5,
                 lambda: f"F11 twice left {app.desktop.window_states(app.main_window)}")  # fmt: skip
    app.key("Escape")
    app.wait_node("label", "Session stopped", timeout=5)


def _phase(app: RunningApp) -> str:
    return wait_phase(app, r"^(Paused · )?(Get ready|Press|Switch sides|Rest)$")


def _phase_is(app: RunningApp, name: str) -> bool:
    return _phase(app).endswith(name)

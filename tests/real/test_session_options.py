"""A routine's options with real keys: the untimed "find the point" step (Space when found,
P pauses it), the pain question answered with one digit, K hiding the keys, the ramped press."""

from __future__ import annotations

import json
from pathlib import Path

from tests.desktop.desktop import RunningApp, wait_for
from tests.real.conftest import QUICK_ROUTINE
from tests.real.flows import wait_phase

FIND_AND_RAMP = {
    **QUICK_ROUTINE,
    "routines": [
        {
            **QUICK_ROUTINE["routines"][0],  # type: ignore[index]
            "name": "Find and ramp",
            "steps": [{"point": "GV4", "seconds": 10, "sides": "both"}],
            "find_point": True,
            "press_style": "ramp",
        }
    ],
}


def keys_legend(app: RunningApp) -> list[object]:
    return app.find("label", "Keyboard shortcuts")


def pain_question(app: RunningApp, start: str) -> None:
    """The line under the phase band, as a screen reader has it (its description)."""
    wait_for(lambda: any(n.description.startswith(start)
                         for n in app.find("label", "Pain before the session")), 10,
             lambda: f"the pain question does not say {start!r}\n{app.tree()}")  # fmt: skip


def test_find_pain_keys_and_ramp_by_keys_only(launch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Started with --routine: the session waits at "Find the point" however long it takes;
    7 answers the pain question; K hides and shows the keys; P pauses and resumes the finding;
    Space goes on to get ready, then the press in its three stages; Esc stops, and the summary
    has the pain typed at the start."""
    path = tmp_path / "find.acupress.json"
    path.write_text(json.dumps(FIND_AND_RAMP), encoding="utf-8")
    app: RunningApp = launch(str(path), "--routine", "Find and ramp")
    wait_phase(app, r"^Find the point$", timeout=20)
    pain_question(app, "How is the pain now")
    app.key("7")
    pain_question(app, "Pain before: 7 of 10")
    assert keys_legend(app), app.tree()
    app.key("k")
    wait_for(lambda: not keys_legend(app), 5, "K did not hide the keys")
    app.key("k")
    wait_for(lambda: bool(keys_legend(app)), 5, "K did not show the keys again")
    app.key("p")
    wait_phase(app, r"^Paused · Find the point$", timeout=5)
    app.key("p")
    wait_phase(app, r"^Find the point$", timeout=5)
    assert wait_phase(app, r"^Find the point$")  # still finding: no countdown ran it out
    app.key("space")
    wait_phase(app, r"^Get ready$", timeout=5)
    wait_phase(app, r"^Press — Press in slowly$", timeout=10)
    wait_phase(app, r"^Press — Hold steady$", timeout=10)
    app.key("Escape")
    app.wait_node("label", "Session stopped", timeout=5)
    spin = app.wait_node("spin button", "Pain before the session, 0 to 10")
    assert spin.value == 7, spin

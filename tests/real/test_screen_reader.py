"""What Orca itself says: the milestones of a session, the page a key takes you to, the point
details; and how much the app tells the accessibility bus while a countdown runs."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.desktop.desktop import Desktop, RunningApp, wait_for
from tests.real.conftest import quick_routine_file, seed_data_dir
from tests.real.flows import search_and_add, wait_session_running
from tests.real.test_session_options import FIND_AND_RAMP


def said(desktop: Desktop, mark: int) -> str:
    return "\n".join(desktop.speech_since(mark))


def wait_said(desktop: Desktop, mark: int, pattern: str, timeout: float = 20) -> None:
    wait_for(lambda: re.search(pattern, said(desktop, mark)), timeout,
             lambda: f"Orca never said {pattern!r}; it said:\n{said(desktop, mark)}")  # fmt: skip


#: A screen-reader user who leaves the app's own voice off: Orca says every change.
SCREEN_READER_ONLY = {"spoken_guidance": "none"}


def test_orca_speaks_every_milestone_of_a_session(desktop: Desktop, launch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """With the app's voice off, Orca says get ready, switch sides, the next point, paused and
    resumed, and the end."""
    mark = desktop.speech_mark()
    folder = seed_data_dir(tmp_path / "silent", SCREEN_READER_ONLY)
    app: RunningApp = launch(
        str(quick_routine_file(tmp_path)), "--routine", "Quick back", folder=folder
    )
    wait_session_running(app)
    wait_said(desktop, mark, r"Get ready: Shenshu, left side")
    wait_said(desktop, mark, r"Press: Shenshu, left side")
    app.key("space")
    wait_said(desktop, mark, r"Paused")
    app.key("space")
    wait_said(desktop, mark, r"Resumed")
    wait_said(desktop, mark, r"Switch sides: Shenshu, right side")
    wait_said(desktop, mark, r"Next: Mingmen, on the spine")
    wait_said(desktop, mark, r"Session complete", timeout=30)
    transcript = desktop.state / "speech-session.txt"
    transcript.write_text(said(desktop, mark), encoding="utf-8")
    (Path(app.data_dir).parent / "orca-session.txt").write_text(
        said(desktop, mark), encoding="utf-8"
    )


def test_orca_reads_the_point_and_how_to_find_it_on_ctrl_d(desktop: Desktop, launch) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+D: the point's name, then the first steps to find it."""
    mark = desktop.speech_mark()
    app: RunningApp = launch("--point", "BL23")
    wait_said(desktop, mark, r"Acupress frame")  # Orca has taken in the window
    mark = desktop.speech_mark()
    app.key("ctrl+d")
    wait_said(desktop, mark, r"BL23 Shenshu")
    wait_said(desktop, mark, r"How to find it: 1\. Put your hands on your waist")


def test_page_keys_land_once_on_a_named_control(desktop: Desktop, launch) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+2, Ctrl+3, Ctrl+1: one focus change each, onto a control with a name."""
    app: RunningApp = launch()
    for key, expected in (("ctrl+2", "Routines"), ("ctrl+3", "Choose a routine to start a "
                          "first session"), ("ctrl+1", "Points")):  # fmt: skip
        since = app.mark()
        app.key(key)
        node = app.wait_focus(lambda n, e=expected: n.name == e or (n.parent or {}).get("name") == e,
                              10, f"{key} lands on {expected!r}")  # fmt: skip
        assert node.name, f"{key} focused an unnamed {node.role}"
        focus_events = [e for e in app.events(since)
                        if e["type"].startswith("object:state-changed:focused") and e["detail1"]]  # fmt: skip
        names = [e["source"]["name"] for e in focus_events]
        assert len(set(names)) <= 2, f"{key} moved the focus through {names}"


def test_a_running_countdown_sends_at_most_one_event_a_second(launch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """From "20 seconds left" to "10 seconds left" of a 22 s press, the app tells the
    accessibility bus about one thing a second at most (the countdown's own milestones and
    the breathing guide included; it sent three or four a second)."""
    app: RunningApp = launch(folder=seed_data_dir(tmp_path / "long", {"default_point_seconds": 22}))
    search_and_add(app, "BL23")
    app.key("ctrl+g")
    wait_session_running(app)

    def countdown_says(words: str) -> bool:
        return any(words in node.description for node in app.find("filler", "Countdown"))

    wait_for(lambda: countdown_says("20 seconds left"), 30, "the countdown never said 20 s")
    since = app.mark()
    wait_for(lambda: countdown_says("10 seconds left"), 15, "the countdown never said 10 s")
    events = app.events(since)
    kinds = sorted(
        {f"{e['type']} {e['source']['role']} {e['source']['name'][:30]}" for e in events}
    )
    print(f"accessibility events in 10 s of countdown: {len(events)}")
    assert len(events) <= 10, f"{len(events)} events in 10 s: " + "; ".join(kinds)


def test_orca_speaks_finding_the_pain_question_and_the_press_stages(
    desktop: Desktop, launch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A routine that finds each point first, with a ramped press: Orca says to find the point,
    asks the pain question, says the answer typed, then the press and its stages."""
    path = tmp_path / "find.acupress.json"
    path.write_text(json.dumps(FIND_AND_RAMP), encoding="utf-8")
    mark = desktop.speech_mark()
    folder = seed_data_dir(tmp_path / "silent", SCREEN_READER_ONLY)
    app: RunningApp = launch(str(path), "--routine", "Find and ramp", folder=folder)
    wait_said(desktop, mark, r"Find the point")
    wait_said(desktop, mark, r"How is the pain now, from 0 to 10")
    app.key("4")
    wait_said(desktop, mark, r"Pain before: 4 of 10")
    app.key("space")
    wait_said(desktop, mark, r"Get ready")
    wait_said(desktop, mark, r"Press in slowly")
    wait_said(desktop, mark, r"Hold steady")
    wait_said(desktop, mark, r"Ease off")
    (Path(app.data_dir).parent / "orca-find.txt").write_text(said(desktop, mark), encoding="utf-8")


def test_with_the_apps_voice_on_orca_does_not_say_the_changes_again_or_cut_it(
    desktop: Desktop, launch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Spoken guidance on (names, the default) with Orca running: the app's voice says each
    change, so Orca is not asked to (no "Press: Shenshu"), but it still answers the person
    (Space: "Paused") and asks the pain question; and speech-dispatcher never cancelled one of
    the app's sentences for Orca's (the app logs each one: it speaks at the same priority as
    Orca, so the two take turns)."""
    mark = desktop.speech_mark()
    app: RunningApp = launch(str(quick_routine_file(tmp_path)), "--routine", "Quick back")
    wait_session_running(app)
    wait_said(desktop, mark, r"How is the pain now, from 0 to 10")
    app.key("space")
    wait_said(desktop, mark, r"Paused")
    app.key("space")
    wait_said(desktop, mark, r"Resumed")
    wait_said(desktop, mark, r"Session complete", timeout=40)
    spoken = said(desktop, mark)
    for milestone in ("Get ready: Shenshu", "Press: Shenshu", "Switch sides: Shenshu"):
        assert milestone not in spoken, spoken
    logged = "\n".join(path.read_text(errors="replace") for path in app.data_dir.rglob("*.log"))
    assert "speech-dispatcher has" in logged  # the app's voice was on
    assert "another voice spoke over it" not in logged, logged

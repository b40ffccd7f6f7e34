"""Take the documentation screenshots (browse window and guided session, light and dark), offscreen.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py [--out docs/screenshots]``.
The session is driven by a hand-moved clock, so each picture shows a chosen moment.

``--session`` takes only the guided-session page, as seen from a metre away: a 1366×768 window
and full screen on a 1920×1080 screen, in each theme (system, light, dark, high contrast), as
``session-<size>-<theme>.png``. It restarts itself once per screen size with an offscreen screen
of that size (``offscreen:configfile=…``), so full screen really is 1920×1080.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from acupress_desktop.app import create_application
from acupress_desktop.app.composition import Acupress  # noqa: E402
from acupress_desktop.core.catalogue import load_catalogue  # noqa: E402
from acupress_desktop.ui.theme import apply_theme  # noqa: E402


class HandClock:
    """A monotonic clock the script sets."""

    def __init__(self) -> None:
        self.time = 100.0

    def now(self) -> float:
        return self.time

    def asleep(self) -> float | None:
        return None


def grab(widget: QWidget, path: Path) -> None:
    QApplication.processEvents()
    widget.grab().save(str(path), None, 0)  # PNG at its strongest compression
    print("wrote", path)


def add_sample_history(services: Acupress) -> None:
    """Six weeks of made-up sessions, so the history page has something to show."""
    import random
    from datetime import UTC, datetime, timedelta

    from acupress_desktop.core.history import SessionRecord

    rng = random.Random(7)
    end = datetime(2026, 11, 24, 19, 0, tzinfo=UTC)
    for day in range(42):
        if rng.random() < 0.35 and day > 3:
            continue
        start = end - timedelta(days=day, minutes=rng.randint(0, 120))
        pain = max(1, 7 - day // 10 + rng.randint(-1, 1))
        services.history.add(
            SessionRecord(
                started_utc=start,
                routine_name=rng.choice(["Lower back", "Evening back care", ""]),
                routine_id="",
                point_ids=("BL23", "BL40", "GB30"),
                points_done=3,
                seconds=rng.choice([420, 480, 540, 600]),
                finished=True,
                pain_before=min(10, pain + 2) if day % 2 == 0 else None,
                pain_after=pain + rng.randint(-1, 1) if day % 2 == 0 else None,
                note="after a long walk" if day == 2 else "",
            )
        )


#: The session screenshots: name -> (screen width, height, full screen).
SESSION_SIZES = {"1366x768": (1366, 768, False), "1920x1080": (1920, 1080, True)}
SESSION_THEMES = ("light", "dark", "high-contrast", "system")


def session_screens(out: Path) -> int:
    """Run this script once per session size, each in a process with a screen of that size."""
    for name, (width, height, _full) in SESSION_SIZES.items():
        with tempfile.TemporaryDirectory() as folder:
            config = Path(folder) / "screen.json"
            config.write_text(json.dumps({"screens": [
                {"name": name, "x": 0, "y": 0, "width": width, "height": height,
                 "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
            ]}))  # fmt: skip
            env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
            command = [sys.executable, __file__, "--out", str(out), "--session-size", name]
            if subprocess.run(command, env=env, check=False).returncode:
                return 1
    return 0


def session_shots(app: QApplication, out: Path, size: str, moment: str) -> None:
    """The session page at one size in every theme, at a chosen moment of a box-breathing
    session of BL23 (``moment``: "press", 1.5 s into the press, holding the breath; or "ready", getting ready)."""
    width, height, full = SESSION_SIZES[size]
    catalogue = load_catalogue()
    for theme in SESSION_THEMES:
        apply_theme(app, theme)
        clock = HandClock()
        with tempfile.TemporaryDirectory() as data:
            services = Acupress(catalogue, Path(data), clock=clock)
            # silent: no sound or speech engine is opened (a speech engine starting in its
            # thread while the page loads its pictures can stall the offscreen run)
            services.settings.update(breathing="box", spoken_guidance="none", muted=True)
            services.session.cues().set_muted(True)
            window = services.window
            if full:
                window.showFullScreen()
            else:
                window.resize(width, height - 30)  # the screen less a title bar
                window.show()
            window.session_list.add_point("BL23")
            window.session_list.add_point("ST36")
            services.session.start_steps(window.session_list.steps())
            # no animation frames (their real timer never fires here): every refresh pushes the
            # breathing cue, so the pacer shows this moment
            services.session.controller().set_frames_wanted(False)
            target = clock.time + (
                5 + 1.5 if moment == "press" else 1.5
            )  # press: holding the breath
            while clock.time < target:  # step like a running event loop
                clock.time = min(target, clock.time + 0.25)
                services.session.controller().refresh()
                QApplication.processEvents()
            grab(window, out / f"session-{size}-{theme}.png")
            services.session.stop()
            window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--session", action="store_true", help="only the session page")
    parser.add_argument("--session-size", choices=SESSION_SIZES, help=argparse.SUPPRESS)
    parser.add_argument("--moment", choices=("press", "ready"), default="press")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.session:
        return session_screens(args.out)
    if args.session_size:
        app = create_application(sys.argv[:1])
        session_shots(app, args.out, args.session_size, args.moment)
        return 0
    app = create_application(sys.argv[:1])
    catalogue = load_catalogue()
    for theme in ("light", "dark", "high-contrast"):
        apply_theme(app, theme)
        clock = HandClock()
        with tempfile.TemporaryDirectory() as data:
            services = Acupress(catalogue, Path(data), clock=clock)
            services.session.cues().set_muted(True)
            window = services.window
            window.resize(1440, 900)
            window.show()
            services.browse.state.select_point("BL23")
            for point_id in ("BL23", "ST36", "GV4"):
                window.session_list.add_point(point_id)
            suffix = "" if theme == "light" else f"-{theme}"
            grab(window, args.out / f"main-window{suffix}.png")
            services.session.start_steps(window.session_list.steps())
            target = clock.time + 5 + 60 + 5 + 60 + 5 + 37.6  # ST36, left leg, 22.4 s left
            while clock.time < target:  # step like a running event loop (no "suspend" detected)
                clock.time = min(target, clock.time + 0.5)
                services.session.controller().refresh()
            grab(window, args.out / f"session{suffix}.png")
            services.session.stop()
            grab(window, args.out / f"summary{suffix}.png")
            services.session.view().summary_page.done_button.click()
            if theme == "light":
                add_sample_history(services)
                services.settings.update(weekly_goal_minutes=60)
                services.history.page().refresh()
                window.show_tab(2)
                grab(window, args.out / "history.png")
                window.show_tab(1)
                page = services.routines.page()
                page.list.setCurrentRow(0)
                page.copy_button.click()
                grab(window, args.out / "routines.png")
                page.edit_button.click()
                editor = page._editor
                assert editor is not None
                editor.resize(720, 640)
                grab(editor, args.out / "routine-editor.png")
                editor.reject()
                services.set_language("es")
                QApplication.processEvents()
                window.show_tab(0)
                grab(window, args.out / "main-window-es.png")
                window.session_list.clear()
                for point_id in ("BL23", "ST36"):
                    window.session_list.add_point(point_id)
                services.session.start_steps(window.session_list.steps())
                target = clock.time + 5 + 20.4
                while clock.time < target:
                    clock.time = min(target, clock.time + 0.5)
                    services.session.controller().refresh()
                grab(window, args.out / "session-es.png")
                services.session.stop()
                services.session.view().summary_page.done_button.click()
                services.set_language("en")
                QApplication.processEvents()
            window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

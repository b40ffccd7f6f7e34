"""Take the documentation screenshots (browse window and guided session, light and dark), offscreen.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py [--out docs/screenshots]``.
The session is driven by a hand-moved clock, so each picture shows a chosen moment.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from acupress_desktop.app import Services, create_application  # noqa: E402
from acupress_desktop.core.catalogue import load_catalogue  # noqa: E402
from acupress_desktop.ui.theme import apply_theme  # noqa: E402


class HandClock:
    """A monotonic clock the script sets."""

    def __init__(self) -> None:
        self.time = 100.0

    def now(self) -> float:
        return self.time


def grab(widget: QWidget, path: Path) -> None:
    QApplication.processEvents()
    widget.grab().save(str(path))
    print("wrote", path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = create_application(sys.argv[:1])
    catalogue = load_catalogue()
    for theme in ("light", "dark"):
        apply_theme(app, theme)
        clock = HandClock()
        with tempfile.TemporaryDirectory() as data:
            services = Services(catalogue, Path(data), clock=clock)
            services.cues.set_muted(True)
            window = services.window
            window.resize(1440, 900)
            window.show()
            services.browse.select_point("BL23")
            for point_id in ("BL23", "ST36", "GV4"):
                window.session_list.add_point(point_id)
            suffix = "" if theme == "light" else "-dark"
            grab(window, args.out / f"main-window{suffix}.png")
            services.start_steps(window.session_list.steps())
            target = clock.time + 5 + 60 + 5 + 60 + 5 + 37.6  # ST36, left leg, 22.4 s left
            while clock.time < target:  # step like a running event loop (no "suspend" detected)
                clock.time = min(target, clock.time + 0.5)
                services.session.refresh()
            grab(window, args.out / f"session{suffix}.png")
            services.session.stop()
            grab(window, args.out / f"summary{suffix}.png")
            window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

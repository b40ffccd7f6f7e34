"""The real-input suite: Acupress as its own process on a private desktop (Xvfb, openbox, D-Bus,
AT-SPI, speech-dispatcher and Orca), driven only by X key presses and clicks, read only through
AT-SPI, Orca's speech, screenshots and the files the app writes (tests/desktop/desktop.py).

One desktop serves the whole run; every test starts its own copy of the app on a fresh data
folder whose settings make sessions short (5 s per side, 3 s get-ready and switch). The suite is
skipped, saying which tool is missing, where the desktop cannot be built.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.desktop.desktop import Desktop, RunningApp, missing_tools

_MISSING = missing_tools(orca=True)

#: settings of every test's data folder: sessions of short steps, no first-start notice
SHORT_SESSIONS = {
    "schema_version": 1,
    "safety_notice_seen": True,
    "point_time_suggested": False,
    "default_point_seconds": 5,
    "get_ready_seconds": 3,
    "switch_seconds": 3,
}

#: a routine of short steps, imported by tests that need a saved routine
QUICK_ROUTINE = {
    "format": "acupress-routines",
    "version": 1,
    "routines": [
        {
            "name": "Quick back",
            "steps": [
                {"point": "BL23", "seconds": 5, "sides": "both"},
                {"point": "GV4", "seconds": 5, "sides": "both"},
            ],
            "rest_seconds": 0,
            "rounds": 1,
            "get_ready_seconds": 3,
            "switch_seconds": 3,
            "breathing": "relaxed",
        }
    ],
}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not _MISSING:
        return
    skip = pytest.mark.skip(reason="the real-input suite needs " + ", ".join(_MISSING))
    for item in items:
        if "tests/real/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def desktop() -> Iterator[Desktop]:
    """One desktop with a window manager, AT-SPI and Orca for the whole run (1366×768)."""
    with Desktop("1366x768x24", orca=True) as built:
        yield built


def seed_data_dir(folder: Path, settings: dict[str, object] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    values = dict(SHORT_SESSIONS)
    values.update(settings or {})
    (folder / "settings.json").write_text(json.dumps(values), encoding="utf-8")
    return folder


def quick_routine_file(folder: Path) -> Path:
    path = folder / "quick.acupress.json"
    path.write_text(json.dumps(QUICK_ROUTINE), encoding="utf-8")
    return path


@pytest.fixture()
def data_dir(tmp_path: Path) -> Path:
    """A fresh data folder with short-session settings."""
    return seed_data_dir(tmp_path / "data")


@pytest.fixture()
def launch(desktop: Desktop, data_dir: Path, request: pytest.FixtureRequest) -> Iterator[object]:
    """``launch(*arguments)`` starts the app in the desktop; every copy is stopped afterwards,
    and a screenshot and the accessibility tree are kept when the test fails."""
    started: list[RunningApp] = []

    def start(*arguments: str, folder: Path | None = None, ready: bool = True,
              env: dict[str, str] | None = None) -> RunningApp:  # fmt: skip
        app = desktop.launch(*arguments, data_dir=folder or data_dir, ready=ready, env=env)
        started.append(app)
        return app

    yield start
    failed = getattr(request.node, "rep_call", None)
    if failed is not None and failed.failed and started:
        out = Path(request.config.rootpath) / "build" / "real-failures"
        out.mkdir(parents=True, exist_ok=True)
        name = request.node.name.replace("/", "_")
        try:
            desktop.screenshot(out / f"{name}.png")
            (out / f"{name}.tree.txt").write_text(started[-1].tree(), encoding="utf-8")
            (out / f"{name}.log.txt").write_text(started[-1].output(), encoding="utf-8")
        except Exception:  # noqa: BLE001 - the failure itself is what matters
            pass
    for app in started:
        app.kill()
        _note_stalls(request.node.nodeid, app)


#: the app's own warnings that its timer fired late with the computer awake (it did not run
#: for a while): printed at the end of the run, to find what blocks it on a slow machine
_STALLS: list[str] = []


def _note_stalls(test: str, app: RunningApp) -> None:
    try:
        text = app.log.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return
    _STALLS.extend(f"{test}: {line.strip()}" for line in text.splitlines() if "fired" in line
                   and "late" in line)  # fmt: skip


def pytest_terminal_summary(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    if _STALLS:
        terminalreporter.section("the app did not run for a while")
        for line in _STALLS:
            terminalreporter.write_line(line)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report

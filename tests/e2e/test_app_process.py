"""The real app, started as a user would (``python -m acupress_desktop``), offscreen."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def run_app(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        env.pop(name, None)
    env["XDG_CACHE_HOME"] = str(home / ".cache")
    return subprocess.run(
        [sys.executable, "-m", "acupress_desktop", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def files_under(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}


def test_data_dir_holds_every_file_the_app_writes(tmp_path: Path) -> None:
    """With --data-dir, settings land there and nothing is written in the home folder."""
    home, data = tmp_path / "home", tmp_path / "portable"
    home.mkdir()
    shot = tmp_path / "window.png"
    result = run_app(
        "--data-dir", str(data), "--point", "BL23", "--screenshot", str(shot), home=home
    )
    assert result.returncode == 0, result.stderr
    assert "settings.json" in files_under(data)
    # fontconfig (a system library, not the app) may cache fonts; nothing else may appear
    assert {f for f in files_under(home) if not f.startswith(".cache/fontconfig")} == set()
    image = QImage(str(shot))
    assert image.width() >= 1000 and image.height() >= 600


def test_version_and_help(tmp_path: Path) -> None:
    """--version prints the version; --help lists the options."""
    result = run_app("--help", home=tmp_path)
    assert result.returncode == 0
    for option in ("--data-dir", "--no-safety-notice", "--point", "--screenshot", "--version"):
        assert option in result.stdout


def test_start_up_loads_only_what_the_first_window_needs(tmp_path: Path) -> None:
    """At the moment the app starts waiting for the user, the session page, its sounds, the
    dialogs and the Routines and History tabs are not loaded yet: they are built when first
    used, which keeps start-up fast and small (docs/benchmarks.md). Nor are logging.handlers
    and platformdirs, which cost every start more than they gave (14 and 26 M instructions)."""
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "def report(*args):\n"
        "    print(' '.join(sorted(m for m in sys.modules if m.startswith(('acupress', 'PySide6.Qt', 'logging.handlers', 'platformdirs')))))\n"
        "    return 0\n"
        "QApplication.exec = report\n"
        "from acupress_desktop.app import main\n"
        f"sys.exit(main(['acupress', '--data-dir', {str(tmp_path)!r}, '--no-safety-notice']))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=120, check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr
    loaded = set(result.stdout.split())
    assert "acupress_desktop.ui.main_window" in loaded  # the report is real
    assert "acupress_desktop.storage.database" in loaded  # the data file is opened at start
    later = {
        "acupress_desktop.ui.session.session_view",
        "acupress_desktop.controllers.session_controller",
        "acupress_desktop.controllers.cues",
        "acupress_desktop.ui.settings.settings_dialog",
        "acupress_desktop.ui.routines.routines_page",
        "acupress_desktop.ui.history.history_view",
        "acupress_desktop.controllers.routines",
        "acupress_desktop.controllers.history",
        "PySide6.QtMultimedia",
        "PySide6.QtDBus",
        "logging.handlers",
        "platformdirs",
    }
    assert not loaded & later


@pytest.mark.parametrize("signal_number", [signal.SIGTERM, signal.SIGINT])
def test_logout_or_ctrl_c_closes_the_app_cleanly(tmp_path: Path, signal_number: int) -> None:
    """SIGTERM (a logout) or SIGINT (Ctrl+C) closes the window the normal way: the app exits
    with success, its window geometry is saved and its single-instance socket is gone."""
    from acupress_desktop.controllers.single_instance import _socket_path

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ACUPRESS_REPORT_SHOWN="1")
    command = [sys.executable, "-m", "acupress_desktop", "--data-dir", str(tmp_path),
               "--no-safety-notice"]  # fmt: skip
    app = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)  # fmt: skip
    assert app.stdout is not None
    assert app.stdout.readline().startswith("shown")  # the window is up and waiting
    assert os.path.exists(_socket_path(tmp_path))
    app.send_signal(signal_number)
    _, stderr = app.communicate(timeout=60)
    assert app.returncode == 0, stderr
    settings = json.loads((tmp_path / "settings.json").read_text(encoding="utf-8"))
    assert settings.get("window_geometry")
    assert not os.path.exists(_socket_path(tmp_path))


def test_screenshot_follows_page_and_point(tmp_path: Path) -> None:
    """--screenshot with --page routines pictures the Routines page, not the Points page."""
    points, routines = tmp_path / "points.png", tmp_path / "routines.png"
    data = tmp_path / "data"
    assert run_app("--data-dir", str(data), "--point", "BL23", "--screenshot", str(points),
                   home=tmp_path).returncode == 0  # fmt: skip
    assert run_app("--data-dir", str(data), "--page", "routines", "--screenshot", str(routines),
                   home=tmp_path).returncode == 0  # fmt: skip
    first, second = QImage(str(points)), QImage(str(routines))
    assert first.size() == second.size()
    differing = sum(
        first.pixel(x, y) != second.pixel(x, y)
        for x in range(0, first.width(), 10)
        for y in range(0, first.height(), 10)
    )
    assert differing > (first.width() // 10) * (first.height() // 10) // 4


def test_screenshot_that_cannot_be_written_fails(tmp_path: Path) -> None:
    """--screenshot into a folder that does not exist exits with 1 and says so (it exited 0)."""
    result = run_app("--data-dir", str(tmp_path / "data"), "--screenshot",
                     str(tmp_path / "no" / "such" / "shot.png"), home=tmp_path)  # fmt: skip
    assert result.returncode == 1
    assert "could not write the screenshot" in result.stderr


def test_the_log_keeps_qt_messages_privately_in_the_data_folder(tmp_path: Path) -> None:
    """Qt's own messages (here the offscreen plug-in's) go to DIR/log/acupress.log, private;
    without -v the terminal gets warnings only, with -v it gets the rest too."""
    data = tmp_path / "data"
    quiet = run_app("--data-dir", str(data), "--screenshot", str(tmp_path / "a.png"), home=tmp_path)
    assert quiet.returncode == 0
    log = data / "log" / "acupress.log"
    assert "qt" in log.read_text(encoding="utf-8")
    assert (log.stat().st_mode & 0o777, (data / "log").stat().st_mode & 0o777) == (0o600, 0o700)
    assert not any((tmp_path / ".local").rglob("*.log"))  # nothing outside the chosen folder
    loud = run_app(
        "--data-dir", str(data), "-v", "--screenshot", str(tmp_path / "b.png"), home=tmp_path
    )
    assert loud.returncode == 0
    assert len(loud.stderr.splitlines()) > len(quiet.stderr.splitlines())


def test_lang_es_shows_spanish_for_one_run_and_saves_nothing_of_it(tmp_path: Path) -> None:
    """--lang es --screenshot over a saved English setting: the window the screenshot pictures is
    Spanish (read from the app object in that process), and settings.json still says English."""
    data, shot = tmp_path / "data", tmp_path / "es.png"
    data.mkdir()
    (data / "settings.json").write_text(json.dumps({"language": "en"}), encoding="utf-8")
    script = (
        "import sys\n"
        "import acupress_desktop.app as app\n"
        "take = app._take_screenshot\n"
        "def spy(qt, acupress, args):\n"
        "    window = acupress.window\n"
        "    print(window.tabs.tabText(1), window.session_list.start_button.text(), sep='|')\n"
        "    return take(qt, acupress, args)\n"
        "app._take_screenshot = spy\n"
        f"sys.exit(app.main(['acupress', '--data-dir', {str(data)!r}, '--lang', 'es',"
        f" '--screenshot', {str(shot)!r}]))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=120, check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[0] == "Rutinas|Empezar la sesión"
    assert QImage(str(shot)).width() >= 1000
    assert json.loads((data / "settings.json").read_text(encoding="utf-8"))["language"] == "en"


def test_an_uncaught_exception_shows_one_dialog_and_quit_exits_saving(tmp_path: Path) -> None:
    """The real app's wiring, with no hook of its own: two slots raise one after the other (a
    burst); one crash dialog opens, in the language asked for; its Quit closes the window the
    normal way (the geometry is saved) and the app exits with 1; the log has both tracebacks."""
    data = tmp_path / "data"
    script = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "run = QApplication.exec\n"
        "def boom():\n"
        "    raise RuntimeError('e2e crash')\n"
        "def look(tries=[0]):\n"
        "    from acupress_desktop.ui.help.crash_dialog import CrashDialog\n"
        "    shown = [w for w in QApplication.topLevelWidgets()\n"
        "             if isinstance(w, CrashDialog) and w.isVisible()]\n"
        "    tries[0] += 1\n"
        "    if not shown and tries[0] < 500:\n"
        "        QTimer.singleShot(10, look)\n"
        "        return\n"
        "    print(len(shown), shown[0].message.text(), sep='|', flush=True)\n"
        "    shown[0].quit_button.click()\n"
        "def exec_(self):\n"
        "    QTimer.singleShot(0, boom)\n"
        "    QTimer.singleShot(0, boom)\n"
        "    QTimer.singleShot(0, look)\n"
        "    return run()\n"
        "QApplication.exec = exec_\n"
        "from acupress_desktop.app import main\n"
        f"sys.exit(main(['acupress', '--data-dir', {str(data)!r}, '--no-safety-notice',"
        " '--lang', 'es']))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=120, check=False)  # fmt: skip
    assert result.returncode == 1, result.stderr
    assert result.stdout.strip() == (
        "1|Algo ha fallado dentro de Acupress. Sus rutinas y su historial están guardados."
    )
    log = (data / "log" / "acupress.log").read_text(encoding="utf-8")
    assert log.count("RuntimeError: e2e crash") == 2
    assert "1 more since the crash dialog was asked for" in log
    assert "e2e crash" in result.stderr  # the terminal gets it too
    settings = json.loads((data / "settings.json").read_text(encoding="utf-8"))
    assert settings.get("window_geometry")


def test_session_start_is_reported_on_the_session_clock(tmp_path: Path) -> None:
    """With ACUPRESS_REPORT_SESSION set, ``--routine`` prints when the plan's offset 0 was, on
    the session clock (CLOCK_BOOTTIME), and the plan's phases (benchmarks/cue_onsets.py)."""
    import time

    routine = {"format": "acupress-routines", "version": 1, "routines": [{
        "name": "Timed", "steps": [{"point": "BL23", "seconds": 5, "sides": "both"}],
        "rest_seconds": 0, "rounds": 1, "get_ready_seconds": 3, "switch_seconds": 4,
        "breathing": "relaxed"}]}  # fmt: skip
    file = tmp_path / "timed.acupress.json"
    file.write_text(json.dumps(routine), encoding="utf-8")
    data = tmp_path / "data"
    data.mkdir()  # silent: no speech server spawned, no sound device opened, none left behind
    (data / "settings.json").write_text(json.dumps({"schema_version": 1, "muted": True,
        "spoken_prompts": False, "safety_notice_seen": True}), encoding="utf-8")  # fmt: skip
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ACUPRESS_REPORT_SESSION="1",
               HOME=str(tmp_path), XDG_CACHE_HOME=str(tmp_path / ".cache"))  # fmt: skip
    command = [sys.executable, "-m", "acupress_desktop", "--data-dir", str(data),
               "--no-safety-notice", str(file), "--routine", "Timed"]  # fmt: skip
    clock = getattr(time, "CLOCK_BOOTTIME", time.CLOCK_MONOTONIC)
    launched = time.clock_gettime(clock)
    app = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert app.stdout is not None
        word, origin, phases = app.stdout.readline().split(" ", 2)
        read = time.clock_gettime(clock)
    finally:
        app.terminate()
        app.communicate(timeout=60)
    assert word == "session"
    assert launched < float(origin) < read
    assert json.loads(phases) == [
        ["get_ready", 0.0, 3.0],
        ["press", 3.0, 5.0],
        ["switch", 8.0, 4.0],
        ["press", 12.0, 5.0],
    ]

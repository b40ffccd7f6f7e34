"""A private desktop for the real-input tests, and the app running in it as a separate process.

:class:`Desktop` starts what a Linux desktop gives an app: an X server (Xvfb) with a window
manager (openbox) and a keyboard layout, a D-Bus session, the AT-SPI accessibility bus and
registry, and optionally speech-dispatcher with Orca. :class:`RunningApp` starts Acupress there
as its own process and drives it only as a person does: X key presses and mouse clicks through
xdotool (XTEST, so they go where the focus is). What it reads is what a person or a screen
reader gets: the AT-SPI objects (through ``atspi_agent.py``), screenshots, Orca's speech and the
files the app writes. Every wait is on a condition with a timeout.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parents[2]
AGENT = Path(__file__).with_name("atspi_agent.py")
ORCA_WRAPPER = Path(__file__).with_name("orca_line_buffered.py")
SYSTEM_PYTHON = os.environ.get("PYATSPI_PYTHON", "/usr/bin/python3")
LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
REGISTRYD = "/usr/libexec/at-spi2-registryd"
#: how often a wait looks again (a wait always ends at its condition or its timeout)
POLL = 0.05

T = TypeVar("T")


class DesktopError(RuntimeError):
    """The desktop could not be set up (a tool is missing or did not start)."""


def missing_tools(orca: bool = False) -> list[str]:
    """The programs the real-input suite needs that this machine lacks."""
    needed = ["Xvfb", "openbox", "xdotool", "xprop", "xwininfo", "setxkbmap", "dbus-daemon",
              "import"]  # fmt: skip
    if orca:
        needed += ["orca", "speech-dispatcher"]
    missing = [tool for tool in needed if not shutil.which(tool)]
    missing += [path for path in (LAUNCHER, REGISTRYD) if not os.path.exists(path)]
    if (
        not os.path.exists(SYSTEM_PYTHON)
        or subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False
        ).returncode
    ):
        missing.append("python3-pyatspi (Debian's /usr/bin/python3 with pyatspi)")
    return missing


def wait_for(condition: Callable[[], T], timeout: float, what: str | Callable[[], str]) -> T:
    """Poll ``condition`` until it returns something true; raise with ``what`` at the timeout."""
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            message = what() if callable(what) else what
            raise TimeoutError(f"after {timeout:.0f} s: {message}")
        time.sleep(POLL)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clear_stale_desktops(folder: Path | None = None) -> list[Path]:
    """End what is left of desktops whose test run died (a crash skips ``Desktop.stop``).

    A desktop's folder names the test process that made it (``owner``). When that process is
    gone, every process still running with the folder's ``XDG_RUNTIME_DIR`` (Xvfb, D-Bus,
    Orca, speech-dispatcher and the children they started, which inherit it) is killed and the
    folder removed: a stale Orca made every later desktop fail with "Orca did not start
    speaking", as Orca runs once per user. Returns the folders cleared."""
    base = Path(folder or tempfile.gettempdir())
    cleared: list[Path] = []
    for state in sorted(base.glob("acupress-desktop-*")):
        try:
            owner = int((state / "owner").read_text())
        except (OSError, ValueError):
            continue  # not ours to judge (being made, or made by an older version)
        if _alive(owner):
            continue
        marker = f"XDG_RUNTIME_DIR={state / 'runtime'}".encode()
        for proc in Path("/proc").glob("[0-9]*"):
            try:
                environ = (proc / "environ").read_bytes()
            except OSError:
                continue
            if marker in environ.split(b"\0"):
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.kill(int(proc.name), signal.SIGKILL)
        shutil.rmtree(state, ignore_errors=True)
        cleared.append(state)
    return cleared


class Desktop:
    """Xvfb + openbox + D-Bus + AT-SPI (+ speech-dispatcher and Orca), stopped in reverse."""

    def __init__(self, geometry: str = "1366x768x24", orca: bool = False) -> None:
        self.geometry = geometry
        self.with_orca = orca
        clear_stale_desktops()
        self.state = Path(tempfile.mkdtemp(prefix="acupress-desktop-"))
        self.state.chmod(0o700)
        (self.state / "owner").write_text(str(os.getpid()))
        self.env: dict[str, str] = {}
        self._processes: list[tuple[str, subprocess.Popen[bytes]]] = []
        self.agent: Agent | None = None
        self.orca_log = self.state / "orca-debug.log"

    # -- life cycle ---------------------------------------------------------------------------
    def start(self) -> Desktop:
        try:
            self._start()
        except BaseException:
            self.stop()
            raise
        return self

    def _start(self) -> None:
        runtime = self.state / "runtime"
        runtime.mkdir(mode=0o700)
        home = self.state / "home"
        home.mkdir()
        env = {
            key: value
            for key, value in os.environ.items()
            if key not in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS",
                           "AT_SPI_BUS_ADDRESS", "SESSION_MANAGER", "QT_QPA_PLATFORM",
                           "NO_AT_BRIDGE")
        }  # fmt: skip
        env.update(XDG_RUNTIME_DIR=str(runtime), HOME=str(home), LANG="C.UTF-8", LC_ALL="C.UTF-8")
        self.env = env
        read_fd, write_fd = os.pipe()
        self._spawn(
            "Xvfb",
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", self.geometry,
             "-nolisten", "tcp", "-noreset", "+extension", "XTEST"],
            pass_fds=(write_fd,),
        )  # fmt: skip
        os.close(write_fd)
        with os.fdopen(read_fd) as pipe:
            display = pipe.readline().strip()
        if not display:
            raise DesktopError("Xvfb did not start: " + self._log("Xvfb"))
        env["DISPLAY"] = f":{display}"
        address_file = self.state / "dbus.address"
        with address_file.open("w") as out:
            self._spawn(
                "dbus-daemon",
                ["dbus-daemon", "--session", "--nofork", "--nopidfile",
                 f"--address=unix:path={self.state / 'session_bus'}", "--print-address=1"],
                stdout=out,
            )  # fmt: skip
        env["DBUS_SESSION_BUS_ADDRESS"] = wait_for(
            lambda: address_file.read_text().strip(), 10, "the D-Bus session did not start"
        )
        subprocess.run(["setxkbmap", "us"], env=env, check=True, timeout=10)
        self._spawn("openbox", ["openbox", "--sm-disable"])
        wait_for(self._window_manager_running, 10, "openbox did not start")
        self._spawn("at-spi-bus-launcher", [LAUNCHER, "--launch-immediately", "--a11y=1"])
        env["AT_SPI_BUS_ADDRESS"] = wait_for(self._a11y_address, 10, "no AT-SPI bus")
        self._spawn("at-spi2-registryd", [REGISTRYD])
        if shutil.which("pulseaudio"):
            self._start_sound()
        if self.with_orca:
            self._start_orca()
        self.agent = Agent(self._spawn_agent())
        wait_for(lambda: self.agent is not None and self.agent.call("apps") is not None, 10,
                 "the AT-SPI registry does not answer")  # fmt: skip

    def _start_sound(self) -> None:
        """PulseAudio with a null sink: sound plays (and can be recorded), no card needed."""
        self._spawn("pulseaudio", ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1",
                                   "--disallow-exit", "-L", "module-null-sink",
                                   "-L", "module-native-protocol-unix"])  # fmt: skip
        socket = Path(self.env["XDG_RUNTIME_DIR"]) / "pulse" / "native"
        wait_for(socket.exists, 10, "PulseAudio did not start")

    def _start_orca(self) -> None:
        self._spawn("speech-dispatcher", ["speech-dispatcher", "-s", "-t", "0"])
        speechd = Path(self.env["XDG_RUNTIME_DIR"]) / "speech-dispatcher" / "speechd.sock"
        wait_for(speechd.exists, 10, "speech-dispatcher did not start")
        prefs = self.state / "orca-prefs"
        prefs.mkdir()
        # no key echo: a test types paths and names quickly, and Orca spelling every key fell
        # tens of seconds behind, so what the app said came too late to be heard
        quiet = {"enableKeyEcho": False, "enableModifierKeys": False, "enableFunctionKeys": False,
                 "enableActionKeys": False, "enableNavigationKeys": False,
                 "enableEchoByCharacter": False, "enableEchoByWord": False}  # fmt: skip
        (prefs / "user-settings.conf").write_text(json.dumps({
            "general": dict(quiet, startingProfile=["Default", "default"]),
            "profiles": {"default": dict(quiet, profile=["Default", "default"])},
            "pronunciations": {}, "keybindings": {},
        }))  # fmt: skip
        orca = shutil.which("orca") or "orca"
        self._spawn("orca", [SYSTEM_PYTHON, str(ORCA_WRAPPER), orca, "-u", str(prefs),
                             "--debug-file", str(self.orca_log)])  # fmt: skip
        wait_for(lambda: self.orca_log.exists() and "SPEECH OUTPUT" in self.orca_log.read_text(
            errors="replace"), 30, "Orca did not start speaking")  # fmt: skip

    def stop(self) -> None:
        if self.agent is not None:
            self.agent.close()
            self.agent = None
        for _name, process in reversed(self._processes):
            _stop(process)
        self._processes.clear()
        keep = os.environ.get("ACUPRESS_KEEP_DESKTOP_LOGS")  # a folder: logs are copied there
        if keep:
            shutil.copytree(self.state, Path(keep) / self.state.name, dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns("runtime", "session_bus"))  # fmt: skip
        shutil.rmtree(self.state, ignore_errors=True)

    def __enter__(self) -> Desktop:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- helpers ------------------------------------------------------------------------------
    def _spawn(
        self, name: str, command: Sequence[str], stdout: Any = None, **kwargs: Any
    ) -> subprocess.Popen[bytes]:
        log = (self.state / f"{name}.log").open("wb")
        process = subprocess.Popen(
            list(command), env=self.env, stdout=stdout or log, stderr=log,
            stdin=subprocess.DEVNULL, start_new_session=True, **kwargs,
        )  # fmt: skip
        self._processes.append((name, process))
        return process

    def _spawn_agent(self) -> subprocess.Popen[str]:
        process = subprocess.Popen(
            [SYSTEM_PYTHON, str(AGENT)], env=self.env, stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=(self.state / "agent.log").open("w"), text=True,
            start_new_session=True,
        )  # fmt: skip
        return process

    def _log(self, name: str) -> str:
        path = self.state / f"{name}.log"
        return path.read_text(errors="replace")[-2000:] if path.exists() else ""

    def _window_manager_running(self) -> bool:
        result = subprocess.run(
            ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env=self.env, capture_output=True,
            text=True, check=False, timeout=10,
        )  # fmt: skip
        return "window id" in result.stdout

    def _a11y_address(self) -> str:
        result = subprocess.run(
            ["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus", "/org/a11y/bus",
             "org.a11y.Bus.GetAddress"], env=self.env, capture_output=True, text=True,
            check=False, timeout=10,
        )  # fmt: skip
        found = re.search(r'string "(.+)"', result.stdout)
        return found.group(1) if found else ""

    def set_keyboard_layout(self, layout: str) -> None:
        """A person's keyboard: ``us``, ``es`` ..."""
        subprocess.run(["setxkbmap", layout], env=self.env, check=True, timeout=10)

    def xdotool(self, *arguments: str) -> str:
        result = subprocess.run(
            ["xdotool", *arguments], env=self.env, capture_output=True, text=True, timeout=30,
            check=False,
        )  # fmt: skip
        if result.returncode:
            raise DesktopError(f"xdotool {' '.join(arguments)}: {result.stderr.strip()}")
        return result.stdout.strip()

    def is_full_screen(self, window: str) -> bool:
        """The window manager shows ``window`` full screen."""
        result = subprocess.run(["xprop", "-id", window, "_NET_WM_STATE"], env=self.env,
                                capture_output=True, text=True, check=False, timeout=10)  # fmt: skip
        return "_NET_WM_STATE_FULLSCREEN" in result.stdout

    def window_states(self, window: str) -> str:
        """The window manager's ``_NET_WM_STATE`` of ``window`` (FULLSCREEN, MAXIMIZED_VERT …)."""
        result = subprocess.run(["xprop", "-id", window, "_NET_WM_STATE"], env=self.env,
                                capture_output=True, text=True, check=False, timeout=10)  # fmt: skip
        return result.stdout

    def window_geometry(self, window: str) -> tuple[int, int, int, int]:
        """x, y, width, height of ``window`` on the screen (without the frame), as xwininfo
        gives them (xdotool counts a reparenting window manager's frame twice)."""
        result = subprocess.run(["xwininfo", "-id", window], env=self.env, capture_output=True,
                                text=True, check=False, timeout=10)  # fmt: skip
        values = {}
        for key, label in (("x", "Absolute upper-left X"), ("y", "Absolute upper-left Y"),
                           ("width", "Width"), ("height", "Height")):  # fmt: skip
            found = re.search(rf"{label}:\s+(-?\d+)", result.stdout)
            if not found:
                raise DesktopError(f"xwininfo -id {window}: {result.stderr.strip()}")
            values[key] = int(found.group(1))
        return values["x"], values["y"], values["width"], values["height"]

    def screen_size(self) -> tuple[int, int]:
        width, height = self.xdotool("getdisplaygeometry").split()
        return int(width), int(height)

    def screenshot(self, path: Path) -> Path:
        """The whole screen as a person sees it."""
        subprocess.run(["import", "-window", "root", str(path)], env=self.env, check=True,
                       timeout=30, capture_output=True)  # fmt: skip
        return path

    def speech_mark(self) -> int:
        """Where Orca's log ends now (read what it says after this with :meth:`speech_since`)."""
        return self.orca_log.stat().st_size if self.orca_log.exists() else 0

    def speech_since(self, mark: int) -> list[str]:
        """Every line Orca spoke since ``mark``."""
        if not self.orca_log.exists():
            return []
        with self.orca_log.open("rb") as log:
            log.seek(mark)
            text = log.read().decode(errors="replace")
        spoken = []
        for line in text.splitlines():
            found = re.search(r"SPEECH OUTPUT: '(.*?)'", line)
            if found and found.group(1).strip():
                spoken.append(found.group(1).strip())
        return spoken

    def launch(self, *arguments: str, data_dir: Path, env: dict[str, str] | None = None,
               ready: bool = True) -> RunningApp:  # fmt: skip
        """Start Acupress as a separate process (``python -m acupress_desktop``) in this desktop."""
        app_env = dict(self.env)
        app_env.update(
            QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1",
            XDG_DATA_HOME=str(self.state / "home" / "data"),
            XDG_CONFIG_HOME=str(self.state / "home" / "config"),
            XDG_CACHE_HOME=str(self.state / "home" / "cache"),
            XDG_STATE_HOME=str(self.state / "home" / "state"),
            PYTHONUNBUFFERED="1",
        )  # fmt: skip
        app_env.update(env or {})
        log = data_dir.parent / f"{data_dir.name}-app.log"
        process = subprocess.Popen(
            [sys.executable, "-m", "acupress_desktop", "--data-dir", str(data_dir), *arguments],
            cwd=ROOT, env=app_env, stdin=subprocess.DEVNULL, stdout=log.open("wb"),
            stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
        app = RunningApp(self, process, data_dir, log)
        if ready:
            app.wait_ready()
        return app


def _stop(process: subprocess.Popen[Any]) -> None:
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=5)


class Agent:
    """The AT-SPI observer process (``atspi_agent.py``), one JSON request a line."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process
        self._next = 0
        hello = self._read()
        if not hello.get("ok"):
            raise DesktopError(f"the AT-SPI agent did not start: {hello}")

    def _read(self) -> dict[str, Any]:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise DesktopError("the AT-SPI agent stopped")
        reply: dict[str, Any] = json.loads(line)
        return reply

    def call(self, command: str, **arguments: Any) -> Any:
        assert self.process.stdin is not None
        self._next += 1
        self.process.stdin.write(json.dumps({"id": self._next, "cmd": command, **arguments}) + "\n")
        self.process.stdin.flush()
        reply = self._read()
        if not reply["ok"]:
            raise DesktopError(f"AT-SPI agent, {command}: {reply['error']}")
        return reply["result"]

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        _stop(self.process)


def _menu_bar_focused(node: Node | None) -> bool:
    """True for a menu bar's item (its parent is the menu bar), not an item of an open menu."""
    return (
        node is not None
        and node.role == "menu item"
        and (node.parent or {}).get("role") == "menu bar"
    )


@dataclass
class Node:
    """One accessible object as the agent reported it."""

    role: str
    name: str
    description: str = ""
    states: list[str] = field(default_factory=list)
    extents: list[int] | None = None
    text: str | None = None
    value: float | None = None
    children: int = 0
    parent: dict[str, Any] | None = None
    window_active: bool = True
    window_extents: list[int] | None = None  # where the object's window is (from focused())
    seen: list[int] | None = None  # the part not cut off by its ancestors (with find(seen=))

    @classmethod
    def of(cls, record: dict[str, Any] | None) -> Node | None:
        if record is None:
            return None
        known = {key: record[key] for key in cls.__dataclass_fields__ if key in record}
        return cls(**known)

    def __str__(self) -> str:
        return f"{self.role}: {self.name!r}" + (
            f" ({self.description!r})" if self.description else ""
        )

    @property
    def centre(self) -> tuple[int, int]:
        assert self.extents is not None, f"{self} has no extents"
        x, y, width, height = self.extents
        return x + width // 2, y + height // 2


class RunningApp:
    """Acupress running in a :class:`Desktop`, driven with X input, read through AT-SPI."""

    def __init__(
        self, desktop: Desktop, process: subprocess.Popen[bytes], data_dir: Path, log: Path
    ) -> None:
        self.desktop = desktop
        self.process = process
        self.data_dir = data_dir
        self.log = log
        assert desktop.agent is not None
        self.agent = desktop.agent
        #: the main window's X id (found when the app is ready)
        self.main_window = ""

    # -- life cycle ---------------------------------------------------------------------------
    def wait_ready(self, timeout: float = 60) -> None:
        """The window is on the screen, active, and on the accessibility bus."""

        def ready() -> bool:
            if self.process.poll() is not None:
                raise DesktopError(f"the app exited ({self.process.returncode}): {self.output()}")
            return bool(self.agent.call("ready", pid=self.process.pid)) and bool(self.window_id())

        wait_for(ready, timeout, lambda: "the app did not show its window: " + self.output())
        self.main_window = self._largest_window()
        self.wait_focus(lambda node: True, timeout, "anything focused after start-up")

    def window_id(self) -> str:
        """The app's active X window (the one keys go to), or '' when another window is active."""
        try:
            active = self.desktop.xdotool("getactivewindow")
            pid = self.desktop.xdotool("getwindowpid", active)
        except Exception:  # noqa: BLE001 - no active window yet
            return ""
        return active if pid == str(self.process.pid) else ""

    def _largest_window(self) -> str:
        """The app's biggest visible X window: the main window (dialogs are smaller)."""
        try:
            found = self.desktop.xdotool("search", "--onlyvisible", "--pid", str(self.process.pid))
        except DesktopError:
            return self.window_id()
        sizes = []
        for window in found.split():
            try:
                _x, _y, width, height = self.desktop.window_geometry(window)
            except (DesktopError, KeyError, ValueError):
                continue
            sizes.append((width * height, window))
        return max(sizes)[1] if sizes else self.window_id()

    def output(self) -> str:
        return self.log.read_text(errors="replace")[-4000:] if self.log.exists() else ""

    def quit(self, timeout: float = 30) -> int:
        """Close the app as a person does (Ctrl+Q) and wait for it to exit."""
        if self.process.poll() is None:
            self.key("ctrl+q")
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                _stop(self.process)
                raise
        return self.process.returncode

    def kill(self) -> None:
        _stop(self.process)

    # -- input: only X events -----------------------------------------------------------------
    def key(self, *keys: str) -> None:
        """Press keys (xdotool names: ``space``, ``ctrl+g``, ``shift+Tab``) where the focus is.

        An Alt chord is pressed as a hand presses it: Alt goes down, a moment later the letter,
        then Alt comes up (``xdotool key alt+c`` sends all four events at once). If the app
        still saw Alt alone (the menu bar took the focus: on a loaded desktop the letter can
        reach Qt after Alt's release), Esc leaves the menu bar and the chord is pressed again,
        once, as a person would."""
        self._wait_keyboard()
        plain: list[str] = []
        for key in keys:
            *modifiers, letter = key.split("+")
            if "alt" not in (m.lower() for m in modifiers):
                plain.append(key)
                continue
            if plain:
                self.desktop.xdotool("key", "--delay", "40", *plain)
                plain = []
            self._alt_chord(modifiers, letter)
        if plain:
            self.desktop.xdotool("key", "--delay", "40", *plain)

    def _alt_chord(self, modifiers: list[str], letter: str) -> None:
        before = self.focused()
        self._press_chord(modifiers, letter)
        if not _menu_bar_focused(before) and self._menu_bar_took_the_focus(before):
            self.desktop.xdotool("key", "Escape")
            wait_for(lambda: not _menu_bar_focused(self.focused()), 5,
                     "Esc did not leave the menu bar")  # fmt: skip
            self._press_chord(modifiers, letter)

    def _press_chord(self, modifiers: list[str], letter: str) -> None:
        held = [arg for m in modifiers for arg in ("keydown", m)]
        released = [arg for m in reversed(modifiers) for arg in ("keyup", m)]
        self.desktop.xdotool(*held, "sleep", "0.08", "key", letter, "sleep", "0.05", *released)

    def _menu_bar_took_the_focus(self, before: Node | None, settle: float = 1.0) -> bool:
        """Whether the menu bar takes the focus within ``settle`` s (Alt was seen alone); False
        as soon as the focus moves elsewhere (the chord arrived)."""
        deadline = time.monotonic() + settle
        while time.monotonic() < deadline:
            now = self.focused()
            if _menu_bar_focused(now):
                return True
            if now is not None and before is not None and str(now) != str(before):
                return False
            time.sleep(0.1)
        return False

    def type(self, text: str) -> None:
        """Type text with the keyboard, as in a person's typing; returns once a focused text
        field shows it (with a screen reader on, Qt hands every key to the accessibility bus
        before the field gets it, so the next key must wait as a person's would)."""
        self._wait_keyboard()
        field = self.focused()
        self.desktop.xdotool("type", "--delay", "30", text)
        if field is not None and field.text is not None:
            # a spin box or time field formats what is typed ("0830" shows "08:30"): its digits
            wanted = text if field.role == "text" else "".join(c for c in text if c.isdigit())

            def arrived() -> bool:
                shown = (self.focused() or field).text or ""
                if field.role != "text":
                    shown = "".join(c for c in shown if c.isdigit())
                return wanted in shown

            wait_for(arrived, 10, lambda: f"{text!r} did not arrive in {self.focused()}")

    def _wait_keyboard(self, timeout: float = 10) -> None:
        """Wait until the X server sends keys to the window holding the focused object (a new
        dialog is active for Qt a moment before the window manager gives it the keyboard;
        what a person types in that moment would be lost)."""

        def ready() -> bool:
            node = self.focused()
            if node is None or not node.window_extents:
                return True  # nothing to aim at: keys go to the active window
            try:
                window = self.desktop.xdotool("getwindowfocus", "-f")
                x, y, width, height = self.desktop.window_geometry(window)
            except (DesktopError, KeyError, ValueError):
                return False
            wx, wy, ww, wh = node.window_extents
            cx, cy = wx + ww // 2, wy + wh // 2  # the centre of the focused object's window
            return x <= cx < x + width and y <= cy < y + height

        wait_for(ready, timeout, lambda: f"the keyboard never reached {self.focused()}")

    def click(self, node: Node, button: int = 1) -> None:
        """Move the mouse to the centre of ``node`` and click it."""
        x, y = node.centre
        self.desktop.xdotool("mousemove", "--sync", str(x), str(y), "click", str(button))

    def click_at(self, x: int, y: int, button: int = 1) -> None:
        self.desktop.xdotool("mousemove", "--sync", str(x), str(y), "click", str(button))

    # -- observation: AT-SPI, files, screenshots ----------------------------------------------
    def focused(self) -> Node | None:
        return Node.of(self.agent.call("focused", pid=self.process.pid))

    def find(self, role: str | None = None, name: str | None = None, *, showing: bool = True,
             name_contains: str | None = None, text: bool = False,
             states: Iterable[str] = (), seen: bool = False) -> list[Node]:  # fmt: skip
        records = self.agent.call(
            "find", pid=self.process.pid, role=role, name=name, showing=showing,
            name_contains=name_contains, text=text, states=list(states), seen=seen,
        )  # fmt: skip
        return [node for node in map(Node.of, records) if node is not None]

    def tree(self, showing: bool = True) -> str:
        return str(self.agent.call("tree", pid=self.process.pid, showing=showing))

    def mark(self) -> int:
        return int(self.agent.call("mark"))

    def events(self, since: int) -> list[dict[str, Any]]:
        return list(self.agent.call("events", pid=self.process.pid, since=since))

    def wait_focus(self, predicate: Callable[[Node], bool] | str, timeout: float = 15,
                   what: str = "") -> Node:  # fmt: skip
        """Wait until the focused object matches (a name, or a predicate on the Node)."""
        if isinstance(predicate, str):
            name = predicate
            what = what or f"focus on {name!r}"

            def check(node: Node) -> bool:
                return node.name == name
        else:
            check = predicate

        def found() -> Node | None:
            node = self.focused()
            # and its window is the active one: keys typed now reach it
            return node if node is not None and node.window_active and check(node) else None

        return wait_for(found, timeout, lambda: f"{what}; focused: {self.focused()}\n{self.tree()}")

    def wait_node(self, role: str | None = None, name: str | None = None, timeout: float = 15,
                  **criteria: Any) -> Node:  # fmt: skip
        """Wait until a showing object with this role and name exists; return it."""

        def found() -> Node | None:
            nodes = self.find(role, name, **criteria)
            return nodes[0] if nodes else None

        return wait_for(
            found, timeout, lambda: f"no showing {role}: {name!r} {criteria}\n{self.tree()}"
        )

    def wait_gone(self, role: str | None = None, name: str | None = None, timeout: float = 15,
                  **criteria: Any) -> None:  # fmt: skip
        wait_for(lambda: not self.find(role, name, **criteria), timeout,
                 lambda: f"{role}: {name!r} still showing\n{self.tree()}")  # fmt: skip

    def wait_text(self, role: str, pattern: str, timeout: float = 15) -> Node:
        """Wait until a showing object of ``role`` has a name or text matching ``pattern``."""
        regex = re.compile(pattern)

        def found() -> Node | None:
            for node in self.find(role, text=True):
                if regex.search(node.name) or (node.text and regex.search(node.text)):
                    return node
            return None

        return wait_for(found, timeout, lambda: f"no {role} matching {pattern!r}\n{self.tree()}")

    def screenshot(self, path: Path) -> Path:
        return self.desktop.screenshot(path)

    def wait_exit(self, timeout: float = 30) -> int:
        return self.process.wait(timeout=timeout)

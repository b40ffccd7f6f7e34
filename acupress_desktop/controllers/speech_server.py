"""Is speech-dispatcher there and answering? Asked before Qt's engine is built.

Qt's speech-dispatcher engine connects in its constructor (``spd_open``), and PySide6 6.12 keeps
Python's lock while a constructor runs: while the server is slow to start (~1.5 s on first use)
or hangs (it accepts the connection and never answers), the window's thread cannot run a line of
Python, so the session froze — for good, with a hung server. These checks run on the speech
thread with plain sockets, which let go of the lock while they wait: a missing server is started
here (``speech-dispatcher --spawn``, as the library would), one that does not answer within a few
seconds turns speech off with a reason, and only then is the engine built.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import threading
import time
from pathlib import Path

#: How long the server may take to answer one line, and to come up after being started.
ANSWER_SECONDS = 3.0
START_SECONDS = 8.0


def socket_path() -> Path | None:
    """Where libspeechd looks for the server: ``$SPEECHD_ADDRESS`` (``unix_socket:PATH``; None
    for a TCP address, which is not checked), else ``speech-dispatcher/speechd.sock`` in the
    user's runtime folder (GLib's: ``$XDG_RUNTIME_DIR``, else the cache folder)."""
    address = os.environ.get("SPEECHD_ADDRESS", "")
    if address:
        method, _, rest = address.partition(":")
        return Path(rest) if method == "unix_socket" and rest else None
    runtime = os.environ.get("XDG_RUNTIME_DIR") or os.environ.get("XDG_CACHE_HOME")
    base = Path(runtime) if runtime else Path.home() / ".cache"
    return base / "speech-dispatcher" / "speechd.sock"


#: How often a wait looks whether the app is quitting (``stop``).
STEP_SECONDS = 0.1


def answers(
    path: Path, timeout: float = ANSWER_SECONDS, stop: threading.Event | None = None
) -> bool:
    """True when a server at ``path`` replies to a first SSIP line within ``timeout`` (False
    at once when ``stop`` is set meanwhile: the app is quitting)."""
    return ask(path, timeout, stop) == "answers"


def ask(path: Path, timeout: float = ANSWER_SECONDS, stop: threading.Event | None = None) -> str:
    """What a server at ``path`` does with a first SSIP line: "answers"; "absent" (no socket,
    or a socket nobody listens at: a server that crashed left it); "silent" (it took the
    connection and said nothing within ``timeout``, or ``stop`` was set)."""
    deadline = time.monotonic() + timeout
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as channel:
            channel.settimeout(min(timeout, STEP_SECONDS))
            try:
                channel.connect(str(path))
            except (FileNotFoundError, ConnectionRefusedError):
                return "absent"
            channel.sendall(b"SET SELF CLIENT_NAME acupress:acupress:probe\r\n")
            while True:
                try:
                    reply = channel.recv(256)
                    break
                except TimeoutError:
                    if time.monotonic() >= deadline or (stop is not None and stop.is_set()):
                        return "silent"
            channel.sendall(b"QUIT\r\n")
    except OSError:
        return "silent"
    return "answers" if reply[:1] == b"2" else "silent"  # 2xx: done


def problem(
    path: Path | None = None,
    *,
    start: bool = True,
    answer_seconds: float = ANSWER_SECONDS,
    start_seconds: float = START_SECONDS,
    stop: threading.Event | None = None,
) -> str | None:
    """Why speech-dispatcher cannot be used now, or None when it answers (or cannot be
    checked). Starts it when nothing listens at its socket and ``start`` is set. Every wait
    ends within STEP_SECONDS of ``stop`` being set (the app quitting: its speech thread must
    end, not be cut short in the middle of Python)."""
    stop = stop if stop is not None else threading.Event()
    path = socket_path() if path is None else path
    if path is None:
        return None  # a TCP address: Qt's engine finds out by itself
    found = ask(path, answer_seconds, stop)
    if found == "answers":
        return None
    if stop.is_set():
        return QUITTING
    if found == "silent":
        return "the speech server does not answer"
    server = shutil.which("speech-dispatcher")
    if not start or server is None:
        return "the speech server is not running"
    deadline = time.monotonic() + start_seconds
    try:
        spawn = subprocess.Popen(
            [server, "--spawn", "--communication-method", "unix_socket", "--socket-path", str(path)],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
    except OSError as exc:
        return f"the speech server could not be started: {exc}"
    # (on the speech thread: the window's thread runs meanwhile)
    while spawn.poll() is None and time.monotonic() < deadline and not stop.wait(STEP_SECONDS):
        pass
    if spawn.poll() is None:  # --spawn forks the server and returns; this one hangs
        spawn.kill()
        spawn.wait()
    while time.monotonic() < deadline and not stop.is_set():
        if path.exists() and answers(path, answer_seconds, stop):
            return None
        stop.wait(STEP_SECONDS / 2)
    return QUITTING if stop.is_set() else "the speech server did not start"


#: problem()'s reason when it was stopped because the app is quitting.
QUITTING = "the app is quitting"

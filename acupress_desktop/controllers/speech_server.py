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


def answers(path: Path, timeout: float = ANSWER_SECONDS) -> bool:
    """True when a server at ``path`` replies to a first SSIP line within ``timeout``."""
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as channel:
            channel.settimeout(timeout)
            channel.connect(str(path))
            channel.sendall(b"SET SELF CLIENT_NAME acupress:acupress:probe\r\n")
            reply = channel.recv(256)
            channel.sendall(b"QUIT\r\n")
    except OSError:
        return False
    return reply[:1] == b"2"  # 2xx: done


def problem(
    path: Path | None = None,
    *,
    start: bool = True,
    answer_seconds: float = ANSWER_SECONDS,
    start_seconds: float = START_SECONDS,
) -> str | None:
    """Why speech-dispatcher cannot be used now, or None when it answers (or cannot be
    checked). Starts it when nothing listens at its socket and ``start`` is set."""
    path = socket_path() if path is None else path
    if path is None:
        return None  # a TCP address: Qt's engine finds out by itself
    if path.exists() and answers(path, answer_seconds):
        return None
    if path.exists():
        return "the speech server does not answer"
    server = shutil.which("speech-dispatcher")
    if not start or server is None:
        return "the speech server is not running"
    try:
        subprocess.run(
            [server, "--spawn", "--communication-method", "unix_socket", "--socket-path", str(path)],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            timeout=start_seconds, check=False,
        )  # fmt: skip
    except (OSError, subprocess.SubprocessError) as exc:
        return f"the speech server could not be started: {exc}"
    deadline = time.monotonic() + start_seconds
    while time.monotonic() < deadline:
        if path.exists() and answers(path, answer_seconds):
            return None
        time.sleep(0.05)  # (on the speech thread: the window's thread runs meanwhile)
    return "the speech server did not start"

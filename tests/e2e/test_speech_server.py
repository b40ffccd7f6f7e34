"""A speech server that is missing, slow or hung never freezes the window.

Qt's speech-dispatcher engine connects while it is built, and PySide6 keeps Python's lock
meanwhile: with a server that accepts the connection and never answers, the window's thread
stood still for good at the start of a session (seen with tools/screenshots.py). These tests
use real Unix sockets and processes, so they wait on real time, each with a short timeout.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from acupress_desktop.controllers import speech_server
from acupress_desktop.controllers.speech import ThreadedSpeechBackend

# Qt Multimedia warns once about PipeWire when first loaded: here, not inside a test
QTextToSpeech = pytest.importorskip("PySide6.QtTextToSpeech").QTextToSpeech

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def listener(tmp_path: Path) -> Iterator[tuple[Path, list[bytes]]]:
    """A Unix socket at a speech server's path whose replies the test sets (empty: a server
    that accepts and never answers)."""
    path = tmp_path / "speech-dispatcher" / "speechd.sock"
    path.parent.mkdir()
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen()
    replies: list[bytes] = []
    held: list[socket.socket] = []

    def serve() -> None:
        while True:
            try:
                connection, _ = server.accept()
            except OSError:
                return
            held.append(connection)
            if replies:
                connection.recv(256)
                connection.sendall(replies[0])

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield path, replies
    server.close()
    for connection in held:
        connection.close()


def test_a_server_that_answers_is_used(listener: tuple[Path, list[bytes]]) -> None:
    path, replies = listener
    replies.append(b"208 OK CLIENT NAME SET\r\n")
    assert speech_server.problem(path, start=False) is None


def test_a_hung_server_turns_speech_off_with_a_reason(listener: tuple[Path, list[bytes]]) -> None:
    path, _ = listener
    assert speech_server.problem(path, start=False, answer_seconds=0.3) == (
        "the speech server does not answer"
    )


def test_no_server_and_none_may_be_started(tmp_path: Path) -> None:
    assert speech_server.problem(tmp_path / "speechd.sock", start=False) == (
        "the speech server is not running"
    )


def test_the_socket_is_where_libspeechd_looks(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("SPEECHD_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert speech_server.socket_path() == tmp_path / "speech-dispatcher/speechd.sock"
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert speech_server.socket_path() == tmp_path / ".cache/speech-dispatcher/speechd.sock"
    monkeypatch.setenv("SPEECHD_ADDRESS", "unix_socket:/run/x.sock")
    assert speech_server.socket_path() == Path("/run/x.sock")
    monkeypatch.setenv("SPEECHD_ADDRESS", "inet_socket:127.0.0.1:6560")
    assert speech_server.socket_path() is None


def test_a_session_runs_on_while_the_speech_server_hangs(
    listener: tuple[Path, list[bytes]], tmp_path: Path
) -> None:
    """The app, in its own process, starts a session and moves its clock through two phases
    while the speech server never answers: it gets through (before, it froze for good)."""
    path, _ = listener
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from acupress_desktop.app import create_application
        from acupress_desktop.app.composition import Acupress
        from acupress_desktop.core.catalogue import load_catalogue

        class HandClock:
            time = 100.0
            def now(self): return self.time
            def asleep(self): return None

        app = create_application(sys.argv[:1])
        clock = HandClock()
        acupress = Acupress(load_catalogue(), Path({str(tmp_path / "data")!r}), clock=clock)
        acupress.window.show()
        acupress.window.session_list.add_point("BL23")
        acupress.session.start_steps(acupress.window.session_list.steps())
        for _ in range(40):
            clock.time += 0.5
            acupress.session.controller().refresh()
            app.processEvents()
        print("moved on", flush=True)
        acupress.session.stop()
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SPEECHD_ADDRESS=f"unix_socket:{path}")
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=60, check=False,
    )  # fmt: skip
    assert "moved on" in done.stdout, done.stderr[-2000:]


def test_quitting_ends_a_wait_for_a_hung_server_at_once(
    listener: tuple[Path, list[bytes]],
) -> None:
    """The speech thread waits up to seconds for a server; quitting must not wait that long,
    nor cut the thread short in the middle of Python (that threw through Qt's event loop)."""
    path, _ = listener
    stop = threading.Event()
    reasons: list[str | None] = []
    waiting = threading.Thread(
        target=lambda: reasons.append(speech_server.problem(path, start=False, answer_seconds=30, stop=stop))
    )  # fmt: skip
    waiting.start()
    stop.set()
    waiting.join(timeout=5)
    assert not waiting.is_alive()
    assert reasons == [speech_server.QUITTING]


def test_closing_the_voice_while_it_waits_for_the_server_ends_its_thread(  # type: ignore[no-untyped-def]
    listener: tuple[Path, list[bytes]], qtbot, caplog
) -> None:
    path, _ = listener
    closing = threading.Event()
    started = threading.Event()

    def engine() -> object:
        started.set()
        reason = speech_server.problem(path, start=False, answer_seconds=30, stop=closing)
        raise RuntimeError(reason)

    backend = ThreadedSpeechBackend(engine, closing=closing)
    assert started.wait(5)
    backend.close()
    assert "cut short" not in caplog.text
    assert not backend._thread.isRunning()


def test_a_socket_left_by_a_crashed_server_is_no_server(tmp_path: Path) -> None:
    """A server that crashed leaves its socket file; nobody listens there, so the server is
    started again (before, "does not answer" turned speech off for the whole run)."""
    path = tmp_path / "speechd.sock"
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(str(path))
    dead.close()  # the file stays, nobody listens
    assert path.exists()
    assert speech_server.ask(path) == "absent"
    assert speech_server.problem(path, start=False) == "the speech server is not running"

"""A second copy started on the same data folder hands its arguments to the first and exits."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from acupress_desktop.controllers.single_instance import (
    InstanceServer,
    _socket_path,
    hand_over,
    server_name,
)

ROOT = Path(__file__).resolve().parents[2]


def test_second_copy_hands_over_and_exits(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The running copy receives the second copy's arguments; the second exits with success."""
    server = InstanceServer(tmp_path)
    assert server.listen()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    args = ["--data-dir", str(tmp_path), "--routine", "Lower back"]
    with qtbot.waitSignal(server.arguments_received, timeout=30_000) as received:
        second = subprocess.Popen([sys.executable, "-m", "acupress_desktop", *args], cwd=ROOT, env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    assert received.args == [args]
    _, stderr = second.communicate(timeout=60)
    assert second.returncode == 0, stderr
    assert "already running" in stderr
    server.close()


def test_copies_on_different_data_folders_do_not_meet(tmp_path: Path) -> None:
    """Two portable copies with their own data folders use different channels."""
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert server_name(tmp_path / "a") == server_name(tmp_path / "a" / ".." / "a")


def test_stale_channel_is_reclaimed(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """After a crash left the channel behind, a new first copy can still listen."""
    first = InstanceServer(tmp_path)
    assert first.listen()
    second = InstanceServer(tmp_path)
    assert second.listen()  # the old one is replaced, as after a crash
    second.close()
    first.close()


unix_only = pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="Unix-domain sockets only")


def _client(data_dir: Path) -> socket.socket:
    """A raw, non-blocking client of the server on ``data_dir``, for tests that run both sides."""
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.connect(_socket_path(data_dir))
    client.setblocking(False)
    return client


def _send(qtbot, client: socket.socket, payload: bytes) -> None:  # type: ignore[no-untyped-def]
    """Send ``payload`` while the server's event loop runs (it may exceed the socket's buffer)."""
    rest = [payload]

    def sent() -> bool:
        try:
            rest[0] = rest[0][client.send(rest[0]) :]
        except BlockingIOError:
            return False
        except (BrokenPipeError, ConnectionResetError):  # the server stopped reading: refused
            return True
        return not rest[0]

    qtbot.waitUntil(sent, timeout=5_000)


def _reply(qtbot, client: socket.socket) -> bytes:  # type: ignore[no-untyped-def]
    """Everything the server answers, up to its hang-up, read while its event loop runs."""
    received: list[bytes] = []

    def hung_up() -> bool:
        try:
            chunk = client.recv(4096)
        except BlockingIOError:
            return False
        except ConnectionResetError:  # hung up with our unread bytes: what was sent stays read
            return True
        received.append(chunk)
        return not chunk

    qtbot.waitUntil(hung_up, timeout=5_000)
    return b"".join(received)


@unix_only
def test_arguments_over_a_raw_socket_are_taken(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """One line of JSON is answered "ok" and its arguments are emitted."""
    server = InstanceServer(tmp_path)
    assert server.listen()
    with _client(tmp_path) as client:
        with qtbot.waitSignal(server.arguments_received, timeout=5_000) as received:
            client.sendall(b'{"arguments": ["--point", "LI4"]}\n')
        assert received.args == [["--point", "LI4"]]
        assert _reply(qtbot, client) == b"ok\n"
    server.close()


@unix_only
@pytest.mark.parametrize(
    "payload",
    [b"not json\n", b'{"arguments": "LI4"}\n', b'{"other": []}\n', b"x" * (70 * 1024)],
    ids=["not-json", "not-a-list", "no-arguments", "too-long"],
)
def test_bad_payload_is_refused(qtbot, tmp_path: Path, payload: bytes) -> None:  # type: ignore[no-untyped-def]
    """Anything but one line of {"arguments": [str, ...]} gets "refused" and emits nothing."""
    server = InstanceServer(tmp_path)
    assert server.listen()
    emitted: list[list[str]] = []
    server.arguments_received.connect(emitted.append)
    with _client(tmp_path) as client:
        client.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 8192)  # as small as on macOS
        _send(qtbot, client, payload)
        assert _reply(qtbot, client) == b"refused\n"
    assert emitted == []
    server.close()


@unix_only
def test_stale_socket_file_is_reclaimed(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A socket file left by a crashed copy (bound, then closed) does not stop a new first copy."""
    path = _socket_path(tmp_path)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as crashed:
        crashed.bind(path)
    assert os.path.exists(path)
    assert not hand_over(tmp_path, ["--point", "LI4"])  # the file is there, nobody answers
    server = InstanceServer(tmp_path)
    assert server.listen()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    with _client(tmp_path) as client:
        with qtbot.waitSignal(server.arguments_received, timeout=5_000):
            client.sendall(b'{"arguments": []}\n')
        assert _reply(qtbot, client) == b"ok\n"
    server.close()
    assert not os.path.exists(path)


@unix_only
def test_close_leaves_a_later_copys_socket(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Closing a replaced server does not remove the socket of the copy that replaced it."""
    first = InstanceServer(tmp_path)
    assert first.listen()
    second = InstanceServer(tmp_path)
    assert second.listen()
    first.close()
    assert os.path.exists(_socket_path(tmp_path))
    second.close()
    assert not os.path.exists(_socket_path(tmp_path))


@unix_only
def test_socket_file_goes_when_the_app_exits_without_close(tmp_path: Path) -> None:
    """main() never calls close(): the socket file is still removed when the process exits."""
    code = (
        "import sys; from pathlib import Path; "
        "from PySide6.QtCore import QCoreApplication; "
        "from acupress_desktop.controllers.single_instance import InstanceServer, _socket_path; "
        "app = QCoreApplication([]); server = InstanceServer(Path(sys.argv[1])); "
        "assert server.listen(); print(_socket_path(Path(sys.argv[1])))"
    )
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path)], cwd=ROOT,
                            capture_output=True, text=True, timeout=60, check=True)  # fmt: skip
    path = result.stdout.strip()
    assert path == _socket_path(tmp_path)
    assert not os.path.exists(path)


def test_hand_over_fails_when_nothing_listens(tmp_path: Path) -> None:
    """With no copy running, hand_over() says so at once instead of raising."""
    assert not hand_over(tmp_path, ["--point", "LI4"])


@unix_only
def test_socket_path_fits_a_unix_socket(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A runtime folder too deep for a socket path gives way to the temp folder."""
    deep = tmp_path / ("d" * 120)
    deep.mkdir()
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(deep))
    path = _socket_path(tmp_path)
    assert len(os.fsencode(path)) <= 100
    assert path.endswith(f"-{os.getuid()}.sock")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert os.path.dirname(_socket_path(tmp_path)) == str(tmp_path)


@unix_only
def test_qtnetwork_is_not_loaded() -> None:
    """On Linux and macOS the single-instance channel costs no QtNetwork (2.7 MiB at start)."""
    code = (
        "import acupress_desktop.controllers.single_instance, sys; "
        "print('PySide6.QtNetwork' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=60, check=True)  # fmt: skip
    assert result.stdout.strip() == "False"

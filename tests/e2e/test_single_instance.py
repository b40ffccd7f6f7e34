"""A second copy started on the same data folder hands its arguments to the first and exits."""

from __future__ import annotations

import os
import select
import signal
import socket
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from acupress_desktop.controllers.single_instance import (
    FIRST,
    REFUSED,
    InstanceServer,
    _socket_path,
    claim_data_folder,
    hand_over,
    refusal_message,
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


# -- a first copy that is stuck, and odd things at the socket path -------------------------------

#: A second copy as main() runs it, printing the box it would show instead of waiting on it.
SECOND = """
import sys
from PySide6.QtWidgets import QMessageBox
QMessageBox.critical = staticmethod(lambda parent, title, text, *a: print("BOX:", text, flush=True))
from acupress_desktop.app import main
sys.exit(main(["acupress", *sys.argv[1:]]))
"""


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), ACUPRESS_REPORT_SHOWN="1")
    env["XDG_RUNTIME_DIR"] = str(home / "runtime")
    (home / "runtime").mkdir(exist_ok=True, mode=0o700)
    return env


@pytest.fixture()
def first_copy(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], Path]]:
    """The real app running on a data folder, once its window is shown (it then listens)."""
    data = tmp_path / "data"
    env = _env(tmp_path)
    app = subprocess.Popen([sys.executable, "-m", "acupress_desktop", "--data-dir", str(data),
                            "--no-safety-notice"], cwd=ROOT, env=env, text=True,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    try:
        yield app, data
    finally:
        app.send_signal(signal.SIGCONT)
        app.terminate()
        app.communicate(timeout=60)


def _wait_ready(app: subprocess.Popen[str], data: Path, home: Path) -> None:
    """Block until the app has shown its window and answers on its socket: by then its event
    loop runs, so its data file is open."""
    assert app.stdout is not None
    ready, _, _ = select.select([app.stdout], [], [], 60)
    assert ready, "the first copy never showed its window"
    assert app.stdout.readline().startswith("shown ")
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    os.environ["XDG_RUNTIME_DIR"] = _env(home)["XDG_RUNTIME_DIR"]
    try:
        assert hand_over(data.resolve(), [], timeout_ms=60_000), "the first copy never answered"
    finally:
        if runtime is None:
            del os.environ["XDG_RUNTIME_DIR"]
        else:
            os.environ["XDG_RUNTIME_DIR"] = runtime


def _second(data: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", SECOND, "--data-dir", str(data), *args],
                          cwd=ROOT, env=_env(home), capture_output=True, text=True,
                          timeout=90, check=False)  # fmt: skip


def _database_files_touched_after(data: Path, moment: float) -> list[str]:
    return sorted(p.name for p in data.glob("acupress.sqlite3*") if p.stat().st_mtime > moment)


@unix_only
def test_a_hung_first_copy_keeps_the_data_folder_to_itself(
    first_copy: tuple[subprocess.Popen[str], Path], tmp_path: Path
) -> None:
    """The first copy is stopped (SIGSTOP): a second copy does not open the same data folder; it
    says which process holds it and exits."""
    app, data = first_copy
    _wait_ready(app, data, tmp_path)
    app.send_signal(signal.SIGSTOP)
    stopped_at = max(p.stat().st_mtime for p in data.iterdir())
    second = _second(data, tmp_path, "--routine", "Lower back")
    assert second.returncode == 1, second.stdout + second.stderr
    assert f"process {app.pid}" in second.stderr
    assert f"process {app.pid}" in second.stdout  # the box the user sees says it too
    assert "shown" not in second.stdout
    assert _database_files_touched_after(data, stopped_at) == []


@unix_only
def test_a_folder_at_the_socket_path_does_not_let_a_second_copy_in(
    tmp_path: Path,
) -> None:
    """A directory where the socket belongs: the first copy listens elsewhere, and a second
    copy still hands over its arguments instead of opening the data folder too."""
    data = tmp_path / "data"
    env = _env(tmp_path)
    blocked = Path(env["XDG_RUNTIME_DIR"]) / Path(_socket_path_in(env, data)).name
    blocked.mkdir()
    app = subprocess.Popen([sys.executable, "-m", "acupress_desktop", "--data-dir", str(data),
                            "--no-safety-notice"], cwd=ROOT, env=env, text=True,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    try:
        _wait_ready(app, data, tmp_path)
        second = _second(data, tmp_path, "--point", "LI4")
        assert second.returncode == 0, second.stdout + second.stderr
        assert "already running" in second.stderr
        assert "shown" not in second.stdout
        assert blocked.is_dir()  # the user's directory is left alone
    finally:
        app.terminate()
        app.communicate(timeout=60)


def _socket_path_in(env: dict[str, str], data: Path) -> str:
    """The socket path the app computes under ``env`` (its runtime folder)."""
    code = (
        "import sys; from pathlib import Path; "
        "from acupress_desktop.controllers.single_instance import _socket_path; "
        "print(_socket_path(Path(sys.argv[1])))"
    )
    done = subprocess.run([sys.executable, "-c", code, str(data)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60, check=True)  # fmt: skip
    return done.stdout.strip()


def test_a_copy_that_cannot_get_the_lock_and_gets_no_answer_is_refused(tmp_path: Path) -> None:
    """Another process holds the data folder and nothing answers: refused, naming the process."""
    holder = subprocess.Popen(
        [sys.executable, "-c", LOCK_HOLDER, str(tmp_path)], cwd=ROOT, text=True,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        claim = claim_data_folder(tmp_path, ["--point", "LI4"])
        assert claim.outcome == REFUSED and claim.holder == holder.pid
        assert f"(process {holder.pid})" in refusal_message(tmp_path, claim)
    finally:
        holder.communicate("", timeout=30)
    claim = claim_data_folder(tmp_path, [])
    assert claim.outcome == FIRST and claim.lock is not None
    claim.lock.release()


LOCK_HOLDER = (
    "import sys; from pathlib import Path; "
    "from acupress_desktop.storage.folder_lock import FolderLock; "
    "lock = FolderLock(Path(sys.argv[1])); print(lock.acquire(), flush=True); sys.stdin.read()"
)

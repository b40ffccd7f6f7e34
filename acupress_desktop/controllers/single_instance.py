"""One running copy per data folder: a second copy hands its arguments to the first and exits.

An OS lock on the data folder (``storage.folder_lock``) decides which copy that is; the channel
below only carries arguments. A copy that cannot get the lock and gets no answer (the first
copy is stopped or hung) exits, saying which process holds the folder (``claim_data_folder``).

On Linux and macOS the channel is a Unix-domain socket from Python's ``socket`` module, watched by a
``QSocketNotifier`` in the Qt event loop: QtNetwork is never loaded (2.6 MiB of memory at every
start). Windows, whose Python has no ``AF_UNIX``, keeps Qt's QLocalServer/QLocalSocket,
imported only there.

The protocol is the same on both: the later copy sends one line of JSON, ``{"arguments": [...]}``,
and the running copy answers ``ok`` (or ``refused`` for anything else), one line too.
"""

from __future__ import annotations

import json
import os
import socket
import stat
import sys
import tempfile
import weakref
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QObject, QSocketNotifier, Signal

from acupress_desktop.storage.folder_lock import HELD, TAKEN, UNAVAILABLE, FolderLock

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_TIMEOUT_MS = 1500
#: How long a later copy waits for an answer from the copy that holds the data folder's lock (it
#: may still be starting); after that it is taken to be stopped or hung.
HUNG_TIMEOUT_MS = 4000
MAX_MESSAGE_BYTES = 64 * 1024  # a line of arguments longer than this is refused
_MAX_SOCKET_PATH = 100  # sun_path holds 104 bytes on macOS, 108 on Linux (with its NUL)


def server_name(data_dir: Path) -> str:
    """A local-socket name unique to the user's data folder (two portable copies may both run)."""
    # a CRC, not hashlib: hashlib loads OpenSSL, 3.6 MiB of memory for one checksum
    folder = str(Path(data_dir).resolve()).encode()
    return f"acupress-{zlib.crc32(folder):08x}{len(folder):04x}"


def _socket_paths(data_dir: Path) -> list[str]:
    """Where the Unix socket for ``data_dir`` may live, in order: the user's runtime folder, the
    temp folder, /tmp. Socket paths are short (about 104 bytes), so a folder too deep to hold the
    name is left out (the last candidate stays, whatever its length)."""
    name = f"{server_name(data_dir)}-{os.getuid()}.sock"
    folders: list[str] = []
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.isdir(runtime) and os.access(runtime, os.W_OK | os.X_OK):
        folders.append(runtime)
    folders += [tempfile.gettempdir(), "/tmp"]
    paths = list(dict.fromkeys(os.path.join(folder, name) for folder in folders))
    fitting = [p for p in paths if len(os.fsencode(p)) <= _MAX_SOCKET_PATH]
    return fitting or paths[-1:]


def _socket_path(data_dir: Path) -> str:
    """The first place the socket for ``data_dir`` is looked for (see ``_socket_paths``)."""
    return _socket_paths(data_dir)[0]


def _remove_socket_file(path: str, bound: tuple[int, int]) -> None:
    """Delete the socket file at ``path`` if it is still the one bound as ``bound`` (device, inode).

    A later copy may have replaced it (see ``InstanceServer.listen``); its file is left alone.
    """
    try:
        info = os.stat(path)
        if (info.st_dev, info.st_ino) == bound:
            os.unlink(path)
    except OSError:
        pass


def _read_line(payload: bytes) -> list[str] | None:
    """The arguments in one line of the protocol, or None when the line is not a valid message."""
    try:
        arguments = json.loads(payload.decode())["arguments"]
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        return None
    if not isinstance(arguments, list) or not all(isinstance(a, str) for a in arguments):
        return None
    return arguments


def hand_over(data_dir: Path, arguments: list[str], timeout_ms: int = CONNECT_TIMEOUT_MS) -> bool:
    """Send ``arguments`` to a copy already running on ``data_dir``; True when it took them.

    Runs before the event loop of the second copy exists, so it uses blocking calls (with a short
    timeout): there is nothing else for this process to do meanwhile. Every place the socket may
    be is tried (the running copy may have found the first one blocked). Never raises.
    """
    payload = json.dumps({"arguments": arguments}).encode() + b"\n"
    if sys.platform == "win32":  # Python on Windows has no AF_UNIX
        return _hand_over_local_socket(server_name(data_dir), payload, timeout_ms)
    return any(_hand_over_at(path, payload, timeout_ms) for path in _socket_paths(data_dir))


def _hand_over_at(path: str, payload: bytes, timeout_ms: int) -> bool:
    try:
        info = os.lstat(path)
        # only a socket of this user's: another user could have put one in a shared /tmp
        if not stat.S_ISSOCK(info.st_mode) or info.st_uid != os.getuid():
            return False
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as channel:
            channel.settimeout(timeout_ms / 1000)
            channel.connect(path)
            channel.sendall(payload)
            reply = b""
            while b"\n" not in reply and len(reply) < 64:
                chunk = channel.recv(64)
                if not chunk:
                    break
                reply += chunk
    except (OSError, ValueError):  # no file, nobody listening, timeout, unusable path
        return False
    return reply.startswith(b"ok")


@dataclass
class Claim:
    """What ``claim_data_folder`` found.

    Attributes:
        outcome: FIRST (this copy uses the folder), HANDED_OVER (a running copy took the
            arguments: exit) or REFUSED (another process holds the folder and does not answer).
        lock: the folder's lock, to keep for as long as the app runs (FIRST).
        holder: the process id holding the folder (REFUSED), when known.
    """

    outcome: str
    lock: FolderLock | None = None
    holder: int | None = None


FIRST, HANDED_OVER, REFUSED = "first", "handed over", "refused"


def claim_data_folder(data_dir: Path, arguments: list[str]) -> Claim:
    """Take the data folder for this copy, or hand ``arguments`` to the copy that has it.

    The OS lock on the folder (``storage.folder_lock``) decides: whoever holds it is the one copy
    using the folder. A later copy hands its arguments over the socket; when the holder does not
    answer (stopped, hung, or its socket unreachable) the later copy is REFUSED and must exit:
    it never opens a folder another process holds. A copy that answers always takes the
    arguments (also one that keeps no lock: an older Acupress, or a folder where no lock can be
    had).
    """
    lock = FolderLock(data_dir)
    state = lock.acquire()
    # whoever holds the folder may still be starting, so it gets a little longer to answer; a
    # copy answering while this one holds the lock keeps no lock (an older Acupress)
    patience = HUNG_TIMEOUT_MS if state == TAKEN else CONNECT_TIMEOUT_MS
    if hand_over(data_dir, arguments, patience):
        lock.release()
        return Claim(HANDED_OVER)
    if state == HELD:
        return Claim(FIRST, lock)
    if state == UNAVAILABLE:
        return Claim(FIRST)
    return Claim(REFUSED, holder=lock.holder())


def refusal_message(data_dir: Path, claim: Claim) -> str:
    """What a copy that cannot have the data folder tells the user before it exits."""
    if claim.holder is None:
        text = QCoreApplication.translate(
            "App",
            "Acupress is already running with the data folder “%1”, but it does not answer. "
            "Close that copy of Acupress (if it is stuck, end it) and start Acupress again.",
        )
    else:
        text = QCoreApplication.translate(
            "App",
            "Acupress is already running with the data folder “%1” (process %2), but it does "
            "not answer. Close that copy of Acupress (if it is stuck, end process %2) and start "
            "Acupress again.",
        ).replace("%2", str(claim.holder))
    return text.replace("%1", str(data_dir))


def _hand_over_local_socket(name: str, payload: bytes, timeout_ms: int) -> bool:
    """``hand_over`` through QLocalSocket, for Windows."""
    from PySide6.QtNetwork import QLocalSocket

    channel = QLocalSocket()
    channel.connectToServer(name)
    if not channel.waitForConnected(timeout_ms):
        return False
    channel.write(QByteArray(payload))
    if not channel.waitForBytesWritten(timeout_ms):
        return False
    acknowledged = channel.waitForReadyRead(timeout_ms) and bytes(
        channel.readAll().data()
    ).startswith(b"ok")
    channel.disconnectFromServer()
    return acknowledged


class InstanceServer(QObject):
    """Listens for later copies of the app.

    Signals:
        arguments_received(list): a second copy was started with these arguments.
    """

    arguments_received = Signal(list)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = server_name(data_dir)
        self._paths = [] if sys.platform == "win32" else _socket_paths(data_dir)
        self._path = ""  # where it listens
        self._listener: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._remove_file: weakref.finalize[[str, tuple[int, int]], InstanceServer] | None = None
        self._connections: set[_Connection] = set()
        self._local_server: QLocalServer | None = None

    def listen(self) -> bool:
        """Start listening; a socket left behind (by a crashed copy) is replaced.

        A path where something else sits (a folder, a file) is left alone and the next place
        is used; ``hand_over`` looks in every place.
        """
        if sys.platform == "win32":
            return self._listen_local_server()
        if self._listener is not None:
            return True
        return any(self._listen_at(path) for path in self._paths)

    def _listen_at(self, path: str) -> bool:
        # main() calls this only once this copy holds the data folder's lock (or after no copy
        # answered), so a socket at the path is stale; it is replaced as QLocalServer did
        try:
            if not stat.S_ISSOCK(os.lstat(path).st_mode):
                return False  # not ours to remove: a folder or file someone put there
            os.unlink(path)
        except FileNotFoundError:
            pass
        except OSError:
            return False
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            listener.bind(path)
            os.chmod(path, 0o600)  # before listen(): until then nobody can connect
            info = os.stat(path)
            listener.listen(8)
            listener.setblocking(False)
        except OSError:
            listener.close()
            return False
        self._listener = listener
        self._path = path
        # on close(), else when this object goes or the interpreter exits (main() never closes)
        self._remove_file = weakref.finalize(
            self, _remove_socket_file, path, (info.st_dev, info.st_ino)
        )
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)
        return True

    def close(self) -> None:
        """Stop listening; connections still being read are dropped."""
        if self._local_server is not None:
            self._local_server.close()
        for connection in list(self._connections):
            connection.finish(None)
        if self._notifier is not None:
            self._notifier.setEnabled(False)  # before the socket closes: Qt warns on a dead fd
            self._notifier.deleteLater()
            self._notifier = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        if self._remove_file is not None:
            self._remove_file()
            self._remove_file = None

    def _on_notifier_activated(self) -> None:
        """Accept every waiting connection of a later copy."""
        while self._listener is not None:
            try:
                channel, _ = self._listener.accept()
            except ConnectionAbortedError:  # that caller gave up; the others still wait
                continue
            except OSError:  # nothing more waiting (EAGAIN), or no fd left: try again later
                return
            channel.setblocking(False)
            self._connections.add(_Connection(self, channel))

    def _finished(self, connection: _Connection, arguments: list[str] | None) -> None:
        self._connections.discard(connection)
        if arguments is not None:
            self.arguments_received.emit(arguments)

    def _listen_local_server(self) -> bool:
        """``listen`` through QLocalServer, for Windows."""
        from PySide6.QtNetwork import QLocalServer

        if self._local_server is None:
            self._local_server = QLocalServer(self)
            self._local_server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
            self._local_server.newConnection.connect(self._on_local_server_new_connection)
        if self._local_server.listen(self._name):
            return True
        QLocalServer.removeServer(self._name)
        return self._local_server.listen(self._name)

    def _on_local_server_new_connection(self) -> None:
        assert self._local_server is not None
        while self._local_server.hasPendingConnections():
            channel = self._local_server.nextPendingConnection()
            connection = _LocalConnection(channel)
            connection.arguments_received.connect(self.arguments_received)


class _Connection:
    """Reads one line of JSON from a later copy over a non-blocking Unix socket, answers, closes."""

    def __init__(self, server: InstanceServer, channel: socket.socket) -> None:
        self._server = server
        self._channel = channel
        self._buffer = b""
        # parented to the server, so Qt deletes it with the server at the latest
        self._notifier = QSocketNotifier(channel.fileno(), QSocketNotifier.Type.Read, server)
        self._notifier.activated.connect(self._on_notifier_activated)

    def _on_notifier_activated(self) -> None:
        while True:
            try:
                chunk = self._channel.recv(4096)
            except BlockingIOError:
                return
            except OSError:
                self.finish(None)
                return
            if not chunk:  # the later copy hung up before finishing its line
                self.finish(None)
                return
            self._buffer += chunk
            if b"\n" in self._buffer:
                arguments = _read_line(self._buffer.split(b"\n", 1)[0])
                self.finish(arguments, b"refused\n" if arguments is None else b"ok\n")
                return
            if len(self._buffer) > MAX_MESSAGE_BYTES:
                self.finish(None, b"refused\n")
                return

    def finish(self, arguments: list[str] | None, reply: bytes = b"") -> None:
        """Answer with ``reply``, close, and hand ``arguments`` (when valid) to the server."""
        self._notifier.setEnabled(False)  # before the socket closes: Qt warns on a dead fd
        self._notifier.deleteLater()
        if reply:
            try:
                self._channel.send(reply)  # a few bytes into an empty buffer: never short
            except OSError:
                arguments = None  # the later copy is gone; it will start on its own
        self._channel.close()
        self._server._finished(self, arguments)


class _LocalConnection(QObject):
    """Reads one line of JSON from a later copy over QLocalSocket (Windows); dies with its socket."""

    arguments_received = Signal(list)

    def __init__(self, channel: QLocalSocket) -> None:
        super().__init__(channel)
        self._channel = channel
        self._buffer = b""
        channel.readyRead.connect(self._on_channel_ready_read)
        channel.disconnected.connect(channel.deleteLater)

    def _on_channel_ready_read(self) -> None:
        self._buffer += bytes(self._channel.readAll().data())
        if b"\n" not in self._buffer:
            if len(self._buffer) > MAX_MESSAGE_BYTES:
                self._channel.write(QByteArray(b"refused\n"))
                self._channel.disconnectFromServer()
            return
        arguments = _read_line(self._buffer.split(b"\n", 1)[0])
        if arguments is None:
            self._channel.write(QByteArray(b"refused\n"))
            return
        self._channel.write(QByteArray(b"ok\n"))
        self._channel.flush()
        self.arguments_received.emit(arguments)

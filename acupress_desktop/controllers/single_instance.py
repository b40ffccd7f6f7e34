"""One running copy per data folder: a second copy hands its arguments to the first and exits."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_TIMEOUT_MS = 1500


def server_name(data_dir: Path) -> str:
    """A local-socket name unique to the user's data folder (two portable copies may both run)."""
    digest = hashlib.sha256(str(Path(data_dir).resolve()).encode()).hexdigest()[:16]
    return f"acupress-{digest}"


def hand_over(data_dir: Path, arguments: list[str]) -> bool:
    """Send ``arguments`` to a copy already running on ``data_dir``; True when it took them.

    Runs before the event loop of the second copy exists, so it uses Qt's blocking waits (with a
    short timeout): there is nothing else for this process to do meanwhile.
    """
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    payload = json.dumps({"arguments": arguments}).encode() + b"\n"
    socket.write(QByteArray(payload))
    if not socket.waitForBytesWritten(CONNECT_TIMEOUT_MS):
        return False
    acknowledged = socket.waitForReadyRead(CONNECT_TIMEOUT_MS) and bytes(
        socket.readAll().data()
    ).startswith(b"ok")
    socket.disconnectFromServer()
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
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_server_new_connection)

    def listen(self) -> bool:
        """Start listening; a stale socket left by a crashed copy is removed first."""
        if self._server.listen(self._name):
            return True
        QLocalServer.removeServer(self._name)
        return self._server.listen(self._name)

    def close(self) -> None:
        """Stop listening."""
        self._server.close()

    def _on_server_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            connection = _Connection(socket)
            connection.arguments_received.connect(self.arguments_received)


class _Connection(QObject):
    """Reads one line of JSON from a later copy; lives (and dies) with its socket."""

    arguments_received = Signal(list)

    def __init__(self, socket: QLocalSocket) -> None:
        super().__init__(socket)
        self._socket = socket
        self._buffer = b""
        socket.readyRead.connect(self._on_socket_ready_read)
        socket.disconnected.connect(socket.deleteLater)

    def _on_socket_ready_read(self) -> None:
        self._buffer += bytes(self._socket.readAll().data())
        if b"\n" not in self._buffer:
            return
        line = self._buffer.split(b"\n", 1)[0]
        try:
            arguments = json.loads(line.decode())["arguments"]
            if not isinstance(arguments, list) or not all(isinstance(a, str) for a in arguments):
                raise ValueError
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            self._socket.write(QByteArray(b"refused\n"))
            return
        self._socket.write(QByteArray(b"ok\n"))
        self._socket.flush()
        self.arguments_received.emit(arguments)

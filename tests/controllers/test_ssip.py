"""Spoken prompts through speech-dispatcher's own protocol (controllers/ssip.py).

A small SSIP server on a real Unix socket, in a thread of the test, answers as speech-dispatcher
does and records what it was asked; the engine runs where the app runs it, on the speech thread
of a ThreadedSpeechBackend. The tests wait on what the server heard, with timeouts.
"""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from acupress_desktop.controllers.speech import ThreadedSpeechBackend
from acupress_desktop.controllers.ssip import SsipEngine, best_language, escape, volume_level

VOICES = ["English\ten-GB\tnone", "English (America)\ten-US\tnone", "Spanish\tes\tnone"]


class SsipServer:
    """Answers one client as speech-dispatcher does. ``auto_end``: a message begins and ends as
    soon as it is queued; otherwise the test ends it with ``finish``."""

    def __init__(self, path: Path, auto_end: bool = True) -> None:
        self.path = path
        self.auto_end = auto_end
        self.commands: list[str] = []
        self.texts: list[str] = []
        self.voices_held = threading.Event()
        self.voices_held.set()
        self._lock = threading.Lock()
        self._next_id = 41
        self._client: socket.socket | None = None
        self._listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._listener.bind(str(path))
        self._listener.listen()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _send(self, text: str) -> None:
        assert self._client is not None
        with self._lock:
            self._client.sendall(text.encode())

    def event(self, message: int, code: int, word: str) -> None:
        self._send(f"{code}-{message}\r\n{code}-7\r\n{code} {word}\r\n")

    def finish(self, message: int) -> None:
        self.event(message, 702, "END")

    def hang_up(self) -> None:
        assert self._client is not None
        self._client.shutdown(socket.SHUT_RDWR)

    def _serve(self) -> None:
        try:
            self._client, _ = self._listener.accept()
        except OSError:
            return
        lines = self._client.makefile("rb")
        while True:
            raw = lines.readline()
            if not raw:
                return
            command = raw.decode().rstrip("\r\n")
            self.commands.append(command)
            if command == "SPEAK":
                self._send("230 OK RECEIVING DATA\r\n")
                body: list[str] = []
                while (line := lines.readline().decode().rstrip("\r\n")) != ".":
                    body.append(line[1:] if line.startswith("..") else line)
                message, self._next_id = self._next_id, self._next_id + 1
                self.texts.append("\n".join(body))
                self._send(f"225-{message}\r\n225 OK MESSAGE QUEUED\r\n")
                if self.auto_end:
                    self.event(message, 701, "BEGIN")
                    self.finish(message)
            elif command == "LIST SYNTHESIS_VOICES":
                self.voices_held.wait(10)
                self._send("".join(f"249-{v}\r\n" for v in VOICES) + "249 OK VOICE LIST SENT\r\n")
            elif command.startswith("CANCEL"):
                self._send("213 OK CANCELED\r\n")
            else:
                self._send("200 OK\r\n")

    def close(self) -> None:
        self._listener.close()
        if self._client is not None:
            self._client.close()


@pytest.fixture
def server_path(tmp_path: Path) -> Path:
    return tmp_path / "speechd.sock"


@pytest.fixture
def server(server_path: Path) -> Iterator[SsipServer]:
    running = SsipServer(server_path)
    yield running
    running.close()


@pytest.fixture
def backend(server: SsipServer) -> Iterator[tuple[ThreadedSpeechBackend, list[str]]]:
    reports: list[str] = []
    speech = ThreadedSpeechBackend(lambda: SsipEngine(server.path))
    speech.set_handlers(lambda: reports.append("finished"), lambda: reports.append("failed"))
    yield speech, reports
    speech.close()


def test_a_sentence_is_said_whole_and_its_end_reported(qtbot, server, backend) -> None:  # type: ignore[no-untyped-def]
    speech, reports = backend
    speech.say("Get ready.\nKidney Shu, BL23.")
    assert speech.is_speaking
    qtbot.waitUntil(lambda: reports == ["finished"], timeout=5000)
    assert server.texts == ["Get ready.\nKidney Shu, BL23."]
    assert not speech.is_speaking
    # it asked to hear when a message begins, ends and is cancelled before it spoke
    speak = server.commands.index("SPEAK")
    for event in ("BEGIN", "END", "CANCEL"):
        assert server.commands.index(f"SET SELF NOTIFICATION {event} on") < speak
    assert "SET SELF PRIORITY message" in server.commands[:speak]


def test_sentences_follow_one_another(qtbot, server, backend) -> None:  # type: ignore[no-untyped-def]
    speech, reports = backend
    speech.say("Press.")
    qtbot.waitUntil(lambda: reports == ["finished"], timeout=5000)
    speech.say("Halfway.")
    qtbot.waitUntil(lambda: reports == ["finished", "finished"], timeout=5000)
    assert server.texts == ["Press.", "Halfway."]


def test_a_line_starting_with_a_dot_does_not_end_the_text(qtbot, server, backend) -> None:  # type: ignore[no-untyped-def]
    speech, reports = backend
    speech.say("One\n.\n..two")
    qtbot.waitUntil(lambda: reports == ["finished"], timeout=5000)
    assert server.texts == ["One\n.\n..two"]
    assert escape("a\r\n.b") == b"a\r\n..b\r\n.\r\n"


def test_a_stopped_sentence_is_cancelled_and_reports_no_end(qtbot, server_path: Path) -> None:  # type: ignore[no-untyped-def]
    server = SsipServer(server_path, auto_end=False)
    reports: list[str] = []
    speech = ThreadedSpeechBackend(lambda: SsipEngine(server.path))
    speech.set_handlers(lambda: reports.append("finished"), lambda: reports.append("failed"))
    try:
        speech.say("How to find it: count two bumps up.")
        qtbot.waitUntil(lambda: len(server.texts) == 1, timeout=5000)
        server.event(41, 701, "BEGIN")
        speech.stop()
        qtbot.waitUntil(lambda: "CANCEL SELF" in server.commands, timeout=5000)
        server.event(41, 703, "CANCEL")
        speech.say("Press.")
        qtbot.waitUntil(lambda: len(server.texts) == 2, timeout=5000)
        server.event(42, 701, "BEGIN")
        server.finish(42)
        qtbot.waitUntil(lambda: reports == ["finished"], timeout=5000)
        assert server.texts[1] == "Press."
        # an end for another message is not taken for the end of this one
        speech.say("Halfway.")
        qtbot.waitUntil(lambda: len(server.texts) == 3, timeout=5000)
        server.event(43, 701, "BEGIN")
        server.finish(41)
        # the second volume is sent only once the first one's reply, which follows the events
        # above on the socket, was read: by then the events were taken, and any end posted
        speech.set_volume(0.5)
        speech.set_volume(0.75)
        qtbot.waitUntil(lambda: "SET SELF VOLUME 50" in server.commands, timeout=5000)
        QCoreApplication.processEvents()
        assert reports == ["finished"] and speech.is_speaking
        server.finish(43)
        qtbot.waitUntil(lambda: reports == ["finished", "finished"], timeout=5000)
    finally:
        speech.close()
        server.close()


def test_the_language_is_the_closest_the_server_has(qtbot, server, backend, caplog) -> None:  # type: ignore[no-untyped-def]
    speech, reports = backend
    caplog.set_level(logging.INFO)
    speech.set_locale("es_ES")
    speech.say("Prepárese.")
    qtbot.waitUntil(lambda: reports == ["finished"], timeout=5000)
    assert "SET SELF LANGUAGE es" in server.commands
    assert server.commands.index("SET SELF LANGUAGE es") < server.commands.index("SPEAK")
    assert speech.locale_used == "es"
    speech.set_locale("fr_FR")  # no French voice: the language stays, and the log says so
    speech.say("Bonjour.")
    qtbot.waitUntil(lambda: reports == ["finished", "finished"], timeout=5000)
    assert not any("LANGUAGE fr" in command for command in server.commands)
    assert "no voice for fr_FR" in caplog.text


def test_the_language_waits_for_the_voice_list(qtbot, server, backend) -> None:  # type: ignore[no-untyped-def]
    """The voices are listed once, in the background; a language asked for meanwhile is
    chosen when they are in, and the sentence after it waits for it."""
    speech, reports = backend
    server.voices_held.clear()
    speech.set_locale("en_US")
    speech.say("Get ready.")
    qtbot.waitUntil(lambda: "LIST SYNTHESIS_VOICES" in server.commands, timeout=5000)
    assert "SPEAK" not in server.commands
    server.voices_held.set()
    qtbot.waitUntil(lambda: reports == ["finished"], timeout=5000)
    assert server.commands.index("SET SELF LANGUAGE en-US") < server.commands.index("SPEAK")
    assert speech.locale_used == "en_US"


def test_the_volume_reaches_the_server(qtbot, server, backend) -> None:  # type: ignore[no-untyped-def]
    speech, _ = backend
    speech.set_volume(0.25)
    qtbot.waitUntil(lambda: "SET SELF VOLUME -50" in server.commands, timeout=5000)
    assert [volume_level(v) for v in (0.0, 0.5, 1.0, 2.0)] == [-100, 0, 100, 100]


def test_a_server_that_goes_away_turns_speech_off(qtbot, server, backend) -> None:  # type: ignore[no-untyped-def]
    speech, reports = backend
    speech.say("Press.")
    qtbot.waitUntil(lambda: reports == ["finished"], timeout=5000)
    server.hang_up()
    qtbot.waitUntil(lambda: reports == ["finished", "failed"], timeout=5000)
    speech.say("Halfway.")
    assert not speech.is_speaking


def test_no_server_at_the_socket_turns_speech_off(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    reports: list[str] = []
    speech = ThreadedSpeechBackend(lambda: SsipEngine(tmp_path / "nobody.sock"))
    speech.set_handlers(lambda: reports.append("finished"), lambda: reports.append("failed"))
    try:
        qtbot.waitUntil(lambda: reports == ["failed"], timeout=5000)
    finally:
        speech.close()


@pytest.mark.parametrize(
    ("wanted", "chosen"),
    [
        ("en_US", "en-US"),
        ("en_AU", "en-GB"),  # the first of the language
        ("es_ES", "es"),  # the language alone
        ("es_MX", "es"),
        ("fr_FR", None),
    ],
)
def test_best_language(wanted: str, chosen: str | None) -> None:
    assert best_language(wanted, ["en-GB", "en-US", "es", "es-419"]) == chosen

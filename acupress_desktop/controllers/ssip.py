"""speech-dispatcher spoken to directly, in its own protocol (SSIP), without ever waiting.

Why not Qt's speech-dispatcher engine: building it asks the server for every voice of every
module (13,363 with espeak-ng, about 1.5 s) inside the constructor, and PySide6 keeps Python's
lock while a constructor runs. Even on the speech thread, that stopped the window's thread for
1.5-2.0 s at the first spoken sentence of a run: the countdown stood still and no key worked
(measured; docs/benchmarks.md). Speaking SSIP ourselves costs nothing like it: one Unix socket,
read through a QSocketNotifier on the speech thread's event loop, so no call here waits for the
server, and the voices are listed only once, in the background, to choose the language.

:class:`SsipEngine` has the part of QTextToSpeech's interface that controllers/speech.py's
worker uses (``say``, ``stop``, ``setVolume``, ``state``, ``errorString``, ``stateChanged``),
plus ``choose_language``. It lives on the thread that built it.

The protocol (speech-dispatcher's SSIP, as libspeechd speaks it): one command a line, ending
``\\r\\n``; each reply is lines ``NNN-text`` ending with one ``NNN text``; a command is sent only
when the one before it was answered. ``SPEAK`` is answered 230, then the text follows, a line
starting with "." doubled, ended by a line of one "."; that is answered 225 with the message's
number. With notifications on, events come between replies as ``70x-msg``, ``70x-client``,
``70x EVENT`` (701 begin, 702 end, 703 cancel).
"""

from __future__ import annotations

import getpass
import logging
import socket
from collections import deque
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QSocketNotifier, Signal
from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger(__name__)

State = QTextToSpeech.State

#: What to do with a command's reply: called with the reply's code and its lines (each without
#: its "NNN-" or "NNN " head). A queued command is its line (or a function giving the line when
#: its turn comes, None: nothing to send) and one of these.
Reply = Callable[[int, list[str]], None]


def _ignore(code: int, lines: list[str]) -> None:
    """A reply nobody waits for."""


def escape(text: str) -> bytes:
    """``text`` as SSIP data: CRLF lines, a line starting with "." doubled, the final "."."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    body = "\r\n".join("." + line if line.startswith(".") else line for line in lines)
    return (body + "\r\n.\r\n").encode("utf-8")


def volume_level(volume: float) -> int:
    """Qt's 0..1 volume as SSIP's -100..100 (Qt's own engine maps it so)."""
    return round(min(1.0, max(0.0, volume)) * 200 - 100)


def best_language(wanted: str, available: Sequence[str]) -> str | None:
    """The server's language ("es", "en-US") to speak locale ``wanted`` ("es_ES") with: the same,
    else the language alone, else the first of that language; None when it has none."""
    tag = wanted.replace("_", "-").lower()
    by_tag = {name.lower(): name for name in available}
    language = tag.split("-")[0]
    for candidate in (tag, language):
        if candidate in by_tag:
            return by_tag[candidate]
    return next((name for name in available if name.lower().split("-")[0] == language), None)


class SsipEngine(QObject):
    """Speaks through speech-dispatcher at ``path``; every reply arrives on the event loop."""

    stateChanged = Signal(object)  # noqa: N815 - QTextToSpeech's name, which the worker uses

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = State.Ready
        self._error = ""
        self._buffer = b""
        self._reply: list[str] = []
        self._event: list[str] = []
        self._queue: deque[tuple[str | bytes | Callable[[], str | None], Reply]] = deque()
        self._waiting: Reply | None = None  # the reply handler of the command sent
        self._message = 0  # the server's number of the message now ours (0: none)
        self._speaking_next = False  # a SPEAK sent whose number is not known yet
        self._ticket = 0  # counts say(): a reply for an earlier one is not the current message's
        self._early: dict[int, list[str]] = {}  # events that came before their message's number
        self._languages: list[str] | None = None  # the server's, once listed
        self._language = ""
        self._notifier: QSocketNotifier | None = None
        self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            self._socket.settimeout(3.0)  # sends are a few bytes; reads only when readable
            self._socket.connect(str(path))
        except OSError as exc:
            self._socket.close()
            self._fail(f"cannot reach the speech server: {exc}")
            return
        self._notifier = QSocketNotifier(self._socket.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)
        self._command(f"SET SELF CLIENT_NAME {_user()}:acupress:guidance")
        self._command("SET SELF PRIORITY message")
        self._command("SET SELF NOTIFICATION BEGIN on")
        self._command("SET SELF NOTIFICATION END on")
        self._command("SET SELF NOTIFICATION CANCEL on")
        self._command("LIST SYNTHESIS_VOICES", self._on_voices)

    # --- QTextToSpeech's interface, as the worker uses it -----------------------------------

    def state(self) -> object:
        return self._state

    def errorString(self) -> str:  # noqa: N802 - QTextToSpeech's name
        return self._error

    def say(self, text: str) -> None:
        """Speak ``text``, cutting short what is being said (as QTextToSpeech does)."""
        if self._state == State.Error:
            return
        if self._message or self._speaking_next:
            self._command("CANCEL SELF")
        self._message, self._speaking_next = 0, True
        self._ticket += 1
        ticket = self._ticket
        self._state = State.Ready  # until the server says it began
        self._command("SPEAK", lambda code, lines: self._on_speak(code, escape(text), ticket))

    def stop(self) -> None:
        if self._state == State.Error:
            return
        self._command("CANCEL SELF")
        self._message, self._speaking_next = 0, False
        self._set_state(State.Ready)

    def setVolume(self, volume: float) -> None:  # noqa: N802 - QTextToSpeech's name
        self._command(f"SET SELF VOLUME {volume_level(volume)}")

    def choose_language(self, locale: str, chosen: Callable[[str], None]) -> None:
        """Speak locale ``locale`` ("es_ES") from the next say() on, with the closest language
        the server has; ``chosen`` hears the language used ("" when it has none). The choice is
        made when the command's turn comes, after the voice list asked for at the start."""

        def line() -> str | None:
            pick = best_language(locale, self._languages or [])
            if pick is None:
                chosen(self._language)
                return None
            self._language = pick
            chosen(pick.replace("-", "_"))
            return f"SET SELF LANGUAGE {pick}"

        self._command(line)

    def close(self) -> None:
        """Hang up (the server forgets what we asked it to say)."""
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier = None
            self._socket.close()

    # --- the conversation ----------------------------------------------------------------------

    def _command(
        self, line: str | bytes | Callable[[], str | None], reply: Reply = _ignore
    ) -> None:
        if self._state == State.Error:
            return
        self._queue.append((line, reply))
        self._send_next()

    def _send_next(self) -> None:
        while self._waiting is None and self._queue and self._state != State.Error:
            line, reply = self._queue.popleft()
            data = line() if callable(line) else line
            if data is None:
                continue
            payload = data if isinstance(data, bytes) else data.encode("utf-8") + b"\r\n"
            try:
                self._socket.sendall(payload)
            except OSError as exc:
                self._fail(f"the speech server stopped listening: {exc}")
                return
            self._waiting = reply

    def _read(self) -> None:
        try:
            data = self._socket.recv(65536)
        except (BlockingIOError, TimeoutError):
            return
        except OSError as exc:
            self._fail(f"the speech server connection broke: {exc}")
            return
        if not data:
            self._fail("the speech server closed the connection")
            return
        self._buffer += data
        *lines, self._buffer = self._buffer.split(b"\r\n")
        for raw in lines:
            self._line(raw.decode("utf-8", errors="replace"))
            if self._state == State.Error:
                return

    def _line(self, line: str) -> None:
        code, last = line[:3], line[3:4] != "-"
        if code.startswith("7"):  # an event, three lines
            self._event.append(line[4:])
            if last:
                event, self._event = self._event, []
                self._on_event(code, event)
            return
        self._reply.append(line[4:])
        if not last:
            return
        lines, self._reply = self._reply, []
        handler, self._waiting = self._waiting or _ignore, None
        number = int(code) if code.isdigit() else 0
        if number >= 300:
            log.warning("speech-dispatcher refused a command: %s %s", code, lines[-1])
        handler(number, lines)
        self._send_next()

    def _on_speak(self, code: int, data: bytes, ticket: int) -> None:
        """SPEAK answered: send the text (answered with the message's number)."""
        if code != 230:
            self._fail(f"the speech server would not speak ({code})")
            return
        self._queue.appendleft((data, lambda code, lines: self._on_queued(code, lines, ticket)))

    def _on_queued(self, code: int, lines: list[str], ticket: int) -> None:
        if ticket != self._ticket or not self._speaking_next:
            return  # stopped or replaced meanwhile; its events are not ours
        self._speaking_next = False
        if code != 225 or not lines[0].isdigit():
            self._fail(f"the speech server did not take the text ({code})")
            return
        self._message = int(lines[0])
        for event in self._early.pop(self._message, []):
            self._apply(event)
        self._early.clear()

    def _on_event(self, code: str, event: list[str]) -> None:
        number = int(event[0]) if event and event[0].isdigit() else -1
        if number == self._message and number:
            self._apply(code)
        elif self._speaking_next and number > 0:
            self._early.setdefault(number, []).append(code)

    def _apply(self, code: str) -> None:
        if code == "701":
            self._set_state(State.Speaking)
        elif code in ("702", "703"):
            if code == "703":  # our own CANCEL SELF forgot the message first: another client's
                log.info("speech-dispatcher cancelled a sentence: another voice spoke over it")
            self._message = 0
            self._set_state(State.Ready)

    def _on_voices(self, code: int, lines: list[str]) -> None:
        """``LIST SYNTHESIS_VOICES``: ``name\\tlanguage\\tvariant`` a line."""
        languages = {line.split("\t")[1] for line in lines[:-1] if line.count("\t") >= 1}
        self._languages = sorted(languages)
        log.info("speech-dispatcher has %d voices in %d languages", len(lines) - 1, len(languages))

    def _set_state(self, state: QTextToSpeech.State) -> None:
        if state != self._state:
            self._state = state
            self.stateChanged.emit(state)

    def _fail(self, reason: str) -> None:
        log.info("speech-dispatcher: %s", reason)
        self._error = reason
        self._queue.clear()
        self.close()
        self._set_state(State.Error)


def _user() -> str:
    """The user name for the client's name (speech-dispatcher shows it in its logs)."""
    try:
        name = getpass.getuser()
    except (OSError, KeyError):
        return "user"
    return "".join(c for c in name if c.isalnum() or c in "-_.") or "user"

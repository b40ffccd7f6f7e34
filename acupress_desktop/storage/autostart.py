"""The XDG autostart entry that starts Acupress quietly when the user logs in, so the daily
reminder can come on a day the app was not opened (``$XDG_CONFIG_HOME/autostart/acupress.desktop``,
by default ``~/.config/autostart``; https://specifications.freedesktop.org/autostart-spec/).

The file's text is made by :func:`desktop_entry` (pure); :func:`enable` writes it atomically (the
old file, if any, stays whole when the write fails) and :func:`disable` removes it. A failure is
raised as AutostartError with a message in the user's words; the system's text goes to the log.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from acupress_desktop.core.text import translate
from acupress_desktop.storage.files import SHARED, write_atomically
from acupress_desktop.storage.reasons import logged, os_reason

FILE_NAME = "acupress.desktop"
#: The option the entry starts the app with: no window, only the reminder armed.
BACKGROUND_OPTION = "--background"
#: The icon of the installed app (packaging/linux).
ICON = "io.github.acupress.Acupress"
#: Characters that make an Exec argument need quotes (Desktop Entry Specification, "Exec key").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


class AutostartError(Exception):
    """The autostart entry could not be written or removed (the message is for the user)."""


def autostart_path(environ: Mapping[str, str] = os.environ) -> Path:
    """Where the entry goes: ``$XDG_CONFIG_HOME/autostart/acupress.desktop``; a relative or
    empty XDG_CONFIG_HOME counts as unset (the specification), so ``~/.config`` is used."""
    base = environ.get("XDG_CONFIG_HOME", "")
    config = Path(base) if base and os.path.isabs(base) else Path.home() / ".config"
    return config / "autostart" / FILE_NAME


def _quote_argument(argument: str) -> str:
    """One Exec argument, quoted where the specification asks (and ``%`` doubled)."""
    argument = argument.replace("%", "%%")
    if argument and not (_RESERVED & set(argument)):
        return argument
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return f'"{escaped}"'


def _string_value(text: str) -> str:
    """A string value: backslashes, newlines, tabs and returns escaped."""
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


def exec_line(command: Sequence[str]) -> str:
    """The Exec value that runs ``command`` (the program and its arguments)."""
    return _string_value(" ".join(_quote_argument(argument) for argument in command))


def desktop_entry(command: Sequence[str], name: str, comment: str) -> str:
    """The text of the autostart entry: ``command`` with ``--background``."""
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={_string_value(name)}\n"
        f"Comment={_string_value(comment)}\n"
        f"Exec={exec_line([*command, BACKGROUND_OPTION])}\n"
        f"Icon={ICON}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def is_enabled(path: Path) -> bool:
    """True when the entry is there (the user may have removed it with the desktop's tools)."""
    return path.is_file()


def enable(path: Path, text: str) -> None:
    """Write the entry (atomically: a failed write leaves the old file, or none, as it was)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, text.encode("utf-8"), mode=SHARED)
    except OSError as exc:
        logged(exc, f"writing the autostart entry {path}")
        raise AutostartError(
            translate(
                "Storage",
                "Acupress could not be set to start when you log in, because %1. "
                "Your other settings are saved.",
            ).replace("%1", os_reason(exc))
        ) from exc


def disable(path: Path) -> None:
    """Remove the entry (nothing to do when it is not there)."""
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        logged(exc, f"removing the autostart entry {path}")
        raise AutostartError(
            translate(
                "Storage",
                "Acupress could not stop starting when you log in, because %1. "
                "Your other settings are saved.",
            ).replace("%1", os_reason(exc))
        ) from exc

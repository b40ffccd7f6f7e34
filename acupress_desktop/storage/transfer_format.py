"""The routine file format's constants, ImportRefused, and how values are shown in its messages.

The format is described in docs/file-format.md; ``transfer_json`` reads the bytes, ``transfer_checks``
checks every field, and ``transfer`` holds the export and import entry points.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from acupress_desktop.core.text import translate

#: How routine files are named.
FILE_SUFFIX = ".acupress.json"

FORMAT = "acupress-routines"
VERSION = 1
MAX_IMPORT_BYTES = 1024 * 1024
MAX_ROUTINES = 150
#: With these three caps the largest possible export still fits in MAX_IMPORT_BYTES.
DESCRIPTION_MAX = 500
#: The same bound as Routine.validate() uses for switch_seconds.
MAX_SWITCH_SECONDS = 30
SIDES = ("both", "left", "right")


class ImportRefused(ValueError):  # noqa: N818 -- the agreed API name
    """The file cannot be imported; nothing was changed.

    ``str(error)`` names the field and the problem, e.g.
    ``routines[2].steps[1].seconds: 0 is not between 5 and 600.``; problems with the file as a
    whole (too big, not UTF-8, not JSON) have no field.

    Attributes:
        where: the field path ("routines[2].steps[1].seconds"), or "" for the file as a whole.
        problem: the sentence after the field path.
        routine_name: the name of the routine the field belongs to, when it was readable.
    """

    def __init__(self, where: str, problem: str, routine_name: str = "") -> None:
        super().__init__(f"{where}: {problem}" if where else problem)
        self.where = where
        self.problem = problem
        self.routine_name = routine_name

    def message_for(self, path: Path | None = None) -> str:
        """The whole sentence to show the user: what was refused, why, and that nothing changed."""
        routine = clip(self.routine_name)
        if path is None:
            if not self.where:
                text = translate(
                    "Transfer", "The file was not imported. %1 Your routines are unchanged."
                )
            elif routine:
                text = translate(
                    "Transfer",
                    "The file was not imported (in the routine “%2”): %1 Your routines are unchanged.",
                )
            else:
                text = translate(
                    "Transfer", "The file was not imported: %1 Your routines are unchanged."
                )
            return text.replace("%2", routine).replace("%1", str(self))
        if not self.where:
            text = translate("Transfer", "“%1” was not imported. %2 Your routines are unchanged.")
        elif routine:
            text = translate(
                "Transfer",
                "“%1” was not imported (in the routine “%3”): %2 Your routines are unchanged.",
            )
        else:
            text = translate("Transfer", "“%1” was not imported: %2 Your routines are unchanged.")
        return text.replace("%1", clip(path.name)).replace("%3", routine).replace("%2", str(self))


def clip(text: str, limit: int = 60) -> str:
    """Text safe to show in a message: invisible characters escaped, long texts shortened."""
    shown = "".join(
        char if char.isprintable() else f"\\u{ord(char):04x}" for char in text[: limit + 1]
    )
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def is_huge(value: int | float) -> bool:
    """True for a number too big to show as digits in a message."""
    return not (value != value or abs(value) < 10**15)  # NaN cannot get here, but shows as "nan"


def number_text(value: int | float) -> str:
    """A number as a refusal shows it: its digits, or "a huge number"."""
    if not is_huge(value):
        return str(value)
    if value > 0:
        return translate("Transfer", "a huge number")
    return translate("Transfer", "a huge negative number")


def describe(value: Any) -> str:
    """A JSON value as the text of a refusal: "the number 5", "a list", "null"…."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        if is_huge(value):
            return number_text(value)
        return translate("Transfer", "the number %1").replace("%1", str(value))
    if isinstance(value, str):
        return translate("Transfer", "the text “%1”").replace("%1", clip(value))
    if isinstance(value, list):
        return translate("Transfer", "a list")
    return translate("Transfer", "an object")


def wrong_kind(kind: type, value: Any) -> str:
    """The refusal of a value of the wrong JSON type: "expected a list, found the number 5."."""
    if kind is dict:
        expected = translate("Transfer", "expected an object, found %1.")
    elif kind is list:
        expected = translate("Transfer", "expected a list, found %1.")
    elif kind is str:
        expected = translate("Transfer", "expected a text, found %1.")
    elif kind is bool:
        expected = translate("Transfer", "expected true or false, found %1.")
    else:
        expected = translate("Transfer", "expected a whole number, found %1.")
    return expected.replace("%1", describe(value))

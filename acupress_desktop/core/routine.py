"""Routines: an ordered list of points with times, and the session options that go with them."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from acupress_desktop.core.breathing import BREATHING_IDS
from acupress_desktop.core.text import translate

StepSides = Literal["both", "left", "right"]
PressStyle = Literal["steady", "ramp"]
PRESS_STYLES: tuple[str, ...] = ("steady", "ramp")
MIN_POINT_SECONDS, MAX_POINT_SECONDS = 5, 600
MAX_REST_SECONDS = 120
MAX_GET_READY_SECONDS = 60
MAX_ROUNDS = 10
MAX_STEPS = 50
NAME_MAX = 80


class RoutineError(ValueError):
    """A routine value is out of range; the message names the field."""


# -- names -----------------------------------------------------------------------------------
# One rule for every way a name comes in (the editor, an imported file, the repository): the
# name is what a person sees, so characters that show nothing are dropped, names that look the
# same compare equal, and characters that reorder or break the text are refused, saying why.

#: Show nothing and mean nothing in a name: removed from what is stored.
_DROPPED = frozenset(
    "\u00ad\u034f\u061c\u180e\u200b\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff"
)
#: Letters and marks that draw nothing: taken as spaces (so they are trimmed like spaces).
_BLANK_LETTERS = frozenset("\u115f\u1160\u17b4\u17b5\u2800\u3164\uffa0")
#: Joiners mean something only between two visible characters (inside an emoji, in Persian).
_JOINERS = frozenset("\u200c\u200d")
#: Embeddings, overrides and isolates: they reorder the text around them (a name could show
#: "morning" while it holds "gninrom").
_DIRECTION = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_LINE_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")
_SPACES = re.compile(r"\s+")


def normalise_name(name: str) -> str:
    """The name as stored: composed (NFC), without characters that show nothing, trimmed."""
    text = unicodedata.normalize("NFC", name)
    text = "".join(" " if char in _BLANK_LETTERS else char for char in text if char not in _DROPPED)
    kept = []
    for index, char in enumerate(text):
        if char in _JOINERS:
            before = text[index - 1] if index else " "
            after = text[index + 1] if index + 1 < len(text) else " "
            if before.isspace() or after.isspace() or not before.isprintable():
                continue
        kept.append(char)
    return "".join(kept).strip()


@lru_cache(maxsize=4096)  # every save compares the new name with every other routine's
def name_key(name: str) -> str:
    """The form used to compare names: names that look the same have the same key.

    Normalised as stored, then compatibility-folded and case-folded (NFKC, ``casefold``: "Ｅ"
    and "e" match, "STRASSE" matches "Straße"), without joiners and variation selectors, with
    each run of spaces as one space.
    """
    text = normalise_name(name)
    text = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    text = "".join(
        char for char in text if char not in _JOINERS and not _is_variation_selector(char)
    )
    return _SPACES.sub(" ", text).strip()


def _is_variation_selector(char: str) -> bool:
    code = ord(char)
    return 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF


def clean_name(name: str) -> str:
    """``normalise_name`` with the characters ``name_problem`` refuses turned into spaces, for a
    name made from another (a copy of a routine saved before these rules, say)."""
    text = "".join(
        " " if char in _DIRECTION or char in _LINE_BREAKS or _is_control(char) else char
        for char in normalise_name(name)
    )
    return _SPACES.sub(" ", text).strip()


def _is_control(char: str) -> bool:
    return unicodedata.category(char) in ("Cc", "Cs")


def name_problem(name: str) -> str:
    """Why ``name`` cannot be a routine's name ("" when it can), checked after normalising it."""
    stored = normalise_name(name)
    for char in stored:
        if char in _DIRECTION:
            return translate(
                "Routines",
                "Routine names cannot hold characters that change the direction of the text "
                "(U+%1); remove it.",
            ).replace("%1", f"{ord(char):04X}")
        if char in _LINE_BREAKS:
            return translate(
                "Routines", "A routine name must be one line; remove the line break (U+%1)."
            ).replace("%1", f"{ord(char):04X}")
        if _is_control(char):
            return translate(
                "Routines", "A routine name holds a character that is not allowed (U+%1)."
            ).replace("%1", f"{ord(char):04X}")
    if not stored:
        if name.strip():
            return translate(
                "Routines",
                "A routine needs a name you can see; this one is made only of characters that "
                "show nothing.",
            )
        return translate("Routines", "A routine needs a name.")
    if not any(unicodedata.category(char)[0] in "LNPSM" for char in stored if char != " "):
        return translate(
            "Routines",
            "A routine needs a name you can see; this one is made only of characters that "
            "show nothing.",
        )
    if len(stored) > NAME_MAX:
        return translate("Routines", "Routine names can be at most %1 characters.").replace(
            "%1", str(NAME_MAX)
        )
    return ""


def name_refusal(name: str, taken: Iterable[str]) -> str:
    """Why ``name`` cannot be saved next to routines called ``taken`` ("" when it can).

    The one rule for the editor, a rename, an imported file and the repository: ``name_problem``,
    then no other routine may look the same (``name_key``).
    """
    problem = name_problem(name)
    if problem:
        return problem
    stored = normalise_name(name)
    key = name_key(stored)
    if any(name_key(other) == key for other in taken):
        return name_taken(stored)
    return ""


def name_taken(name: str) -> str:
    """ "A routine called “name” already exists."."""
    return translate("Routines", "A routine called “%1” already exists.").replace("%1", name)


@dataclass(frozen=True)
class RoutineStep:
    """One point of a routine.

    Attributes:
        point_id: catalogue id.
        seconds: pressing time per side.
        sides: "both" sides one after the other, or one side only (ignored for midline points).
    """

    point_id: str
    seconds: int
    sides: StepSides = "both"


@dataclass(frozen=True)
class Routine:
    """An ordered list of steps and how to run them."""

    name: str
    steps: tuple[RoutineStep, ...]
    rest_seconds: int = 0
    rounds: int = 1
    get_ready_seconds: int = 5
    switch_seconds: int = 5
    breathing: str = "relaxed"
    builtin: bool = False
    id: str = ""
    description: str = field(default="", compare=False)
    find_point: bool = False
    halfway_cue: bool = False
    press_style: str = "steady"
    press_with_breath: bool = False

    def validate(self) -> None:
        """Raise RoutineError naming the first field out of range."""
        name = self.name.strip()
        if not 1 <= len(name) <= NAME_MAX:
            raise RoutineError(
                translate("Routines", "name must be 1–%1 characters").replace("%1", str(NAME_MAX))
            )
        if not self.steps:
            raise RoutineError(translate("Routines", "steps: a routine needs at least one point"))
        if len(self.steps) > MAX_STEPS:
            raise RoutineError(
                translate("Routines", "steps: a routine can have at most %1 points").replace(
                    "%1", str(MAX_STEPS)
                )
            )
        for number, step in enumerate(self.steps, start=1):
            if not MIN_POINT_SECONDS <= step.seconds <= MAX_POINT_SECONDS:
                raise RoutineError(
                    translate("Routines", "steps[%1].seconds must be %2–%3")
                    .replace("%2", str(MIN_POINT_SECONDS))
                    .replace("%3", str(MAX_POINT_SECONDS))
                    .replace("%1", str(number))
                )
            if step.sides not in ("both", "left", "right"):
                raise RoutineError(
                    translate("Routines", "steps[%1].sides must be both, left or right").replace(
                        "%1", str(number)
                    )
                )
        _check_range("rest_seconds", self.rest_seconds, 0, MAX_REST_SECONDS)
        _check_range("rounds", self.rounds, 1, MAX_ROUNDS)
        _check_range("get_ready_seconds", self.get_ready_seconds, 0, MAX_GET_READY_SECONDS)
        _check_range("switch_seconds", self.switch_seconds, 0, 30)
        for flag in ("find_point", "halfway_cue", "press_with_breath"):
            if not isinstance(getattr(self, flag), bool):
                raise RoutineError(
                    translate("Routines", "%1 must be true or false").replace("%1", flag)
                )
        if self.press_style not in PRESS_STYLES:
            raise RoutineError(
                translate("Routines", "press_style must be one of %1").replace(
                    "%1", ", ".join(PRESS_STYLES)
                )
            )
        if self.breathing not in BREATHING_IDS:
            raise RoutineError(
                translate("Routines", "breathing must be one of %1").replace(
                    "%1", ", ".join(BREATHING_IDS)
                )
            )


def _check_range(name: str, value: int, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise RoutineError(
            translate("Routines", "%1 must be a whole number from %2 to %3")
            .replace("%2", str(low))
            .replace("%3", str(high))
            .replace("%1", name)
        )

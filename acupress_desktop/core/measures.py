"""Finger measures in "how to find it" steps: which widths of the user's own hand a step uses.

The steps say "about three finger-widths" (Spanish "unos tres dedos de ancho"); the finger-width
guide shows each measure on a hand. The widths and their cun follow the reference (§2a): one
thumb at its knuckle = 1 cun (WHO), index + middle = 1.5, three fingers = 2 (lay conventions),
four fingers = 3 (WHO). A step's "one finger-width" is shown as the thumb's width.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Fingers side by side -> cun. 1 stands for the thumb's width.
CUN_OF_FINGERS: dict[int, float] = {1: 1.0, 2: 1.5, 3: 2.0, 4: 3.0}

_NUMBERS = {
    "one": 1, "a": 1, "two": 2, "three": 3, "four": 4,
    "un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4,
    "1": 1, "2": 2, "3": 3, "4": 4,
}  # fmt: skip
_WORD = "|".join(sorted(_NUMBERS, key=len, reverse=True))
_PATTERNS = (
    re.compile(rf"\b({_WORD})\s+finger-widths?\b", re.IGNORECASE),
    re.compile(rf"\b({_WORD})\s+thumb-widths?\b", re.IGNORECASE),
    re.compile(rf"\b({_WORD})\s+dedos?\s+de\s+ancho\b", re.IGNORECASE),
    re.compile(rf"\b({_WORD})\s+(?:anchos?\s+de\s+pulgar|pulgares?\s+de\s+ancho)\b", re.IGNORECASE),
)


def finger_measures(text: str) -> tuple[int, ...]:
    """The finger counts (1–4) a text measures with, in the order they appear, each once."""
    found: list[tuple[int, int]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            count = _NUMBERS[match.group(1).lower()]
            found.append((match.start(), count))
    ordered: list[int] = []
    for _, count in sorted(found):
        if count not in ordered:
            ordered.append(count)
    return tuple(ordered)


def measures_of_steps(steps: Iterable[str]) -> tuple[int, ...]:
    """Every finger count the steps use, in order of first use."""
    ordered: list[int] = []
    for step in steps:
        for count in finger_measures(step):
            if count not in ordered:
                ordered.append(count)
    return tuple(ordered)

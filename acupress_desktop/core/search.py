"""Finding points: by region, by concern and by a free-text query over codes, aliases and names.

A query that is a point code in any common spelling finds that point only: WHO codes (BL23),
the aliases of English books and datasets (UB23, TW5, LV13, DU4, Co4, K3) and the Spanish codes
(V23, VB30, E36, IG4, ID3, R3, B6 or BP6, H3, TR5 or TF5, VG4 or DM4, MC6), with the number
before or after the letters (20VB, 36 E). An exact code always wins over partial matches: "B6"
(Spanish for SP6) never finds BL60 and "R3" (KI3) never LR3. Where spellings clash the Spanish
meaning is kept, as Acupress speaks English and Spanish: IG is the large intestine (in French it
is the small intestine) and H the liver (one dataset uses H for the heart).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

from acupress_desktop.core.catalogue import Point

_SEPARATORS = re.compile(r"[\s\-_.·,/]+")
_CODE = re.compile(r"^(?:([a-z]+)(\d+)|(\d+)([a-z]+))$")

#: Meridian letters people type -> the WHO letters. English books and datasets: Co, SJ/TW/TH/TB/
#: TR, LV/LIV/F, UB, K/Kid, DU, Ren. Spanish pages: P, IG, E, B/BP, C, ID, V, R, MC/Pe, TR/TF,
#: VB, H, VG/DM, RM (reference points-addendum.md §1a).
MERIDIAN_LETTERS: dict[str, str] = {
    "lu": "LU", "p": "LU",
    "li": "LI", "co": "LI", "ig": "LI",
    "st": "ST", "e": "ST",
    "sp": "SP", "b": "SP", "bp": "SP",
    "ht": "HT", "c": "HT",
    "si": "SI", "id": "SI",
    "bl": "BL", "ub": "BL", "v": "BL",
    "ki": "KI", "k": "KI", "kid": "KI", "r": "KI",
    "pc": "PC", "mc": "PC", "pe": "PC",
    "te": "TE", "sj": "TE", "tw": "TE", "th": "TE", "tb": "TE", "tr": "TE", "tf": "TE",
    "gb": "GB", "vb": "GB",
    "lr": "LR", "lv": "LR", "liv": "LR", "f": "LR", "h": "LR",
    "gv": "GV", "du": "GV", "vg": "GV", "dm": "GV",
    "cv": "CV", "ren": "CV", "rm": "CV",
}  # fmt: skip


def normalise(text: str) -> str:
    """Case-, accent- and separator-insensitive form: "EX-UE 7" and "exue7" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SEPARATORS.sub("", plain.casefold())


def canonical_code(query: str) -> str | None:
    """The WHO code a query spells ("V23" → "BL23", "20 VB" → "GB20"), or None if it is no code."""
    match = _CODE.match(normalise(query))
    if match is None:
        return None
    letters, number = (match.group(1), match.group(2)) if match.group(1) else match.group(4, 3)
    meridian = MERIDIAN_LETTERS.get(letters)
    return f"{meridian}{int(number)}" if meridian else None


def _code_matches(point: Point, code: str, query: str) -> bool:
    """A code query finds its point, a point spelt so by an alias, or (while typing) a longer
    code of the same meridian ("BL2" → BL23, BL25), but never a code merely containing it."""
    own = normalise(point.code)
    wanted = normalise(code)
    if own == wanted or normalise(query) in {normalise(c) for c in (point.id, *point.aliases)}:
        return True
    return own.startswith(wanted) and own[len(wanted) :].isdigit()


def search_texts(point: Point, concern_labels: Mapping[str, str]) -> tuple[str, ...]:
    """Every text a query may match: codes, aliases, names and the labels of its concerns."""
    texts = [point.code, point.id, *point.aliases, point.pinyin, point.hanzi, point.english]
    texts += [concern_labels.get(concern, concern) for concern in point.concerns]
    return tuple(texts)


def matches(point: Point, query: str, concern_labels: Mapping[str, str]) -> bool:
    """True when every word of the query is found in one of the point's texts.

    A query that spells a code matches by code only (see the module's note). Codes also match
    when typed as one word ("lv13", "TW 5" → "tw5"), so the whole query is tried as a single
    word too.
    """
    code = canonical_code(query)
    if code is not None:
        return _code_matches(point, code, query)
    words = [normalise(word) for word in query.split()]
    words = [word for word in words if word]
    if not words:
        return True  # before the point's texts are normalised: an empty query matches all
    haystack = [normalise(text) for text in search_texts(point, concern_labels)]
    if all(any(word in text for text in haystack) for word in words):
        return True
    joined = "".join(words)
    return any(joined in text for text in haystack)


def in_filters(
    point: Point,
    region: str | None,
    concern: str | None,
    query: str,
    concern_labels: Mapping[str, str],
) -> bool:
    """True when the point is in the region and concern (None: any) and matches the query."""
    return (
        (region is None or region in point.regions)
        and (concern is None or concern in point.concerns)
        and matches(point, query, concern_labels)
    )


def point_by_code(points: Iterable[Point], text: str) -> Point | None:
    """The point a code names exactly ("BL23", "bl 23", "LV13", "V23"), or None."""
    wanted = normalise(text)
    code = canonical_code(text)
    for point in points:
        names = {normalise(name) for name in (point.id, point.code, *point.aliases)}
        if wanted in names or (code is not None and normalise(code) == normalise(point.code)):
            return point
    return None

"""Finding points: by region, by concern and by a free-text query over codes, aliases and names."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

from acupress_desktop.core.catalogue import Point

_SEPARATORS = re.compile(r"[\s\-_.·,/]+")


def normalise(text: str) -> str:
    """Case-, accent- and separator-insensitive form: "EX-UE 7" and "exue7" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SEPARATORS.sub("", plain.casefold())


def search_texts(point: Point, concern_labels: Mapping[str, str]) -> tuple[str, ...]:
    """Every text a query may match: codes, aliases, names and the labels of its concerns."""
    texts = [point.code, point.id, *point.aliases, point.pinyin, point.hanzi, point.english]
    texts += [concern_labels.get(concern, concern) for concern in point.concerns]
    return tuple(texts)


def matches(point: Point, query: str, concern_labels: Mapping[str, str]) -> bool:
    """True when every word of the query is found in one of the point's texts.

    Codes also match when typed as one word ("lv13", "TW 5" → "tw5"), so the whole query is
    tried as a single word too.
    """
    haystack = [normalise(text) for text in search_texts(point, concern_labels)]
    words = [normalise(word) for word in query.split()]
    words = [word for word in words if word]
    if not words:
        return True
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


def filter_points(
    points: Iterable[Point],
    *,
    region: str | None = None,
    concern: str | None = None,
    query: str = "",
    concern_labels: Mapping[str, str] | None = None,
) -> list[Point]:
    """The points in the region and concern (None: any) that match the query, exact codes first."""
    labels = concern_labels or {}
    found = [point for point in points if in_filters(point, region, concern, query, labels)]
    wanted = normalise(query)
    exact = [p for p in found if wanted and wanted in {normalise(c) for c in (p.code, *p.aliases)}]
    return exact + [p for p in found if p not in exact]

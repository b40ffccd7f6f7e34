"""Search and filters: a point is found by each of its codes, aliases and names, and filters combine."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pytest

from acupress_desktop.core.catalogue import CONCERNS, REGIONS, Point
from acupress_desktop.core.search import in_filters, matches, normalise, point_by_code

LABELS = {
    "lower-back": "Lower back pain",
    "gas-bloating": "Back pain with gas or bloating",
    "periods": "Back pain during periods",
    "neck-upper-back": "Neck and upper back",
    "leg-pain": "Pain spreading down the leg",
}


def shown(
    points: Iterable[Point],
    *,
    region: str | None = None,
    concern: str | None = None,
    query: str = "",
    concern_labels: Mapping[str, str] | None = None,
) -> list[Point]:
    """The points the browser lists for these filters (PointFilterModel's test, in_filters)."""
    return [p for p in points if in_filters(p, region, concern, query, concern_labels or {})]


def test_normalise_ignores_case_accents_and_separators() -> None:
    """ "EX-UE 7", "ex.ue7" and "EXUE7" are the same code; accents do not matter."""
    assert normalise("EX-UE 7") == normalise("ex.ue7") == "exue7"
    assert normalise("Zúsānlǐ") == "zusanli"


def test_every_code_alias_and_name_finds_its_point(catalogue) -> None:  # type: ignore[no-untyped-def]
    """Typing any code, alias, pinyin, Chinese or English name lists that point."""
    for point in catalogue.points:
        for text in (point.code, *point.aliases, point.pinyin, point.hanzi, point.english):
            found = shown(catalogue.points, query=text, concern_labels=LABELS)
            assert point in found, f"{text!r} did not find {point.id}"


@pytest.mark.parametrize(
    ("query", "point_id"),
    [
        ("LV13", "LR13"),
        ("TW5", "TE5"),
        ("sj 5", "TE5"),
        ("du4", "GV4"),
        ("ub40", "BL40"),
        ("hoku", "LI4"),
    ],
)
def test_common_aliases_find_the_who_point_first(catalogue, query: str, point_id: str) -> None:  # type: ignore[no-untyped-def]
    """The aliases people know from books and websites name the WHO-coded point (opening a point
    by its code) and list it in a search."""
    assert point_by_code(catalogue.points, query) == catalogue.point(point_id)
    found = shown(catalogue.points, query=query, concern_labels=LABELS)
    assert catalogue.point(point_id) in found


def test_concern_words_find_points(catalogue) -> None:  # type: ignore[no-untyped-def]
    """Searching "periods" lists the points for back pain during periods."""
    found = {p.id for p in shown(catalogue.points, query="periods", concern_labels=LABELS)}
    assert {"SP6", "SP10", "LR3"} <= found
    assert "GB30" not in found


def test_unknown_words_find_nothing(catalogue) -> None:  # type: ignore[no-untyped-def]
    """A query matching no point gives an empty list, not everything."""
    assert shown(catalogue.points, query="elbowknee", concern_labels=LABELS) == []


def test_empty_query_matches_everything(catalogue) -> None:  # type: ignore[no-untyped-def]
    """No query, no filter: every point is listed."""
    assert len(shown(catalogue.points)) == len(catalogue.points)
    assert all(matches(p, "   ", LABELS) for p in catalogue.points)


@pytest.mark.parametrize("region", REGIONS)
def test_region_filter_keeps_exactly_that_region(catalogue, region: str) -> None:  # type: ignore[no-untyped-def]
    """Each region lists exactly the points that are in it, and none is empty."""
    found = shown(catalogue.points, region=region)
    assert found
    assert {p.id for p in found} == {p.id for p in catalogue.points if region in p.regions}


@pytest.mark.parametrize("concern", CONCERNS)
def test_concern_and_region_combine(catalogue, concern: str) -> None:  # type: ignore[no-untyped-def]
    """Region and concern filters apply together."""
    for region in REGIONS:
        found = shown(catalogue.points, region=region, concern=concern)
        assert all(region in p.regions and concern in p.concerns for p in found)


@pytest.mark.parametrize(
    ("query", "point_id"),
    [
        ("V23", "BL23"),
        ("VB30", "GB30"),
        ("E36", "ST36"),
        ("IG4", "LI4"),
        ("ID3", "SI3"),
        ("R3", "KI3"),
        ("B6", "SP6"),
        ("BP6", "SP6"),
        ("H3", "LR3"),
        ("H13", "LR13"),
        ("TR5", "TE5"),
        ("TF5", "TE5"),
        ("VG4", "GV4"),
        ("DM4", "GV4"),
        ("36 E", "ST36"),
        ("30VB", "GB30"),
        ("13H", "LR13"),
        ("Co 4", "LI4"),
        ("K3", "KI3"),
    ],
)
def test_spanish_and_book_codes_find_exactly_their_point(
    catalogue, query: str, point_id: str
) -> None:  # type: ignore[no-untyped-def]
    """The Spanish codes (reference §1a), number first or last, find that one point only."""
    found = shown(catalogue.points, query=query, concern_labels=LABELS)
    assert [p.id for p in found] == [point_id]


def test_an_exact_code_never_finds_a_code_that_merely_contains_it(catalogue) -> None:  # type: ignore[no-untyped-def]
    """ "B6" never finds BL60, "R3" never LR3, "R1" never LR13 (partial matches lose)."""

    def found(query: str) -> list[str]:
        return [p.id for p in shown(catalogue.points, query=query, concern_labels=LABELS)]

    assert "BL60" not in found("B6")
    assert "LR3" not in found("R3")
    assert found("R1") == []
    assert found("MC6") == []  # PC6 (Neiguan) is not among the points


def test_typing_a_code_shows_the_longer_codes_of_that_meridian(catalogue) -> None:  # type: ignore[no-untyped-def]
    """Halfway through "BL23", "BL2" shows BL23 and BL25, and "V2" the same."""
    for query in ("BL2", "V2", "ub2"):
        found = {p.id for p in shown(catalogue.points, query=query, concern_labels=LABELS)}
        assert found == {"BL23", "BL25"}, query


def test_canonical_code_reads_every_spelling() -> None:
    """Letters before or after the number, any case and separators; unknown letters are no code."""
    from acupress_desktop.core.search import canonical_code

    assert canonical_code("MC6") == "PC6"
    assert canonical_code("20 VB") == "GB20"
    assert canonical_code("lv-13") == "LR13"
    assert canonical_code("EX-UE7") is None
    assert canonical_code("Zusanli") is None
    assert canonical_code("L4") is None

"""Search and filters: a point is found by each of its codes, aliases and names, and filters combine."""

from __future__ import annotations

import pytest

from acupress_desktop.core.catalogue import CONCERNS, REGIONS
from acupress_desktop.core.search import filter_points, matches, normalise

LABELS = {
    "lower-back": "Lower back pain",
    "gas-bloating": "Back pain with gas or bloating",
    "periods": "Back pain during periods",
    "neck-upper-back": "Neck and upper back",
    "leg-pain": "Pain spreading down the leg",
}


def test_normalise_ignores_case_accents_and_separators() -> None:
    """ "EX-UE 7", "ex.ue7" and "EXUE7" are the same code; accents do not matter."""
    assert normalise("EX-UE 7") == normalise("ex.ue7") == "exue7"
    assert normalise("Zúsānlǐ") == "zusanli"


def test_every_code_alias_and_name_finds_its_point(catalogue) -> None:  # type: ignore[no-untyped-def]
    """Typing any code, alias, pinyin, Chinese or English name lists that point."""
    for point in catalogue.points:
        for text in (point.code, *point.aliases, point.pinyin, point.hanzi, point.english):
            found = filter_points(catalogue.points, query=text, concern_labels=LABELS)
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
    """The aliases people know from books and websites lead to the WHO-coded point, listed first."""
    found = filter_points(catalogue.points, query=query, concern_labels=LABELS)
    assert found[0].id == point_id


def test_concern_words_find_points(catalogue) -> None:  # type: ignore[no-untyped-def]
    """Searching "periods" lists the points for back pain during periods."""
    found = {p.id for p in filter_points(catalogue.points, query="periods", concern_labels=LABELS)}
    assert {"SP6", "SP10", "LR3"} <= found
    assert "GB30" not in found


def test_unknown_words_find_nothing(catalogue) -> None:  # type: ignore[no-untyped-def]
    """A query matching no point gives an empty list, not everything."""
    assert filter_points(catalogue.points, query="elbowknee", concern_labels=LABELS) == []


def test_empty_query_matches_everything(catalogue) -> None:  # type: ignore[no-untyped-def]
    """No query, no filter: every point is listed."""
    assert len(filter_points(catalogue.points)) == len(catalogue.points)
    assert all(matches(p, "   ", LABELS) for p in catalogue.points)


@pytest.mark.parametrize("region", REGIONS)
def test_region_filter_keeps_exactly_that_region(catalogue, region: str) -> None:  # type: ignore[no-untyped-def]
    """Each region lists exactly the points that are in it, and none is empty."""
    found = filter_points(catalogue.points, region=region)
    assert found
    assert {p.id for p in found} == {p.id for p in catalogue.points if region in p.regions}


@pytest.mark.parametrize("concern", CONCERNS)
def test_concern_and_region_combine(catalogue, concern: str) -> None:  # type: ignore[no-untyped-def]
    """Region and concern filters apply together."""
    for region in REGIONS:
        found = filter_points(catalogue.points, region=region, concern=concern)
        assert all(region in p.regions and concern in p.concerns for p in found)

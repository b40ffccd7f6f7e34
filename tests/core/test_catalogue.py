"""Loading the catalogue: the real file is valid, and each kind of mistake is refused with a clear message."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from acupress_desktop.core.catalogue import (
    CatalogueError,
    load_catalogue,
    parse_catalogue,
)
from acupress_desktop.resources import data_path


@pytest.fixture()
def raw() -> dict[str, Any]:
    """The packaged catalogue as plain JSON, to be broken by each test."""
    data: dict[str, Any] = json.loads(data_path("points.json").read_text(encoding="utf-8"))
    return copy.deepcopy(data)


def entry(raw: dict[str, Any], point_id: str) -> dict[str, Any]:
    return next(p for p in raw["points"] if p["id"] == point_id)


def test_packaged_catalogue_loads_all_points(catalogue) -> None:  # type: ignore[no-untyped-def]
    """The shipped catalogue is valid and holds the 31 points."""
    assert len(catalogue.points) == 31
    assert catalogue.point("BL23").pinyin == "Shenshu"


def test_every_point_names_an_existing_view(catalogue) -> None:  # type: ignore[no-untyped-def]
    """Each point's view is declared with its file."""
    for point in catalogue.points:
        view = catalogue.view_of(point)
        assert view.file.endswith(f"{view.id}.svg")


@pytest.mark.parametrize(
    "field", ["pinyin", "locate", "press", "cautions", "evidence", "markers", "view", "summary"]
)
def test_missing_field_is_named(raw: dict[str, Any], field: str) -> None:
    """A point without a field is refused; the message names the point and the field."""
    del entry(raw, "ST36")[field]
    with pytest.raises(CatalogueError) as error:
        parse_catalogue(raw)
    assert "ST36" in str(error.value)
    assert f"'{field}'" in str(error.value)
    assert "missing" in str(error.value)


def test_unknown_region_is_named(raw: dict[str, Any]) -> None:
    """A region outside the picker's regions is refused, naming point, field and value."""
    entry(raw, "GB30")["regions"] = ["foot"]
    with pytest.raises(
        CatalogueError, match=r"Point 'GB30': field 'regions' has unknown value 'foot'"
    ):
        parse_catalogue(raw)


def test_unknown_concern_is_named(raw: dict[str, Any]) -> None:
    """A concern outside the filter's concerns is refused."""
    entry(raw, "SP6")["concerns"] = ["headache"]
    with pytest.raises(
        CatalogueError, match=r"Point 'SP6': field 'concerns' has unknown value 'headache'"
    ):
        parse_catalogue(raw)


@pytest.mark.parametrize(("x", "y"), [(401, 200), (-1, 200), (200, 400.5), (200, -0.1)])
def test_marker_off_the_view_is_named(raw: dict[str, Any], x: float, y: float) -> None:
    """A marker outside its view's 400 × 400 box is refused, naming point, field and view."""
    entry(raw, "BL40")["markers"][0].update(x=x, y=y)
    with pytest.raises(CatalogueError) as error:
        parse_catalogue(raw)
    message = str(error.value)
    assert "Point 'BL40'" in message and "'markers'" in message and "knee-back" in message


def test_bilateral_point_needs_both_sides(raw: dict[str, Any]) -> None:
    """A bilateral point marked on one side only is refused (the article's LV13 error)."""
    lr13 = entry(raw, "LR13")
    lr13["markers"] = [m for m in lr13["markers"] if m["side"] == "right"]
    with pytest.raises(
        CatalogueError, match=r"Point 'LR13': field 'markers' must mark left and right"
    ):
        parse_catalogue(raw)


def test_unknown_view_is_named(raw: dict[str, Any]) -> None:
    """A point naming a view that does not exist is refused."""
    entry(raw, "LI4")["view"] = "hand-palm"
    with pytest.raises(CatalogueError, match=r"Point 'LI4': field 'view' names 'hand-palm'"):
        parse_catalogue(raw)


def test_wrong_type_is_named(raw: dict[str, Any]) -> None:
    """A field of the wrong kind is refused with the expected kind."""
    entry(raw, "KI3")["press"]["seconds"] = "sixty"
    with pytest.raises(
        CatalogueError, match=r"Point 'KI3', field 'press': field 'seconds' must be a whole number"
    ):
        parse_catalogue(raw)


def test_unknown_source_key_is_named(raw: dict[str, Any]) -> None:
    """An evidence note citing a source that is not listed is refused."""
    entry(raw, "SP6")["evidence"]["sources"].append("E99")
    with pytest.raises(CatalogueError, match=r"cites 'E99'"):
        parse_catalogue(raw)


def test_duplicate_id_is_refused(raw: dict[str, Any]) -> None:
    """Two points with the same id are refused."""
    raw["points"].append(copy.deepcopy(entry(raw, "GV4")))
    with pytest.raises(CatalogueError, match=r"Point 'GV4': field 'id' is used by another point"):
        parse_catalogue(raw)


def test_unreadable_and_invalid_files_give_messages(tmp_path: Path) -> None:
    """A missing file and a file that is not JSON both give a CatalogueError naming the file."""
    with pytest.raises(CatalogueError, match="Cannot read"):
        load_catalogue(tmp_path / "nothing.json")
    broken = tmp_path / "points.json"
    broken.write_text("{ not json", encoding="utf-8")
    with pytest.raises(CatalogueError, match="not valid JSON"):
        load_catalogue(broken)


def test_newer_format_is_refused(raw: dict[str, Any]) -> None:
    """A catalogue in a format this app does not know is refused."""
    raw["format"] = 2
    with pytest.raises(CatalogueError, match="format"):
        parse_catalogue(raw)


def test_a_source_needs_a_known_kind_and_a_text(raw: dict[str, Any]) -> None:
    """Each source says what it is (standard, study, guideline, reference); others are refused."""
    raw["sources"]["S5"]["kind"] = "blog"
    with pytest.raises(CatalogueError, match=r"source 'S5': field 'kind' is 'blog'"):
        parse_catalogue(raw)
    raw["sources"]["S5"] = "a bare citation"
    with pytest.raises(CatalogueError, match=r"source 'S5': expected an object"):
        parse_catalogue(raw)


def test_only_studies_standards_and_guidelines_are_shown_as_evidence(catalogue) -> None:  # type: ignore[no-untyped-def]
    """A point's shown sources leave out datasets and reference sites (LI11 cites S5)."""
    li11 = catalogue.point("LI11")
    assert "S5" in li11.evidence.sources
    assert catalogue.shown_sources(li11) == ("S1", "E32")


def test_the_evidence_overview_cites_known_sources(raw: dict[str, Any]) -> None:
    """The "About the evidence" page's sources must exist."""
    raw["overview_sources"].append("E404")
    with pytest.raises(CatalogueError, match=r"'overview_sources' cites 'E404'"):
        parse_catalogue(raw)

"""Honest claims: every use and result a card states matches the reference, and the sources a user
reads are studies and standards, never datasets or "several websites"."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from acupress_desktop.core.catalogue import SHOWN_SOURCE_KINDS, load_catalogue

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "acupress_desktop" / "data"


@pytest.fixture(scope="module")
def points() -> dict[str, dict[str, Any]]:
    """The English catalogue's points by id, as plain JSON."""
    raw = json.loads((DATA / "points.json").read_text(encoding="utf-8"))
    return {point["id"]: point for point in raw["points"]}


@pytest.fixture(scope="module")
def routines() -> dict[str, dict[str, Any]]:
    """The built-in routines by slug."""
    raw = json.loads((DATA / "routines.json").read_text(encoding="utf-8"))
    return {routine["slug"]: routine for routine in raw["routines"]}


@pytest.mark.parametrize("point_id", ["TE5", "LI11"])
def test_uses_from_lay_guides_say_so(points: dict[str, dict[str, Any]], point_id: str) -> None:
    """TE5 "for low back pain" and LI11 "for upper back tension" come from lay guides only."""
    point = points[point_id]
    for text in (point["summary"], point["uses"]):
        assert "lay guides" in text, f"{point_id}: {text}"
    assert "traditionally" not in point["uses"].lower(), "no tradition is recorded for this use"


def test_si3_reports_the_one_needling_trial_with_results(points: dict[str, dict[str, Any]]) -> None:
    """Only one SI3 trial has results (the 320-person needling trial); no "trials found it helped"."""
    uses = points["SI3"]["uses"].lower()
    assert "trials found" not in uses
    assert "one large needling trial" in uses
    assert "no trial has tested pressing it" in uses


def test_st36_does_not_say_the_patients_pressed_it_themselves(
    points: dict[str, dict[str, Any]],
) -> None:
    """The bowel-surgery trial gave ST36 acupressure; the reference does not say who pressed."""
    uses = points["ST36"]["uses"].lower()
    assert "who pressed" not in uses
    assert "given acupressure at this point" in uses


def test_bl57_is_midway_between_the_knee_crease_and_the_ankle_bone(
    points: dict[str, dict[str, Any]],
) -> None:
    """BL57 is 8 of the 16 B-cun from the knee crease to the outer ankle bone, not to the heel."""
    steps = " ".join(points["BL57"]["locate"]).lower()
    assert "knee and heel" not in steps
    assert "midway between the crease behind your knee and your outer ankle bone" in steps


def test_the_sources_a_user_reads_are_studies_standards_and_guidelines() -> None:
    """No GitHub dataset, no "several websites" and no lay guide is shown as evidence."""
    catalogue = load_catalogue(DATA / "points.json")
    for key, text in catalogue.sources.items():
        kind = catalogue.source_kinds[key]
        shown = kind in SHOWN_SOURCE_KINDS
        lowered = text.lower()
        if any(word in lowered for word in ("github", "several", "websites", "lay guide")):
            assert not shown, f"{key} ({kind}) would be shown to users: {text}"
    assert catalogue.source_kinds["S1"] == "standard"
    assert all(catalogue.source_kinds[k] == "study" for k in catalogue.sources if k.startswith("E"))


def test_routine_descriptions_name_the_places_in_step_order(
    routines: dict[str, dict[str, Any]],
) -> None:
    """The gas routine is described navel, knee, ribs, as its steps run ST25, ST36, LR13."""
    gas = routines["gas-bloating"]
    assert [step["point"] for step in gas["steps"]] == ["ST25", "ST36", "LR13"]
    text = gas["description"]
    assert text.index("navel") < text.index("knee") < text.index("ribs")


def test_the_hand_and_arm_routine_says_elbow(routines: dict[str, dict[str, Any]]) -> None:
    """LI11 is at the elbow, so the routine is not "hand and forearm" only."""
    routine = routines["hand-arm"]
    assert "LI11" in [step["point"] for step in routine["steps"]]
    assert "elbow" in routine["description"]


def test_built_in_descriptions_fit_an_export_file_in_every_language() -> None:
    """A built-in routine can be exported in English or Spanish: its description fits the limit."""
    from acupress_desktop.storage.transfer_format import DESCRIPTION_MAX

    english = json.loads((DATA / "routines.json").read_text(encoding="utf-8"))["routines"]
    spanish = json.loads((DATA / "routines.es.json").read_text(encoding="utf-8"))["routines"]
    for routine in english:
        assert len(routine["description"]) <= DESCRIPTION_MAX, routine["slug"]
        assert len(spanish[routine["slug"]]["description"]) <= DESCRIPTION_MAX, routine["slug"]

"""Safety facts in the catalogue that a user acts on: pregnancy flags agree with the words, techniques
agree with the flags, and what a card says to do is what the guided session does."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from acupress_desktop.core.catalogue import load_catalogue
from acupress_desktop.core.plan import PhaseKind, build_plan
from acupress_desktop.core.routine import Routine, RoutineStep

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "acupress_desktop" / "data"


def _load(name: str) -> Any:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def points() -> dict[str, dict[str, Any]]:
    """The English catalogue's points by id, as plain JSON."""
    return {point["id"]: point for point in _load("points.json")["points"]}


def _notes(point: dict[str, Any]) -> str:
    return " ".join(point["cautions"]["notes"]).lower()


def _codes_in(text: str, points: dict[str, dict[str, Any]]) -> set[str]:
    return {code for code in points if re.search(rf"\b{re.escape(code)}\b", text)}


def test_no_technique_leads_a_pregnant_user_onto_a_point_to_avoid(
    points: dict[str, dict[str, Any]],
) -> None:
    """A technique that also presses another point (a pinch) carries that point's pregnancy rule.

    KI3 was "none" in pregnancy while its technique said to pinch it together with BL60, a point
    to avoid: a pregnant user following KI3 pressed BL60. Such a point must be flagged, and its
    notes must say what to do in pregnancy instead (thumb only, no pinch onto BL60).
    """
    for point_id, point in points.items():
        for other in _codes_in(point["press"]["technique"], points) - {point_id}:
            if points[other]["cautions"]["pregnancy"] != "avoid":
                continue
            assert point["cautions"]["pregnancy"] != "none", (
                f"{point_id} is pressed together with {other}, a point to avoid in pregnancy"
            )
            notes = _notes(point)
            assert other.lower() in notes and "pregnan" in notes, (
                f"{point_id}: the notes must say how to press it in pregnancy without {other}"
            )


def test_a_pinch_names_the_point_it_presses_on_both_cards(
    points: dict[str, dict[str, Any]],
) -> None:
    """BL60 and KI3 are pinched together: each card names the other point by its code."""
    assert "KI3" in points["BL60"]["press"]["technique"]
    assert "BL60" in points["KI3"]["press"]["technique"]


def test_notes_that_forbid_pressing_in_pregnancy_have_the_avoid_flag(
    points: dict[str, dict[str, Any]],
) -> None:
    """A card that tells a pregnant user not to press is marked "avoid", not "caution".

    ST25 and LR13 said "If you are pregnant, do not press on your belly" under a "caution" flag.
    """
    forbidding = re.compile(
        r"(if you are pregnant, do not|do not use this point if you are pregnant)"
    )
    for point_id, point in points.items():
        if forbidding.search(_notes(point)):
            assert point["cautions"]["pregnancy"] == "avoid", point_id


def test_the_belly_points_are_avoided_in_pregnancy(points: dict[str, dict[str, Any]]) -> None:
    """ST25 and LR13 press the abdomen, which is not pressed in pregnancy (reference S17c, §5)."""
    for point_id in ("ST25", "LR13"):
        assert points[point_id]["cautions"]["pregnancy"] == "avoid", point_id


def test_unconfirmed_safety_in_pregnancy_is_a_caution(points: dict[str, dict[str, Any]]) -> None:
    """A point whose notes say its safety in pregnancy is not confirmed is not marked "none".

    SP10 and LR3 said so in their notes under a "none" flag.
    """
    for point_id, point in points.items():
        if "not been confirmed" in _notes(point) and "pregnan" in _notes(point):
            assert point["cautions"]["pregnancy"] != "none", point_id


def test_no_card_says_no_warning_and_then_warns(points: dict[str, dict[str, Any]]) -> None:
    """ "No warning specific to this point is known" never stands beside a pregnancy warning."""
    for point_id, point in points.items():
        notes = _notes(point)
        if "no warning specific" in notes:
            assert point["cautions"]["pregnancy"] == "none", point_id
            assert "pregnan" not in notes, point_id


def test_each_pregnancy_flag_has_one_meaning_in_the_notes(
    points: dict[str, dict[str, Any]],
) -> None:
    """ "avoid" always says do not use it; "caution" always says light pressure, after asking."""
    for point_id, point in points.items():
        flag, notes = point["cautions"]["pregnancy"], _notes(point)
        if flag == "avoid":
            assert "pregnan" in notes and "do not" in notes, point_id
        elif flag == "caution":
            assert "pregnan" in notes, point_id
            assert "light" in notes, f"{point_id}: a caution point is pressed only lightly"
            assert "ask" in notes or "midwife" in notes, f"{point_id}: ask a professional first"


def test_bilateral_points_are_pressed_one_side_at_a_time(
    points: dict[str, dict[str, Any]], catalogue
) -> None:  # type: ignore[no-untyped-def]
    """No card says to press both sides at once: the session presses the left, then the right.

    BL23, BL25 and BL52 said "press with both thumbs at once" while the guided session ran the
    left side, a switch, then the right side.
    """
    both_at_once = re.compile(r"\bboth (thumbs|knuckles|hands|sides)\b|\bat once\b.*\bsides?\b")
    for point_id, point in points.items():
        if point["sides"] != "bilateral":
            continue
        technique = point["press"]["technique"].lower()
        assert not both_at_once.search(technique), f"{point_id}: {technique}"
    plan = build_plan(Routine("t", (RoutineStep("BL23", 30, "both"),)), catalogue)
    sides = [phase.side for phase in plan.phases if phase.kind is PhaseKind.PRESS]
    assert sides == ["left", "right"]


def test_the_spanish_techniques_follow_the_same_rules() -> None:
    """The Spanish cards do not pinch an avoid point or press both sides at once either."""
    english = {p["id"]: p for p in _load("points.json")["points"]}
    spanish = _load("points.es.json")["points"]
    for point_id, texts in spanish.items():
        technique = texts["press"]["technique"].lower()
        if english[point_id]["sides"] == "bilateral":
            assert "los dos pulgares" not in technique, point_id
            assert "a la vez" not in technique or "lado" not in technique, point_id
        for other in _codes_in(texts["press"]["technique"], english) - {point_id}:
            if english[other]["cautions"]["pregnancy"] == "avoid":
                notes = " ".join(texts["cautions"]["notes"]).lower()
                assert other.lower() in notes and "embaraz" in notes, point_id


def test_the_loaded_catalogue_keeps_these_flags(points: dict[str, dict[str, Any]]) -> None:
    """The app's loader sees the same pregnancy flags as the file."""
    catalogue = load_catalogue(DATA / "points.json")
    for point in catalogue.points:
        assert point.cautions.pregnancy == points[point.id]["cautions"]["pregnancy"]

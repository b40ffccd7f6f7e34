"""Finger measures in the steps: found in English and Spanish alike, mapped to the guide's cun."""

from __future__ import annotations

import json
from pathlib import Path

from acupress_desktop.core.measures import CUN_OF_FINGERS, finger_measures, measures_of_steps

DATA = Path(__file__).resolve().parents[2] / "acupress_desktop" / "data"


def test_measures_are_read_from_english_and_spanish_steps() -> None:
    """ "about three finger-widths" and "unos tres dedos de ancho" are both three fingers."""
    assert finger_measures("Measure about three finger-widths up from that crease.") == (3,)
    assert finger_measures("mida unos tres dedos de ancho hacia el codo") == (3,)
    assert finger_measures("four finger-widths down, then one finger-width out") == (4, 1)
    assert finger_measures("un dedo de ancho hacia fuera; cuatro dedos de ancho") == (1, 4)
    assert finger_measures("Slide your finger back toward the tendon.") == ()
    assert measures_of_steps(["two finger-widths", "two finger-widths, then four"]) == (2,)


def test_the_guide_covers_every_measure_with_its_cun() -> None:
    """Thumb 1 cun, two fingers 1.5, three fingers 2, four fingers 3 (reference §2a)."""
    assert CUN_OF_FINGERS == {1: 1.0, 2: 1.5, 3: 2.0, 4: 3.0}


def test_every_spanish_step_keeps_the_measure_of_the_english_one() -> None:
    """A translated step measures the same number of fingers as the English step."""
    english = {p["id"]: p for p in json.loads((DATA / "points.json").read_text("utf-8"))["points"]}
    spanish = json.loads((DATA / "points.es.json").read_text("utf-8"))["points"]
    used = 0
    for point_id, point in english.items():
        for number, step in enumerate(point["locate"]):
            translated = spanish[point_id]["locate"][number]
            assert finger_measures(step) == finger_measures(translated), (point_id, number)
            used += bool(finger_measures(step))
    assert used >= 10, "the steps use finger measures in at least ten places"

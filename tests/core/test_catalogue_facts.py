"""Facts a user relies on in the catalogue: safety flags, locations, codes, sources, wording."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE_PATH = ROOT / "acupress_desktop" / "data" / "points.json"
SEED_DIR = Path("/work/shared/seed")

POINT_VIEWS = {
    "LI4": "hand-dorsal",
    "EX-UE7": "hand-dorsal",
    "SI3": "hand-ulnar",
    "TE5": "forearm-dorsal",
    "LI11": "elbow-lateral",
    "ST25": "abdomen",
    "LR13": "trunk-side",
    "ST36": "leg-front",
    "GB34": "leg-front",
    "SP6": "leg-inner",
    "SP10": "thigh-inner",
    "LR3": "foot-dorsal",
    "BL23": "lower-back",
    "BL25": "lower-back",
    "BL52": "lower-back",
    "GV4": "lower-back",
    "BL40": "knee-back",
    "GB30": "buttock-hip",
    "BL57": "calf-back",
    "BL60": "ankle-outer",
    "KI3": "ankle-inner",
    "GB21": "shoulder-top",
    # neck, upper back, sacrum and sciatica (reference points-addendum.md, Table C)
    "GB20": "neck-back",
    "BL10": "neck-back",
    "GV14": "neck-back",
    "SI14": "shoulder-blade",
    "SI11": "shoulder-blade",
    "BL32": "sacrum-buttock",
    "BL54": "sacrum-buttock",
    "BL36": "sacrum-buttock",
    "GB31": "thigh-outer",
}

REGIONS = {
    "hands-arms": {"LI4", "LI11", "TE5", "EX-UE7", "SI3"},
    "abdomen": {"ST25", "LR13"},
    "legs-knees": {"ST36", "GB34", "SP6", "SP10", "BL40", "BL57", "GB31"},
    "feet": {"LR3", "BL60", "KI3"},
    "lower-back-hips": {"BL23", "BL25", "BL52", "GV4", "GB30", "BL32", "BL54", "BL36"},
    "sacrum": {"BL32"},
    "upper-back-shoulders": {"GB21", "GV14", "SI14", "SI11"},
    "neck": {"GB20", "BL10", "GV14"},
}

CONCERNS = {
    "LI4": {"lower-back", "periods"},
    "LI11": {"neck-upper-back"},
    "TE5": {"lower-back"},
    "EX-UE7": {"lower-back"},
    "SI3": {"lower-back", "neck-upper-back"},
    "ST25": {"gas-bloating"},
    "LR13": {"gas-bloating"},
    "ST36": {"gas-bloating"},
    "SP6": {"periods"},
    "SP10": {"periods"},
    "LR3": {"periods"},
    "BL23": {"lower-back"},
    "BL40": {"lower-back", "leg-pain"},
    "GB30": {"lower-back", "leg-pain"},
    "BL25": {"lower-back"},
    "BL52": {"lower-back"},
    "BL57": {"lower-back"},
    "BL60": {"lower-back"},
    "GV4": {"lower-back"},
    "GB34": {"lower-back"},
    "KI3": {"lower-back"},
    "GB21": {"neck-upper-back"},
    "GB20": {"neck-upper-back"},
    "BL10": {"neck-upper-back"},
    "GV14": {"neck-upper-back"},
    "SI14": {"neck-upper-back"},
    "SI11": {"neck-upper-back"},
    "BL32": {"lower-back"},
    "BL54": {"lower-back", "leg-pain"},
    "BL36": {"leg-pain"},
    "GB31": {"leg-pain"},
}

#: reference §5: the classic points, the belly points (the abdomen is not pressed in pregnancy)
#: and BL32 (used in labour)
PREGNANCY_AVOID = {"LI4", "SP6", "GB21", "BL60", "ST25", "LR13", "BL32"}
#: the lumbar points and BL54 (sacral level); points whose safety is unconfirmed; KI3 (its pinch
#: presses BL60)
PREGNANCY_CAUTION = {"BL23", "BL25", "BL52", "GV4", "SP10", "LR3", "KI3", "BL54"}
GENTLE_ONLY = {"ST25", "LR13", "BL40", "GB21", "BL36"}

#: Alias codes listed in the reference sheet (per point, plus the meridian-level aliases
#: SJ/TW/TH/TB/TR for TE, LV/LIV/Liv/F for LR, UB/V for BL, DU for GV, Co for LI).
REFERENCE_ALIASES = {
    "LI4": ["Co4", "Hoku"],
    "LI11": ["Co11"],
    "TE5": ["SJ5", "TW5", "TH5", "TB5", "TR5"],
    "ST25": ["St25"],
    "ST36": ["St36"],
    "LR13": ["LV13", "LIV13", "Liv13", "F13"],
    "SP6": ["Sp6"],
    "SP10": ["Sp10"],
    "LR3": ["LV3", "LIV3", "Liv3", "F3"],
    "BL23": ["UB23", "Bl23", "V23"],
    "BL40": ["UB40", "Bl40", "V40"],
    "GB30": ["Gb30"],
    "EX-UE7": ["EX-UE-19", "Extra 26", "Ex26", "Yaotongdian"],
    "BL25": ["UB25", "V25"],
    "BL52": ["UB52", "V52"],
    "BL57": ["UB57", "V57"],
    "BL60": ["UB60", "V60"],
    "GV4": ["DU4"],
    "KI3": ["K3", "Kid3"],
}

#: Characteristic phrases of the seed article; the app writes everything in its own words.
SEED_PHRASES = (
    "renowned for reducing pain",
    "midway between the crease and your calf",
    "on the right side of the abdomen",
    "in the hip crease on your buttocks",
    "in the buttocks crease on the hip",
    "positioned between the thumb and index finger",
    "situated at the outer end of the elbow crease",
    "effective in alleviating tension",
    "aids in relieving low back pain",
    "found on the forearm near the wrist",
    "about 2 inches",
    "versatile point",
    "believed to improve digestion",
    "smooth flow of qi",
    "about two thumb widths above the kneecap",
    "might feel relief in your lower back",
    "may contribute to relieving back pain",
    "associated with reducing sciatica",
    "release tension in the glutes",
    "strengthen the overall digestive system",
    "associated with regulating periods",
)

REQUIRED_FIELDS = (
    "id", "code", "aliases", "pinyin", "hanzi", "english", "regions", "concerns", "sides",
    "view", "markers", "summary", "locate", "press", "uses", "cautions", "evidence",
)  # fmt: skip


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    """The catalogue file as plain JSON."""
    data: dict[str, Any] = json.loads(CATALOGUE_PATH.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def points(raw: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The points of the catalogue file, by id."""
    return {point["id"]: point for point in raw["points"]}


def sentences(point: dict[str, Any]) -> Iterator[str]:
    """Every sentence-like text the app shows for a point."""
    yield point["summary"]
    yield from point["locate"]
    yield point["press"]["technique"]
    yield point["uses"]
    yield from point["cautions"]["notes"]
    yield point["evidence"]["note"]


def all_text(point: dict[str, Any]) -> str:
    """All of a point's texts joined, lower-cased."""
    return " ".join(sentences(point)).lower()


def words(text: str) -> list[str]:
    """Lower-case words, punctuation dropped."""
    return re.findall(r"[a-z0-9]+", text.lower())


def test_all_31_points_present_with_every_field_filled(points: dict[str, dict[str, Any]]) -> None:
    """All 31 points are in the catalogue and none of them has an empty field."""
    assert set(points) == set(POINT_VIEWS)
    assert len(points) == 31
    for point_id, point in points.items():
        for field in REQUIRED_FIELDS:
            assert point.get(field), f"{point_id}: field {field!r} is empty"
        for key in ("technique", "pressure", "seconds"):
            assert point["press"].get(key), f"{point_id}: press.{key} is empty"
        assert point["cautions"]["pregnancy"], point_id
        assert isinstance(point["cautions"]["gentle"], bool), point_id
        assert point["cautions"]["notes"], point_id
        assert point["evidence"]["note"] and point["evidence"]["sources"], point_id
        assert all(step.strip() for step in point["locate"]), point_id


def test_who_code_is_shown_first(points: dict[str, dict[str, Any]]) -> None:
    """Each point's code is its WHO code (TE5, LR13, ...), never a non-WHO alias."""
    for point_id, point in points.items():
        assert point["code"] == point_id
        assert not re.match(r"^(SJ|TW|TH|TB|TR|LV|LIV|UB|DU|Co)\d", point["code"]), point_id


def test_each_point_uses_its_illustration_view(raw: dict[str, Any]) -> None:
    """Every point is drawn on its fixed view, and every view points at its own SVG file."""
    for point in raw["points"]:
        assert point["view"] == POINT_VIEWS[point["id"]]
    assert set(raw["views"]) == set(POINT_VIEWS.values())
    for view_id, view in raw["views"].items():
        assert view["file"] == f"illustrations/{view_id}.svg"
        assert (view["width"], view["height"]) == (400, 400)
        assert view["title"].strip()


def test_markers_show_both_sides_except_the_midline_point(
    points: dict[str, dict[str, Any]],
) -> None:
    """Bilateral points get one marker per side (Yaotongxue two); GV4 and GV14 a midline marker."""
    for point_id, point in points.items():
        sides = [marker["side"] for marker in point["markers"]]
        if point_id in ("GV4", "GV14"):
            assert point["sides"] == "midline"
            assert sides == ["midline"]
        elif point_id == "EX-UE7":
            assert point["sides"] == "bilateral"
            assert sorted(sides) == ["left", "left", "right", "right"]
        else:
            assert point["sides"] == "bilateral", point_id
            assert sorted(sides) == ["left", "right"], point_id


def test_regions_and_concerns_put_cards_under_the_right_filters(
    points: dict[str, dict[str, Any]],
) -> None:
    """Each point appears under its body region and its concerns, and nowhere else."""
    for region, ids in REGIONS.items():
        assert {p for p, point in points.items() if region in point["regions"]} == ids, region
    for point_id, concerns in CONCERNS.items():
        assert set(points[point_id]["concerns"]) == concerns, point_id


def test_pregnancy_avoid_set_is_the_classic_and_the_belly_points(
    points: dict[str, dict[str, Any]],
) -> None:
    """LI4, SP6, GB21 and BL60, and the belly points ST25 and LR13, are marked "avoid in pregnancy"."""
    avoid = {p for p, point in points.items() if point["cautions"]["pregnancy"] == "avoid"}
    assert avoid == PREGNANCY_AVOID


def test_lumbar_and_unconfirmed_points_carry_a_pregnancy_caution(
    points: dict[str, dict[str, Any]],
) -> None:
    """The low-back points and the unconfirmed ones say "caution"; all the others say "none"."""
    for point_id, point in points.items():
        expected = (
            "avoid"
            if point_id in PREGNANCY_AVOID
            else "caution"
            if point_id in PREGNANCY_CAUTION
            else "none"
        )
        assert point["cautions"]["pregnancy"] == expected, point_id


def test_pregnancy_points_say_so_in_their_notes(points: dict[str, dict[str, Any]]) -> None:
    """A point flagged for pregnancy tells the reader about it in words, too."""
    for point_id in PREGNANCY_AVOID | PREGNANCY_CAUTION:
        notes = " ".join(points[point_id]["cautions"]["notes"]).lower()
        assert "pregnan" in notes, point_id


def test_gentle_points_are_pressed_gently(points: dict[str, dict[str, Any]]) -> None:
    """ST25, LR13, BL40, GB21 and BL36 are gentle-pressure-only points, and their pressure says so."""
    gentle = {p for p, point in points.items() if point["cautions"]["gentle"]}
    assert gentle == GENTLE_ONLY
    for point_id, point in points.items():
        if point_id in GENTLE_ONLY:
            assert point["press"]["pressure"] == "gentle", point_id
        assert point["press"]["pressure"] in {"gentle", "moderate", "firm"}, point_id


def test_press_times_are_sensible(points: dict[str, dict[str, Any]]) -> None:
    """Every point suggests between 30 seconds and 2 minutes of pressing."""
    for point_id, point in points.items():
        seconds = point["press"]["seconds"]
        assert isinstance(seconds, int) and 30 <= seconds <= 120, point_id


def test_bl40_sits_at_the_centre_of_the_knee_crease(points: dict[str, dict[str, Any]]) -> None:
    """BL40's steps put it at the centre of the crease behind the knee, not below it on the calf."""
    bl40 = points["BL40"]
    steps = " ".join(bl40["locate"]).lower()
    assert "centre of the crease" in steps
    text = all_text(bl40)
    for wrong in ("below the crease", "calf", "midway between the crease"):
        assert wrong not in text, wrong


def test_lr13_is_on_both_flanks(points: dict[str, dict[str, Any]]) -> None:
    """LR13 is a point on both sides of the trunk, never described as right-side only."""
    lr13 = points["LR13"]
    assert lr13["sides"] == "bilateral"
    assert sorted(marker["side"] for marker in lr13["markers"]) == ["left", "right"]
    text = all_text(lr13)
    for wrong in ("right side only", "only on the right", "right side of the abdomen"):
        assert wrong not in text, wrong
    steps = " ".join(lr13["locate"]).lower()
    assert "left" in steps and "right" in steps


def test_gb30_is_a_buttock_point_not_a_foot_point(points: dict[str, dict[str, Any]]) -> None:
    """GB30 is a lower-back-and-hips point on the buttock view, never called a foot point."""
    gb30 = points["GB30"]
    assert gb30["regions"] == ["lower-back-hips"]
    assert gb30["view"] == "buttock-hip"
    text = all_text(gb30)
    assert "buttock" in " ".join(gb30["locate"]).lower()
    assert not re.search(r"(?<!not )\b(a|the) foot point", text)
    assert not re.search(r"(?<!not a point )\bon (your|the) foot\b", text)
    assert "on your foot" not in text


def _normalise(code: str) -> str:
    return re.sub(r"[\s\-_.]+", "", code.casefold())


def test_every_reference_alias_finds_its_point(points: dict[str, dict[str, Any]]) -> None:
    """Every reference alias (TW5, LV13, UB23, DU4, Hoku...) names its point and finds it."""
    for point_id, aliases in REFERENCE_ALIASES.items():
        listed = {_normalise(a) for a in points[point_id]["aliases"]}
        for alias in aliases:
            assert _normalise(alias) in listed, f"{point_id} lacks alias {alias}"
    try:
        from acupress_desktop.core.catalogue import load_catalogue
        from acupress_desktop.core.search import in_filters, point_by_code
    except ImportError:
        return
    catalogue = load_catalogue(CATALOGUE_PATH)
    for point_id, aliases in REFERENCE_ALIASES.items():
        for alias in [point_id, *aliases]:
            named = point_by_code(catalogue.points, alias)
            assert named is not None and named.id == point_id, f"{alias!r} names {named}"
            found = [p.id for p in catalogue.points if in_filters(p, None, None, alias, {})]
            assert point_id in found, f"{alias!r} finds {found}"


def test_no_alias_belongs_to_two_points(points: dict[str, dict[str, Any]]) -> None:
    """An alias never names two different points."""
    owner: dict[str, str] = {}
    for point_id, point in points.items():
        for code in {_normalise(c) for c in [point["code"], *point["aliases"]]}:
            assert owner.setdefault(code, point_id) == point_id, code


def test_every_evidence_source_resolves(raw: dict[str, Any]) -> None:
    """Every source a point cites exists in the sources list with a citation text."""
    sources = raw["sources"]
    for point in raw["points"]:
        for key in point["evidence"]["sources"]:
            assert key in sources, f"{point['id']} cites unknown source {key}"
            assert sources[key]["text"].strip() and sources[key]["kind"]
    cited = {key for point in raw["points"] for key in point["evidence"]["sources"]}
    cited |= set(raw["overview_sources"])
    assert set(sources) == cited, "every source is cited by a point or the evidence overview"


def test_uses_call_tradition_tradition(points: dict[str, dict[str, Any]]) -> None:
    """Each "what it is used for" text says where the use comes from: tradition or lay guides."""
    for point_id, point in points.items():
        uses = point["uses"].lower()
        assert "traditionally" in uses or "lay guides" in uses, point_id


def test_every_text_ends_with_punctuation(points: dict[str, dict[str, Any]]) -> None:
    """Every sentence shown to the user ends with a full stop, question or exclamation mark."""
    for point_id, point in points.items():
        for text in sentences(point):
            assert text == text.strip() and text[-1] in ".!?", f"{point_id}: {text!r}"


def test_no_seed_article_wording(points: dict[str, dict[str, Any]]) -> None:
    """No characteristic phrase of the seed article appears in any point's text."""
    for point_id, point in points.items():
        text = " ".join(words(all_text(point)))
        for phrase in SEED_PHRASES:
            assert " ".join(words(phrase)) not in text, f"{point_id}: {phrase!r}"


@pytest.mark.skipif(not SEED_DIR.is_dir(), reason="the seed article is not available here")
def test_no_eight_word_run_from_the_seed_article(points: dict[str, dict[str, Any]]) -> None:
    """No run of eight words from the seed article appears in any point's text."""
    seed_words = [w for f in sorted(SEED_DIR.glob("*.txt")) for w in words(f.read_text("utf-8"))]
    runs = {tuple(seed_words[i : i + 8]) for i in range(len(seed_words) - 7)}
    for point_id, point in points.items():
        for text in sentences(point):
            ws = words(text)
            for i in range(len(ws) - 7):
                assert tuple(ws[i : i + 8]) not in runs, f"{point_id}: {' '.join(ws[i : i + 8])}"


def test_loader_accepts_the_catalogue(points: dict[str, dict[str, Any]]) -> None:
    """The app's own loader reads the file and sees the same safety flags and times."""
    try:
        from acupress_desktop.core.catalogue import load_catalogue
    except ImportError:
        pytest.skip("the catalogue loader is not available")
    catalogue = load_catalogue(CATALOGUE_PATH)
    assert {point.id for point in catalogue.points} == set(points)
    for point in catalogue.points:
        assert point.cautions.pregnancy == points[point.id]["cautions"]["pregnancy"]
        assert point.press.seconds == points[point.id]["press"]["seconds"]

"""Translated catalogue and routine texts: the Spanish overlays are complete, faithful in shape, and
every gap or mistake falls back to English or is refused with a message naming the point and field."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from acupress_desktop.core.catalogue import Catalogue
from acupress_desktop.core.localize import (
    POINT_FIELDS,
    OverlayError,
    check_overlay,
    language_candidates,
    load_overlay,
    load_routine_overlay,
    localize_catalogue,
    localize_routines,
    validate_overlay,
    validate_routine_overlay,
)
from acupress_desktop.core.routine import Routine, RoutineStep
from acupress_desktop.resources import data_path
from acupress_desktop.storage.routines import load_builtin_routines

#: Codes, vertebrae and numbers written in digits must survive translation ("BL23", "L4", "45").
_TOKENS = re.compile(r"\b[A-Z]{1,3}-?[A-Z]*\d+\b|\d+")


@pytest.fixture(scope="module")
def spanish() -> dict[str, Any]:
    """The packaged Spanish catalogue overlay."""
    overlay = load_overlay("es")
    assert overlay is not None
    return overlay


@pytest.fixture(scope="module")
def spanish_routines() -> dict[str, Any]:
    """The packaged Spanish routine overlay."""
    overlay = load_routine_overlay("es")
    assert overlay is not None
    return overlay


def _english(point: Any, dotted: str) -> Any:
    value = point
    for part in dotted.split("."):
        value = getattr(value, part)
    return value


def _texts(value: str | tuple[str, ...]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


# --------------------------------------------------------------------------------------------
# The Spanish overlay is complete
# --------------------------------------------------------------------------------------------


def test_spanish_overlay_covers_every_view_point_and_field(
    catalogue: Catalogue, spanish: dict[str, Any]
) -> None:
    """All 31 points and every view have every text, lists as long as the English ones."""
    assert len(catalogue.points) == 31
    assert set(spanish["points"]) == {point.id for point in catalogue.points}
    assert set(spanish["views"]) == set(catalogue.views)
    assert check_overlay(catalogue, spanish) == []


def test_spanish_catalogue_keeps_steps_notes_and_facts(
    catalogue: Catalogue, spanish: dict[str, Any]
) -> None:
    """Same number of steps and notes, same codes and numbers, and every text really translated."""
    localized = localize_catalogue(catalogue, spanish)
    for english, point in zip(catalogue.points, localized.points, strict=True):
        assert len(point.locate) == len(english.locate), point.id
        assert len(point.cautions.notes) == len(english.cautions.notes), point.id
        for dotted in POINT_FIELDS:
            before, after = _texts(_english(english, dotted)), _texts(_english(point, dotted))
            for source, translated in zip(before, after, strict=True):
                assert translated != source, f"{point.id} {dotted}: still English: {source}"
                assert sorted(_TOKENS.findall(translated)) == sorted(_TOKENS.findall(source)), (
                    f"{point.id} {dotted}: codes or numbers differ:\n{source}\n{translated}"
                )


def test_localized_catalogue_keeps_ids_markers_and_flags(
    catalogue: Catalogue, spanish: dict[str, Any]
) -> None:
    """Only texts change: ids, codes, names, regions, markers, times, pregnancy flags, sources stay."""
    localized = localize_catalogue(catalogue, spanish)
    assert localized is not catalogue
    assert localized.sources == catalogue.sources
    for english, point in zip(catalogue.points, localized.points, strict=True):
        for field in ("id", "code", "aliases", "pinyin", "hanzi", "regions", "concerns", "sides"):
            assert getattr(point, field) == getattr(english, field)
        assert point.view == english.view
        assert point.markers == english.markers
        assert (point.press.pressure, point.press.seconds) == (
            english.press.pressure,
            english.press.seconds,
        )
        assert (point.cautions.pregnancy, point.cautions.gentle) == (
            english.cautions.pregnancy,
            english.cautions.gentle,
        )
        assert point.evidence.sources == english.evidence.sources
    for view_id, view in localized.views.items():
        english_view = catalogue.views[view_id]
        assert (view.file, view.width, view.height) == (
            english_view.file,
            english_view.width,
            english_view.height,
        )
        assert view.title != english_view.title


def test_spanish_point_reads_in_spanish(catalogue: Catalogue, spanish: dict[str, Any]) -> None:
    """A known point shows its Spanish name, summary and first step."""
    point = localize_catalogue(catalogue, spanish).point("ST36")
    assert point.english == "Tres millas de la pierna"
    assert point.summary.startswith("Un punto en la parte delantera de la pierna")
    assert point.locate[0] == "Siéntese con la rodilla doblada y el pie en el suelo."
    assert point.title == "ST36 · Zusanli"


# --------------------------------------------------------------------------------------------
# Loading and fallback
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("es", ["es"]),
        ("es_ES", ["es_ES", "es"]),
        ("es-MX", ["es_MX", "es"]),
        ("en", []),
        ("en_GB", []),
        ("../../etc/passwd", []),
        ("", []),
    ],
)
def test_language_candidates(language: str, expected: list[str]) -> None:
    """Regional codes fall back to the base language; English and nonsense mean no overlay."""
    assert language_candidates(language) == expected


@pytest.mark.parametrize("language", ["es", "es_ES", "es-AR"])
def test_spanish_variants_load_the_spanish_overlay(language: str) -> None:
    """Any Spanish locale finds points.es.json and routines.es.json."""
    overlay = load_overlay(language)
    routines = load_routine_overlay(language)
    assert overlay is not None and overlay["language"] == "es"
    assert routines is not None and routines["language"] == "es"


@pytest.mark.parametrize("language", ["en", "en_US", "xx", "not a language"])
def test_languages_without_an_overlay_load_none(language: str) -> None:
    """English, an unknown language and a malformed code all mean "show English"."""
    assert load_overlay(language) is None
    assert load_routine_overlay(language) is None


def test_no_overlay_returns_the_catalogue_unchanged(catalogue: Catalogue) -> None:
    """Without an overlay the English catalogue is used as is."""
    assert localize_catalogue(catalogue, None) is catalogue
    assert localize_catalogue(catalogue, {}) is catalogue


def test_missing_point_and_fields_fall_back_to_english(
    catalogue: Catalogue, spanish: dict[str, Any]
) -> None:
    """A point or a field the overlay lacks keeps its English text; the rest is translated."""
    partial = copy.deepcopy(spanish)
    del partial["points"]["BL23"]
    del partial["points"]["ST36"]["uses"]
    del partial["points"]["ST36"]["press"]
    del partial["views"]["abdomen"]
    problems = check_overlay(catalogue, partial)
    assert "point 'BL23': missing" in problems
    assert "point 'ST36': field 'uses' is missing" in problems
    assert "point 'ST36': field 'press.technique' is missing" in problems
    assert "view 'abdomen': title is missing" in problems
    localized = localize_catalogue(catalogue, partial)
    assert localized.point("BL23") == catalogue.point("BL23")
    st36 = localized.point("ST36")
    assert st36.uses == catalogue.point("ST36").uses
    assert st36.press == catalogue.point("ST36").press
    assert st36.summary == spanish["points"]["ST36"]["summary"]
    assert localized.views["abdomen"].title == catalogue.views["abdomen"].title


def test_list_of_another_length_falls_back_to_english(
    catalogue: Catalogue, spanish: dict[str, Any]
) -> None:
    """A step list that is longer or shorter than the English one is not shown (steps would shift)."""
    broken = copy.deepcopy(spanish)
    broken["points"]["LI4"]["locate"] = broken["points"]["LI4"]["locate"][:-1]
    assert any(
        "'locate' has 3 entries, the English has 4" in p for p in check_overlay(catalogue, broken)
    )
    localized = localize_catalogue(catalogue, broken)
    assert localized.point("LI4").locate == catalogue.point("LI4").locate
    assert localized.point("LI4").cautions.notes == tuple(
        spanish["points"]["LI4"]["cautions"]["notes"]
    )


def test_unknown_ids_are_reported(catalogue: Catalogue, spanish: dict[str, Any]) -> None:
    """An overlay entry for a point or view the catalogue lacks is named by check_overlay."""
    extra = copy.deepcopy(spanish)
    extra["points"]["XX1"] = {"summary": "Nada"}
    extra["views"]["nowhere"] = "Ningún sitio"
    problems = check_overlay(catalogue, extra)
    assert "point 'XX1': not in the catalogue" in problems
    assert "view 'nowhere': not in the catalogue" in problems


# --------------------------------------------------------------------------------------------
# Malformed overlays are refused with the point and the field
# --------------------------------------------------------------------------------------------


def _broken(spanish: dict[str, Any], change: Any) -> dict[str, Any]:
    data = copy.deepcopy(spanish)
    change(data)
    return data


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda d: d.update(format=2), ["'format'", "2"]),
        (lambda d: d.update(language=5), ["'language'"]),
        (
            lambda d: d["points"]["LI4"].update(locate="one step"),
            ["point 'LI4'", "'locate'", "list"],
        ),
        (
            lambda d: d["points"]["LI4"].update(locate=["ok", ""]),
            ["point 'LI4'", "'locate'", "non-empty"],
        ),
        (lambda d: d["points"]["SP6"].update(summary=""), ["point 'SP6'", "'summary'", "empty"]),
        (lambda d: d["points"]["SP6"].update(summary=3), ["point 'SP6'", "'summary'", "text"]),
        (lambda d: d["points"]["GV4"].update(press="x"), ["point 'GV4'", "'press'", "object"]),
        (
            lambda d: d["points"]["GV4"]["press"].update(pressure="firm"),
            ["point 'GV4'", "'pressure'", "not translatable"],
        ),
        (
            lambda d: d["points"]["GV4"]["cautions"].update(notes=[1]),
            ["point 'GV4'", "'cautions.notes'"],
        ),
        (
            lambda d: d["points"]["KI3"].update(sumary="x"),
            ["point 'KI3'", "'sumary'", "not translatable"],
        ),
        (
            lambda d: d["points"]["KI3"]["evidence"].update(note=None),
            ["point 'KI3'", "'evidence.note'"],
        ),
        (lambda d: d["views"].update(abdomen=""), ["view 'abdomen'", "empty"]),
        (lambda d: d.update(points=[]), ["'points'", "object"]),
    ],
)
def test_malformed_overlay_names_point_and_field(
    spanish: dict[str, Any], change: Any, words: list[str]
) -> None:
    """Each kind of mistake raises OverlayError whose message names where it is."""
    with pytest.raises(OverlayError) as error:
        validate_overlay(_broken(spanish, change), owner="points.es.json")
    for word in words:
        assert word in str(error.value)


def test_overlay_file_errors_name_the_file(tmp_path: Path, spanish: dict[str, Any]) -> None:
    """Unreadable JSON, a wrong language field and a bad entry all name the file."""
    (tmp_path / "points.es.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(OverlayError, match=r"points\.es\.json is not valid JSON"):
        load_overlay("es", folder=tmp_path)
    wrong = dict(spanish, language="fr")
    (tmp_path / "points.es.json").write_text(json.dumps(wrong), encoding="utf-8")
    with pytest.raises(OverlayError, match=r"points\.es\.json: field 'language' is 'fr'"):
        load_overlay("es", folder=tmp_path)
    bad = _broken(spanish, lambda d: d["points"]["BL40"].update(uses=[]))
    (tmp_path / "points.es.json").write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(OverlayError, match=r"points\.es\.json: point 'BL40': field 'uses'"):
        load_overlay("es", folder=tmp_path)


def test_overlay_from_another_folder_and_a_regional_file(tmp_path: Path) -> None:
    """A regional file (points.es_MX.json) wins over the base language one in the same folder."""
    for code, summary in (("es", "base"), ("es_MX", "regional")):
        data = {"format": 1, "language": code, "views": {}, "points": {"LI4": {"summary": summary}}}
        (tmp_path / f"points.{code}.json").write_text(json.dumps(data), encoding="utf-8")
    mexico = load_overlay("es_MX", folder=tmp_path)
    spain = load_overlay("es_ES", folder=tmp_path)
    assert mexico is not None and mexico["points"]["LI4"]["summary"] == "regional"
    assert spain is not None and spain["points"]["LI4"]["summary"] == "base"


# --------------------------------------------------------------------------------------------
# Built-in routines
# --------------------------------------------------------------------------------------------


def test_spanish_routine_overlay_covers_every_builtin(
    catalogue: Catalogue, spanish_routines: dict[str, Any]
) -> None:
    """Each built-in routine has a Spanish name and description, and the names are all different."""
    builtins = load_builtin_routines(catalogue)
    slugs = {routine.id.removeprefix("builtin:") for routine in builtins}
    assert set(spanish_routines["routines"]) == slugs
    localized = localize_routines(builtins, spanish_routines)
    names = [routine.name for routine in localized]
    assert len(set(names)) == len(names)
    for english, routine in zip(builtins, localized, strict=True):
        assert routine.name != english.name
        assert routine.description != english.description
        assert sorted(_TOKENS.findall(routine.description)) == sorted(
            _TOKENS.findall(english.description)
        )
        assert (routine.id, routine.builtin, routine.steps, routine.breathing) == (
            english.id,
            english.builtin,
            english.steps,
            english.breathing,
        )
        assert (routine.rest_seconds, routine.rounds, routine.get_ready_seconds) == (
            english.rest_seconds,
            english.rounds,
            english.get_ready_seconds,
        )


def test_user_routines_and_missing_slugs_stay_as_they_are(
    spanish_routines: dict[str, Any],
) -> None:
    """A user's routine is never renamed, even when its id looks like a slug; unknown slugs stay."""
    step = (RoutineStep("LI4", 60, "both"),)
    mine = Routine(name="Mi rutina", steps=step, id="hand-arm")
    unknown = Routine(name="Other", steps=step, id="builtin:other", builtin=True)
    assert localize_routines([mine, unknown], spanish_routines) == (mine, unknown)
    assert localize_routines([mine], None) == (mine,)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (
            lambda d: d["routines"]["periods"].update(name=""),
            ["routine 'periods'", "'name'", "empty"],
        ),
        (
            lambda d: d["routines"]["periods"].update(steps=[]),
            ["routine 'periods'", "'steps'", "not translatable"],
        ),
        (lambda d: d.update(routines=[]), ["'routines'", "object"]),
        (lambda d: d.update(format="1"), ["'format'"]),
    ],
)
def test_malformed_routine_overlay_names_slug_and_field(
    spanish_routines: dict[str, Any], change: Any, words: list[str]
) -> None:
    """Mistakes in routines.<lang>.json name the routine and the field."""
    with pytest.raises(OverlayError) as error:
        validate_routine_overlay(_broken(spanish_routines, change), owner="routines.es.json")
    for word in words:
        assert word in str(error.value)


def test_overlay_files_are_tidy_json() -> None:
    """The overlays are UTF-8 JSON in the catalogue's formatting (2-space indent, real accents)."""
    for name in ("points.es.json", "routines.es.json"):
        text = data_path(name).read_text(encoding="utf-8")
        assert text == json.dumps(json.loads(text), indent=2, ensure_ascii=False) + "\n", name

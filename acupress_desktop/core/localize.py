"""Catalogue and built-in routine texts in another language: overlays keyed by id, English fallback.

A catalogue overlay (``data/points.<lang>.json``) holds only texts, keyed by view id and point id::

    {"format": 1, "language": "es",
     "views": {"hand-dorsal": "Dorso de ambas manos", ...},
     "points": {"LI4": {"english": "...", "summary": "...", "locate": ["...", ...],
                        "press": {"technique": "..."}, "uses": "...",
                        "cautions": {"notes": ["...", ...]}, "evidence": {"note": "..."}}, ...}}

A routine overlay (``data/routines.<lang>.json``) holds built-in routine names and descriptions
keyed by slug: ``{"format": 1, "language": "es", "routines": {"hand-arm": {"name": "...",
"description": "..."}}}``.

Ids, codes, pinyin, markers, pressures, times and flags always come from the English files; every
text missing from an overlay (or a list whose length differs from the English one) stays English.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from acupress_desktop.core.catalogue import Catalogue, Cautions, Evidence, Point, Press
from acupress_desktop.core.routine import Routine
from acupress_desktop.resources import data_path

OVERLAY_FORMAT = 1
#: Ids of built-in routines are this prefix plus the slug (see storage/routines.py).
BUILTIN_ID_PREFIX = "builtin:"
#: Text fields of a point overlay entry (dotted names for nested ones) and whether each is a list.
POINT_FIELDS: dict[str, bool] = {
    "english": False,
    "summary": False,
    "locate": True,
    "press.technique": False,
    "uses": False,
    "cautions.notes": True,
    "evidence.note": False,
}
ROUTINE_FIELDS: tuple[str, ...] = ("name", "description")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})?$")


class OverlayError(ValueError):
    """A translation overlay is unreadable or malformed; the message names the entry and field."""


# --------------------------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------------------------


def language_candidates(language: str) -> list[str]:
    """File language codes to try, most specific first: "es-MX" → ["es_MX", "es"]; English → []."""
    if not _LANGUAGE.match(language or ""):
        return []
    code = language.replace("-", "_")
    base = code.split("_")[0].lower()
    if base == "en":
        return []
    if "_" in code:
        return [f"{base}_{code.split('_', 1)[1]}", base]
    return [base]


def load_overlay(language: str, folder: Path | None = None) -> dict[str, Any] | None:
    """The validated catalogue overlay ``points.<lang>.json`` for ``language``, or None.

    None means "show English": the language is English, malformed as a code, or has no overlay
    file. A file that exists but is malformed raises OverlayError naming the point and field.
    """
    return _load("points", language, folder, validate_overlay)


def load_routine_overlay(language: str, folder: Path | None = None) -> dict[str, Any] | None:
    """The validated routine overlay ``routines.<lang>.json`` for ``language``, or None."""
    return _load("routines", language, folder, validate_routine_overlay)


def _load(
    kind: str,
    language: str,
    folder: Path | None,
    validate: Callable[..., dict[str, Any]],
) -> dict[str, Any] | None:
    for code in language_candidates(language):
        name = f"{kind}.{code}.json"
        path = (folder / name) if folder is not None else data_path(name)
        if not path.is_file():
            continue
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise OverlayError(
                f"Cannot read the translation {name}: {exc.strerror or exc}"
            ) from exc
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise OverlayError(f"The translation {name} is not valid JSON: {exc}") from exc
        overlay = validate(raw, owner=f"The translation {name}")
        if overlay["language"].replace("-", "_").lower() != code.lower():
            raise OverlayError(
                f"The translation {name}: field 'language' is '{overlay['language']}', "
                f"not '{code}' as its file name says."
            )
        return overlay
    return None


# --------------------------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------------------------


def validate_overlay(raw: Any, owner: str = "The translation") -> dict[str, Any]:
    """Check a catalogue overlay's shape; returns it, or raises OverlayError naming point and field."""
    top = _object(raw, owner)
    _check_header(top, owner)
    _allowed_keys(top, owner, ("format", "language", "views", "points"))
    views = _object(top.get("views", {}), f"{owner}: field 'views'")
    for view_id, title in views.items():
        _text(title, f"{owner}: view '{view_id}'")
    points = _object(top.get("points", {}), f"{owner}: field 'points'")
    for point_id, entry in points.items():
        label = f"{owner}: point '{point_id}'"
        fields = _object(entry, label)
        _allowed_keys(
            fields, label, ("english", "summary", "locate", "press", "uses", "cautions", "evidence")
        )
        for dotted, is_list in POINT_FIELDS.items():
            head, _, tail = dotted.partition(".")
            if head not in fields:
                continue
            value = fields[head]
            if tail:
                nested = _object(value, f"{label}: field '{head}'")
                _allowed_keys(nested, f"{label}: field '{head}'", (tail,))
                if tail not in nested:
                    continue
                value = nested[tail]
            where = f"{label}: field '{dotted}'"
            if is_list:
                _text_list(value, where)
            else:
                _text(value, where)
    return top


def validate_routine_overlay(raw: Any, owner: str = "The translation") -> dict[str, Any]:
    """Check a routine overlay's shape; returns it, or raises OverlayError naming slug and field."""
    top = _object(raw, owner)
    _check_header(top, owner)
    _allowed_keys(top, owner, ("format", "language", "routines"))
    routines = _object(top.get("routines", {}), f"{owner}: field 'routines'")
    for slug, entry in routines.items():
        label = f"{owner}: routine '{slug}'"
        fields = _object(entry, label)
        _allowed_keys(fields, label, ROUTINE_FIELDS)
        for key, value in fields.items():
            _text(value, f"{label}: field '{key}'")
    return top


def check_overlay(catalogue: Catalogue, overlay: Mapping[str, Any]) -> list[str]:
    """What an overlay lacks or gets wrong against the catalogue (empty when it is complete).

    Names each missing view, point or field, lists whose length differs from the English one and
    ids the catalogue does not know. ``localize_catalogue`` falls back to English for all of them.
    """
    problems: list[str] = []
    views = overlay.get("views", {})
    points = overlay.get("points", {})
    for view_id in catalogue.views:
        if view_id not in views:
            problems.append(f"view '{view_id}': title is missing")
    problems += [f"view '{v}': not in the catalogue" for v in views if v not in catalogue.views]
    known = {point.id for point in catalogue.points}
    problems += [f"point '{p}': not in the catalogue" for p in points if p not in known]
    for point in catalogue.points:
        entry = points.get(point.id)
        if entry is None:
            problems.append(f"point '{point.id}': missing")
            continue
        for dotted, is_list in POINT_FIELDS.items():
            value = _field(entry, dotted)
            if value is None:
                problems.append(f"point '{point.id}': field '{dotted}' is missing")
            elif is_list and len(value) != len(_english(point, dotted)):
                problems.append(
                    f"point '{point.id}': field '{dotted}' has {len(value)} entries, "
                    f"the English has {len(_english(point, dotted))}"
                )
    return problems


# --------------------------------------------------------------------------------------------
# Applying
# --------------------------------------------------------------------------------------------


def localize_catalogue(catalogue: Catalogue, overlay: Mapping[str, Any] | None) -> Catalogue:
    """A new Catalogue with the overlay's texts; ids, markers, flags and sources unchanged.

    Any text the overlay lacks stays English, and so does a list (``locate``, ``cautions.notes``)
    whose length differs from the English one, so steps and notes never go missing or shift.
    """
    if not overlay:
        return catalogue
    titles: Mapping[str, str] = overlay.get("views", {})
    views = {
        view_id: replace(view, title=_clean(titles.get(view_id)) or view.title)
        for view_id, view in catalogue.views.items()
    }
    entries: Mapping[str, Any] = overlay.get("points", {})
    points = tuple(_localize_point(point, entries.get(point.id)) for point in catalogue.points)
    return Catalogue(
        points=points,
        views=views,
        sources=catalogue.sources,
        source_kinds=catalogue.source_kinds,
        overview_sources=catalogue.overview_sources,
    )


def localize_routines(
    routines: Sequence[Routine], overlay: Mapping[str, Any] | None
) -> tuple[Routine, ...]:
    """Built-in routines with the overlay's name and description (by slug); others unchanged."""
    if not overlay:
        return tuple(routines)
    entries: Mapping[str, Any] = overlay.get("routines", {})
    result = []
    for routine in routines:
        entry = entries.get(routine.id.removeprefix(BUILTIN_ID_PREFIX)) if routine.builtin else None
        if isinstance(entry, Mapping):
            routine = replace(
                routine,
                name=_clean(entry.get("name")) or routine.name,
                description=_clean(entry.get("description")) or routine.description,
            )
        result.append(routine)
    return tuple(result)


def _localize_point(point: Point, entry: Any) -> Point:
    if not isinstance(entry, Mapping):
        return point

    def text(dotted: str) -> str:
        value = _clean(_field(entry, dotted))
        return value or str(_english(point, dotted))

    def texts(dotted: str) -> tuple[str, ...]:
        english: tuple[str, ...] = _english(point, dotted)
        value = _field(entry, dotted)
        if not isinstance(value, list) or len(value) != len(english):
            return english
        cleaned = tuple(_clean(item) for item in value)
        return cleaned if all(cleaned) else english

    return replace(
        point,
        english=text("english"),
        summary=text("summary"),
        locate=texts("locate"),
        press=Press(text("press.technique"), point.press.pressure, point.press.seconds),
        uses=text("uses"),
        cautions=Cautions(point.cautions.pregnancy, point.cautions.gentle, texts("cautions.notes")),
        evidence=Evidence(text("evidence.note"), point.evidence.sources),
    )


def _english(point: Point, dotted: str) -> Any:
    value: Any = point
    for part in dotted.split("."):
        value = getattr(value, part)
    return value


def _field(entry: Mapping[str, Any], dotted: str) -> Any:
    value: Any = entry
    for part in dotted.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def _clean(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


# --------------------------------------------------------------------------------------------
# Shape checks
# --------------------------------------------------------------------------------------------


def _check_header(top: Mapping[str, Any], owner: str) -> None:
    version = top.get("format")
    if version != OVERLAY_FORMAT or isinstance(version, bool):
        raise OverlayError(
            f"{owner}: field 'format' is {version!r}, this app reads format {OVERLAY_FORMAT}."
        )
    language = top.get("language")
    if not isinstance(language, str) or not _LANGUAGE.match(language):
        raise OverlayError(f"{owner}: field 'language' must be a language code such as \"es\".")


def _object(raw: Any, owner: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise OverlayError(f"{owner}: expected an object, found {type(raw).__name__}.")
    return raw


def _allowed_keys(fields: Mapping[str, Any], owner: str, allowed: Sequence[str]) -> None:
    for key in fields:
        if key not in allowed:
            raise OverlayError(
                f"{owner}: field '{key}' is not translatable; expected any of {', '.join(allowed)}."
            )


def _text(value: Any, where: str) -> None:
    if not isinstance(value, str):
        raise OverlayError(f"{where} must be a text, not {type(value).__name__}.")
    if not value.strip():
        raise OverlayError(f"{where} is empty.")


def _text_list(value: Any, where: str) -> None:
    if not isinstance(value, list):
        raise OverlayError(f"{where} must be a list, not {type(value).__name__}.")
    if not all(isinstance(item, str) and item.strip() for item in value):
        raise OverlayError(f"{where} must hold only non-empty texts.")

"""The point catalogue: points, views, regions and concerns; loading with validation that names the problem."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from acupress_desktop.resources import data_path

FORMAT_VERSION = 1

#: Body regions of the region picker, in display order.
REGIONS: tuple[str, ...] = (
    "hands-arms",
    "abdomen",
    "legs-knees",
    "feet",
    "lower-back-hips",
    "sacrum",
    "upper-back-shoulders",
    "neck",
)
#: Concerns of the concern filter, in display order.
CONCERNS: tuple[str, ...] = (
    "lower-back",
    "leg-pain",
    "neck-upper-back",
    "gas-bloating",
    "periods",
)
SIDES: tuple[str, ...] = ("bilateral", "midline")
MARKER_SIDES: tuple[str, ...] = ("left", "right", "midline")
PREGNANCY: tuple[str, ...] = ("avoid", "caution", "none")
PRESSURES: tuple[str, ...] = ("gentle", "moderate", "firm")
MIN_SECONDS, MAX_SECONDS = 10, 600
#: What a source is: the WHO location standard, a study or review, a clinical guideline, or a
#: reference site, dataset or lay guide (used for locating and cautions, never shown as evidence).
SOURCE_KINDS: tuple[str, ...] = ("standard", "study", "guideline", "reference")
#: The kinds listed to users under a point's evidence.
SHOWN_SOURCE_KINDS: tuple[str, ...] = ("standard", "study", "guideline")

Side = Literal["left", "right", "midline"]


class CatalogueError(ValueError):
    """The catalogue file is unreadable or invalid; the message names the point and the field."""


@dataclass(frozen=True)
class View:
    """One anatomical illustration (an SVG in assets/) and its coordinate space.

    Attributes:
        id: key used by points, also the SVG's file stem.
        file: path relative to assets/.
        width, height: the SVG viewBox size; markers are in these units.
        title: what the view shows, in plain English.
    """

    id: str
    file: str
    width: float
    height: float
    title: str


@dataclass(frozen=True)
class Marker:
    """Where a point sits on its view, for one side of the person's body."""

    side: Side
    x: float
    y: float


@dataclass(frozen=True)
class Press:
    """How to press a point."""

    technique: str
    pressure: str
    seconds: int


@dataclass(frozen=True)
class Cautions:
    """Safety information: pregnancy is "avoid", "caution" or "none"; gentle means gentle pressure only."""

    pregnancy: str
    gentle: bool
    notes: tuple[str, ...]


@dataclass(frozen=True)
class Evidence:
    """A one-line honest evidence note and the keys of its sources."""

    note: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Point:
    """One acupressure point with everything the app shows about it."""

    id: str
    code: str
    aliases: tuple[str, ...]
    pinyin: str
    hanzi: str
    english: str
    regions: tuple[str, ...]
    concerns: tuple[str, ...]
    sides: str
    view: str
    markers: tuple[Marker, ...]
    summary: str
    locate: tuple[str, ...]
    press: Press
    uses: str
    cautions: Cautions
    evidence: Evidence

    @property
    def bilateral(self) -> bool:
        """True when the point exists on both sides of the body."""
        return self.sides == "bilateral"

    @property
    def title(self) -> str:
        """Code and pinyin as shown on cards, e.g. "BL23 · Shenshu"."""
        return f"{self.code} · {self.pinyin}"


@dataclass
class Catalogue:
    """All points, views and sources, validated.

    Points and views are immutable; the catalogue itself changes in one way only: switching the
    language swaps in the translated texts (``replace_texts``), so every view that holds this
    catalogue shows the new language after re-reading its points by id.
    """

    points: tuple[Point, ...]
    views: Mapping[str, View]
    sources: Mapping[str, str]
    #: source key -> one of SOURCE_KINDS (keys missing here count as "reference")
    source_kinds: Mapping[str, str] = field(default_factory=dict)
    #: the sources of the "About the evidence" page (self-acupressure as a whole), in order
    overview_sources: tuple[str, ...] = ()

    def shown_sources(self, point: Point) -> tuple[str, ...]:
        """The keys of a point's sources that users read as evidence (studies, standards)."""
        return tuple(
            key
            for key in point.evidence.sources
            if self.source_kinds.get(key, "reference") in SHOWN_SOURCE_KINDS
        )

    def replace_texts(self, localized: Catalogue) -> None:
        """Take the texts of ``localized`` (the same points, translated); ids must match."""
        if [p.id for p in localized.points] != [p.id for p in self.points]:
            raise ValueError("a localized catalogue must have the same points in the same order")
        if set(localized.views) != set(self.views):
            raise ValueError("a localized catalogue must have the same views")
        self.points = localized.points
        self.views = dict(localized.views)

    def point(self, point_id: str) -> Point:
        """The point with this id; KeyError if there is none."""
        for point in self.points:
            if point.id == point_id:
                return point
        raise KeyError(point_id)

    def view_of(self, point: Point) -> View:
        """The illustration view that shows this point."""
        return self.views[point.view]


def load_catalogue(path: Path | None = None) -> Catalogue:
    """Read and validate the catalogue file (the packaged points.json by default)."""
    path = path or data_path("points.json")
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise CatalogueError(f"Cannot read the catalogue {path}: {exc.strerror or exc}") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CatalogueError(f"The catalogue {path} is not valid JSON: {exc}") from exc
    return parse_catalogue(raw)


def parse_catalogue(raw: Any) -> Catalogue:
    """Validate already-parsed catalogue data and build the Catalogue."""
    top = _Fields(raw, "The catalogue")
    version = top.integer("format")
    if version != FORMAT_VERSION:
        raise CatalogueError(
            f"The catalogue: field 'format' is {version}, this app reads format {FORMAT_VERSION}."
        )
    views = _parse_views(top.mapping("views"))
    sources: dict[str, str] = {}
    kinds: dict[str, str] = {}
    for key, entry in top.mapping("sources").items():
        source = _Fields(entry, f"The catalogue: source '{key}'")
        sources[key] = source.text("text")
        kinds[key] = source.choice("kind", SOURCE_KINDS)
    overview = top.text_list("overview_sources")
    for key in overview:
        if key not in sources:
            raise CatalogueError(
                f"The catalogue: field 'overview_sources' cites '{key}', which is not in 'sources'."
            )
    points: list[Point] = []
    seen: set[str] = set()
    entries = top.get("points", list)
    if not entries:
        raise CatalogueError("The catalogue: field 'points' is empty.")
    for index, entry in enumerate(entries):
        point = _parse_point(entry, index, views, sources)
        if point.id in seen:
            raise CatalogueError(f"Point '{point.id}': field 'id' is used by another point too.")
        seen.add(point.id)
        points.append(point)
    return Catalogue(
        points=tuple(points),
        views=views,
        sources=sources,
        source_kinds=kinds,
        overview_sources=overview,
    )


def _parse_views(raw: Mapping[str, Any]) -> dict[str, View]:
    views: dict[str, View] = {}
    for view_id, entry in raw.items():
        fields = _Fields(entry, f"View '{view_id}'")
        width, height = fields.number("width"), fields.number("height")
        if width <= 0 or height <= 0:
            raise CatalogueError(f"View '{view_id}': fields 'width' and 'height' must be positive.")
        views[view_id] = View(view_id, fields.text("file"), width, height, fields.text("title"))
    if not views:
        raise CatalogueError("The catalogue: field 'views' is empty.")
    return views


def _parse_point(
    entry: Any, index: int, views: Mapping[str, View], sources: Mapping[str, str]
) -> Point:
    label = f"Point {index + 1}"
    if isinstance(entry, dict) and isinstance(entry.get("id"), str) and entry["id"].strip():
        label = f"Point '{entry['id']}'"
    fields = _Fields(entry, label)
    regions = fields.choices("regions", REGIONS)
    concerns = fields.choices("concerns", CONCERNS)
    sides = fields.choice("sides", SIDES)
    view_id = fields.text("view")
    if view_id not in views:
        raise CatalogueError(
            f"{label}: field 'view' names '{view_id}', which is not among the catalogue's views."
        )
    markers = _parse_markers(fields, label, sides, views[view_id])
    press = _Fields(fields.get("press", dict), f"{label}, field 'press'")
    seconds = press.integer("seconds")
    if not MIN_SECONDS <= seconds <= MAX_SECONDS:
        raise CatalogueError(
            f"{label}: field 'press.seconds' is {seconds}; "
            f"it must be between {MIN_SECONDS} and {MAX_SECONDS}."
        )
    cautions = _Fields(fields.get("cautions", dict), f"{label}, field 'cautions'")
    evidence = _Fields(fields.get("evidence", dict), f"{label}, field 'evidence'")
    evidence_sources = evidence.text_list("sources")
    for key in evidence_sources:
        if key not in sources:
            raise CatalogueError(
                f"{label}: field 'evidence.sources' cites '{key}', which is not in 'sources'."
            )
    return Point(
        id=fields.text("id"),
        code=fields.text("code"),
        aliases=fields.text_list("aliases", allow_empty=True),
        pinyin=fields.text("pinyin"),
        hanzi=fields.text("hanzi"),
        english=fields.text("english"),
        regions=regions,
        concerns=concerns,
        sides=sides,
        view=view_id,
        markers=markers,
        summary=fields.text("summary"),
        locate=fields.text_list("locate"),
        press=Press(press.text("technique"), press.choice("pressure", PRESSURES), seconds),
        uses=fields.text("uses"),
        cautions=Cautions(
            pregnancy=cautions.choice("pregnancy", PREGNANCY),
            gentle=cautions.get("gentle", bool),
            notes=cautions.text_list("notes", allow_empty=True),
        ),
        evidence=Evidence(evidence.text("note"), evidence_sources),
    )


def _parse_markers(fields: _Fields, label: str, sides: str, view: View) -> tuple[Marker, ...]:
    raw = fields.get("markers", list)
    if not raw:
        raise CatalogueError(f"{label}: field 'markers' is empty.")
    markers: list[Marker] = []
    for number, entry in enumerate(raw, start=1):
        marker = _Fields(entry, f"{label}, marker {number}")
        side = marker.choice("side", MARKER_SIDES)
        x, y = marker.number("x"), marker.number("y")
        if not (0 <= x <= view.width and 0 <= y <= view.height):
            raise CatalogueError(
                f"{label}: field 'markers' has marker {number} at ({x:g}, {y:g}), outside view "
                f"'{view.id}' ({view.width:g} × {view.height:g})."
            )
        markers.append(Marker(side, x, y))  # type: ignore[arg-type]
    marker_sides = {m.side for m in markers}
    expected = {"left", "right"} if sides == "bilateral" else {"midline"}
    if marker_sides != expected:
        raise CatalogueError(
            f"{label}: field 'markers' must mark {' and '.join(sorted(expected))} "
            f"for a {sides} point, not {', '.join(sorted(marker_sides))}."
        )
    return tuple(markers)


class _Fields:
    """Typed access to one JSON object, raising CatalogueError that names the owner and field."""

    def __init__(self, raw: Any, owner: str) -> None:
        if not isinstance(raw, dict):
            raise CatalogueError(f"{owner}: expected an object, found {type(raw).__name__}.")
        self._raw = raw
        self._owner = owner

    def _fail(self, key: str, problem: str) -> CatalogueError:
        return CatalogueError(f"{self._owner}: field '{key}' {problem}.")

    def get(self, key: str, kind: type) -> Any:
        if key not in self._raw:
            raise self._fail(key, "is missing")
        value = self._raw[key]
        if kind is float:
            ok = isinstance(value, int | float) and not isinstance(value, bool)
        elif kind is int:
            ok = isinstance(value, int) and not isinstance(value, bool)
        else:
            ok = isinstance(value, kind)
        if not ok:
            raise self._fail(key, f"must be {_KIND_NAMES[kind]}, not {type(value).__name__}")
        return value

    def mapping(self, key: str) -> Mapping[str, Any]:
        value: Mapping[str, Any] = self.get(key, dict)
        return value

    def text(self, key: str) -> str:
        value: str = self.get(key, str).strip()
        if not value:
            raise self._fail(key, "is empty")
        return value

    def number(self, key: str) -> float:
        value = float(self.get(key, float))
        if not math.isfinite(value):
            raise self._fail(key, "must be a finite number")
        return value

    def integer(self, key: str) -> int:
        value: int = self.get(key, int)
        return value

    def text_list(self, key: str, allow_empty: bool = False) -> tuple[str, ...]:
        values: Sequence[Any] = self.get(key, list)
        if not values and not allow_empty:
            raise self._fail(key, "is empty")
        for item in values:
            if not isinstance(item, str) or not item.strip():
                raise self._fail(key, "must hold only non-empty texts")
        return tuple(item.strip() for item in values)

    def choice(self, key: str, allowed: Sequence[str]) -> str:
        value = self.text(key)
        if value not in allowed:
            raise self._fail(key, f"is '{value}'; expected one of {', '.join(allowed)}")
        return value

    def choices(self, key: str, allowed: Sequence[str]) -> tuple[str, ...]:
        values = self.text_list(key)
        for value in values:
            if value not in allowed:
                raise self._fail(
                    key, f"has unknown value '{value}'; expected any of {', '.join(allowed)}"
                )
        return values


_KIND_NAMES: dict[type, str] = {
    dict: "an object",
    list: "a list",
    str: "a text",
    bool: "true or false",
    int: "a whole number",
    float: "a number",
}

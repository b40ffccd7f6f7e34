"""Pregnancy caution: which points to hide from suggestions and to warn about (pure, no Qt).

A point's ``cautions.pregnancy`` is "avoid", "caution" or "none". With the "I am pregnant"
setting on, points marked "avoid" or "caution" are hidden from the point browser (the
suggestions) and starting a session that contains any of them asks first. Nothing is ever
removed from a routine: the user decides.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from acupress_desktop.core.catalogue import Catalogue, Point
from acupress_desktop.core.routine import Routine, RoutineStep

#: Pregnancy markings that hide a point and trigger the warning.
FLAGGED: tuple[str, ...] = ("avoid", "caution")

PointRefs = Routine | Iterable[RoutineStep | str]


def is_flagged(point: Point) -> bool:
    """True when the point is marked "avoid" or "caution" in pregnancy."""
    return point.cautions.pregnancy in FLAGGED


def visible_for(point: Point, pregnant: bool) -> bool:
    """Whether the point browser shows this point: all of them, unless pregnant and flagged."""
    return not (pregnant and is_flagged(point))


def _point_ids(refs: PointRefs) -> list[str]:
    items: Iterable[RoutineStep | str] = refs.steps if isinstance(refs, Routine) else refs
    return [item.point_id if isinstance(item, RoutineStep) else item for item in items]


def pregnancy_flags(refs: PointRefs, catalogue: Catalogue) -> list[Point]:
    """The flagged points of a routine (or of steps or point ids), each once, in routine order.

    Ids that are not in the catalogue are skipped (a routine is validated elsewhere).
    """
    found: list[Point] = []
    seen: set[str] = set()
    for point_id in _point_ids(refs):
        if point_id in seen:
            continue
        seen.add(point_id)
        try:
            point = catalogue.point(point_id)
        except KeyError:
            continue
        if is_flagged(point):
            found.append(point)
    return found


@dataclass(frozen=True)
class PregnancyWarning:
    """What the "before you start" warning lists, split by severity, in routine order.

    Attributes:
        avoid: points traditionally avoided in pregnancy.
        caution: points to press only lightly, after asking a professional.
    """

    avoid: tuple[Point, ...]
    caution: tuple[Point, ...]

    @property
    def needed(self) -> bool:
        """True when there is anything to warn about."""
        return bool(self.avoid or self.caution)

    @property
    def avoid_titles(self) -> tuple[str, ...]:
        """ "LI4 · Hegu", … for the avoid list."""
        return tuple(point.title for point in self.avoid)

    @property
    def caution_titles(self) -> tuple[str, ...]:
        """ "BL23 · Shenshu", … for the caution list."""
        return tuple(point.title for point in self.caution)


def warning_text_parts(refs: PointRefs, catalogue: Catalogue) -> PregnancyWarning:
    """The data for the warning shown before starting a session while pregnant."""
    flagged = pregnancy_flags(refs, catalogue)
    return PregnancyWarning(
        avoid=tuple(p for p in flagged if p.cautions.pregnancy == "avoid"),
        caution=tuple(p for p in flagged if p.cautions.pregnancy == "caution"),
    )


def needs_warning(refs: PointRefs, catalogue: Catalogue, pregnant: bool) -> bool:
    """True when the session should be confirmed first: pregnant and any point flagged."""
    return pregnant and bool(pregnancy_flags(refs, catalogue))


# --------------------------------------------------------------------------------------------
# Red flags: which groups of warning signs a routine concerns
# --------------------------------------------------------------------------------------------

#: Groups of red flags ("back" is the safety notice's own; the others follow a routine's concern).
RED_FLAG_TOPICS: tuple[str, ...] = ("back", "leg", "neck", "belly", "periods")
#: The concern whose routines show a topic before their first session.
TOPIC_OF_CONCERN: dict[str, str] = {
    "leg-pain": "leg",
    "neck-upper-back": "neck",
    "gas-bloating": "belly",
    "periods": "periods",
}
#: Regions where pressing itself brings a topic's warning signs (the neck, the belly).
TOPIC_OF_REGION: dict[str, str] = {"neck": "neck", "abdomen": "belly"}


def red_flag_topics(refs: PointRefs, catalogue: Catalogue) -> tuple[str, ...]:
    """The red-flag topics a routine concerns, in ``RED_FLAG_TOPICS`` order.

    A routine concerns a topic when all of its (known) points share that topic's concern and
    at least one of them has no other: the gas routine concerns the belly, a neck routine the
    neck, while one period point among hand points does not make a period routine, nor does
    Hegu alone (a point for the lower back as much as for periods). Pressing the neck or the
    belly brings its own warning signs, so any point in the "neck" or "abdomen" region adds
    that topic too.
    """
    known = []
    for point_id in dict.fromkeys(_point_ids(refs)):
        try:
            known.append(catalogue.point(point_id))
        except KeyError:
            continue
    if not known:
        return ()
    found = {
        topic
        for concern, topic in TOPIC_OF_CONCERN.items()
        if all(concern in point.concerns for point in known)
        and any(point.concerns == (concern,) for point in known)
    }
    for region, topic in TOPIC_OF_REGION.items():
        if any(region in point.regions for point in known):
            found.add(topic)
    return tuple(topic for topic in RED_FLAG_TOPICS if topic in found)


def unseen_red_flag_topics(
    refs: PointRefs, catalogue: Catalogue, earlier_sessions: Iterable[Iterable[str]]
) -> tuple[str, ...]:
    """The routine's topics that no earlier session concerned (shown before the first one).

    ``earlier_sessions`` holds the point ids of each session in the history.
    """
    topics = red_flag_topics(refs, catalogue)
    if not topics:
        return ()
    seen: set[str] = set()
    for point_ids in earlier_sessions:
        seen.update(red_flag_topics(list(point_ids), catalogue))
    return tuple(topic for topic in topics if topic not in seen)

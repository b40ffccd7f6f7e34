"""Pregnancy caution: which points are hidden and what the warning before a session lists."""

from __future__ import annotations

import pytest

from acupress_desktop.core.catalogue import Catalogue
from acupress_desktop.core.routine import Routine, RoutineStep
from acupress_desktop.core.safety import (
    is_flagged,
    needs_warning,
    pregnancy_flags,
    visible_for,
    warning_text_parts,
)


def routine_of(*point_ids: str) -> Routine:
    return Routine(name="Test", steps=tuple(RoutineStep(pid, 60) for pid in point_ids))


@pytest.mark.parametrize(
    ("point_id", "flagged"), [("LI4", True), ("SP6", True), ("BL23", True), ("ST36", False)]
)
def test_avoid_and_caution_points_are_flagged(
    catalogue: Catalogue, point_id: str, flagged: bool
) -> None:
    """ "avoid" and "caution" count; "none" does not."""
    assert is_flagged(catalogue.point(point_id)) is flagged


def test_flagged_points_are_hidden_only_when_pregnant(catalogue: Catalogue) -> None:
    """With the setting off every point shows; with it on, the flagged ones disappear."""
    hegu, zusanli = catalogue.point("LI4"), catalogue.point("ST36")
    assert visible_for(hegu, pregnant=False)
    assert not visible_for(hegu, pregnant=True)
    assert visible_for(zusanli, pregnant=True)


def test_flags_come_in_routine_order_once_each(catalogue: Catalogue) -> None:
    """A routine listing a point twice names it once, in the order the routine uses them."""
    routine = routine_of("ST36", "BL23", "LI4", "BL23")
    assert [p.id for p in pregnancy_flags(routine, catalogue)] == ["BL23", "LI4"]


def test_flags_accept_steps_or_point_ids(catalogue: Catalogue) -> None:
    """A list of steps (the session list) or of ids gives the same answer as a routine."""
    routine = routine_of("SP6", "ST36")
    expected = pregnancy_flags(routine, catalogue)
    assert pregnancy_flags(routine.steps, catalogue) == expected
    assert pregnancy_flags(["SP6", "ST36"], catalogue) == expected


def test_unknown_points_are_skipped(catalogue: Catalogue) -> None:
    """An id not in the catalogue is not an error here (routines are validated elsewhere)."""
    assert pregnancy_flags(["NOPE", "LI4"], catalogue) == [catalogue.point("LI4")]


def test_warning_splits_avoid_from_caution(catalogue: Catalogue) -> None:
    """The warning lists points to avoid apart from points needing caution."""
    parts = warning_text_parts(routine_of("BL23", "ST36", "LI4", "GV4"), catalogue)
    assert parts.needed
    assert parts.avoid_titles == ("LI4 · Hegu",)
    assert parts.caution_titles == ("BL23 · Shenshu", "GV4 · Mingmen")


def test_nothing_to_warn_about(catalogue: Catalogue) -> None:
    """A routine without flagged points needs no warning, pregnant or not."""
    routine = routine_of("ST36", "BL40")
    assert not warning_text_parts(routine, catalogue).needed
    assert not needs_warning(routine, catalogue, pregnant=True)


def test_warning_only_when_pregnant(catalogue: Catalogue) -> None:
    """The built-in hand routine (Hegu) asks first only with the pregnancy setting on."""
    routine = routine_of("LI4", "LI11", "TE5")
    assert needs_warning(routine, catalogue, pregnant=True)
    assert not needs_warning(routine, catalogue, pregnant=False)


# -- red flags: which routines show which group of warning signs --------------------------------


def test_a_routine_concerns_the_topics_all_its_points_share(catalogue: Catalogue) -> None:
    """The gas routine concerns the belly, the period routine periods; one period point among
    hand points does not make a period routine, and the lower back has no routine notice; any
    point pressed on the belly brings the belly's signs."""
    from acupress_desktop.core.safety import red_flag_topics

    assert red_flag_topics(routine_of("ST25", "ST36", "LR13"), catalogue) == ("belly",)
    assert red_flag_topics(routine_of("SP6", "SP10", "LR3"), catalogue) == ("periods",)
    assert red_flag_topics(routine_of("LI4", "LI11", "TE5"), catalogue) == ()
    assert red_flag_topics(routine_of("BL23", "BL40", "GB30"), catalogue) == ()
    assert red_flag_topics(["GB21", "SI3"], catalogue) == ("neck",)
    assert red_flag_topics(["GB30", "BL40"], catalogue) == ()  # for the lower back as much
    assert red_flag_topics(["BL23", "ST25"], catalogue) == ("belly",)
    assert red_flag_topics(["NOPE"], catalogue) == ()


def test_red_flags_are_shown_before_the_first_session_of_their_kind_only(
    catalogue: Catalogue,
) -> None:
    """A topic is new until a session in the history concerned it, whatever routine it was."""
    from acupress_desktop.core.safety import unseen_red_flag_topics

    gas = routine_of("ST25", "ST36", "LR13")
    assert unseen_red_flag_topics(gas, catalogue, []) == ("belly",)
    assert unseen_red_flag_topics(gas, catalogue, [("SP6", "LR3")]) == ("belly",)
    assert unseen_red_flag_topics(gas, catalogue, [("ST25", "ST36")]) == ()
    assert unseen_red_flag_topics(routine_of("BL23"), catalogue, []) == ()


def test_a_point_for_the_back_as_much_as_for_periods_is_no_period_routine(
    catalogue: Catalogue,
) -> None:
    """Hegu alone (lower back and periods) shows no notice; Sanyinjiao alone (periods) does."""
    from acupress_desktop.core.safety import red_flag_topics

    assert red_flag_topics(["LI4"], catalogue) == ()
    assert red_flag_topics(["SP6"], catalogue) == ("periods",)
    assert red_flag_topics(["LI4", "SP6"], catalogue) == ("periods",)


def test_the_built_in_routines_show_their_own_red_flags(catalogue: Catalogue) -> None:
    """Gas: the belly; periods; neck and shoulders: the neck; pain down the leg: the leg."""
    from acupress_desktop.core.safety import red_flag_topics
    from acupress_desktop.storage.routines import load_builtin_routines

    topics = {
        routine.id.removeprefix("builtin:"): red_flag_topics(routine, catalogue)
        for routine in load_builtin_routines(catalogue)
    }
    assert topics == {
        "hand-arm": (),
        "gas-bloating": ("belly",),
        "periods": ("periods",),
        "lower-back": (),
        "neck-shoulders": ("neck",),
        "leg-pain": ("leg",),
        "acute-strain": (),
    }

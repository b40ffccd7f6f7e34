"""The point browser's models: the pregnancy setting hides the flagged points and counts them."""

from __future__ import annotations

from acupress_desktop.controllers.models import PointFilterModel, PointListModel, PointRole
from acupress_desktop.core.catalogue import Catalogue


def shown_ids(model: PointFilterModel) -> set[str]:
    return {model.index(row, 0).data(PointRole).id for row in range(model.rowCount())}


def test_pregnancy_hides_the_flagged_points_and_counts_them(qapp, catalogue: Catalogue) -> None:  # type: ignore[no-untyped-def]
    """Off: every point shows and none is counted hidden. On: the points flagged "avoid" or
    "caution" go, and hidden_by_pregnancy (the browser's notice) counts exactly those."""
    model = PointFilterModel({})
    model.setSourceModel(PointListModel(catalogue))
    every = {point.id for point in catalogue.points}
    flagged = {point.id for point in catalogue.points if point.cautions.pregnancy != "none"}
    assert flagged and flagged != every
    assert shown_ids(model) == every
    assert model.hidden_by_pregnancy() == 0
    model.set_pregnant(True)
    assert shown_ids(model) == every - flagged
    assert model.hidden_by_pregnancy() == len(flagged)


def test_the_hidden_count_follows_the_other_filters(qapp, catalogue: Catalogue) -> None:  # type: ignore[no-untyped-def]
    """Only points the region and search would show count as hidden by pregnancy."""
    model = PointFilterModel({})
    model.setSourceModel(PointListModel(catalogue))
    model.set_pregnant(True)
    model.set_filters("hands-arms", None, "")
    in_region = [p for p in catalogue.points if "hands-arms" in p.regions]
    expected = sum(1 for p in in_region if p.cautions.pregnancy != "none")
    assert model.hidden_by_pregnancy() == expected
    assert model.rowCount() == len(in_region) - expected

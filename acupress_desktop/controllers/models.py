"""Item models for the point browser: the points list, the filter over it, and the browse state."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from acupress_desktop.core.catalogue import Catalogue, Point
from acupress_desktop.core.safety import visible_for
from acupress_desktop.core.search import in_filters

PointRole = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class PointListModel(QAbstractListModel):
    """All catalogue points, one row each; PointRole gives the Point.

    Display text is "CODE · Pinyin"; the accessible text adds the English name, region, time and
    badges, so a screen reader hears what a sighted user sees on the card.
    """

    def __init__(
        self,
        catalogue: Catalogue,
        describe: Any = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._describe = describe or (lambda point: point.title)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._catalogue.points)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        points = self._catalogue.points
        if not index.isValid() or not 0 <= index.row() < len(points):
            return None
        point = points[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return point.title
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return self._describe(point)
        if role == PointRole:
            return point
        return None

    def texts_changed(self) -> None:
        """The catalogue's texts changed (a new language): every row shows anew."""
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))


class PointFilterModel(QSortFilterProxyModel):
    """Points filtered by region, concern and a search query (see core.search), without the
    points flagged for pregnancy while the pregnancy setting is on (see core.safety)."""

    def __init__(self, concern_labels: Mapping[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels = dict(concern_labels)
        self._region: str | None = None
        self._concern: str | None = None
        self._query = ""
        self._pregnant = False

    def set_pregnant(self, pregnant: bool) -> None:
        """Hide (True) or show again (False) the points flagged "avoid" or "caution" in pregnancy."""
        if pregnant == self._pregnant:
            return
        self.beginFilterChange()
        self._pregnant = pregnant
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def hidden_by_pregnancy(self) -> int:
        """How many points match the other filters but are hidden by the pregnancy setting."""
        if not self._pregnant:
            return 0
        source = self.sourceModel()
        count = 0
        for row in range(source.rowCount()):
            point: Point = source.index(row, 0).data(PointRole)
            if self._matches(point) and not visible_for(point, True):
                count += 1
        return count

    def matching_elsewhere(self) -> int:
        """How many points match the search (and the pregnancy setting) but lie outside the
        chosen region or concern: what to tell a user who sees "No points match"."""
        if self._region is None and self._concern is None:
            return 0
        source = self.sourceModel()
        count = 0
        for row in range(source.rowCount()):
            point: Point = source.index(row, 0).data(PointRole)
            if (
                visible_for(point, self._pregnant)
                and in_filters(point, None, None, self._query, self._labels)
                and not self._matches(point)
            ):
                count += 1
        return count

    def shows(self, point_id: str) -> bool:
        """The point is among the rows shown now."""
        source = self.sourceModel()
        for row in range(source.rowCount()):
            point: Point = source.index(row, 0).data(PointRole)
            if point.id == point_id:
                return self.filterAcceptsRow(row, QModelIndex())
        return False

    def set_filters(self, region: str | None, concern: str | None, query: str) -> None:
        """Apply new filters; views update through the usual model signals."""
        if (region, concern, query) == (self._region, self._concern, self._query):
            return
        self.beginFilterChange()
        self._region, self._concern, self._query = region, concern, query
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_concern_labels(self, labels: Mapping[str, str]) -> None:
        """New concern names (after a language change), searched by the query."""
        self.beginFilterChange()
        self._labels = dict(labels)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        point: Point = index.data(PointRole)
        return visible_for(point, self._pregnant) and self._matches(point)

    def _matches(self, point: Point) -> bool:
        """Region, concern and query filters (the pregnancy setting aside)."""
        return in_filters(point, self._region, self._concern, self._query, self._labels)


class BrowseState(QObject):
    """What the browser shows: region, concern, query and the selected point.

    Signals:
        filters_changed(region, concern, query): any filter changed (None means all).
        point_selected(point_id): the selected point changed ("" for none).
    """

    filters_changed = Signal(object, object, str)
    point_selected = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.region: str | None = None
        self.concern: str | None = None
        self.query = ""
        self.point_id = ""

    def set_region(self, region: str | None) -> None:
        """Show only points of this region (None: every region)."""
        if region != self.region:
            self.region = region
            self._emit_filters()

    def set_concern(self, concern: str | None) -> None:
        """Show only points for this concern (None: every concern)."""
        if concern != self.concern:
            self.concern = concern
            self._emit_filters()

    def set_query(self, query: str) -> None:
        """Show only points matching this search text."""
        if query != self.query:
            self.query = query
            self._emit_filters()

    def select_point(self, point_id: str) -> None:
        """Select a point for the detail pane ("" clears)."""
        if point_id != self.point_id:
            self.point_id = point_id
            self.point_selected.emit(point_id)

    def _emit_filters(self) -> None:
        self.filters_changed.emit(self.region, self.concern, self.query)

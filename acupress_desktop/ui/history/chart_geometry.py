"""Where the history charts put things: bar rectangles, pain points, line runs, axis ticks (pure maths)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF

#: Highest pain score (the axis runs from 0 to this).
PAIN_MAX = 10
#: Share of a week's slot taken by its bar.
BAR_WIDTH_SHARE = 0.62

#: A pain score pair: (before, after), either may be missing.
PainPair = tuple[int | None, int | None]


def slot_centres(count: int, rect: QRectF) -> list[float]:
    """The x of the centre of each of ``count`` equal slots across ``rect``."""
    if count <= 0:
        return []
    slot = rect.width() / count
    return [rect.left() + slot * (index + 0.5) for index in range(count)]


def bar_rects(
    values: Sequence[float], rect: QRectF, width_share: float = BAR_WIDTH_SHARE
) -> list[QRectF]:
    """One bar per value, standing on ``rect``'s bottom; the largest value fills the height.

    Bars are centred in equal slots and take ``width_share`` of their slot. Zero, negative or
    missing values give a bar of height 0 (still positioned, so labels line up).
    """
    if not values:
        return []
    top = max(max(values), 0.0)
    slot = rect.width() / len(values)
    width = slot * min(1.0, max(0.0, width_share))
    bars = []
    for centre, value in zip(slot_centres(len(values), rect), values, strict=True):
        height = rect.height() * (max(0.0, value) / top) if top > 0 else 0.0
        bars.append(QRectF(centre - width / 2, rect.bottom() - height, width, height))
    return bars


def pain_y(score: float, rect: QRectF) -> float:
    """The y of a pain score: 0 on ``rect``'s bottom, 10 on its top (clamped to 0–10)."""
    share = min(float(PAIN_MAX), max(0.0, float(score))) / PAIN_MAX
    return rect.bottom() - share * rect.height()


def pain_points(
    pairs: Sequence[PainPair], rect: QRectF
) -> list[tuple[QPointF | None, QPointF | None]]:
    """Where each session's before and after scores go: sessions in equal slots, oldest left."""
    points: list[tuple[QPointF | None, QPointF | None]] = []
    for x, (before, after) in zip(slot_centres(len(pairs), rect), pairs, strict=True):
        points.append(
            (
                None if before is None else QPointF(x, pain_y(before, rect)),
                None if after is None else QPointF(x, pain_y(after, rect)),
            )
        )
    return points


def series_segments(points: Sequence[QPointF | None]) -> list[list[QPointF]]:
    """Runs of consecutive known points (a missing score breaks the line)."""
    runs: list[list[QPointF]] = []
    current: list[QPointF] = []
    for point in points:
        if point is None:
            if current:
                runs.append(current)
            current = []
        else:
            current.append(point)
    if current:
        runs.append(current)
    return runs


def pain_ticks(plot_height: float, label_height: float) -> list[int]:
    """The scores labelled on the axis: every 2 when there is room, else 0, 5 and 10."""
    if plot_height >= 6 * label_height * 1.25:
        return [0, 2, 4, 6, 8, 10]
    return [0, 5, 10]

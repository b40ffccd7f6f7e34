"""Where everything goes on the routine card's pages, in millimetres (pure, no Qt).

``layout_card`` spreads the steps over A4 pages; painting only follows it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

MM_PER_INCH = 25.4


@dataclass(frozen=True)
class RectMM:
    """A rectangle on the page, in millimetres from the top-left corner."""

    x: float
    y: float
    width: float
    height: float

    @property
    def bottom(self) -> float:
        """y + height."""
        return self.y + self.height

    @property
    def right(self) -> float:
        """x + width."""
        return self.x + self.width


@dataclass(frozen=True)
class CardGeometry:
    """Page size, margins and the fixed heights of the card's parts, in millimetres."""

    width: float = 210.0
    height: float = 297.0
    margin_x: float = 16.0
    margin_y: float = 14.0
    header_first: float = 40.0
    header_next: float = 12.0
    footer: float = 10.0
    row: float = 50.0
    gap: float = 3.0
    picture: float = 44.0

    @property
    def content_width(self) -> float:
        """Width between the side margins."""
        return self.width - 2 * self.margin_x

    def body_top(self, page: int) -> float:
        """Where the first row of a page starts."""
        return self.margin_y + (self.header_first if page == 0 else self.header_next)

    def body_bottom(self) -> float:
        """Where the rows must end (above the footer)."""
        return self.height - self.margin_y - self.footer

    def rows_on(self, page: int) -> int:
        """How many rows fit on a page."""
        space = self.body_bottom() - self.body_top(page)
        return max(1, math.floor((space + self.gap) / (self.row + self.gap)))


A4 = CardGeometry()


@dataclass(frozen=True)
class StepBox:
    """Where one routine step goes.

    Attributes:
        step_index: index in routine.steps.
        page: 0-based page.
        row: the whole row. picture: the illustration's square. text: the text column.
    """

    step_index: int
    page: int
    row: RectMM
    picture: RectMM
    text: RectMM


def layout_card(
    step_count: int, geometry: CardGeometry = A4, heights: Sequence[float] = ()
) -> list[list[StepBox]]:
    """Steps spread over pages, in order: the first page holds fewer (it has the header).

    ``heights`` are the rows the steps' texts need (mm; a row is never shorter than
    ``geometry.row``, so a step with many "how to find it" steps gets a taller row, never a
    cut one). Always at least one page, even for a routine without steps.
    """
    pages: list[list[StepBox]] = [[]]
    page = 0
    y = geometry.body_top(page)
    for index in range(step_count):
        tall = max(geometry.row, heights[index] if index < len(heights) else 0.0)
        tall = min(tall, geometry.body_bottom() - geometry.body_top(1))  # at most a page
        if pages[page] and y + tall > geometry.body_bottom():
            pages.append([])
            page += 1
            y = geometry.body_top(page)
        row = RectMM(geometry.margin_x, y, geometry.content_width, tall)
        inset = (geometry.row - geometry.picture) / 2
        picture = RectMM(row.x + inset, y + inset, geometry.picture, geometry.picture)
        text_x = picture.right + 6.0
        text = RectMM(text_x, y + 3.0, row.right - text_x - 4.0, tall - 6.0)
        pages[page].append(StepBox(index, page, row, picture, text))
        y += tall + geometry.gap
    return pages


def page_count(step_count: int, geometry: CardGeometry = A4, heights: Sequence[float] = ()) -> int:
    """How many pages the card of a routine with this many steps has."""
    return len(layout_card(step_count, geometry, heights))


def page_pixels(dpi: float, geometry: CardGeometry = A4) -> tuple[int, int]:
    """Page size in pixels at ``dpi``."""
    return (
        round(geometry.width / MM_PER_INCH * dpi),
        round(geometry.height / MM_PER_INCH * dpi),
    )

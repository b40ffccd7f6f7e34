"""Widgets with no feature of their own: scrolling columns, wrapping grid, ordered list."""

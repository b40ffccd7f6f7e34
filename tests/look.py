"""The app's look put back after a test that changed it."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QApplication

from acupress_desktop.ui.theme import collector_paused


@contextmanager
def look_restored(qapp: QApplication) -> Iterator[None]:
    """Put the app's style sheet, palette and font back as they were, as the app changes them
    (ui/theme.py collector_paused): with Python's collector waiting while Qt walks every widget.
    Restored bare, a collection run from a handler inside that walk can delete a window an
    earlier test dropped while Qt still holds it: the suite crashed so in setStyleSheet."""
    palette, font, sheet = qapp.palette(), qapp.font(), qapp.styleSheet()
    yield
    gc.collect()  # what earlier tests dropped goes now, outside Qt's walk
    with collector_paused():
        qapp.setStyleSheet(sheet)
        qapp.setPalette(palette)
        qapp.setFont(font)

"""Work-arounds for problems in the libraries we depend on, each with its reason."""

from __future__ import annotations

import ctypes
import sys

#: Added to None's reference count on Python < 3.12 (see guard_none_refcount).
NONE_REFCOUNT_RESERVE = 1 << 40


def guard_none_refcount() -> bool:
    """Keep PySide6 6.12.0 from crashing a long session on Python 3.11.

    On Python 3.11, PySide6 6.12.0 releases one reference to None more than it takes on every call
    of a Qt method that returns nothing (``painter.setPen``, ``widget.update`` ...). A process starts
    with a few thousand references to None, so an animated view reaches zero within minutes and
    CPython aborts with "Fatal Python error: none_dealloc" (True and False were seen to suffer the
    same way). Python 3.12 made these objects immortal, which ends the problem, and ``make``
    prefers 3.12+; on 3.11 this adds 2**40 references to each once, enough for years of calls.
    Returns True when the reserve was added.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        if refcount.value < NONE_REFCOUNT_RESERVE // 2:
            refcount.value += NONE_REFCOUNT_RESERVE
    return True

"""Work-arounds for problems in the libraries we depend on, each with its reason."""

from __future__ import annotations

import sys
from types import ModuleType

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
    import ctypes  # only here: loading it costs every start 2 ms

    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        if refcount.value < NONE_REFCOUNT_RESERVE // 2:
            refcount.value += NONE_REFCOUNT_RESERVE
    return True


def skip_pyside_source_scan() -> bool:
    """Stop PySide6 from keeping the source text of every module in memory.

    For its ``from __feature__ import ...`` switch (which Acupress never uses), PySide6 asks of
    every module imported after it whether its source mentions "PySide6", through
    ``inspect.getsource``; ``linecache`` then keeps every line of every one of them: 3.4 MB of
    memory for the app's ~100 modules, and ~8 ms of start-up. This asks the same question by
    reading the file once, without keeping it. Called when this module is imported, which
    ``app`` does right after PySide6 and before its other modules. Returns True when applied
    (False if PySide6 is not loaded yet or no longer works this way).
    """
    feature = sys.modules.get("PySide6.support.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _mentions_pyside  # type: ignore[attr-defined]
    return True


def _mentions_pyside(module: ModuleType) -> bool:
    """What PySide's own check answers: does this module's source file mention PySide6?"""
    origin = getattr(getattr(module, "__spec__", None), "origin", None)
    if not isinstance(origin, str) or not origin.endswith(".py"):
        return False
    try:
        with open(origin, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


skip_pyside_source_scan()

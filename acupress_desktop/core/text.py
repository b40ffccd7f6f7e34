"""Translated messages for the Qt-free layers (core/ and storage/).

``core`` and ``storage`` must not import Qt, yet their error messages reach the user. They write
``translate("Storage", "The data file ... %1.").replace("%1", name)``; `pyside6-lupdate` finds
these calls like any ``QCoreApplication.translate``, and the app installs Qt's translate function
here at start-up (``set_translator``). Until then, and in tests of these layers, texts stay English.
"""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None


def set_translator(translator: Callable[[str, str], str] | None) -> None:
    """Use ``translator(context, text)`` for every message from now on (None: English)."""
    global _translator
    _translator = translator


def translate(context: str, text: str) -> str:
    """``text`` in the user's language (English when no translator is installed)."""
    return text if _translator is None else _translator(context, text)

"""The app survives PySide6 6.12.0's lost references to None on Python 3.11."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_many_void_qt_calls_do_not_abort_the_process() -> None:
    """A fresh process making 200 000 void Qt calls (an hour of animation) exits normally."""
    script = textwrap.dedent(
        """
        from acupress_desktop.compat import guard_none_refcount
        guard_none_refcount()
        from PySide6.QtCore import QPointF, QRectF
        rect = QRectF(0, 0, 1, 1)
        for _ in range(200_000):
            rect.moveCenter(QPointF(1, 1))
        print("survived")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "survived"


def test_pyside_no_longer_keeps_module_sources_in_memory() -> None:
    """After the app's modules load, linecache holds none of their source lines, and PySide's own
    question ("does this module use PySide6?") gets the same answers as before."""
    script = textwrap.dedent(
        """
        import linecache, sys
        import PySide6.QtWidgets
        feature = sys.modules["PySide6.support.feature"]
        original = feature._mod_uses_pyside
        import acupress_desktop.compat as compat
        import acupress_desktop.app, acupress_desktop.core.plan, json
        cached = [name for name in linecache.cache if "acupress_desktop" in name]
        same = all(
            compat._mentions_pyside(sys.modules[m]) == original(sys.modules[m])
            for m in ("acupress_desktop.app", "acupress_desktop.core.plan", "json", "sys")
        )
        print(feature._mod_uses_pyside is compat._mentions_pyside, cached, same)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "[]", "True"]

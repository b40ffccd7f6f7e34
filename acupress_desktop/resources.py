"""Qt-free paths to the app's assets and data, from a checkout, a wheel or a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _assets_root() -> Path:
    """The folder holding ``illustrations/``, ``body/``, ``icons/`` and ``sounds/``."""
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "assets")
    candidates.append(_PACKAGE_DIR / "assets")  # installed wheel
    candidates.append(_PACKAGE_DIR.parent / "assets")  # source checkout
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


ASSETS_DIR = _assets_root()
DATA_DIR = _PACKAGE_DIR / "data"


def asset_path(relative: str) -> Path:
    """Absolute path of an asset, e.g. ``asset_path("illustrations/hand-dorsal.svg")``."""
    return ASSETS_DIR / relative


def data_path(name: str) -> Path:
    """Absolute path of a packaged data file, e.g. ``data_path("points.json")``."""
    return DATA_DIR / name

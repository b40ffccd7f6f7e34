"""The per-user folders Acupress keeps its data and its log in.

On Linux and the BSDs these are the XDG base directories, read here directly: the data in
``$XDG_DATA_HOME/Acupress`` (``~/.local/share/Acupress``) and the log in
``$XDG_STATE_HOME/Acupress/log`` (``~/.local/state/Acupress/log``), where platformdirs puts them
too (``tests/test_places.py`` holds the two to the same answers). Importing platformdirs costs
every start ~26 million instructions (about 1.7 % of it, ``make bench``) for two lookups; on other
systems it is imported and asked.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_XDG_PLATFORMS = ("linux", "freebsd", "openbsd", "netbsd", "dragonfly")


def _xdg_home(variable: str, fallback: str) -> Path:
    """An XDG base directory: the variable when it holds an absolute path (the specification
    says a relative one is invalid and ignored), else ``fallback`` under the home folder."""
    value = os.environ.get(variable, "").strip()
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / fallback


def user_data_dir(app_name: str) -> Path:
    """The folder for the user's routines, history and settings."""
    if sys.platform.startswith(_XDG_PLATFORMS):
        return _xdg_home("XDG_DATA_HOME", ".local/share") / app_name
    import platformdirs

    return Path(platformdirs.user_data_dir(app_name, appauthor=False))


def user_log_dir(app_name: str) -> Path:
    """The folder for the app's log."""
    if sys.platform.startswith(_XDG_PLATFORMS):
        return _xdg_home("XDG_STATE_HOME", ".local/state") / app_name / "log"
    import platformdirs

    return Path(platformdirs.user_log_dir(app_name, appauthor=False))

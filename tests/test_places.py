"""The data and log folders: where platformdirs puts them, without importing it at start-up."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest

from acupress_desktop.app import places

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the XDG lookup is for Linux and the BSDs"
)


@pytest.mark.parametrize(
    "environment",
    [
        {},
        {"XDG_DATA_HOME": "/srv/people/ana/data", "XDG_STATE_HOME": "/srv/people/ana/state"},
        {"XDG_DATA_HOME": "", "XDG_STATE_HOME": "   "},
        {"XDG_DATA_HOME": "/with space/dåta/"},
    ],
    ids=["unset", "set", "empty", "unusual"],
)
def test_the_folders_are_where_platformdirs_puts_them(monkeypatch, tmp_path, environment):
    """An upgrade must not lose the user's data: the same folders as before, for every
    setting of the XDG variables a user can have."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for variable in ("XDG_DATA_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(variable, raising=False)
    for variable, value in environment.items():
        monkeypatch.setenv(variable, value)
    assert places.user_data_dir("Acupress") == Path(
        platformdirs.user_data_dir("Acupress", appauthor=False)
    )
    assert places.user_log_dir("Acupress") == Path(
        platformdirs.user_log_dir("Acupress", appauthor=False)
    )


def test_a_relative_xdg_folder_is_ignored(monkeypatch, tmp_path):
    """The XDG specification: a relative path in these variables is invalid and ignored, so the
    data never lands in whatever folder the app happened to be started from."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", "relative/data")
    monkeypatch.setenv("XDG_STATE_HOME", "relative/state")
    assert places.user_data_dir("Acupress") == tmp_path / ".local/share/Acupress"
    assert places.user_log_dir("Acupress") == tmp_path / ".local/state/Acupress/log"

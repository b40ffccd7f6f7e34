"""Settings survive restarts; damaged or unwritable files are reported and nothing is lost."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from acupress_desktop.storage.settings import Settings, SettingsError, SettingsStore


def test_defaults_when_nothing_saved(tmp_path: Path) -> None:
    """A new data folder gives the default settings and writes nothing."""
    store = SettingsStore(tmp_path)
    assert store.load() == Settings()
    assert list(tmp_path.iterdir()) == []


def test_saved_settings_come_back(tmp_path: Path) -> None:
    """What is saved is what the next start reads."""
    SettingsStore(tmp_path).save(Settings(safety_notice_seen=True, default_point_seconds=90))
    assert SettingsStore(tmp_path).load() == Settings(
        safety_notice_seen=True, default_point_seconds=90
    )


def test_only_changed_values_are_written(tmp_path: Path) -> None:
    """The file holds only what differs from the defaults, so new defaults reach old users."""
    SettingsStore(tmp_path).save(Settings(safety_notice_seen=True))
    saved = json.loads((tmp_path / "settings.json").read_text())
    assert saved == {"schema_version": 1, "safety_notice_seen": True}


@pytest.mark.parametrize("content", ["{ broken", "[1, 2]", '{"default_point_seconds": "long"}'])
def test_damaged_file_is_kept_aside_and_reported(tmp_path: Path, content: str) -> None:
    """A damaged settings file is moved aside (not deleted), defaults are used, and the user is told."""
    (tmp_path / "settings.json").write_text(content)
    store = SettingsStore(tmp_path)
    assert store.load() == Settings()
    assert store.problem and "settings.damaged-1.json" in store.problem
    assert (tmp_path / "settings.damaged-1.json").read_text() == content


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only folders")
def test_read_only_folder_keeps_old_settings(tmp_path: Path) -> None:
    """Saving into a read-only folder raises a clear error and the old file is unchanged."""
    store = SettingsStore(tmp_path)
    store.save(Settings(safety_notice_seen=True))
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(SettingsError, match="could not be saved"):
            store.save(Settings(default_point_seconds=30))
    finally:
        tmp_path.chmod(0o700)
    assert store.load() == Settings(safety_notice_seen=True)


def test_unwritable_target_keeps_old_settings(tmp_path: Path) -> None:
    """When the data folder path is a file (so nothing can be written), saving fails clearly."""
    blocker = tmp_path / "data"
    blocker.write_text("not a folder")
    with pytest.raises(SettingsError, match="Your previous settings are unchanged"):
        SettingsStore(blocker).save(Settings(safety_notice_seen=True))

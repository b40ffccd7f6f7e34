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


# -- settings added for the Settings dialog (theme, text size, pregnancy, language, reminder) ---


def test_new_settings_have_calm_defaults() -> None:
    """Out of the box: system theme and language, 12 pt text, not pregnant, no reminder."""
    settings = Settings()
    assert settings.theme == "system"
    assert settings.text_size == 12.0
    assert settings.pregnant is False
    assert settings.language == "system"
    assert settings.reminder_enabled is False
    assert settings.reminder_time == "19:00"
    assert settings.reminder_last_shown == ""
    assert settings.custom_breathing == (4.0, 0.0, 6.0, 0.0)
    assert settings.point_time_suggested is True


def test_every_new_setting_survives_a_restart(tmp_path: Path) -> None:
    """What the dialog saves is what the next start reads, the custom pattern included."""
    chosen = Settings(
        theme="high-contrast",
        text_size=16.0,
        pregnant=True,
        language="es",
        reminder_enabled=True,
        reminder_time="07:30",
        reminder_last_shown="2025-03-14",
        custom_breathing=(5.0, 2.0, 7.5, 1.0),
        breathing="custom",
        point_time_suggested=False,
    )
    SettingsStore(tmp_path).save(chosen)
    saved = json.loads((tmp_path / "settings.json").read_text())
    assert saved["custom_breathing"] == [5.0, 2.0, 7.5, 1.0]
    assert SettingsStore(tmp_path).load() == chosen


def test_whole_numbers_in_the_file_read_as_numbers(tmp_path: Path) -> None:
    """A hand-edited file with 14 (not 14.0) and [4, 0, 6, 0] reads fine."""
    (tmp_path / "settings.json").write_text(
        '{"schema_version": 1, "text_size": 14, "custom_breathing": [4, 4, 4, 4]}'
    )
    loaded = SettingsStore(tmp_path).load()
    assert loaded.text_size == 14.0
    assert loaded.custom_breathing == (4.0, 4.0, 4.0, 4.0)


@pytest.mark.parametrize(
    ("field_name", "value"),
    [
        ("theme", "purple"),
        ("language", "klingon"),
        ("breathing", "panting"),
        ("text_size", 50.0),
        ("reminder_time", "25:00"),
        ("reminder_last_shown", "yesterday"),
        ("custom_breathing", [0, 0, 0, 0]),
        ("custom_breathing", [4, 0, 60, 0]),
        ("get_ready_seconds", 9999),
        ("sound_volume", 3.0),
    ],
)
def test_a_value_out_of_range_reads_as_its_default_and_keeps_the_rest(
    tmp_path: Path, field_name: str, value: object
) -> None:
    """One bad value costs only that setting: the file stays, the other settings are kept."""
    (tmp_path / "settings.json").write_text(
        json.dumps({"schema_version": 1, "pregnant": True, field_name: value})
    )
    store = SettingsStore(tmp_path)
    loaded = store.load()
    assert getattr(loaded, field_name) == getattr(Settings(), field_name)
    assert loaded.pregnant is True
    assert store.problem is None
    assert (tmp_path / "settings.json").exists()


@pytest.mark.parametrize("value", ['"4-0-6-0"', "[4, 0, 6]", '[4, "x", 6, 0]', "[true, 0, 6, 0]"])
def test_a_custom_pattern_of_the_wrong_shape_counts_as_damage(tmp_path: Path, value: str) -> None:
    """Like any value of the wrong type, a malformed pattern moves the file aside (kept)."""
    (tmp_path / "settings.json").write_text(f'{{"custom_breathing": {value}}}')
    store = SettingsStore(tmp_path)
    assert store.load() == Settings()
    assert store.problem and "custom_breathing" in store.problem


def test_breathing_pattern_follows_the_choice() -> None:
    """ "custom" uses the four numbers; a built-in name uses that pattern."""
    custom = Settings(breathing="custom", custom_breathing=(3.0, 1.0, 5.0, 0.0)).breathing_pattern()
    assert (custom.id, custom.inhale, custom.hold_in, custom.exhale) == ("custom", 3.0, 1.0, 5.0)
    assert Settings(breathing="box").breathing_pattern().id == "box"
    assert Settings(breathing="nonsense").breathing_pattern().id == "relaxed"


def test_reminder_last_shown_as_a_date() -> None:
    """The remembered day reads as a date; empty or garbage means never."""
    from datetime import date

    assert Settings(reminder_last_shown="2025-03-14").reminder_last_shown_date() == date(
        2025, 3, 14
    )
    assert Settings().reminder_last_shown_date() is None
    assert Settings(reminder_last_shown="soon").reminder_last_shown_date() is None


def test_invalid_fields_names_what_is_wrong() -> None:
    """The dialog asks which values cannot be saved."""
    from acupress_desktop.storage.settings import invalid_fields

    assert invalid_fields(Settings()) == []
    bad = Settings(theme="purple", custom_breathing=(0.0, 0.0, 0.0, 0.0))
    assert invalid_fields(bad) == ["theme", "custom_breathing"]


@pytest.mark.parametrize(
    ("saved", "guidance"),
    [
        ({}, "names"),  # never changed: today's prompts
        ({"spoken_prompts": True}, "names"),
        ({"spoken_prompts": False}, "none"),  # the old switch off: nothing said
        ({"spoken_prompts": False, "spoken_guidance": "full"}, "full"),  # the new key wins
        ({"spoken_guidance": "cues"}, "cues"),
        ({"spoken_guidance": "shout"}, "names"),  # not a level: the default, the rest kept
        ({"spoken_prompts": "no"}, "names"),  # the old key is no longer checked: ignored
    ],
)
def test_spoken_guidance_from_old_and_new_files(
    tmp_path: Path, saved: dict[str, object], guidance: str
) -> None:
    """Files from before spoken_guidance keep their choice: prompts off reads as "none"."""
    (tmp_path / "settings.json").write_text(
        json.dumps({"schema_version": 1, "pregnant": True, **saved})
    )
    store = SettingsStore(tmp_path)
    loaded = store.load()
    assert loaded.spoken_guidance == guidance
    assert loaded.pregnant and store.problem is None


def test_an_old_file_is_saved_with_the_new_key_only(tmp_path: Path) -> None:
    """Saving after reading an old "prompts off" file writes spoken_guidance, not the old key."""
    (tmp_path / "settings.json").write_text('{"schema_version": 1, "spoken_prompts": false}')
    store = SettingsStore(tmp_path)
    store.save(store.load())
    saved = json.loads((tmp_path / "settings.json").read_text())
    assert saved == {"schema_version": 1, "spoken_guidance": "none"}

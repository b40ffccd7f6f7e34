"""Settings → Start quietly at login in the running app: OK writes the autostart entry (in a
temporary folder, never the real home), unticking removes it, a failure is told and nothing else
is lost, and the box follows the file when it was removed by other means."""

from __future__ import annotations

import errno
from dataclasses import replace
from pathlib import Path

import pytest

from acupress_desktop.app.autostart import launch_command
from acupress_desktop.app.composition import Acupress
from acupress_desktop.storage import autostart
from acupress_desktop.storage.settings import SettingsStore
from tests.fakes import ManualTicker


@pytest.fixture()
def built(qtbot, catalogue, tmp_path: Path) -> Acupress:  # type: ignore[no-untyped-def]
    app = Acupress(
        catalogue,
        tmp_path / "data",
        ticker_factory=ManualTicker,
        notifier_factory=lambda: None,
        autostart_file=tmp_path / "autostart" / "acupress.desktop",
        launch=["/usr/bin/acupress", "--data-dir", str(tmp_path / "data")],
    )
    qtbot.addWidget(app.window)
    return app


def test_ticking_it_writes_the_entry_and_unticking_removes_it(built: Acupress) -> None:
    entry = built.autostart.path
    dialog = built.open_settings()
    dialog.reminder_check.setChecked(True)
    dialog.start_at_login_check.setChecked(True)
    dialog.ok_button.click()
    text = entry.read_text(encoding="utf-8")
    assert f"Exec=/usr/bin/acupress --data-dir {built.data_dir} --background" in text
    assert "X-GNOME-Autostart-enabled=true" in text
    assert SettingsStore(built.data_dir).load().start_at_login
    built.apply_settings(replace(built.settings.current, start_at_login=False))
    assert not entry.exists()
    assert not built.settings.current.start_at_login


def test_a_failed_write_is_told_and_the_other_settings_are_kept(
    built: Acupress, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(autostart, "write_atomically", full)
    built.apply_settings(
        replace(built.settings.current, reminder_enabled=True, start_at_login=True)
    )
    assert "the disk is full" in built.notices.last
    assert not built.autostart.path.exists()
    saved = SettingsStore(built.data_dir).load()
    assert saved.reminder_enabled  # the rest of what was applied is saved
    assert not saved.start_at_login  # the box says what the file is


def test_the_box_follows_the_file(built: Acupress) -> None:
    built.apply_settings(
        replace(built.settings.current, reminder_enabled=True, start_at_login=True)
    )
    assert built.autostart.path.exists()
    built.autostart.path.unlink()  # removed with the desktop's own tools
    dialog = built.open_settings()
    assert not dialog.start_at_login_check.isChecked()
    assert not built.settings.current.start_at_login


def test_with_the_reminder_off_the_app_does_not_start_at_login(built: Acupress) -> None:
    """Nothing would come at login but the window: the entry goes with the reminder, the box
    keeps the choice, and the reminder turned on again brings the entry back."""
    entry = built.autostart.path
    dialog = built.open_settings()
    dialog.reminder_check.setChecked(True)
    dialog.start_at_login_check.setChecked(True)
    dialog.ok_button.click()
    assert entry.exists()
    dialog = built.open_settings()
    dialog.reminder_check.setChecked(False)
    dialog.ok_button.click()
    assert not entry.exists()
    dialog = built.open_settings()
    assert dialog.start_at_login_check.isChecked() and not dialog.start_at_login_check.isEnabled()
    dialog.reminder_check.setChecked(True)
    dialog.ok_button.click()
    assert entry.exists()
    assert SettingsStore(built.data_dir).load().start_at_login


def test_the_launch_command_is_how_the_app_was_started(tmp_path: Path) -> None:
    import sys

    assert launch_command("/usr/bin/acupress", environ={}) == ["/usr/bin/acupress"]
    module = launch_command("/src/acupress_desktop/__main__.py", environ={})
    assert module == [sys.executable, "-m", "acupress_desktop"]
    assert launch_command("/x/acupress", tmp_path, environ={}) == [
        "/x/acupress", "--data-dir", str(tmp_path)
    ]  # fmt: skip
    assert launch_command("/tmp/.mount/acupress", environ={"APPIMAGE": "/a/Acupress.AppImage"}) == [
        "/a/Acupress.AppImage"
    ]  # fmt: skip

"""The XDG autostart entry: its text (pure), where it goes, and writing or removing it without
ever losing the old file (a full disk or a read-only folder is told in the user's words)."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from acupress_desktop.storage import autostart
from acupress_desktop.storage.autostart import (
    AutostartError,
    autostart_path,
    desktop_entry,
    disable,
    enable,
    exec_line,
    is_enabled,
)


def test_the_entry_starts_the_app_in_the_background() -> None:
    text = desktop_entry(["/usr/bin/acupress"], "Acupress", "Starts Acupress quietly")
    lines = text.splitlines()
    assert lines[0] == "[Desktop Entry]"
    assert "Type=Application" in lines
    assert "Exec=/usr/bin/acupress --background" in lines
    assert "X-GNOME-Autostart-enabled=true" in lines
    assert "Name=Acupress" in lines
    assert "Comment=Starts Acupress quietly" in lines
    assert text.endswith("\n")


def test_exec_quotes_what_the_specification_reserves() -> None:
    assert exec_line(["/opt/my apps/python3", "-m", "acupress_desktop"]) == (
        '"/opt/my apps/python3" -m acupress_desktop'
    )
    assert exec_line(["/home/x/100%/acupress"]) == "/home/x/100%%/acupress"
    # a quote and a dollar are escaped inside the quotes; a backslash twice over
    assert exec_line(['/d/a"b$c']) == '"/d/a\\\\"b\\\\$c"'
    assert exec_line(["/d/back\\slash"]) == '"/d/back\\\\\\\\slash"'


def test_name_and_comment_cannot_break_the_file() -> None:
    text = desktop_entry(["/a"], "Acu\npress", "line one\nExec=evil")
    assert "Exec=evil" not in text.splitlines()
    assert "Comment=line one\\nExec=evil" in text.splitlines()


def test_the_entry_goes_under_xdg_config_home(tmp_path: Path) -> None:
    assert autostart_path({"XDG_CONFIG_HOME": str(tmp_path)}) == (
        tmp_path / "autostart" / "acupress.desktop"
    )
    default = Path.home() / ".config" / "autostart" / "acupress.desktop"
    assert autostart_path({}) == default
    assert autostart_path({"XDG_CONFIG_HOME": "relative/dir"}) == default  # the spec: ignored


def test_enable_writes_and_disable_removes(tmp_path: Path) -> None:
    path = tmp_path / "config" / "autostart" / "acupress.desktop"
    enable(path, "[Desktop Entry]\nExec=a --background\n")
    assert is_enabled(path)
    assert path.read_text(encoding="utf-8") == "[Desktop Entry]\nExec=a --background\n"
    assert path.stat().st_mode & 0o777 == 0o644
    disable(path)
    assert not is_enabled(path)
    disable(path)  # already gone: nothing to do


@pytest.mark.parametrize(
    ("code", "words"), [(errno.ENOSPC, "the disk is full"), (errno.EROFS, "read-only")]
)
def test_a_failed_write_says_why_and_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, words: str
) -> None:
    path = tmp_path / "autostart" / "acupress.desktop"
    enable(path, "old\n")

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(code, "system text")

    monkeypatch.setattr(autostart, "write_atomically", fail)
    with pytest.raises(AutostartError) as raised:
        enable(path, "new\n")
    assert words in str(raised.value)
    assert "start when you log in" in str(raised.value)
    assert "system text" not in str(raised.value)  # the system's words go to the log
    assert path.read_text(encoding="utf-8") == "old\n"


def test_a_folder_in_the_way_is_a_clear_failure(tmp_path: Path) -> None:
    """Even as root (who may write anywhere): a file where the autostart folder should be."""
    (tmp_path / "autostart").write_text("not a folder", encoding="utf-8")
    with pytest.raises(AutostartError):
        enable(tmp_path / "autostart" / "acupress.desktop", "x\n")
    assert (tmp_path / "autostart").read_text(encoding="utf-8") == "not a folder"


def test_a_failed_removal_says_why(tmp_path: Path) -> None:
    path = tmp_path / "acupress.desktop"
    path.mkdir()  # a folder by that name: unlink fails
    with pytest.raises(AutostartError) as raised:
        disable(path)
    assert "stop starting when you log in" in str(raised.value)

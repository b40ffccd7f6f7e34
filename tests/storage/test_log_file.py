"""The log rotates like the standard library's handler would, and stays private."""

from __future__ import annotations

import logging
import stat

import pytest

from acupress_desktop.storage import log_file


@pytest.fixture
def small_log(tmp_path, monkeypatch):
    monkeypatch.setattr(log_file, "MAX_BYTES", 400)
    path = tmp_path / "acupress.log"
    path.touch(mode=0o600)
    handler = log_file.RotatingLog(path)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("test.rotation")
    logger.propagate = False
    logger.addHandler(handler)
    yield logger, path
    logger.removeHandler(handler)
    handler.close()


def test_a_full_log_moves_aside_and_the_oldest_is_dropped(small_log, monkeypatch):
    logger, path = small_log
    monkeypatch.setattr("os.umask", lambda mask: 0o022)  # (the handler must not rely on it)
    for number in range(100):
        logger.warning("line %03d %s", number, "x" * 40)  # 50 bytes a line, 8 a file
    names = sorted(p.name for p in path.parent.iterdir())
    assert names == ["acupress.log", "acupress.log.1", "acupress.log.2", "acupress.log.3"]
    assert "line 099" in path.read_text()
    assert (
        "line 098" in (path.parent / "acupress.log.1").read_text() or "line 098" in path.read_text()
    )
    everything = "".join(p.read_text() for p in path.parent.iterdir())
    assert "line 000" not in everything  # dropped with the oldest file
    for file in path.parent.iterdir():
        assert file.stat().st_size <= 400 + 50
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file.name

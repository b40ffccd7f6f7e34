"""settings.json of any shape never stops the app: odd bytes, deep nesting, devices and FIFOs.

Whatever the file holds, ``SettingsStore.load()`` returns settings (the defaults when the file
cannot be used), keeps the file's bytes aside, and says what happened in the user's words. The
property tests feed it arbitrary bytes and arbitrary JSON structures.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from acupress_desktop.storage.settings import FILE_NAME, Settings, SettingsStore
from tests.blocking import finishes

PROFILE = settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def kept_aside(folder: Path) -> list[Path]:
    return sorted(folder.glob("settings.damaged-*.json"))


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b'{"theme": "dark", "language": "espa\xf1ol"}', "not UTF-8"),  # a Latin-1 editor
        (b"[" * 100_000, "nested far too deeply"),
        (b'{"text_size": ' + b"9" * 5000 + b"}", "not valid JSON"),
        (b"\xef\xbb\xbf" + b"{}" + b" " * (2 * 1024 * 1024), "larger than"),
        (b'{"custom_breathing": [' + b"1" * 400 + b", 0, 6, 0]}", "custom_breathing"),
    ],
    ids=["latin-1", "nested", "huge-number", "too-big", "overflowing-number"],
)
def test_a_file_the_app_cannot_read_is_kept_and_the_app_starts(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    """The defaults are used, the file is kept byte for byte, and the message says why."""
    (tmp_path / FILE_NAME).write_bytes(content)
    store = SettingsStore(tmp_path)
    assert finishes(store.load) == Settings()
    assert store.problem is not None and reason in store.problem
    [kept] = kept_aside(tmp_path)
    assert kept.read_bytes() == content
    assert kept.name in store.problem
    assert not (tmp_path / FILE_NAME).exists()
    store.save(Settings(theme="dark"))  # and saving works again afterwards
    assert SettingsStore(tmp_path).load().theme == "dark"


def test_a_link_to_an_endless_device_is_set_aside(tmp_path: Path) -> None:
    """settings.json linked to /dev/zero: nothing is read from it; the link is set aside."""
    if not os.path.exists("/dev/zero"):
        pytest.skip("needs /dev/zero")
    (tmp_path / FILE_NAME).symlink_to("/dev/zero")
    store = SettingsStore(tmp_path)
    assert finishes(store.load) == Settings()
    assert store.problem is not None and "not an ordinary file" in store.problem
    [kept] = kept_aside(tmp_path)
    assert kept.is_symlink() and os.readlink(kept) == "/dev/zero"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_does_not_hang_start_up(tmp_path: Path) -> None:
    """settings.json as a FIFO (nobody writing): load returns at once with the defaults."""
    path = tmp_path / FILE_NAME
    os.mkfifo(path)

    def unblock() -> None:  # a writer releases a reader stuck in open()
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))

    store = SettingsStore(tmp_path)
    assert finishes(store.load, unblock) == Settings()
    assert store.problem is not None and "not an ordinary file" in store.problem
    assert len(kept_aside(tmp_path)) == 1


def test_a_folder_named_settings_json_is_reported(tmp_path: Path) -> None:
    """A folder in the file's place is kept aside like any other unusable file, and saving works."""
    (tmp_path / FILE_NAME).mkdir()
    (tmp_path / FILE_NAME / "inside.txt").write_text("mine")
    store = SettingsStore(tmp_path)
    assert store.load() == Settings()
    assert store.problem is not None and "not an ordinary file" in store.problem
    [kept] = kept_aside(tmp_path)
    assert (kept / "inside.txt").read_text() == "mine"
    store.save(Settings(muted=True))
    assert SettingsStore(tmp_path).load().muted


def test_messages_hold_no_python_text(tmp_path: Path) -> None:
    """What the user reads is the app's own sentence, not the JSON parser's."""
    (tmp_path / FILE_NAME).write_text('{"theme": ')
    store = SettingsStore(tmp_path)
    store.load()
    assert store.problem is not None
    assert "Expecting value" not in store.problem and "char 0" not in store.problem
    assert "not valid JSON" in store.problem


def test_a_value_of_the_wrong_type_is_named_in_plain_words(tmp_path: Path) -> None:
    """ "muted should be true or false", not a Python type name."""
    (tmp_path / FILE_NAME).write_text('{"muted": "yes"}')
    store = SettingsStore(tmp_path)
    store.load()
    assert store.problem is not None and "'muted' should be true or false" in store.problem


# -- properties ----------------------------------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.sampled_from([10**400, -(10**400), 2**63, 1e308])
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=20), inner),
    max_leaves=30,
)
SETTING_NAMES = [name for name in Settings.__dataclass_fields__] + ["schema_version"]
SETTINGS_LIKE = st.dictionaries(st.sampled_from(SETTING_NAMES), JSON_VALUES, max_size=8)


def _load_checked(folder: Path, content: bytes) -> None:
    """Load ``content`` as settings.json: never raises; kept in place, or aside byte for byte."""
    for leftover in folder.iterdir():
        leftover.unlink()
    path = folder / FILE_NAME
    path.write_bytes(content)
    store = SettingsStore(folder)
    loaded = store.load()
    assert isinstance(loaded, Settings)
    if store.problem is None:
        assert path.read_bytes() == content  # used as it is: the file is untouched
    else:
        assert loaded == Settings()
        [kept] = kept_aside(folder)
        assert kept.read_bytes() == content
        assert "Traceback" not in store.problem


@PROFILE
@given(content=st.binary(max_size=300))
def test_any_bytes_load_without_raising(tmp_path: Path, content: bytes) -> None:
    """Arbitrary bytes: settings come back, and the file is either used or kept whole."""
    _load_checked(tmp_path, content)


@PROFILE
@given(value=JSON_VALUES | SETTINGS_LIKE)
def test_any_json_loads_without_raising(tmp_path: Path, value: Any) -> None:
    """Arbitrary JSON, and objects with the settings' own keys holding anything."""
    _load_checked(tmp_path, json.dumps(value).encode())

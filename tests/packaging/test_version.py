"""One version, written once (``acupress_desktop.__version__``), followed by every artefact.

The repository's own files must agree now; and a copy of the repository whose version is changed
with ``packaging/version.py set`` must build a wheel of that version, say it in ``--version``, and
carry it in its metainfo and changelog, with nothing else edited by hand.
"""

from __future__ import annotations

import email.parser
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Sequence
from pathlib import Path

import pytest

import acupress_desktop
from tests.packaging.helpers import ROOT, load_script

NEW_VERSION = "9.8.7"
NEW_DATE = "2031-02-03"
# What building the wheel and running the app need (not tests/, docs/ or the art's sources).
COPIED = [
    "acupress_desktop",
    "assets",
    "packaging/version.py",
    "packaging/linux",
    "pyproject.toml",
    "README.md",
    "LICENSE",
    "CHANGELOG.md",
]
IGNORED = shutil.ignore_patterns("__pycache__", "*.lock", ".points-*")


def copy_repository(target: Path) -> Path:
    """The files of ``COPIED`` under ``target``."""
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=IGNORED)
        else:
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


def run(command: Sequence[str | Path], cwd: Path, **env: str) -> str:
    """Run ``command`` in ``cwd``; its standard output (the test fails with its errors)."""
    result = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def wheel_metadata(wheel: Path) -> email.message.Message:
    """The wheel's METADATA, parsed."""
    with zipfile.ZipFile(wheel) as archive:
        (name,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        return email.parser.Parser().parsestr(archive.read(name).decode("utf-8"))


def test_the_repository_files_follow_the_version() -> None:
    """The metainfo's newest release and the changelog's newest section are __version__."""
    version_script = load_script("version")
    assert version_script.read_version() == acupress_desktop.__version__
    assert version_script.problems() == []


def test_pyproject_reads_the_version_from_the_package() -> None:
    """pyproject.toml writes no version of its own."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in config["project"]
    assert "version" in config["project"]["dynamic"]
    dynamic = config["tool"]["setuptools"]["dynamic"]["version"]
    assert dynamic == {"attr": "acupress_desktop.__version__"}


def test_a_version_changed_by_hand_alone_is_caught(tmp_path: Path) -> None:
    """Editing only __init__.py leaves the metainfo and changelog behind: the check names both."""
    copy = copy_repository(tmp_path / "repo")
    init = copy / "acupress_desktop" / "__init__.py"
    old = f'__version__ = "{acupress_desktop.__version__}"'
    init.write_text(
        init.read_text(encoding="utf-8").replace(old, f'__version__ = "{NEW_VERSION}"'),
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, copy / "packaging" / "version.py"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert result.stdout.strip() == NEW_VERSION
    assert "metainfo.xml: newest <release> is" in result.stderr
    assert "CHANGELOG.md: newest released section is" in result.stderr


def test_every_artefact_follows_a_changed_version(tmp_path: Path) -> None:
    """In a copy: `version.py set` → the wheel's name and METADATA, `--version`, the metainfo and
    the changelog all say the new version (the wheel takes a few seconds to build)."""
    copy = copy_repository(tmp_path / "repo")
    said = run(
        [sys.executable, "packaging/version.py", "set", NEW_VERSION, "--date", NEW_DATE], copy
    )
    assert said.strip() == NEW_VERSION

    version_script = load_script("version")
    assert version_script.problems(copy) == []
    metainfo = version_script.metainfo_path(copy).read_text(encoding="utf-8")
    assert f'<release version="{NEW_VERSION}" date="{NEW_DATE}"/>' in metainfo
    # the old release is kept, below the new one
    assert f'<release version="{acupress_desktop.__version__}"' in metainfo
    changelog = (copy / "CHANGELOG.md").read_text(encoding="utf-8")
    assert changelog.index("## [Unreleased]") < changelog.index(f"## [{NEW_VERSION}] - {NEW_DATE}")
    assert f"compare/v{NEW_VERSION}...HEAD" in changelog

    out = tmp_path / "wheel"
    run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            out,
            ".",
        ],
        copy,
    )
    (wheel,) = out.glob("*.whl")
    assert wheel.name == f"acupress-{NEW_VERSION}-py3-none-any.whl"
    assert wheel_metadata(wheel)["Version"] == NEW_VERSION

    printed = run(
        [sys.executable, "-m", "acupress_desktop", "--version"],
        tmp_path,
        PYTHONPATH=str(copy),
        QT_QPA_PLATFORM="offscreen",
    )
    assert printed.split() == ["acupress", NEW_VERSION]


@pytest.mark.parametrize("version", ["1.2", "v1.2.3", "1.2.3-beta", ""])
def test_set_refuses_what_is_not_a_version(tmp_path: Path, version: str) -> None:
    """Only 1.2.3 or 1.2.3rc1 style versions are written."""
    copy = copy_repository(tmp_path / "repo")
    with pytest.raises(ValueError, match="not of the form"):
        load_script("version").set_version(version, NEW_DATE, copy)
    assert load_script("version").read_version(copy) == acupress_desktop.__version__

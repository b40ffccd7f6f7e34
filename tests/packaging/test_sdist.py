"""The sdist carries what it takes to test, translate and package Acupress, not only the package;
and pyproject's metadata names the project the way the AppStream metainfo does.

Builds the real sdist (``python -m build --sdist --no-isolation``, about 2 s) into a temporary
folder and reads its file list.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.packaging.helpers import APP_ID, LINUX, ROOT

# Folders shipped whole, and single files, besides the package itself.
FOLDERS = ["tests", "packaging", "docs", "tools", "benchmarks", "LICENSES"]
FILES = [
    "MANIFEST.in",
    "Makefile",
    "README.md",
    "CHANGELOG.md",
    "CONTRIBUTING.md",
    "LICENSE",
    "REUSE.toml",
    "pyproject.toml",
]
# What a developer's tree has that no sdist should.
LEFT_OUT_PARTS = {"__pycache__", ".venv", ".git", ".mypy_cache", ".ruff_cache", ".pytest_cache"}
LEFT_OUT_SUFFIXES = {".pyc", ".pyo", ".lock"}


def wanted(path: Path) -> bool:
    """Whether a file of the tree belongs in the sdist (not a cache or a lock)."""
    relative = path.relative_to(ROOT)
    return (
        not LEFT_OUT_PARTS & set(relative.parts)
        and path.suffix not in LEFT_OUT_SUFFIXES
        and not path.name.startswith(".points-")
    )


def _not_source(folder: str, names: list[str]) -> set[str]:
    """What copytree leaves out of the clean copy: caches, venvs, build output, git."""
    top = Path(folder) == ROOT
    return {
        name
        for name in names
        if name in LEFT_OUT_PARTS
        or name.startswith(".venv")
        or name.endswith(".egg-info")
        or (top and name in {"build", "dist"})
    }


@pytest.fixture(scope="module")
def sdist_files(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """The sdist's files, relative to its top folder."""
    # Built from a clean copy: setuptools adds whatever an old egg-info's SOURCES.txt lists, so
    # an sdist built in a used checkout can carry files MANIFEST.in no longer asks for.
    tree = tmp_path_factory.mktemp("tree") / "acupress"
    shutil.copytree(ROOT, tree, ignore=_not_source)
    out = tmp_path_factory.mktemp("sdist")
    result = subprocess.run(
        [sys.executable, "-m", "build", "--sdist", "--no-isolation", "--outdir", out, tree],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (archive,) = out.glob("acupress-*.tar.gz")
    with tarfile.open(archive) as tar:
        names = [member.name for member in tar.getmembers() if member.isfile()]
    return {name.split("/", 1)[1] for name in names}


def test_sdist_has_every_test_doc_tool_and_packaging_file(sdist_files: set[str]) -> None:
    """All of tests/ (conftest, fakes, the desktop harness, the real-input suite), packaging/,
    docs/, tools/, benchmarks/, the licences and the top-level files."""
    expected = set(FILES)
    for folder in FOLDERS:
        expected |= {
            str(path.relative_to(ROOT))
            for path in (ROOT / folder).rglob("*")
            if path.is_file() and wanted(path)
        }
    assert expected - sdist_files == set()
    for name in [
        "tests/conftest.py",
        "tests/fakes.py",
        "tests/desktop/__init__.py",
        "tests/real/conftest.py",
        f"packaging/linux/{APP_ID}.metainfo.xml",
        "tools/update_translations.py",
    ]:
        assert name in sdist_files, name


def test_sdist_has_the_package_and_the_translation_sources(sdist_files: set[str]) -> None:
    """The package's modules and data, the compiled .qm and the .ts it is compiled from."""
    for folder in ["acupress_desktop", "assets"]:
        files = {
            str(path.relative_to(ROOT))
            for path in (ROOT / folder).rglob("*")
            if path.is_file() and wanted(path)
        }
        assert files - sdist_files == set(), folder
    translations = {p.relative_to(ROOT) for p in (ROOT / "acupress_desktop/i18n").glob("*.ts")}
    assert translations and {str(p) for p in translations} <= sdist_files


def test_sdist_leaves_out_caches_and_build_output(sdist_files: set[str]) -> None:
    """No bytecode, caches, venv, build output or SQLite lock files."""
    for name in sdist_files:
        parts = set(Path(name).parts)
        assert not parts & (LEFT_OUT_PARTS | {"build", "dist"}), name
        assert Path(name).suffix not in LEFT_OUT_SUFFIXES, name


def test_project_urls_are_the_metainfo_addresses() -> None:
    """Homepage, Source, Issues and Changelog point at the project the metainfo names."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    urls = project["urls"]
    assert set(urls) == {"Homepage", "Source", "Issues", "Changelog"}
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    metainfo = {url.get("type"): url.text for url in root.iterfind("url")}
    assert urls["Homepage"] == metainfo["homepage"]
    assert urls["Source"] == metainfo["vcs-browser"]
    assert urls["Issues"] == metainfo["bugtracker"]
    assert urls["Changelog"].startswith(metainfo["homepage"] + "/")
    assert urls["Changelog"].endswith("/CHANGELOG.md")


def test_classifiers_say_what_the_app_is() -> None:
    """Desktop Qt app, Linux, English and Spanish, the Python versions it supports; no licence
    classifier (the SPDX ``license`` says it)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    classifiers = project["classifiers"]
    assert "Environment :: X11 Applications :: Qt" in classifiers
    assert {"Natural Language :: English", "Natural Language :: Spanish"} <= set(classifiers)
    assert not [c for c in classifiers if c.startswith("License ::")]
    minimum = project["requires-python"].removeprefix(">=")
    prefix = "Programming Language :: Python :: "
    versions = [c.removeprefix(prefix) for c in classifiers if c.startswith(prefix + "3.")]
    assert versions and versions[0] == minimum
    assert project["authors"]
    try:
        from trove_classifiers import classifiers as known
    except ImportError:  # not installed: the names were checked when written
        return
    assert set(classifiers) <= known

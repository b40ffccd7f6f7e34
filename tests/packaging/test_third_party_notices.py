"""The third-party notices: generated from the installed run-time dependencies, committed where the
wheel and the bundle carry them, and kept in step with pyproject's dependencies."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from acupress_desktop.resources import data_path
from tests.packaging.helpers import load_script

COMMITTED = data_path("third_party_notices.txt")


@pytest.fixture(scope="module")
def notices():  # type: ignore[no-untyped-def]
    """packaging/third_party_notices.py as a module."""
    return load_script("third_party_notices")


def test_committed_notices_list_the_runtime_dependencies(notices) -> None:  # type: ignore[no-untyped-def]
    """The committed file names every run-time distribution (and Python) with the licence it
    declares now; versions may differ. Stale: run `make notices`."""
    expected = {part.name: part.licence for part in notices.components()}
    assert {"PySide6-Essentials", "PySide6-Addons", "shiboken6", "platformdirs", "Python"} <= set(
        expected
    )
    assert notices.listed(COMMITTED.read_text(encoding="utf-8")) == expected


def test_only_runtime_distributions_are_listed(notices) -> None:  # type: ignore[no-untyped-def]
    """No test, build or packaging tool (pytest, Pillow, setuptools) and no optional extra
    (PySide6-Addons' webengine) is counted as something the app runs on."""
    names = {part.name.lower() for part in notices.components()}
    assert not names & {"pytest", "pillow", "setuptools", "pyside6-webengine", "acupress"}


def test_every_listed_licence_has_its_text(notices) -> None:  # type: ignore[no-untyped-def]
    """The texts of PySide6's licences (LGPL 3, GPL 2, GPL 3), platformdirs' MIT licence and
    Python's licence are in the file, each once."""
    text = COMMITTED.read_text(encoding="utf-8")
    assert text.count("GNU LESSER GENERAL PUBLIC LICENSE") == 1
    assert "Version 2, June 1991" in text and "Version 3, 29 June 2007" in text
    assert "Permission is hereby granted, free of charge" in text  # MIT
    assert "PYTHON SOFTWARE FOUNDATION LICENSE" in text or "Python Software Foundation" in text
    assert text.count("--- LGPL-3.0-only ---") == 1


def test_rendering_is_deterministic(notices) -> None:  # type: ignore[no-untyped-def]
    """Two runs write the same text (no dates or machine paths), so the committed file only
    changes when a dependency or its licence does."""
    first = notices.render(notices.components())
    assert first == notices.render(notices.components())
    assert "/root/" not in first and "/home/" not in first and "site-packages" not in first


def _system_library() -> Path | None:
    """A shared library Debian installed (zlib), to put in a pretend bundle."""
    for folder in (Path("/lib"), Path("/usr/lib")):
        for path in sorted(folder.glob("*/libz.so.1")):
            return path.resolve()
    return None


@pytest.mark.skipif(
    shutil.which("dpkg") is None or _system_library() is None,
    reason="needs dpkg and the system's zlib (a Debian system)",
)
def test_bundle_libraries_are_mapped_to_debian_copyrights(tmp_path: Path, notices) -> None:  # type: ignore[no-untyped-def]
    """--bundle: a system library gets its package's copyright file, a PySide6 library is
    counted as PySide6's, and a library no package has is listed as not mapped."""
    system = _system_library()
    assert system is not None
    bundle = tmp_path / "Acupress"
    qt = bundle / "_internal" / "PySide6" / "Qt" / "lib"
    qt.mkdir(parents=True)
    shutil.copy(system, bundle / "_internal" / "libz.so.1")
    shutil.copy(system, qt / "libQt6Core.so.6")
    (bundle / "_internal" / "libmadeup.so.3").write_bytes(b"\x7fELF" + bytes(60))
    (bundle / "_internal" / "notes.so").write_text("not a library", encoding="utf-8")

    assert notices.main(["--bundle", str(bundle)]) == 0
    text = (bundle / "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8")
    assert "Shared libraries in the bundle (3)" in text
    assert "Debian package zlib1g" in text
    assert "--- /usr/share/doc/zlib1g/copyright ---" in text
    owned, unmapped = text.split("Libraries not mapped to a package:", 1)
    assert "_internal/PySide6/Qt/lib/libQt6Core.so.6" in owned.split("Debian package")[0]
    assert "_internal/libmadeup.so.3" in unmapped.split("=" * 78)[0]
    assert "notes.so" not in text
    assert "PySide6-Essentials" in text  # the Python components are listed too

"""Every file's copyright and licence is declared (REUSE.toml, the texts in LICENSES/)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tomllib

import pytest

from tests.packaging.helpers import ROOT


def test_the_licence_texts_reuse_names_are_the_projects() -> None:
    """LICENSES/ holds GPL-3.0-or-later (the same text as LICENSE) and the metainfo's CC0-1.0."""
    licences = ROOT / "LICENSES"
    assert sorted(p.name for p in licences.iterdir()) == ["CC0-1.0.txt", "GPL-3.0-or-later.txt"]
    assert (licences / "GPL-3.0-or-later.txt").read_bytes() == (ROOT / "LICENSE").read_bytes()
    assert "CC0 1.0 Universal" in (licences / "CC0-1.0.txt").read_text(encoding="utf-8")
    config = tomllib.loads((ROOT / "REUSE.toml").read_text(encoding="utf-8"))
    assert config["version"] == 1
    used = {annotation["SPDX-License-Identifier"] for annotation in config["annotations"]}
    assert used == {"GPL-3.0-or-later", "CC0-1.0"}


@pytest.mark.skipif(
    importlib.util.find_spec("reuse") is None,
    reason="reuse is not installed (it is in the dev extra: pip install -e '.[dev]')",
)
@pytest.mark.skipif(
    not (ROOT / ".git").exists(),
    reason="reuse lint needs the git checkout (it lints the files git tracks, not a venv or build)",
)
def test_reuse_lint_passes() -> None:
    """`reuse lint`: every file has copyright and licence information, every licence its text."""
    result = subprocess.run(
        [sys.executable, "-m", "reuse", "--root", ROOT, "lint"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr

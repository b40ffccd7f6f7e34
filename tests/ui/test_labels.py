"""Every domain id has its label, defined once in ui/labels.py."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from acupress_desktop.core.breathing import BREATHING_IDS
from acupress_desktop.core.catalogue import CONCERNS, PRESSURES, REGIONS
from acupress_desktop.ui import labels
from acupress_desktop.ui.labels import breathing_name, concern_name, pressure_name, region_name


@pytest.mark.parametrize(
    ("ids", "name"),
    [
        (REGIONS, region_name),
        (CONCERNS, concern_name),
        (PRESSURES, pressure_name),
        (BREATHING_IDS, breathing_name),
    ],
    ids=["regions", "concerns", "pressures", "breathing"],
)
def test_every_id_has_a_label_of_its_own(ids: tuple[str, ...], name: Callable[[str], str]) -> None:
    """No id falls back to showing itself (but "4-7-8", which is its own name), and no two ids
    share a label."""
    shown = [name(item) for item in ids]
    assert [i for i, text in zip(ids, shown, strict=True) if text == i and i != "4-7-8"] == []
    assert len(set(shown)) == len(shown)


def test_labels_of_ids_are_written_only_in_labels() -> None:
    """No other module translates a region, concern, pressure or breathing label itself."""
    own = {
        *(region_name(r) for r in REGIONS),
        *(concern_name(c) for c in CONCERNS),
        *(pressure_name(p) for p in PRESSURES),
        *(breathing_name(b) for b in BREATHING_IDS),
    }
    package = Path(labels.__file__).parent.parent
    translated = re.compile(r'(?:translate\(\s*"\w+",\s*|\btr\(\s*)"([^"]+)"')
    elsewhere = {
        f"{path.relative_to(package)}: {text}"
        for path in package.rglob("*.py")
        if path != Path(labels.__file__)
        for text in translated.findall(path.read_text(encoding="utf-8"))
        if text in own
    }
    assert elsewhere == set()

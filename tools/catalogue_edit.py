"""Edit acupress_desktop/data/points.json safely from several scripts at once (a lock and an atomic write).

Usage from Python:

    from tools.catalogue_edit import edit_catalogue
    with edit_catalogue() as data:          # data is the parsed JSON (a dict)
        data["points"][0]["markers"] = [...]

or from the shell, to set one point's markers:

    python tools/catalogue_edit.py markers ST36 left:123.5,210 right:276.5,210
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

CATALOGUE = Path(__file__).resolve().parent.parent / "acupress_desktop" / "data" / "points.json"


def dump(data: dict[str, Any]) -> str:
    """The one formatting used for the catalogue file (stable diffs)."""
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


@contextlib.contextmanager
def edit_catalogue(path: Path = CATALOGUE) -> Iterator[dict[str, Any]]:
    """Lock the catalogue, yield its parsed content, write it back atomically on success."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lock_path = path.with_suffix(".lock")
    with open(lock_path, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        data: dict[str, Any] = json.loads(path.read_text("utf-8")) if path.exists() else {}
        yield data
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".points-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(dump(data))
        os.replace(tmp, path)


def _set_markers(point_id: str, specs: list[str]) -> None:
    markers = []
    for spec in specs:
        side, _, xy = spec.partition(":")
        x, y = (float(v) for v in xy.split(","))
        markers.append({"side": side, "x": round(x, 1), "y": round(y, 1)})
    with edit_catalogue() as data:
        for point in data.get("points", []):
            if point["id"] == point_id:
                point["markers"] = markers
                return
        raise SystemExit(f"no point {point_id!r} in {CATALOGUE}")


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "markers":
        _set_markers(sys.argv[2], sys.argv[3:])
    else:
        raise SystemExit(__doc__)

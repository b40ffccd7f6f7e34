"""Start the PyInstaller bundle (dist/Acupress/) offscreen and check that it really works.

The bundle must run on its own: it is started from an empty temporary folder, with a throwaway
home folder and no PYTHONPATH, so nothing from this checkout or its venv can help it. Checks:

1. ``Acupress --version`` prints the package's version and exits 0;
2. ``Acupress --screenshot out.png --data-dir DIR --point BL23`` exits 0 and writes a picture of
   the main window at least 1000x600 pixels with real content, and DIR gets the settings file;
3. the bundle holds its art, catalogue and (when the checkout has them) compiled translations;
4. the bundle's size is printed (total, and the largest parts).

Usage (``make package`` runs it after PyInstaller)::

    python packaging/smoke_test.py [--bundle dist/Acupress] [--keep DIR]

Exit status 0 when every check passed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from screenshot_check import screenshot_problem  # beside this script

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_BUNDLE = ROOT / "dist" / "Acupress"


class SmokeError(Exception):
    """The bundle failed a check; the message says which."""


def executable(bundle: Path) -> Path:
    """The bundle's launcher on this platform."""
    name = "Acupress.exe" if os.name == "nt" else "Acupress"
    path = bundle / name
    if not path.is_file():
        raise SmokeError(f"no {name} in {bundle}: build it with `make package`")
    return path


def clean_env(home: Path) -> dict[str, str]:
    """Offscreen, a throwaway home, and nothing that points into this checkout or a venv."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home))
    for name in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "QT_PLUGIN_PATH"):
        env.pop(name, None)
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        env.pop(name, None)
    env["XDG_CACHE_HOME"] = str(home / ".cache")
    return env


def launch(
    exe: Path, args: Sequence[str], work: Path, home: Path
) -> subprocess.CompletedProcess[str]:
    """Run the bundle from ``work`` and return what happened."""
    return subprocess.run(
        [str(exe), *args],
        cwd=work,
        env=clean_env(home),
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def check_version(exe: Path, work: Path, home: Path) -> str:
    """``--version`` names the version of the package it was built from."""
    namespace: dict[str, str] = {}
    exec((ROOT / "acupress_desktop" / "__init__.py").read_text(encoding="utf-8"), namespace)
    result = launch(exe, ["--version"], work, home)
    said = (result.stdout + result.stderr).strip()
    if result.returncode != 0 or namespace["__version__"] not in said:
        raise SmokeError(f"--version exited {result.returncode} and said {said!r}")
    return said


def check_screenshot(exe: Path, work: Path, home: Path) -> tuple[tuple[int, int], float]:
    """The bundle starts, draws its main window to a PNG and exits 0; returns size and seconds."""
    shot, data = work / "out.png", work / "data"
    started = time.monotonic()
    args = ["--screenshot", str(shot), "--data-dir", str(data), "--point", "BL23"]
    result = launch(exe, args, work, home)
    seconds = time.monotonic() - started
    if result.returncode != 0:
        raise SmokeError(
            f"--screenshot exited with {result.returncode}\n{result.stdout}\n{result.stderr}"
        )
    if not shot.is_file():
        raise SmokeError(f"exit 0 but no screenshot at {shot}\n{result.stderr}")
    size, problem = screenshot_problem(shot)
    if problem:
        raise SmokeError(problem)
    if not (data / "settings.json").is_file():
        raise SmokeError(f"--data-dir {data} holds no settings.json")
    return size, seconds


def check_contents(bundle: Path) -> None:
    """The art, the catalogue and the translations are inside the bundle."""
    internal = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    wanted = [
        internal / "assets" / path.relative_to(ROOT / "assets")
        for path in (ROOT / "assets").rglob("*")
        if path.is_file()
    ]
    package = ROOT / "acupress_desktop"
    wanted += [
        internal / "acupress_desktop" / "data" / p.name
        for p in (package / "data").iterdir()
        if p.suffix in {".json", ".txt"}
    ]
    wanted += [internal / "acupress_desktop" / "i18n" / p.name for p in package.glob("i18n/*.qm")]
    missing = [str(path.relative_to(bundle)) for path in wanted if not path.is_file()]
    if missing:
        raise SmokeError("missing from the bundle:\n  " + "\n  ".join(missing))


def size_report(bundle: Path) -> str:
    """Total size of the bundle and its five largest files."""
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    total = sum(p.stat().st_size for p in files)
    largest = sorted(files, key=lambda p: p.stat().st_size, reverse=True)[:5]
    parts = ", ".join(f"{p.name} {p.stat().st_size / 2**20:.1f}" for p in largest)
    return f"{total / 2**20:.0f} MiB in {len(files)} files; largest (MiB): {parts}"


def smoke(bundle: Path, work: Path) -> None:
    """Every check, in ``work``."""
    exe = executable(bundle)
    home = work / "home"
    home.mkdir()
    check_contents(bundle)
    print(f"version: {check_version(exe, work, home)}")
    (width, height), seconds = check_screenshot(exe, work, home)
    print(f"screenshot: {width}x{height}, app started and quit in {seconds:.1f} s")
    print(f"bundle: {size_report(bundle)}")


def main(argv: Sequence[str] | None = None) -> int:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--bundle", type=Path, default=DEFAULT_BUNDLE, help="the bundle folder")
    parser.add_argument("--keep", type=Path, help="work in DIR (kept) instead of a temp folder")
    args = parser.parse_args(argv)
    bundle = args.bundle.resolve()
    try:
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=False)
            smoke(bundle, args.keep.resolve())
        else:
            with tempfile.TemporaryDirectory(prefix="acupress-smoke-") as work:
                smoke(bundle, Path(work))
    except (SmokeError, subprocess.TimeoutExpired) as exc:
        print(f"smoke test FAILED: {exc}", file=sys.stderr)
        return 1
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
